package io.kefusim.metrics;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The histograms a report reads its percentiles from: the same figures as a fresh merge, without copying when one is left. */
class MergedForReadingTest {
    private static Histogram random(SplittableRandom r, int n) {
        Histogram h = ChatCell.newHistogram();
        for (int i = 0; i < n; i++) h.recordValue((long) (-Math.log(1 - r.nextDouble()) * 90_000)); // waits around 1.5 min, in ms
        return h;
    }

    @Test
    void theOneHistogramLeftIsReadAsItIs() {
        Histogram only = random(new SplittableRandom(1), 1000);
        assertSame(only, ChatCell.mergedForReading(Arrays.asList(only, null, null)));
        assertSame(only, ChatCell.mergedForReading(Arrays.asList(null, only)));
    }

    @Test
    void severalAreMergedWithoutChangingAny() {
        SplittableRandom r = new SplittableRandom(2);
        Histogram a = random(r, 5000), b = random(r, 3000);
        long aCount = a.getTotalCount(), bCount = b.getTotalCount();
        Histogram merged = ChatCell.mergedForReading(Arrays.asList(a, null, b));
        Histogram expected = ChatCell.newHistogram();
        expected.add(a);
        expected.add(b);
        assertEquals(expected, merged); // HdrHistogram's equals: same counts in every bucket
        assertEquals(8000, merged.getTotalCount());
        for (double p : new double[]{50, 80, 90, 95, 99}) assertEquals(expected.getValueAtPercentile(p), merged.getValueAtPercentile(p));
        assertEquals(expected.getMaxValue(), merged.getMaxValue());
        assertEquals(aCount, a.getTotalCount(), "the inputs are left as they were");
        assertEquals(bCount, b.getTotalCount());
    }

    @Test
    void noneLeftReadsAsEmpty() {
        assertEquals(0, ChatCell.mergedForReading(Arrays.asList(null, null)).getTotalCount());
    }
}
