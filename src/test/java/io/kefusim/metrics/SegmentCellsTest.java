package io.kefusim.metrics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A replication counts each chat into one cell of its (type, segment) while it runs and sums the
 * segments into the run's, types', days' and intervals' cells when it is settled. This checks the
 * settled cells against counting every chat straight into each of its cells, on a grid where
 * days start inside intervals (90-minute intervals, the first day starting 30 minutes into the run),
 * so an interval's chats fall on two days.
 */
class SegmentCellsTest {
    private static final double DAY = 86400, WARMUP = 600, HORIZON = 2.5 * DAY, INTERVAL = 5400, DAY0 = 1800 - DAY;
    private static final double[] DEADLINES = {120, 1800, 7200};

    @Test
    void settledCellsEqualCountingEachChatIntoEachOfItsCells() {
        int types = 2, groups = 3;
        ReplicationMetrics m = new ReplicationMetrics(types, groups, WARMUP, HORIZON, INTERVAL, DAY0, 60, DEADLINES, 180);
        int days = m.byDay.length, intervals = m.byInterval.length;
        assertEquals(4, days, "the run covers parts of four calendar days");
        Direct total = new Direct();
        Direct[] byType = directs(types), byDay = directs(days), byInterval = directs(intervals);
        Direct[][] byTypeInterval = new Direct[types][];
        for (int t = 0; t < types; t++) byTypeInterval[t] = directs(intervals);

        SplittableRandom rng = new SplittableRandom(7);
        int counted = 0;
        for (int i = 0; i < 20_000; i++) {
            // arrivals everywhere, with a share exactly on interval starts and midnights
            double at = switch (i % 10) {
                case 0 -> Math.floor(rng.nextDouble() * HORIZON / INTERVAL) * INTERVAL;
                case 1 -> DAY0 + DAY * (1 + rng.nextInt(2));
                default -> rng.nextDouble() * HORIZON;
            };
            int type = rng.nextInt(types), group = rng.nextInt(groups);
            boolean deflected = rng.nextInt(20) == 0;
            double wait = rng.nextDouble() * 900, first = wait + rng.nextDouble() * (i % 3 == 0 ? 60 : 9000), reply = rng.nextDouble() * 400;
            int seg = m.segmentOf(at);
            m.onArrival(type, seg, deflected);
            int outcome = rng.nextInt(3);
            if (!deflected && outcome == 0) {
                m.onFinished(type, -1, seg, ReplicationMetrics.ABANDONED, Double.NaN, wait, 0.5, 40);
            } else if (!deflected) {
                m.onAccepted(type, group, seg, wait);
                m.onReply(type, group, seg, reply);
                m.onFinished(type, group, seg, outcome == 1 ? ReplicationMetrics.CLOSED : ReplicationMetrics.OPEN,
                        first, Double.NaN, 0.25, 10);
            }
            if (at < WARMUP) continue;
            counted++;
            int d = m.dayIndex(at), iv = (int) (at / INTERVAL);
            for (Direct c : new Direct[]{total, byType[type], byDay[d], byInterval[iv], byTypeInterval[type][iv]}) {
                c.add(deflected, outcome, wait, first, reply);
            }
        }
        m.settle(HORIZON);

        total.check(m.total, "run");
        for (int t = 0; t < types; t++) byType[t].check(m.byType[t], "type " + t);
        for (int d = 0; d < days; d++) byDay[d].check(m.byDay[d], "day " + d);
        for (int i = 0; i < intervals; i++) byInterval[i].check(m.byInterval[i], "interval " + i);
        for (int t = 0; t < types; t++) {
            for (int i = 0; i < intervals; i++) byTypeInterval[t][i].check(m.byTypeInterval[t][i], "type " + t + ", interval " + i);
        }
        assertEquals(counted, m.total.arrived, "every chat after the warm-up is counted once");
    }

    private static Direct[] directs(int n) {
        Direct[] d = new Direct[n];
        for (int i = 0; i < n; i++) d[i] = new Direct();
        return d;
    }

    /** The counts of one cell, kept chat by chat. */
    private static final class Direct {
        long arrived, deflected, accepted, abandoned, open, firstReplied, withinTarget, replies;
        final long[] missed = new long[DEADLINES.length];
        double sumWait, maxWait, sumFirst, sumAbandon, sumReply, lostOrders;

        void add(boolean isDeflected, int outcome, double wait, double first, double reply) {
            arrived++;
            if (isDeflected) {
                deflected++;
                return;
            }
            if (outcome == 0) {
                abandoned++;
                sumAbandon += wait;
                lostOrders += 0.5;
                for (int i = 0; i < DEADLINES.length; i++) missed[i]++;
                return;
            }
            accepted++;
            sumWait += wait;
            maxWait = Math.max(maxWait, wait);
            replies++;
            sumReply += reply;
            firstReplied++;
            sumFirst += first;
            if (first <= 60) withinTarget++;
            if (outcome == 2) open++;
            lostOrders += 0.25;
            for (int i = 0; i < DEADLINES.length; i++) if (first > DEADLINES[i]) missed[i]++;
        }

        void check(ChatCell c, String where) {
            assertEquals(arrived, c.arrived, where + ": arrived");
            assertEquals(deflected, c.deflected, where + ": deflected");
            assertEquals(accepted, c.accepted, where + ": accepted");
            assertEquals(abandoned, c.abandoned, where + ": abandoned");
            assertEquals(open, c.openAtEnd, where + ": open at the end");
            assertEquals(firstReplied, c.firstReplied, where + ": first replies");
            assertEquals(withinTarget, c.withinTarget, where + ": within the service-level target");
            assertEquals(replies, c.messagesReplied, where + ": replies");
            for (int i = 0; i < missed.length; i++) assertEquals(missed[i], c.missed[i], where + ": missed deadline " + i);
            assertEquals(maxWait, c.maxWait, 0, where + ": longest wait");
            // sums are added in another order: equal to rounding
            assertEquals(sumWait, c.sumWait, 1e-9 * Math.max(1, sumWait), where + ": sum of waits");
            assertEquals(sumFirst, c.sumFirstResponse, 1e-9 * Math.max(1, sumFirst), where + ": sum of first responses");
            assertEquals(sumAbandon, c.sumAbandonTime, 1e-9 * Math.max(1, sumAbandon), where + ": sum of times to abandon");
            assertEquals(sumReply, c.sumResponse, 1e-9 * Math.max(1, sumReply), where + ": sum of reply times");
            assertEquals(lostOrders, c.lostOrders, 1e-9 * Math.max(1, lostOrders), where + ": lost orders");
        }
    }
}
