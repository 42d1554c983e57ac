package io.kefusim.metrics;

import org.HdrHistogram.Histogram;

import java.util.Arrays;

/**
 * Counts of recorded durations in exactly the buckets of {@link ChatCell#newHistogram()} (an
 * HdrHistogram of milliseconds with 3 significant digits), kept in a plain int array while a
 * replication runs and handed to histograms when it ends. Recording into the HdrHistogram
 * itself also keeps its exact minimum and maximum (two volatile fields) and guards its resizing;
 * none of that is needed per chat, because every figure kefusim reads from a histogram
 * (percentiles, mean, min, max, count) depends only on the bucket counts. Ints, not longs:
 * half the memory for the same buckets, and a replication has far fewer than 2^31 chats.
 */
final class BucketCounts {
    // HdrHistogram's layout for lowest value 1 and 3 significant digits: 2,048 sub-buckets,
    // unit magnitude 0, so index(v) = v below 2,048 and each further bucket halves the resolution.
    private static final int SUB_BUCKET_HALF_MAGNITUDE = 10, SUB_BUCKET_HALF = 1 << SUB_BUCKET_HALF_MAGNITUDE;
    private static final long SUB_BUCKET_MASK = (1L << 11) - 1;
    private static final int LEADING_ZERO_BASE = 64 - 11;

    private int[] counts = Pool.take();

    /**
     * Count arrays of this thread's finished replications, zeroed, handed to the next replication's
     * counts: a replication of the 46-day M/M/c+M bench grew 138 arrays to 16,384 buckets each (9 MB)
     * while its events ran, and the next replication on the thread grew them again. Bounded (at most
     * {@link #MAX_INTS} ints a thread); the counts, and so every figure, are the same whatever an
     * array's length (only its growth depends on it).
     */
    private static final class Pool {
        static final int MAX_INTS = 1 << 22; // 16 MB a thread
        private static final ThreadLocal<Pool> OF_THREAD = ThreadLocal.withInitial(Pool::new);
        private int[][] arrays = new int[64][];
        private int top;
        private long ints;

        static int[] take() {
            Pool p = OF_THREAD.get();
            if (p.top == 0) return new int[2 * SUB_BUCKET_HALF];
            int[] a = p.arrays[--p.top];
            p.arrays[p.top] = null;
            p.ints -= a.length;
            return a;
        }

        static void give(int[] a) {
            Pool p = OF_THREAD.get();
            if (p.ints + a.length > MAX_INTS) return;
            Arrays.fill(a, 0);
            if (p.top == p.arrays.length) p.arrays = Arrays.copyOf(p.arrays, 2 * p.top);
            p.arrays[p.top++] = a;
            p.ints += a.length;
        }
    }

    /**
     * Gives the counts' array back to this thread's pool, for the counts of a later replication;
     * these counts are not to be used again. Once only: later calls (the same counts held by two
     * slices) do nothing.
     */
    void release() {
        if (counts != null) Pool.give(counts);
        counts = null;
    }

    /** Arrays in this thread's pool (for tests). */
    static int pooled() { return Pool.OF_THREAD.get().top; }

    /** The bucket of a value, as HdrHistogram's counts index. */
    static int index(long value) {
        int bucket = LEADING_ZERO_BASE - Long.numberOfLeadingZeros(value | SUB_BUCKET_MASK);
        int sub = (int) (value >>> bucket);
        return ((bucket + 1) << SUB_BUCKET_HALF_MAGNITUDE) + (sub - SUB_BUCKET_HALF);
    }

    /** The lowest value of a bucket (which HdrHistogram files under the same index). */
    static long lowestValueAt(int index) {
        int bucket = (index >> SUB_BUCKET_HALF_MAGNITUDE) - 1;
        int sub = (index & (SUB_BUCKET_HALF - 1)) + SUB_BUCKET_HALF;
        if (bucket < 0) {
            sub -= SUB_BUCKET_HALF;
            bucket = 0;
        }
        return (long) sub << bucket;
    }

    /** Records a duration in seconds as whole milliseconds, as {@link ChatCell} does. */
    void record(double seconds) {
        add(bucketOf(seconds));
    }

    /** The bucket of a duration in seconds, as whole milliseconds ({@link #record}): worked out once for counts that record the same duration. */
    static int bucketOf(double seconds) {
        return index(Math.max(0, Math.round(seconds * 1000)));
    }

    /** Counts one duration in bucket {@code i} ({@link #bucketOf}). */
    void add(int i) {
        if (i >= counts.length) grow(i);
        counts[i]++;
    }

    /**
     * Makes room for bucket {@code i}: at once to the next power of two (2,048 buckets hold
     * durations up to 2 s, 16,384 up to 18 h), so that a slice whose durations are minutes grows
     * once, not three times (a day's slice of the M/M/c+M bench: 2,048, 4,096, 8,192, then 16,384).
     */
    private void grow(int i) {
        counts = Arrays.copyOf(counts, Math.max(Integer.highestOneBit(i) << 1, 2 * counts.length));
    }

    /** Adds another's counts to these (whole counts: the same in any order). */
    void addCounts(BucketCounts other) {
        int[] o = other.counts;
        int top = o.length - 1;
        while (top >= 0 && o[top] == 0) top--;
        if (top >= counts.length) counts = Arrays.copyOf(counts, Math.max(top + 1, 2 * counts.length));
        int[] c = counts;
        for (int i = 0; i <= top; i++) c[i] += o[i];
    }

    /**
     * Adds the counts to each histogram given (nulls skipped). The highest bucket goes first: an
     * auto-resizing histogram grows to fit each value past its range, through a caught exception
     * and a copy of its counts, so counts added from the lowest bucket up made it grow once per
     * power of two (about 50 MB of copies a replication of the 46-day M/M/c+M bench); from the
     * highest, it grows once. The counts, and so every figure, are the same in any order.
     */
    void addTo(Histogram... targets) {
        int[] c = counts;
        int top = c.length - 1;
        while (top >= 0 && c[top] == 0) top--;
        if (top < 0) return;
        long highest = lowestValueAt(top);
        for (Histogram h : targets) if (h != null) h.recordValueWithCount(highest, c[top]);
        for (int i = 0; i < top; i++) {
            if (c[i] == 0) continue;
            long v = lowestValueAt(i);
            for (Histogram h : targets) if (h != null) h.recordValueWithCount(v, c[i]);
        }
    }
}
