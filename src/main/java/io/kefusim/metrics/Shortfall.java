package io.kefusim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a goal fails hour by hour: the reporting intervals whose mean over replications
 * falls on the wrong side of a threshold, among those with at least
 * {@value #MIN_BUYERS_PER_INTERVAL} buyers per replication (fewer cannot show a share with any
 * confidence). A good day's average can hide a peak at 20% — this names it.
 *
 * @param counted   intervals with enough buyers to judge
 * @param failing   intervals (indexes) that fall short, in time order
 * @param runs      consecutive failing intervals as {first, last} index pairs
 * @param worst     the failing interval furthest from the threshold (-1 if none)
 * @param worstValue its mean (or its 95% confidence bound on the wrong side, with {@code confidence})
 * @param confidence judged on the 95% confidence bound, as the staffing goals are, rather than the mean
 * @param level     what a judged cell is: the interval, or, when intervals hold too few buyers, the
 *                  hour, the day or the run ({@link JudgedCells}); {@code counted} counts those cells,
 *                  {@code failing} holds every interval of a failing cell, {@code worst} a cell's first
 * @param shortCells judged cells that fall short
 */
public record Shortfall(int counted, List<Integer> failing, List<int[]> runs, int worst, double worstValue, boolean confidence,
                        JudgedCells.Level level, int shortCells) {
    public static final double MIN_BUYERS_PER_INTERVAL = 10;

    /**
     * @param value         the figure of one interval cell
     * @param higherIsBetter true for service level, false for missed or abandoned shares
     */
    public static Shortfall of(List<ReplicationMetrics> reps, ToDoubleFunction<ChatCell> value, double threshold, boolean higherIsBetter) {
        return of(reps, value, threshold, higherIsBetter, false);
    }

    public static Shortfall of(List<ReplicationMetrics> reps, ToDoubleFunction<ChatCell> value, double threshold, boolean higherIsBetter,
                               boolean confidence) {
        List<Integer> failing = new ArrayList<>();
        int counted = 0, worst = -1, shortCells = 0;
        double worstValue = Double.NaN;
        JudgedCells judged = JudgedCells.of(reps); // warm-up intervals count no buyers, so they are passed over
        for (int[] cell : judged.cells()) {
            Estimate e = Estimate.over(reps, m -> value.applyAsDouble(JudgedCells.pooled(m, cell)));
            if (e.mean() == null) continue;
            counted++;
            double h = confidence && e.ci95() != null ? e.ci95() : 0;
            // every figure judged here is a share: a normal interval around one near 0 or 1 can reach
            // past it ("worst -26.7%"), which no share can, so the bound is said within [0, 1]
            double v = Math.max(0, Math.min(1, higherIsBetter ? e.mean() - h : e.mean() + h));
            boolean ok = higherIsBetter ? v >= threshold - 1e-12 : v <= threshold + 1e-12;
            if (ok) continue;
            shortCells++;
            for (int i = cell[0]; i <= cell[1]; i++) failing.add(i);
            if (worst < 0 || (higherIsBetter ? v < worstValue : v > worstValue)) {
                worst = cell[0];
                worstValue = v;
            }
        }
        List<int[]> runs = new ArrayList<>();
        for (int i : failing) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == i - 1) runs.get(runs.size() - 1)[1] = i;
            else runs.add(new int[]{i, i});
        }
        return new Shortfall(counted, List.copyOf(failing), List.copyOf(runs), worst, worstValue, confidence, judged.level(), shortCells);
    }

    public boolean none() { return failing.isEmpty(); }
}
