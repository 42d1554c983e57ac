package io.kefusim.fit;

import java.util.Map;

/**
 * The θ check of Brown et al. (2005, §5): with exponential patience of rate θ, an hour's
 * abandonment share P and mean time in queue E[W] (of everyone who queued, taken or gone) satisfy
 * P ≈ θ E[W], so the slope of P on E[W] across hours estimates θ independently of the censored
 * fit. The slope is the least-squares line through the origin, each hour weighted by the buyers
 * who queued in it: θ = Σ n P E[W] / Σ n E[W]²; its 95% interval uses the heteroscedasticity-robust
 * (sandwich) standard error. Mean patience 1/θ, its interval inverted.
 *
 * @param hours hours with anyone queued; {@code theta} per second
 */
record ThetaCheck(int hours, long queued, double theta, double low, double high) {
    static ThetaCheck of(Map<Long, double[]> byHour) {
        double sxy = 0, sxx = 0;
        long queued = 0;
        int hours = 0;
        for (double[] q : byHour.values()) {
            if (q[0] < 1) continue;
            double p = q[1] / q[0], w = q[2] / q[0];
            sxy += q[0] * p * w;
            sxx += q[0] * w * w;
            queued += (long) q[0];
            hours++;
        }
        if (hours < 3 || sxx <= 0) return null;
        double theta = sxy / sxx, meat = 0;
        for (double[] q : byHour.values()) {
            if (q[0] < 1) continue;
            double p = q[1] / q[0], w = q[2] / q[0], e = p - theta * w;
            meat += q[0] * q[0] * w * w * e * e;
        }
        double se = Math.sqrt(meat) / sxx;
        return new ThetaCheck(hours, queued, theta, theta - 1.96 * se, theta + 1.96 * se);
    }

    /** Mean patience 1/θ, seconds, with its interval {mean, low, high} (high infinite when θ's interval reaches 0). */
    double[] meanPatience() {
        return new double[]{1 / theta, 1 / high, low > 0 ? 1 / low : Double.POSITIVE_INFINITY};
    }
}
