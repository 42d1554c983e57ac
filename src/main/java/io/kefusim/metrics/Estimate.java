package io.kefusim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A figure over replications: the mean and the 95% confidence half-width (Student t with
 * n-1 degrees of freedom). Replications where the figure is undefined (e.g. a mean wait in
 * an interval nobody arrived in) are left out; {@code ci95} is null with fewer than two.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Estimate(Double mean, Double ci95) {

    /** A figure's value in each replication. */
    public static double[] perReplication(java.util.List<ReplicationMetrics> reps, java.util.function.ToDoubleFunction<ReplicationMetrics> f) {
        double[] v = new double[reps.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(reps.get(i));
        return v;
    }

    /** A figure over replications: mean and 95% half-width. */
    public static Estimate over(java.util.List<ReplicationMetrics> reps, java.util.function.ToDoubleFunction<ReplicationMetrics> f) {
        return of(perReplication(reps, f));
    }

    public static Estimate of(double[] perReplication) {
        return of(perReplication, 0.95);
    }

    public static Estimate of(double[] values, double level) {
        int n = 0;
        double sum = 0;
        for (double v : values) if (!Double.isNaN(v)) { n++; sum += v; }
        if (n == 0) return new Estimate(null, null);
        double mean = sum / n;
        if (n < 2) return new Estimate(mean, null);
        double ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        return new Estimate(mean, tQuantile(n - 1, level) * sd / Math.sqrt(n));
    }

    /** The 95% half-width of n values per unit of their standard deviation: t(0.975, n − 1) / √n. */
    public static double tFactor(int n) {
        return tQuantile(n - 1, 0.95) / Math.sqrt(n);
    }

    /**
     * Student t's quantile for a two-sided interval at {@code level}. Each one is a root search
     * over the incomplete beta function, and a report asks for thousands of them, nearly all at
     * 95% with the run's replications less one: those are worked out once and kept.
     */
    private static double tQuantile(int degreesOfFreedom, double level) {
        double tail = (1 - level) / 2;
        if (level != 0.95) return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability(tail);
        return T95.computeIfAbsent(degreesOfFreedom, df -> TDistribution.of(df).inverseSurvivalProbability(tail));
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T95 = new java.util.concurrent.ConcurrentHashMap<>();

    public double meanOrNaN() { return mean == null ? Double.NaN : mean; }
    public double ci95OrNaN() { return ci95 == null ? Double.NaN : ci95; }
}
