package io.kefusim.jmh;

import java.util.Arrays;

/**
 * The main heap of kefusim's event list before it became a calendar queue (commit 1768759's
 * {@code EventCalendar}, without its keyed and solo events), kept here only to be timed
 * against its successor: a 4-ary min-heap on (time bits, insertion order << 24 | slot) in two
 * parallel long arrays, the event's payload in a slot.
 */
final class FourAryHeap {
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private long[] keys, auxs;
    private int size;
    private long nextOrder;
    private int[] payload, freeSlots;
    private int freeTop;
    private double now;
    private int current;

    FourAryHeap(int capacity) {
        int c = Math.max(16, capacity);
        keys = new long[c];
        auxs = new long[c];
        payload = new int[c];
        freeSlots = new int[c];
        for (int i = 0; i < c; i++) freeSlots[i] = c - 1 - i;
        freeTop = c;
    }

    double now() { return now; }
    int payload() { return current; }

    void schedule(double at, int p) {
        if (freeTop == 0) {
            int c = payload.length, n = 2 * c;
            payload = Arrays.copyOf(payload, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
            for (int s = n - 1; s >= c; s--) freeSlots[freeTop++] = s;
        }
        int slot = freeSlots[--freeTop];
        payload[slot] = p;
        long key = Double.doubleToRawLongBits(at + 0.0);
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
    }

    void next() {
        int slot = (int) (auxs[0] & SLOT_MASK);
        now = Double.longBitsToDouble(keys[0]);
        current = payload[slot];
        freeSlots[freeTop++] = slot;
        int n = --size;
        if (n > 0) siftDown(keys[n], auxs[n], n);
    }

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
}
