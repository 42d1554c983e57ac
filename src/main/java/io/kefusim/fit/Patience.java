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
 * <li><b>Weibull fit</b> (issue 25), the censored maximum-likelihood estimate on the binned waits: a
 * buyer who gave up in second [t, t+1) contributes S(t) − S(t+1) (interval-censored: with shape
 * below 1 the density is steep near 0, and taking the middle of the second biased the shape up),
 * one taken in it S(t + ½), S(w) = exp(−(w/λ)^k). The shape's 95% interval is the profile-likelihood
 * one (the k whose best λ comes within χ²₁(0.95)/2 = 1.92 of the maximum); the likelihood-ratio
 * test of k = 1 says whether the exponential is rejected.</li>
 * </ul>
 */
final class Patience {
    private static final int BINS = 4 * 3600 + 1;
    private final long[] events = new long[BINS], censored = new long[BINS];
    private long d, total;
    private double exposure;

    void gaveUp(double w) {
        if (!(w >= 0)) return;
        weibull = null;
        events[bin(w)]++;
        d++;
        total++;
        exposure += w;
    }

    void answeredAfter(double w) {
        if (!(w >= 0)) return;
        weibull = null;
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

    /** The seconds with any wait in them, for the Weibull likelihood (a few thousand at most in practice). */
    private int[] used;

    private double logLik(double k, double lambda) {
        double ll = 0;
        for (int t : used) {
            double s0 = Math.exp(-Math.pow(t / lambda, k)), s1 = Math.exp(-Math.pow((t + 1) / lambda, k));
            if (events[t] > 0) ll += events[t] * Math.log(Math.max(s0 - s1, 1e-300));
            if (censored[t] > 0) ll -= censored[t] * Math.pow((t + 0.5) / lambda, k);
        }
        return ll;
    }

    /** The profile log-likelihood at shape k: the best scale for it (golden-section search over ln λ). */
    private double profile(double k) { return logLik(k, bestScale(k)); }

    private double bestScale(double k) {
        double lo = Math.log(1), hi = Math.log(10 * BINS), g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo), b = lo + g * (hi - lo), fa = logLik(k, Math.exp(a)), fb = logLik(k, Math.exp(b));
        for (int i = 0; i < 45; i++) {
            if (fa > fb) { hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = logLik(k, Math.exp(a)); }
            else { lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = logLik(k, Math.exp(b)); }
        }
        return Math.exp((lo + hi) / 2);
    }

    /**
     * The Weibull fit once worked out, until another wait is added: the fitted scenario's text is
     * written once per idle-gap threshold tried, and each asked for it (about 3,000 profile
     * likelihoods each time, most of a fit's time on a few days of records).
     */
    private double[] weibull;

    /** The censored Weibull fit: {shape, scale (s), shape's 95% low, high, likelihood-ratio p-value of shape 1}; null with fewer than 2 who gave up. */
    double[] weibull() {
        if (d < 2) return null;
        if (weibull == null) weibull = fitWeibull();
        return weibull.clone();
    }

    private double[] fitWeibull() {
        used = java.util.stream.IntStream.range(0, BINS).filter(t -> events[t] + censored[t] > 0).toArray();
        double lo = Math.log(0.05), hi = Math.log(20);
        double g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo), b = lo + g * (hi - lo), fa = profile(Math.exp(a)), fb = profile(Math.exp(b));
        for (int i = 0; i < 45; i++) {
            if (fa > fb) { hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = profile(Math.exp(a)); }
            else { lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = profile(Math.exp(b)); }
        }
        double k = Math.exp((lo + hi) / 2), best = profile(k);
        double scale = bestScale(k);
        double cut = best - 1.920729; // chi2(1) 95% / 2
        double low = bisect(Math.log(0.05), Math.log(k), cut), high = bisect(Math.log(20), Math.log(k), cut);
        double lr = 2 * (best - profile(1));
        double p = 1 - ChiSquaredDistribution.of(1).cumulativeProbability(Math.max(0, lr));
        return new double[]{k, scale, low, high, p};
    }

    /** The shape between exp(out) (below the cut) and exp(in) (the maximum) where the profile crosses the cut. */
    private double bisect(double out, double in, double cut) {
        if (profile(Math.exp(out)) >= cut) return Math.exp(out);
        for (int i = 0; i < 30; i++) {
            double m = (out + in) / 2;
            if (profile(Math.exp(m)) >= cut) in = m; else out = m;
        }
        return Math.exp((out + in) / 2);
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
