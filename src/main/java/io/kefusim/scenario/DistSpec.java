package io.kefusim.scenario;

/**
 * A distribution as written in a scenario: {@code {dist: lognormal, mean: 30s, sd: 20s}}.
 * Time distributions hold seconds. {@code never} (patience only) means +infinity.
 */
public record DistSpec(Kind kind, double a, double b, double[] values) {
    public enum Kind { CONSTANT, EXPONENTIAL, LOGNORMAL, GAMMA, WEIBULL, UNIFORM, EMPIRICAL, NEVER, GEOMETRIC, POISSON }

    public static DistSpec constant(double v) { return new DistSpec(Kind.CONSTANT, v, 0, null); }
    public static DistSpec exponential(double mean) { return new DistSpec(Kind.EXPONENTIAL, mean, 0, null); }
    public static DistSpec lognormal(double mean, double sd) { return new DistSpec(Kind.LOGNORMAL, mean, sd, null); }
    public static DistSpec geometric(double mean) { return new DistSpec(Kind.GEOMETRIC, mean, 0, null); }
    public static DistSpec never() { return new DistSpec(Kind.NEVER, 0, 0, null); }

    /** The distribution's mean (seconds for times), used by reports and analytic checks. */
    public double mean() {
        return switch (kind) {
            case CONSTANT, EXPONENTIAL, LOGNORMAL, GAMMA, GEOMETRIC, POISSON -> a;
            case WEIBULL -> b * Math.exp(org.apache.commons.numbers.gamma.LogGamma.value(1 + 1 / a));
            case UNIFORM -> (a + b) / 2;
            case EMPIRICAL -> java.util.Arrays.stream(values).average().orElse(0);
            case NEVER -> Double.POSITIVE_INFINITY;
        };
    }

    /** The distribution's standard deviation (seconds for times); infinite for {@code never}. */
    public double sd() {
        return switch (kind) {
            case CONSTANT -> 0;
            case EXPONENTIAL -> a;
            case LOGNORMAL, GAMMA -> b;
            case WEIBULL -> {
                double g1 = Math.exp(org.apache.commons.numbers.gamma.LogGamma.value(1 + 1 / a));
                double g2 = Math.exp(org.apache.commons.numbers.gamma.LogGamma.value(1 + 2 / a));
                yield b * Math.sqrt(Math.max(0, g2 - g1 * g1));
            }
            case UNIFORM -> (b - a) / Math.sqrt(12);
            case EMPIRICAL -> {
                double m = mean(), ss = 0;
                for (double x : values) ss += (x - m) * (x - m);
                yield Math.sqrt(ss / values.length);
            }
            case NEVER -> Double.POSITIVE_INFINITY;
            case GEOMETRIC -> Math.sqrt((a - 1) * a); // 1 + failures, p = 1/mean
            case POISSON -> Math.sqrt(a - 1);
        };
    }

    /** P(X <= x) of a time distribution (the staffing ceiling reads reply times with it). */
    public double cdf(double x) {
        return switch (kind) {
            case CONSTANT -> x >= a ? 1 : 0;
            case EXPONENTIAL -> x <= 0 ? 0 : 1 - Math.exp(-x / a);
            case LOGNORMAL -> {
                if (x <= 0) yield 0;
                if (b == 0) yield x >= a ? 1 : 0;
                double s2 = Math.log(1 + b * b / (a * a));
                yield org.apache.commons.statistics.distribution.LogNormalDistribution.of(Math.log(a) - s2 / 2, Math.sqrt(s2)).cumulativeProbability(x);
            }
            case GAMMA -> {
                if (x <= 0) yield 0;
                if (b == 0) yield x >= a ? 1 : 0;
                yield org.apache.commons.statistics.distribution.GammaDistribution.of(a * a / (b * b), b * b / a).cumulativeProbability(x);
            }
            case WEIBULL -> x <= 0 ? 0 : 1 - Math.exp(-Math.pow(x / b, a));
            case UNIFORM -> x <= a ? (x >= b ? 1 : 0) : x >= b ? 1 : (x - a) / (b - a);
            case EMPIRICAL -> {
                int n = 0;
                for (double v : values) if (v <= x) n++;
                yield (double) n / values.length;
            }
            case NEVER -> 0;
            case GEOMETRIC, POISSON -> throw new IllegalStateException("a count distribution has no time cdf");
        };
    }

    /** Written back as a scenario would write it (used in the resolved-scenario copy). */
    public java.util.Map<String, Object> describe(boolean time) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("dist", kind.name().toLowerCase());
        java.util.function.DoubleFunction<Object> v = x -> time ? Durations.format(x)
                : x == Math.rint(x) && Math.abs(x) < 1e15 ? (Object) (long) x : (Object) x;
        switch (kind) {
            case CONSTANT -> m.put("value", v.apply(a));
            case EXPONENTIAL, GEOMETRIC, POISSON -> m.put("mean", v.apply(a));
            case LOGNORMAL, GAMMA -> { m.put("mean", v.apply(a)); m.put("sd", v.apply(b)); }
            case WEIBULL -> { m.put("shape", a); m.put("scale", v.apply(b)); }
            case UNIFORM -> { m.put("min", v.apply(a)); m.put("max", v.apply(b)); }
            case EMPIRICAL -> {
                java.util.List<Object> l = new java.util.ArrayList<>();
                for (double x : values) l.add(v.apply(x));
                m.put("values", l);
            }
            case NEVER -> { }
        }
        return m;
    }
}
