package io.kefusim.demand;

import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A non-homogeneous Poisson process with piecewise-constant rate, generated exactly by
 * inverting the cumulative rate: draw E ~ Exp(1) and walk forward until the integrated rate
 * reaches E. No thinning, no rounding of counts. The buyer's type is drawn from the mix of
 * the hour of day in which the buyer arrives.
 */
public final class PatternArrivals implements ArrivalSource {
    private final RateProfile profile;
    private final ContinuousSampler unitExp;
    private final UniformRandomProvider mixRng;
    private final double[][] cumulativeMix; // [hour][type]
    private final double day0;
    private int piece;
    private double time;
    private int type;

    public PatternArrivals(Scenario s, RateProfile profile, UniformRandomProvider arrivalRng, UniformRandomProvider mixRng) {
        this.profile = profile;
        this.unitExp = ZigguratSampler.Exponential.of(arrivalRng);
        this.mixRng = mixRng;
        this.cumulativeMix = cumulative(s.demand().mixByHour());
        this.day0 = s.startOfFirstDay();
    }

    static double[][] cumulative(double[][] mix) {
        double[][] c = new double[mix.length][];
        for (int h = 0; h < mix.length; h++) {
            c[h] = new double[mix[h].length];
            double acc = 0;
            for (int i = 0; i < mix[h].length; i++) {
                acc += mix[h][i];
                c[h][i] = acc;
            }
        }
        return c;
    }

    @Override
    public boolean next() {
        double e = unitExp.sample();
        double t = time;
        int n = profile.pieces();
        while (piece < n) {
            double r = profile.pieceRate(piece);
            double end = profile.pieceEnd(piece);
            double mass = r * (end - t);
            if (e < mass) {
                time = t + e / r;
                type = drawType(time);
                return true;
            }
            e -= mass;
            t = end;
            piece++;
        }
        time = profile.pieceStart(n);
        return false;
    }

    private int drawType(double t) {
        int hour = (int) (((t - day0) % 86400) / 3600);
        double[] c = cumulativeMix[Math.min(23, Math.max(0, hour))];
        double u = mixRng.nextDouble() * c[c.length - 1];
        for (int i = 0; i < c.length - 1; i++) if (u < c[i]) return i;
        return c.length - 1;
    }

    @Override public double time() { return time; }
    @Override public int type() { return type; }
    @Override public int messages() { return -1; }
}
