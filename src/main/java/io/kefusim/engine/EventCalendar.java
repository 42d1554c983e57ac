package io.kefusim.engine;

import java.util.Arrays;

/**
 * The future-event list: a binary min-heap on (time, insertion order) kept in parallel
 * primitive arrays, so scheduling and taking events allocates nothing (arrays only grow,
 * by doubling, when more events are pending than ever before). Ties are taken in the order
 * they were scheduled, which makes runs reproducible.
 *
 * <p>An event is a kind plus two int arguments; what they mean is up to the model. There is
 * no cancel: models give events a generation number and ignore stale ones, which is cheaper
 * than removing from the middle of a heap.
 */
public final class EventCalendar {
    private double[] time;
    private long[] order;
    private int[] kind;
    private int[] argA;
    private int[] argB;
    private int size;
    private long nextOrder;

    private double now;
    private int currentKind;
    private int currentA;
    private int currentB;
    private long processed;

    public EventCalendar(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        time = new double[c];
        order = new long[c];
        kind = new int[c];
        argA = new int[c];
        argB = new int[c];
    }

    public double now() { return now; }
    public int kind() { return currentKind; }
    public int a() { return currentA; }
    public int b() { return currentB; }
    public int pending() { return size; }
    public boolean isEmpty() { return size == 0; }
    /** Events taken so far (for throughput figures). */
    public long processed() { return processed; }

    public void schedule(double at, int eventKind, int a, int b) {
        if (at < now) throw new IllegalStateException("event in the past: " + at + " < " + now);
        if (size == time.length) grow();
        int i = size++;
        long o = nextOrder++;
        // sift up
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(at, o, time[parent], order[parent])) break;
            move(parent, i);
            i = parent;
        }
        set(i, at, o, eventKind, a, b);
    }

    /** Takes the earliest event, advances the clock to it; read it with kind(), a(), b(). */
    public void next() {
        if (size == 0) throw new IllegalStateException("no events");
        now = time[0];
        currentKind = kind[0];
        currentA = argA[0];
        currentB = argB[0];
        processed++;
        int last = --size;
        if (last == 0) return;
        double t = time[last];
        long o = order[last];
        int k = kind[last], a = argA[last], b = argB[last];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(time[right], order[right], time[child], order[child])) child = right;
            if (!before(time[child], order[child], t, o)) break;
            move(child, i);
            i = child;
        }
        set(i, t, o, k, a, b);
    }

    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : time[0];
    }

    private static boolean before(double t1, long o1, double t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void move(int from, int to) {
        time[to] = time[from];
        order[to] = order[from];
        kind[to] = kind[from];
        argA[to] = argA[from];
        argB[to] = argB[from];
    }

    private void set(int i, double t, long o, int k, int a, int b) {
        time[i] = t;
        order[i] = o;
        kind[i] = k;
        argA[i] = a;
        argB[i] = b;
    }

    private void grow() {
        int c = time.length * 2;
        time = Arrays.copyOf(time, c);
        order = Arrays.copyOf(order, c);
        kind = Arrays.copyOf(kind, c);
        argA = Arrays.copyOf(argA, c);
        argB = Arrays.copyOf(argB, c);
    }
}
