package io.kefusim.fit;

import java.util.List;

/**
 * A lognormal fitted by maximum likelihood to interval-censored values: each observation is only
 * known to lie in [lower, upper]. The likelihood of one is Φ((ln upper − μ)/σ) − Φ((ln lower − μ)/σ)
 * (the first term alone when lower is 0). Maximised over a coarse grid of (μ, σ), then a finer one
 * around the best point: a few thousand evaluations, enough for the tenth of a second a
 * {@code wrap_up} is written to.
 */
final class CensoredLognormal {
    /** The largest σ the grid tries (the coarse one; the fine one may step past it by 0.2). */
    static final double SIGMA_MAX = 4;

    final double mu, sigma;
    final int n;

    CensoredLognormal(List<double[]> intervals) {
        n = intervals.size();
        double[] lo = new double[n], hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = intervals.get(i)[0] > 0 ? Math.log(intervals.get(i)[0]) : Double.NEGATIVE_INFINITY;
            hi[i] = Math.log(Math.max(intervals.get(i)[1], 1e-3));
        }
        double bm = 0, bs = 1, best = Double.NEGATIVE_INFINITY;
        for (double m = -2; m <= 6; m += 0.2) {
            for (double s = 0.2; s <= SIGMA_MAX; s += 0.2) {
                double l = logLik(lo, hi, m, s);
                if (l > best) { best = l; bm = m; bs = s; }
            }
        }
        double cm = bm, cs = bs;
        for (double m = cm - 0.2; m <= cm + 0.2 + 1e-9; m += 0.01) {
            for (double s = Math.max(0.05, cs - 0.2); s <= cs + 0.2 + 1e-9; s += 0.01) {
                double l = logLik(lo, hi, m, s);
                if (l > best) { best = l; bm = m; bs = s; }
            }
        }
        mu = bm;
        sigma = bs;
    }

    double mean() { return Math.exp(mu + sigma * sigma / 2); }

    double sd() { return mean() * Math.sqrt(Math.expm1(sigma * sigma)); }

    double median() { return Math.exp(mu); }

    /** The 95th percentile, exp(μ + 1.645σ). */
    double quantile95() { return Math.exp(mu + 1.6448536 * sigma); }

    /**
     * fitF: why this fit cannot stand for values every one of which is at most {@code cap}, or null
     * if it can: σ at the grid's bound (the likelihood still rising there: no finite fit), or the
     * mean or 95th percentile past the cap, or the sd past half
     * the cap (the widest spread of values within [0, cap]).
     */
    String degenerate(double cap) {
        if (sigma >= SIGMA_MAX - 0.01) return "sigma at its bound (" + SIGMA_MAX + ")";
        if (mean() > cap) return "mean beyond the cap that bounds every pause";
        if (quantile95() > cap) return "95th percentile beyond the cap that bounds every pause";
        if (sd() > cap / 2) return "sd beyond half the cap (no values within [0, cap] spread wider)";
        return null;
    }

    private static double logLik(double[] lo, double[] hi, double m, double s) {
        double sum = 0;
        for (int i = 0; i < lo.length; i++) {
            double p = phi((hi[i] - m) / s) - (lo[i] == Double.NEGATIVE_INFINITY ? 0 : phi((lo[i] - m) / s));
            sum += Math.log(Math.max(p, 1e-300));
        }
        return sum;
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26 on erf, error under 1.5e-7). */
    static double phi(double z) {
        double x = Math.abs(z) / Math.sqrt(2), t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
