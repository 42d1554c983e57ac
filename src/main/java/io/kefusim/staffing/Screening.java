package io.kefusim.staffing;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Sequential sampling in the staffing search (issue 29): a candidate roster of the refinement (the
 * greedy removal and the exact search) is simulated first on its {@link #FIRST} replications; if
 * its goal then fails on a bound conservative enough that the remaining replications would not
 * turn it, the roster is rejected without them. A roster that passes or is close gets every
 * replication of the file, so whatever the search answers, and every figure it prints for it, is
 * judged on the same replications as without screening (common random numbers: the first
 * replications are the first ones of the full run, nothing is simulated twice).
 *
 * <p>The rule, per cell the goal judges (the run; each day with buyers; each interval with at least
 * {@link #MIN_BUYERS} buyers per replication over the first ones, twice the goal's own minimum so
 * that an interval near that line, which the full run might not judge, never stops a roster): the
 * <em>optimistic</em> one-sided bound, mean + t(1 − α/m, n − 1) × sd / √n for a service level (mean −
 * … for a missed or abandoned share), with α = {@value #ALPHA} and m the number of cells judged
 * (Bonferroni), n the replications with a value in that cell. The roster clearly fails when that
 * bound is on the wrong side of the goal in some cell.
 */
public final class Screening {
    private Screening() {}

    /** Replications of the first stage (Student t then has 5 degrees of freedom). */
    public static final int FIRST = 6;
    /** The chance, all judged cells together, that a cell whose true mean meets the goal is taken for one that clearly fails. */
    public static final double ALPHA = 0.001;
    /** Buyers per replication an interval needs over the first replications to be screened on. */
    public static final double MIN_BUYERS = 2 * Goal.MIN_BUYERS_PER_INTERVAL;

    /** Screening pays only when there are replications left after the first stage. */
    public static boolean applies(int replications) {
        return replications > FIRST;
    }

    /**
     * The optimistic bound of one cell: mean + t × sd / √n when higher is better, mean − t × sd / √n
     * otherwise, t = Student t's quantile with n − 1 degrees of freedom leaving α / cells above it.
     * NaN values (no buyer in that replication) are left out; NaN when fewer than two remain.
     */
    public static double optimisticBound(double[] values, int cells, boolean higherIsBetter) {
        int n = 0;
        double sum = 0;
        for (double v : values) if (!Double.isNaN(v)) { n++; sum += v; }
        if (n < 2) return Double.NaN;
        double mean = sum / n, ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double h = quantile(n - 1, ALPHA / Math.max(1, cells)) * sd / Math.sqrt(n);
        return higherIsBetter ? mean + h : mean - h;
    }

    /**
     * The rule on the judged cells' values over the first replications (one array a cell): true when
     * some cell's optimistic bound ({@link #optimisticBound}, Bonferroni over every cell given) is on
     * the wrong side of {@code threshold} (below it when higher is better, above it otherwise; the
     * goal's own tolerance of 1e-12). A cell with fewer than two values stops nothing.
     */
    public static boolean clearlyFails(java.util.List<double[]> cells, double threshold, boolean higherIsBetter) {
        for (double[] v : cells) {
            double bound = optimisticBound(v, cells.size(), higherIsBetter);
            if (Double.isNaN(bound)) continue;
            if (higherIsBetter ? bound < threshold - 1e-12 : bound > threshold + 1e-12) return true;
        }
        return false;
    }

    /** Student t's quantile with {@code df} degrees of freedom that leaves {@code tail} above it. */
    static double quantile(int df, double tail) {
        return TDistribution.of(df).inverseSurvivalProbability(tail);
    }
}
