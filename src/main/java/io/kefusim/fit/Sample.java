package io.kefusim.fit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.Arrays;

/**
 * A stream of positive values summarised in constant memory: count, power sums (mean, sd and
 * the fourth moment for the sd's interval) and a fixed-size uniform reservoir for histograms.
 * The reservoir's random choice has a fixed seed, so the same file gives the same figures.
 */
final class Sample {
    private static final int RESERVOIR = 20_000;
    private final double[] reservoir = new double[RESERVOIR];
    private final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261111L);
    private long n;
    private double shift = Double.NaN; // power sums about the first value, for numerical stability
    private double s1, s2, s3, s4;

    void add(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) return;
        if (Double.isNaN(shift)) shift = x;
        double d = x - shift;
        s1 += d;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
        if (n < RESERVOIR) reservoir[(int) n] = x;
        else {
            long j = rng.nextLong(n + 1);
            if (j < RESERVOIR) reservoir[(int) j] = x;
        }
        n++;
    }

    long n() { return n; }

    double mean() { return n == 0 ? Double.NaN : shift + s1 / n; }

    double sd() {
        if (n < 2) return Double.NaN;
        double m = s1 / n;
        return Math.sqrt(Math.max(0, (s2 - n * m * m) / (n - 1)));
    }

    /** 95% interval of the mean (Student t). */
    double[] meanInterval() {
        if (n < 2) return new double[]{Double.NaN, Double.NaN};
        double h = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd() / Math.sqrt(n);
        return new double[]{mean() - h, mean() + h};
    }

    /** 95% interval of the sd, from the sampling variance of s^2 ((m4 - s^4)/n, any distribution with a fourth moment). */
    double[] sdInterval() {
        if (n < 4) return new double[]{Double.NaN, Double.NaN};
        double m = s1 / n;
        double c2 = s2 / n - m * m;
        double c4 = s4 / n - 4 * m * s3 / n + 6 * m * m * s2 / n - 3 * m * m * m * m;
        double var = sd() * sd();
        double h = 1.96 * Math.sqrt(Math.max(0, c4 - c2 * c2) / n);
        return new double[]{Math.sqrt(Math.max(0, var - h)), Math.sqrt(var + h)};
    }

    /** The median, from the reservoir (exact up to its size). */
    double median() {
        double[] v = values();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The reservoir's values, sorted (for histograms and quantiles). */
    double[] values() {
        double[] v = Arrays.copyOf(reservoir, (int) Math.min(n, RESERVOIR));
        Arrays.sort(v);
        return v;
    }
}
