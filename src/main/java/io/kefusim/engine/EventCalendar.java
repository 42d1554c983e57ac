package io.kefusim.engine;
import java.util.Arrays;

/**
 * The future-event list: a 4-ary min-heap on (time, insertion order). Ties are taken in the
 * order they were scheduled, which makes runs reproducible.
 *
 * <p>Built for speed without allocation. Each heap entry is two longs in parallel arrays:
 * the raw bits of the (non-negative) time, which order exactly as the doubles do, and the
 * insertion number shifted left over a slot index (compared only when times are equal). A
 * node's four children's times sit side by side in 32 bytes, and a sift moves two longs. The event's kind and arguments live in
 * slot arrays, written once when scheduled and read once when taken; slots are recycled.
 * Arrays only grow (by doubling) when more events are pending than ever before.
 *
 * <p>An event is a kind plus two int arguments; what they mean is up to the model. There is
 * no cancel: models give events a generation number and ignore stale ones, which is cheaper
 * than removing from the middle of a heap.
 */
public final class EventCalendar {
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    /** Most events pending at once (16.7 million). */
    public static final int MAX_PENDING = 1 << SLOT_BITS;

    private long[] keys;       // raw bits of each entry's time
    private long[] auxs;       // insertion order << SLOT_BITS | slot: ties, and where the event lives
    private int size;
    private long nextOrder;
    private int[] kind, argA, argB;
    private int[] freeSlots;
    private int freeTop;

    /**
     * The one pending event of a stream that never has more than one (the next arrival): kept
     * beside the heap, not in it, and taken when it is earlier than the heap's root by the same
     * (time, insertion order) rule, so the order of events is exactly the heap-only order.
     */
    private boolean soloPending;
    private long soloKey, soloAux;
    private int soloKind, soloA, soloB;

    private double now;
    private int currentKind, currentA, currentB;
    private long processed;
    private int maxPending;

    public EventCalendar(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        keys = new long[c]; auxs = new long[c];
        kind = new int[c];
        argA = new int[c];
        argB = new int[c];
        freeSlots = new int[c];
        for (int i = 0; i < c; i++) freeSlots[i] = c - 1 - i;
        freeTop = c;
    }

    public double now() { return now; }
    public int kind() { return currentKind; }
    public int a() { return currentA; }
    public int b() { return currentB; }
    public int pending() { return soloPending ? size + 1 : size; }
    public boolean isEmpty() { return size == 0 && !soloPending; }
    /** Events taken so far (for throughput figures). */
    public long processed() { return processed; }
    /** The most events that were pending at once. */
    public int maxPending() { return maxPending; }

    public void schedule(double at, int eventKind, int a, int b) {
        if (!(at >= now)) throw new IllegalStateException("event at " + at + " is before now (" + now + ")");
        if (freeTop == 0) grow();
        int slot = freeSlots[--freeTop];
        kind[slot] = eventKind;
        argA[slot] = a;
        argB[slot] = b;
        long key = Double.doubleToRawLongBits(at + 0.0); // +0.0 turns -0.0 into 0.0
        long aux = (nextOrder++ << SLOT_BITS) | slot;
        if (size == keys.length) { keys = Arrays.copyOf(keys, size * 2); auxs = Arrays.copyOf(auxs, size * 2); }
        long[] K = keys, A = auxs;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = K[parent], pa = A[parent];
            if (pk < key || (pk == key && pa < aux)) break;
            K[i] = pk;
            A[i] = pa;
            i = parent;
        }
        K[i] = key;
        A[i] = aux;
        if (pending() > maxPending) maxPending = pending();
    }

    /**
     * Schedules the event of a stream that has at most one pending at a time (the next arrival:
     * scheduled only when the previous one is taken). Taken in exactly the order
     * {@link #schedule} would give it; it costs no heap operation.
     */
    public void scheduleSolo(double at, int eventKind, int a, int b) {
        if (!(at >= now)) throw new IllegalStateException("event at " + at + " is before now (" + now + ")");
        if (soloPending) throw new IllegalStateException("a solo event is already pending");
        soloKey = Double.doubleToRawLongBits(at + 0.0);
        soloAux = (nextOrder++ << SLOT_BITS);
        soloKind = eventKind;
        soloA = a;
        soloB = b;
        soloPending = true;
        if (size + 1 > maxPending) maxPending = size + 1;
    }

    /** Takes the earliest event, advances the clock to it; read it with kind(), a(), b(). */
    public void next() {
        if (soloPending && (size == 0 || soloKey < keys[0] || (soloKey == keys[0] && soloAux < (auxs[0] & ~SLOT_MASK)))) {
            soloPending = false;
            now = Double.longBitsToDouble(soloKey);
            currentKind = soloKind;
            currentA = soloA;
            currentB = soloB;
            processed++;
            return;
        }
        if (size == 0) throw new IllegalStateException("no events");
        int slot = (int) (auxs[0] & SLOT_MASK);
        now = Double.longBitsToDouble(keys[0]);
        currentKind = kind[slot];
        currentA = argA[slot];
        currentB = argB[slot];
        freeSlots[freeTop++] = slot;
        processed++;
        int n = --size;
        if (n > 0) siftDown(keys[n], auxs[n], n);
    }

    /** Places (key, aux) at the root and sifts it down a heap of n entries. */
    private void siftDown(long key, long aux, int n) {
        long[] K = keys, A = auxs;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) break;
            int best = first;
            long bk = K[first];
            int last = Math.min(first + 4, n);
            for (int c = first + 1; c < last; c++) {
                long ck = K[c];
                if (ck < bk || (ck == bk && A[c] < A[best])) {
                    best = c;
                    bk = ck;
                }
            }
            long ba = A[best];
            if (key < bk || (key == bk && aux < ba)) break;
            K[i] = bk;
            A[i] = ba;
            i = best;
        }
        K[i] = key;
        A[i] = aux;
    }

    private void grow() {
        int c = kind.length;
        if (c >= MAX_PENDING) throw new IllegalStateException("more than " + MAX_PENDING + " events pending at once");
        int n = Math.min(MAX_PENDING, c * 2);
        kind = Arrays.copyOf(kind, n);
        argA = Arrays.copyOf(argA, n);
        argB = Arrays.copyOf(argB, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
        for (int s = n - 1; s >= c; s--) freeSlots[freeTop++] = s;
    }
}
