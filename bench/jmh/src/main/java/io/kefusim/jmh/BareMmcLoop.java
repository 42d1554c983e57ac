package io.kefusim.jmh;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The M/M/c+M case of bench/erlang-a-c100.yaml (c = 100, 0.5 arrivals a second, service 3 min,
 * patience 5 min, 4,000,000 s) as a bare, metric-free loop: about what the machine can do for this
 * model, the yardstick kefusim's core is held against (issue 29: at least 0.75 of it). Completions
 * are a binary heap of times; waiting buyers a FIFO (intrusive list) with their patience in an
 * indexed binary heap, removed when served; the next arrival waits beside both. Random numbers as
 * kefusim draws them: xoshiro256++ streams and Commons RNG's exponential ziggurat. It counts
 * events, arrivals, abandonments and the summed wait of the served: nothing else.
 */
public final class BareMmcLoop {
    static final int C = 100;
    static final double RATE = 0.5, SERVICE = 180, PATIENCE = 300, HORIZON = 4_000_000;

    public long events, arrived, abandoned;
    public double sumWait;

    private final ContinuousSampler gap, service, patience;

    // completions: a binary min-heap of times
    private double[] done = new double[C + 1];
    private int doneSize;

    // waiting buyers, by slot: arrival time, FIFO links, place in the patience heap
    private double[] arrival = new double[64], deadline = new double[64];
    private int[] next = new int[64], prev = new int[64], heapPos = new int[64];
    private int[] freeSlots = new int[64];
    private int freeTop, head = -1, tail = -1;
    // patience: an indexed binary min-heap of slots, by deadline
    private int[] pHeap = new int[65];
    private int pSize;

    public BareMmcLoop(long seed) {
        UniformRandomProvider base = RandomSource.XO_SHI_RO_256_PP.create(seed);
        gap = ZigguratSampler.Exponential.of(((org.apache.commons.rng.JumpableUniformRandomProvider) base).jump());
        service = ZigguratSampler.Exponential.of(((org.apache.commons.rng.JumpableUniformRandomProvider) base).jump());
        patience = ZigguratSampler.Exponential.of(((org.apache.commons.rng.JumpableUniformRandomProvider) base).jump());
        for (int s = 63; s >= 0; s--) freeSlots[freeTop++] = s;
    }

    public BareMmcLoop run() {
        double nextArrival = gap.sample() / RATE;
        while (true) {
            double tDone = doneSize > 0 ? done[1] : Double.POSITIVE_INFINITY;
            double tGone = pSize > 0 ? deadline[pHeap[1]] : Double.POSITIVE_INFINITY;
            if (nextArrival < tDone && nextArrival < tGone) {
                double now = nextArrival;
                events++;
                arrived++;
                if (doneSize < C) {
                    pushDone(now + SERVICE * service.sample());
                } else {
                    double p = PATIENCE * patience.sample();
                    enqueue(now, now + p);
                }
                nextArrival = now + gap.sample() / RATE;
                if (nextArrival >= HORIZON) nextArrival = Double.POSITIVE_INFINITY;
            } else if (tDone <= tGone) {
                if (tDone == Double.POSITIVE_INFINITY) break;
                events++;
                popDone();
                if (head >= 0) {
                    int s = head;
                    sumWait += tDone - arrival[s];
                    unlinkQueued(s);
                    removePatience(heapPos[s]);
                    freeSlots[freeTop++] = s;
                    pushDone(tDone + SERVICE * service.sample());
                }
            } else {
                events++;
                abandoned++;
                int s = pHeap[1];
                removePatience(1);
                unlinkQueued(s);
                freeSlots[freeTop++] = s;
            }
        }
        return this;
    }

    private void pushDone(double t) {
        int i = ++doneSize;
        while (i > 1 && done[i >>> 1] > t) {
            done[i] = done[i >>> 1];
            i >>>= 1;
        }
        done[i] = t;
    }

    private void popDone() {
        double last = done[doneSize--];
        int i = 1;
        while (true) {
            int c = 2 * i;
            if (c > doneSize) break;
            if (c < doneSize && done[c + 1] < done[c]) c++;
            if (done[c] >= last) break;
            done[i] = done[c];
            i = c;
        }
        done[i] = last;
    }

    private void enqueue(double now, double until) {
        if (freeTop == 0) growSlots();
        int s = freeSlots[--freeTop];
        arrival[s] = now;
        deadline[s] = until;
        prev[s] = tail;
        next[s] = -1;
        if (tail >= 0) next[tail] = s;
        else head = s;
        tail = s;
        int i = ++pSize;
        pHeap[i] = s;
        heapPos[s] = i;
        siftUp(i);
    }

    private void unlinkQueued(int s) {
        int p = prev[s], n = next[s];
        if (p >= 0) next[p] = n;
        else head = n;
        if (n >= 0) prev[n] = p;
        else tail = p;
    }

    private void removePatience(int i) {
        int last = pHeap[pSize--];
        if (i > pSize) return;
        pHeap[i] = last;
        heapPos[last] = i;
        siftDown(i);
        siftUp(heapPos[last]);
    }

    private void siftUp(int i) {
        int s = pHeap[i];
        double d = deadline[s];
        while (i > 1 && deadline[pHeap[i >>> 1]] > d) {
            pHeap[i] = pHeap[i >>> 1];
            heapPos[pHeap[i]] = i;
            i >>>= 1;
        }
        pHeap[i] = s;
        heapPos[s] = i;
    }

    private void siftDown(int i) {
        int s = pHeap[i];
        double d = deadline[s];
        while (true) {
            int c = 2 * i;
            if (c > pSize) break;
            if (c < pSize && deadline[pHeap[c + 1]] < deadline[pHeap[c]]) c++;
            if (deadline[pHeap[c]] >= d) break;
            pHeap[i] = pHeap[c];
            heapPos[pHeap[i]] = i;
            i = c;
        }
        pHeap[i] = s;
        heapPos[s] = i;
    }

    private void growSlots() {
        int n = arrival.length, m = 2 * n;
        arrival = java.util.Arrays.copyOf(arrival, m);
        deadline = java.util.Arrays.copyOf(deadline, m);
        next = java.util.Arrays.copyOf(next, m);
        prev = java.util.Arrays.copyOf(prev, m);
        heapPos = java.util.Arrays.copyOf(heapPos, m);
        pHeap = java.util.Arrays.copyOf(pHeap, m + 1);
        freeSlots = java.util.Arrays.copyOf(freeSlots, m);
        for (int s = m - 1; s >= n; s--) freeSlots[freeTop++] = s;
    }
}
