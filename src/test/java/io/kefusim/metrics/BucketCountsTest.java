package io.kefusim.metrics;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting into BucketCounts and handing the counts over gives the very histogram that recording each value gives. */
class BucketCountsTest {
    @Test
    void sameHistogramAsRecordingEachValue() {
        SplittableRandom rnd = new SplittableRandom(23);
        for (int round = 0; round < 20; round++) {
            Histogram direct = ChatCell.newHistogram(), viaCounts = ChatCell.newHistogram(), alsoViaCounts = ChatCell.newHistogram();
            BucketCounts counts = new BucketCounts();
            int n = 1 + rnd.nextInt(50_000);
            double scale = Math.pow(10, rnd.nextInt(-3, 7)); // milliseconds to weeks
            for (int i = 0; i < n; i++) {
                double seconds = switch (i % 4) {
                    case 0 -> 0;                                   // answered at once
                    case 1 -> -Math.log(1 - rnd.nextDouble()) * scale;
                    case 2 -> rnd.nextDouble() * scale;
                    default -> Math.exp(rnd.nextGaussian() * 3) * scale;
                };
                direct.recordValue(Math.max(0, Math.round(seconds * 1000)));
                counts.record(seconds);
            }
            counts.addTo(viaCounts, null, alsoViaCounts);
            assertEquals(direct, viaCounts, "round " + round);
            assertEquals(direct, alsoViaCounts, "round " + round);
            assertEquals(direct.getTotalCount(), viaCounts.getTotalCount());
            assertEquals(direct.getMaxValue(), viaCounts.getMaxValue());
            assertEquals(direct.getMinNonZeroValue(), viaCounts.getMinNonZeroValue());
            assertEquals(direct.getMean(), viaCounts.getMean(), 0.0);
            for (double p : new double[]{1, 10, 50, 90, 95, 99, 99.9, 100}) {
                assertEquals(direct.getValueAtPercentile(p), viaCounts.getValueAtPercentile(p), "p" + p);
            }
        }
    }

    /** Several counts added into one histogram (a run's, from each type and group), the highest first in each, and none at all. */
    @Test
    void severalCountsIntoOneHistogramAsRecordingEachValue() {
        SplittableRandom rnd = new SplittableRandom(29);
        Histogram direct = ChatCell.newHistogram(), viaCounts = ChatCell.newHistogram();
        new BucketCounts().addTo(viaCounts); // nothing recorded: nothing added
        assertEquals(0, viaCounts.getTotalCount());
        for (double scale : new double[]{30, 3, 86_400 * 40, 0.5, 7_200}) {
            BucketCounts counts = new BucketCounts();
            for (int i = 0; i < 5_000; i++) {
                double seconds = -Math.log(1 - rnd.nextDouble()) * scale;
                direct.recordValue(Math.max(0, Math.round(seconds * 1000)));
                counts.record(seconds);
            }
            counts.addTo(viaCounts);
            assertEquals(direct, viaCounts, "after scale " + scale);
        }
        for (double p : new double[]{0, 50, 90, 99.9, 100}) assertEquals(direct.getValueAtPercentile(p), viaCounts.getValueAtPercentile(p), "p" + p);
    }

    /**
     * Counts given back to the thread's pool (after their replication) hand their arrays, zeroed, to
     * later counts: those count exactly as fresh ones, released twice or not, grown or not.
     */
    @Test
    void countsOnAReusedArrayAreTheCountsOfAFreshOne() {
        SplittableRandom rnd = new SplittableRandom(31);
        for (int round = 0; round < 12; round++) {
            java.util.List<BucketCounts> earlier = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                BucketCounts c = new BucketCounts();
                double scale = Math.pow(10, rnd.nextInt(-2, 6));
                for (int i = 0; i < 3_000; i++) c.record(-Math.log(1 - rnd.nextDouble()) * scale);
                earlier.add(c);
            }
            int before = BucketCounts.pooled();
            for (BucketCounts c : earlier) {
                c.release();
                c.release(); // a slice held twice is released twice: once counts
            }
            assertEquals(before + earlier.size(), BucketCounts.pooled(), "round " + round);
            for (int k = 0; k < earlier.size(); k++) {
                Histogram direct = ChatCell.newHistogram(), viaCounts = ChatCell.newHistogram();
                BucketCounts counts = new BucketCounts(); // on an array of the ones released
                double scale = Math.pow(10, rnd.nextInt(-3, 7));
                for (int i = 0; i < 1 + rnd.nextInt(4_000); i++) {
                    double seconds = rnd.nextInt(3) == 0 ? 0 : -Math.log(1 - rnd.nextDouble()) * scale;
                    direct.recordValue(Math.max(0, Math.round(seconds * 1000)));
                    counts.record(seconds);
                }
                counts.addTo(viaCounts);
                assertEquals(direct, viaCounts, "round " + round + ", counts " + k);
                for (double p : new double[]{0, 50, 99, 100}) assertEquals(direct.getValueAtPercentile(p), viaCounts.getValueAtPercentile(p));
            }
            assertEquals(before, BucketCounts.pooled(), "round " + round);
        }
    }

    @Test
    void indexAndLowestValueAreHdrHistogramsOwn() {
        Histogram h = ChatCell.newHistogram();
        for (long v : new long[]{0, 1, 1023, 1024, 2047, 2048, 2049, 4095, 4096, 123_456, 9_999_999, 86_400_000L * 365}) {
            int i = BucketCounts.index(v);
            assertEquals(h.lowestEquivalentValue(v), BucketCounts.lowestValueAt(i), "value " + v);
            assertEquals(i, BucketCounts.index(BucketCounts.lowestValueAt(i)), "value " + v);
        }
    }
}
