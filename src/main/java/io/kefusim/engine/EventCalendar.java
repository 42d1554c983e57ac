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
 * <p>An event is a kind plus two int arguments; what they mean is up to the model. Events in
 * the main heap cannot be cancelled: models give them a generation number and ignore stale
 * ones. Events that are usually cancelled — a waiting buyer's patience, which most buyers
 * never reach because an agent takes them first — go into a second, <em>keyed</em> heap
 * instead (at most one event per key, e.g. a chat id), where {@link #cancel} removes them:
 * left in the main heap, such dead events made up most of it on a busy sale day and every
 * other event paid for them in heap depth. All three sources (main heap, keyed heap, solo
 * event) share one insertion counter and are taken by the same (time, insertion order) rule,
 * so the order of events is exactly that of one heap holding them all.
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

    // keyed events: an indexed 4-ary min-heap of keys, on (time bits, insertion order)
    private long[] kTime = new long[16], kOrder = new long[16];
    private int[] kKey = new int[16];
    private int kSize;
    /** Per key: its position in the keyed heap plus one, 0 if it has no event pending. */
    private int[] kPos = new int[16];
    private int[] kKind = new int[16], kB = new int[16];

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
    public int pending() { return size + kSize + (soloPending ? 1 : 0); }
    public boolean isEmpty() { return size == 0 && kSize == 0 && !soloPending; }
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
        if (pending() > maxPending) maxPending = pending();
    }

    /**
     * Schedules the event of {@code key} (a non-negative int, e.g. a chat id; at most one pending
     * per key) as ({@code eventKind}, key, b). It is taken in the order {@link #schedule} would
     * give it, unless {@link #cancel}led first.
     */
    public void scheduleKeyed(int key, double at, int eventKind, int b) {
        if (!(at >= now)) throw new IllegalStateException("event at " + at + " is before now (" + now + ")");
        if (key >= kPos.length) kPos = Arrays.copyOf(kPos, Math.max(key + 1, kPos.length * 2));
        if (kPos[key] != 0) throw new IllegalStateException("key " + key + " already has an event pending");
        if (key >= kKind.length) { kKind = Arrays.copyOf(kKind, kPos.length); kB = Arrays.copyOf(kB, kPos.length); }
        if (kSize == kTime.length) {
            kTime = Arrays.copyOf(kTime, kSize * 2);
            kOrder = Arrays.copyOf(kOrder, kSize * 2);
            kKey = Arrays.copyOf(kKey, kSize * 2);
        }
        kKind[key] = eventKind;
        kB[key] = b;
        keyedUp(kSize++, Double.doubleToRawLongBits(at + 0.0), nextOrder++, key);
        if (pending() > maxPending) maxPending = pending();
    }

    /** Removes the pending event of {@code key}; false if it had none. */
    public boolean cancel(int key) {
        if (key >= kPos.length || kPos[key] == 0) return false;
        int i = kPos[key] - 1;
        kPos[key] = 0;
        int n = --kSize;
        if (i == n) return true;
        long t = kTime[n], o = kOrder[n];
        int k = kKey[n];
        // the last entry fills the hole: it may belong above it or below it
        if (i > 0 && before(t, o, kTime[(i - 1) >>> 2], kOrder[(i - 1) >>> 2])) keyedUp(i, t, o, k);
        else keyedDown(i, t, o, k);
        return true;
    }

    private static boolean before(long t, long o, long t2, long o2) { return t < t2 || (t == t2 && o < o2); }

    /** Places (t, o, key) at position i or above it. */
    private void keyedUp(int i, long t, long o, int key) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(t, o, kTime[parent], kOrder[parent])) break;
            keyedPut(i, kTime[parent], kOrder[parent], kKey[parent]);
            i = parent;
        }
        keyedPut(i, t, o, key);
    }

    /** Places (t, o, key) at position i or below it. */
    private void keyedDown(int i, long t, long o, int key) {
        int n = kSize;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) break;
            int best = first;
            int last = Math.min(first + 4, n);
            for (int c = first + 1; c < last; c++) if (before(kTime[c], kOrder[c], kTime[best], kOrder[best])) best = c;
            if (!before(kTime[best], kOrder[best], t, o)) break;
            keyedPut(i, kTime[best], kOrder[best], kKey[best]);
            i = best;
        }
        keyedPut(i, t, o, key);
    }

    /** Writes an entry at heap position i and records where its key now is. */
    private void keyedPut(int i, long t, long o, int key) {
        kTime[i] = t;
        kOrder[i] = o;
        kKey[i] = key;
        kPos[key] = i + 1;
    }

    /** Takes the earliest event, advances the clock to it; read it with kind(), a(), b(). */
    public void next() {
        if (kSize > 0 && (size == 0 || before(kTime[0], kOrder[0], keys[0], auxs[0] >>> SLOT_BITS))
                && (!soloPending || before(kTime[0], kOrder[0], soloKey, soloAux >>> SLOT_BITS))) {
            int key = kKey[0];
            now = Double.longBitsToDouble(kTime[0]);
            currentKind = kKind[key];
            currentA = key;
            currentB = kB[key];
            kPos[key] = 0;
            processed++;
            int n = --kSize;
            if (n > 0) keyedDown(0, kTime[n], kOrder[n], kKey[n]);
            return;
        }
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
