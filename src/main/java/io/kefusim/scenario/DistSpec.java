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
