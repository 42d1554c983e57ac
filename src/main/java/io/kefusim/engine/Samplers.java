package io.kefusim.engine;

import io.kefusim.scenario.DistSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Builds allocation-free samplers (Commons RNG) from scenario distributions. Lognormal and
 * gamma are given by mean and sd, as shops read them off their chat tools; they are
 * converted here to the distributions' own parameters.
 */
public final class Samplers {
    private Samplers() {}

    /** Durations in seconds; {@code never} gives +infinity. */
    public static ContinuousSampler time(DistSpec d, UniformRandomProvider rng) {
        switch (d.kind()) {
            case NEVER:
                return () -> Double.POSITIVE_INFINITY;
            case CONSTANT: {
                double v = d.a();
                return () -> v;
            }
            case EXPONENTIAL: {
                ContinuousSampler z = ZigguratSampler.Exponential.of(rng);
                double mean = d.a();
                return () -> mean * z.sample();
            }
            case LOGNORMAL: {
                double m = d.a(), s = d.b();
                double sigma2 = Math.log1p((s * s) / (m * m));
                double mu = Math.log(m) - sigma2 / 2;
                return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, Math.sqrt(sigma2));
            }
            case GAMMA: {
                double m = d.a(), s = d.b();
                double shape = (m * m) / (s * s);
                double scale = (s * s) / m;
                return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale);
            }
            case WEIBULL: {
                double k = d.a(), lambda = d.b();
                return () -> lambda * Math.pow(-Math.log1p(-rng.nextDouble()), 1 / k);
            }
            case UNIFORM: {
                double lo = d.a(), hi = d.b();
                return () -> lo + (hi - lo) * rng.nextDouble();
            }
            case EMPIRICAL: {
                double[] v = d.values().clone();
                return () -> v[rng.nextInt(v.length)];
            }
            default:
                throw new IllegalArgumentException("not a time distribution: " + d.kind());
        }
    }

    /**
     * Counts of at least 1. Geometric with mean m is 1 + (failures before the first success
     * with p = 1/m), so its mean is exactly m; Poisson with mean m is 1 + Poisson(m - 1).
     */
    public static DiscreteSampler count(DistSpec d, UniformRandomProvider rng) {
        switch (d.kind()) {
            case CONSTANT: {
                int v = (int) d.a();
                return () -> v;
            }
            case GEOMETRIC: {
                if (d.a() <= 1) return () -> 1;
                DiscreteSampler g = GeometricSampler.of(rng, 1 / d.a());
                return () -> 1 + g.sample();
            }
            case POISSON: {
                if (d.a() <= 1) return () -> 1;
                DiscreteSampler p = PoissonSampler.of(rng, d.a() - 1);
                return () -> 1 + p.sample();
            }
            default:
                throw new IllegalArgumentException("not a count distribution: " + d.kind());
        }
    }
}
