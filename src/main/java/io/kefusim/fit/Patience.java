package io.kefusim.fit;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Patience from censored waits, in constant memory. A buyer who gave up after w seconds had
 * patience w (an event); a buyer taken by an agent after w seconds had patience longer than w
 * (censored at w). Waits are binned by the second up to four hours.
 *
 * <ul>
 * <li><b>Kaplan–Meier</b>: S(t) = prod over event times t_i <= t of (1 - d_i / n_i), n_i the
 * buyers still waiting just before t_i (ties: events before censorings at the same second).</li>
 * <li><b>Exponential fit</b>, the maximum-likelihood estimate with censoring: mean = total time
 * waited by everyone / number who gave up, with the exact 95% interval 2T / chi2(2d).</li>
 * </ul>
 */
final class Patience {
    private static final int BINS = 4 * 3600 + 1;
    private final long[] events = new long[BINS], censored = new long[BINS];
    private long d, total;
    private double exposure;

    void gaveUp(double w) {
        if (!(w >= 0)) return;
        events[bin(w)]++;
        d++;
        total++;
        exposure += w;
    }

    void answeredAfter(double w) {
        if (!(w >= 0)) return;
        censored[bin(w)]++;
        total++;
        exposure += w;
    }

    private static int bin(double w) { return (int) Math.min(BINS - 1, Math.floor(w)); }

    long events() { return d; }
    long observations() { return total; }
    double exposure() { return exposure; }

    /** Exponential mean patience (seconds); infinite when nobody gave up. */
    double exponentialMean() { return d == 0 ? Double.POSITIVE_INFINITY : exposure / d; }

    double[] exponentialInterval() {
        if (d == 0) return new double[]{Double.NaN, Double.NaN};
        ChiSquaredDistribution c = ChiSquaredDistribution.of(2.0 * d);
        return new double[]{2 * exposure / c.inverseCumulativeProbability(0.975), 2 * exposure / c.inverseCumulativeProbability(0.025)};
    }

    /** Kaplan–Meier survival at each second with an event: {t, S(t)} pairs. */
    List<double[]> kaplanMeier() {
        List<double[]> out = new ArrayList<>();
        long atRisk = total;
        double s = 1;
        out.add(new double[]{0, 1});
        for (int t = 0; t < BINS && atRisk > 0; t++) {
            if (events[t] > 0) {
                s *= 1 - (double) events[t] / atRisk;
                out.add(new double[]{t + 1, s});
            }
            atRisk -= events[t] + censored[t];
        }
        return out;
    }

    /** The Kaplan–Meier median, or NaN when the curve stays above 1/2. */
    double kaplanMeierMedian() {
        for (double[] p : kaplanMeier()) if (p[1] <= 0.5) return p[0];
        return Double.NaN;
    }
}
