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
    private final BuyerMix mix;
    private int piece;
    private double time;
    private int type;

    public PatternArrivals(Scenario s, RateProfile profile, UniformRandomProvider arrivalRng, UniformRandomProvider mixRng) {
        this.profile = profile;
        this.unitExp = ZigguratSampler.Exponential.of(arrivalRng);
        this.mix = new BuyerMix(s.demand().mixByHour(), s.startOfFirstDay(), mixRng);
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
                type = mix.draw(time);
                return true;
            }
            e -= mass;
            t = end;
            piece++;
        }
        time = profile.pieceStart(n);
        return false;
    }

    @Override public double time() { return time; }
    @Override public int type() { return type; }
    @Override public int hour() { return mix.hour(time); }
    @Override public int messages() { return -1; }
}
