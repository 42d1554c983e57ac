package io.kefusim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cells a goal "in every interval" is judged on. A cell is judged when it has at least
 * {@value Shortfall#MIN_BUYERS_PER_INTERVAL} buyers per replication; the cells are the
 * reporting intervals, unless the judged intervals hold fewer than half of the run's buyers
 * (a small shop with 5-minute reporting has no interval with 10 buyers, and "every judged
 * interval meets the goal" was then true of none: a roster at 58.7% read as meeting 80%). Then
 * the intervals are pooled by the clock hour, then by the day (a run of more than one), and at last
 * the whole run is judged, whatever its count: the first of these whose judged cells hold at least half the buyers.
 *
 * @param level  what a cell is
 * @param cells  the judged cells, each a {first, last} range of interval indexes, in time order
 */
public record JudgedCells(Level level, List<int[]> cells) {
    /** What a judged cell is: a reporting interval, a clock hour, a day, or the whole run. */
    public enum Level { INTERVAL, HOUR, DAY, RUN }

    public static JudgedCells of(List<ReplicationMetrics> reps) {
        ReplicationMetrics first = reps.get(0);
        int n = first.byInterval.length;
        double[] offered = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (ReplicationMetrics m : reps) offered[i] += m.byInterval[i].offered();
            offered[i] /= reps.size();
            total += offered[i];
        }
        for (Level level : Level.values()) {
            List<int[]> blocks = blocks(first, level, n), judged = new ArrayList<>();
            if (level == Level.DAY && blocks.size() == 1) continue; // a run of one day: the run says it
            double covered = 0;
            for (int[] b : blocks) {
                double buyers = 0;
                for (int i = b[0]; i <= b[1]; i++) buyers += offered[i];
                if (buyers < Shortfall.MIN_BUYERS_PER_INTERVAL && !(level == Level.RUN && buyers > 0)) continue;
                judged.add(b);
                covered += buyers;
            }
            // nobody to serve: nothing to judge, at the intervals as before
            if (total == 0) return new JudgedCells(Level.INTERVAL, List.of());
            if (covered >= total / 2 - 1e-9) return new JudgedCells(level, List.copyOf(judged));
        }
        throw new IllegalStateException("the whole run holds every buyer");
    }

    /** Consecutive intervals with the same interval, clock hour, day or run, as {first, last} ranges. */
    private static List<int[]> blocks(ReplicationMetrics m, Level level, int n) {
        List<int[]> out = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double start = m.intervalStart(i) - m.day0();
            long key = switch (level) {
                case INTERVAL -> i;
                case HOUR -> (long) Math.floor(start / 3600 + 1e-9);
                case DAY -> (long) Math.floor(start / 86400 + 1e-9);
                case RUN -> 0;
            };
            if (out.isEmpty() || key != previous) out.add(new int[]{i, i});
            else out.get(out.size() - 1)[1] = i;
            previous = key;
        }
        return out;
    }

    /** Buyers per replication in a cell. */
    public static double buyers(List<ReplicationMetrics> reps, int[] cell) {
        double offered = 0;
        for (ReplicationMetrics m : reps) for (int i = cell[0]; i <= cell[1]; i++) offered += m.byInterval[i].offered();
        return offered / reps.size();
    }

    /** A replication's counts over a cell's intervals, as one cell (counts and sums only). */
    public static ChatCell pooled(ReplicationMetrics m, int[] cell) {
        if (cell[0] == cell[1]) return m.byInterval[cell[0]];
        ChatCell c = new ChatCell(m.byInterval[cell[0]].missed.length, false);
        for (int i = cell[0]; i <= cell[1]; i++) c.addCounters(m.byInterval[i]);
        return c;
    }

    /** The cell as a function of a replication, for figures over replications. */
    public static Function<ReplicationMetrics, ChatCell> cell(int[] cell) {
        return m -> pooled(m, cell);
    }

    /** The level as summary.json and staffing.json write it ("interval", "hour", "day", "run"). */
    public String key() { return level.name().toLowerCase(java.util.Locale.ROOT); }
}
