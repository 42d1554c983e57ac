package io.kefusim.metrics;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * With few (day, type, group) slices a replication counts each duration once, in its (day, type,
 * group) slice, and adds the slices up into the (type, group) and day counts when it ends; with many
 * it counts each duration twice as it goes. Both must give the very same histograms (and the same
 * counters, missed deadlines included): fed the same chats, every histogram of the run, the types,
 * the groups and the days is compared, bucket for bucket.
 */
class JointSlicesTest {
    private static final double DAY = 86400;

    @Test
    void jointSlicesGiveTheSameHistogramsAndCountersAsTwoCounts() {
        // several days, types and groups (slices summed); one type, one group and one day (a slice handed on as it is)
        for (int[] shape : new int[][]{{3, 2, 84}, {1, 1, 20}}) {
            for (double[] deadlines : new double[][]{{120, 1800, 7200}, {60}, {}, {300, 200}}) {
                compare(shape[0], shape[1], shape[2] * 3600.0, deadlines);
            }
        }
    }

    private static void compare(int types, int groups, double horizon, double[] deadlines) {
        ReplicationMetrics joint = fed(Integer.MAX_VALUE, deadlines, types, groups, horizon), twice = fed(0, deadlines, types, groups, horizon);
        same(joint.total, twice.total, "run");
        for (int t = 0; t < joint.byType.length; t++) same(joint.byType[t], twice.byType[t], "type " + t);
        for (int g = 0; g < joint.byGroup.length; g++) same(joint.byGroup[g], twice.byGroup[g], "group " + g);
        for (int d = 0; d < joint.byDay.length; d++) same(joint.byDay[d], twice.byDay[d], "day " + d);
        assertNotEquals(0, joint.total.firstResponse.getTotalCount());
    }

    /** A chat misses each deadline its first response is past (all if never answered), whether the deadlines increase or not. */
    @Test
    void missedDeadlinesAsCountedOneByOne() {
        for (double[] deadlines : new double[][]{{120, 1800, 7200}, {300, 200, 1000}, {60}, {}}) {
            ReplicationMetrics m = new ReplicationMetrics(1, 1, 0, DAY, 3600, 0, 60, deadlines, 180);
            long[] expected = new long[deadlines.length];
            SplittableRandom rng = new SplittableRandom(3);
            for (int i = 0; i < 5_000; i++) {
                int seg = m.segmentOf(rng.nextDouble() * DAY);
                double first = i % 7 == 0 ? Double.NaN : i % 11 == 0 ? deadlines.length > 0 ? deadlines[i % deadlines.length] : 5 : rng.nextDouble() * 9000;
                m.onFinished(0, 0, seg, ReplicationMetrics.CLOSED, first, Double.NaN, 0, 0);
                for (int k = 0; k < deadlines.length; k++) if (Double.isNaN(first) || first > deadlines[k]) expected[k]++;
            }
            m.settle(DAY);
            assertArrayEquals(expected, m.total.missed, java.util.Arrays.toString(deadlines));
            assertArrayEquals(expected, m.byGroup[0].missed, java.util.Arrays.toString(deadlines));
        }
    }

    private static ReplicationMetrics fed(int maxJoint, double[] deadlines, int types, int groups, double horizon) {
        int before = ReplicationMetrics.maxJointSlices;
        ReplicationMetrics m;
        try {
            ReplicationMetrics.maxJointSlices = maxJoint;
            m = new ReplicationMetrics(types, groups, 600, horizon, 3600, horizon > DAY ? -DAY / 3 : 0, 60, deadlines, 180);
        } finally {
            ReplicationMetrics.maxJointSlices = before;
        }
        SplittableRandom rng = new SplittableRandom(41);
        for (int i = 0; i < 30_000; i++) {
            double at = rng.nextDouble() * horizon;
            int type = rng.nextInt(types), group = rng.nextInt(groups), seg = m.segmentOf(at);
            double scale = Math.pow(10, rng.nextInt(-2, 5));
            double wait = i % 5 == 0 ? 0 : rng.nextDouble() * scale, first = wait + rng.nextDouble() * scale;
            m.onArrival(type, seg, false);
            switch (rng.nextInt(3)) {
                case 0 -> m.onFinished(type, -1, seg, ReplicationMetrics.ABANDONED, Double.NaN, wait, 0, 0);
                case 1 -> {
                    m.onAccepted(type, group, seg, wait);
                    m.onReply(type, group, seg, first - wait);
                    m.onFinished(type, group, seg, ReplicationMetrics.CLOSED, first, Double.NaN, 0.1, 5);
                }
                default -> {
                    m.onAccepted(type, group, seg, wait);
                    m.onFinished(type, group, seg, ReplicationMetrics.OPEN, Double.NaN, Double.NaN, 0.3, 7);
                }
            }
        }
        m.settleHistograms();
        m.settle(horizon);
        return m;
    }

    private static void same(ChatCell a, ChatCell b, String what) {
        same(a.wait, b.wait, what + " wait");
        same(a.firstResponse, b.firstResponse, what + " first response");
        same(a.abandonTime, b.abandonTime, what + " time to abandon");
        assertArrayEquals(b.missed, a.missed, what + " missed deadlines");
        assertEquals(b.firstReplied, a.firstReplied, what);
        assertEquals(b.withinTarget, a.withinTarget, what);
        assertEquals(b.sumFirstResponse, a.sumFirstResponse, 0.0, what);
        assertEquals(b.lostOrders, a.lostOrders, 0.0, what);
    }

    private static void same(Histogram a, Histogram b, String what) {
        assertEquals(b, a, what);
        assertEquals(b.getTotalCount(), a.getTotalCount(), what);
        assertEquals(b.getMaxValue(), a.getMaxValue(), what);
        assertEquals(b.getMinNonZeroValue(), a.getMinNonZeroValue(), what);
        for (double p : new double[]{0, 10, 50, 90, 99, 99.9, 100}) assertEquals(b.getValueAtPercentile(p), a.getValueAtPercentile(p), what + " p" + p);
    }
}
