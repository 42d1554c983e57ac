package io.kefusim.scenario;

import io.kefusim.scenario.DistSpec.Kind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Binds {@code {dist: ..., ...}} blocks to {@link DistSpec}, with the parameters each kind needs. */
final class Distributions {
    private static final Set<String> TIME_KINDS = new LinkedHashSet<>(List.of(
            "constant", "exponential", "lognormal", "gamma", "weibull", "uniform", "empirical"));
    private static final Set<String> TIME_KINDS_NEVER = new LinkedHashSet<>(List.of(
            "constant", "exponential", "lognormal", "gamma", "weibull", "uniform", "empirical", "never"));
    private static final Set<String> COUNT_KINDS = new LinkedHashSet<>(List.of("constant", "geometric", "poisson"));

    private Distributions() {}

    /** A distribution of durations (seconds); {@code never} allowed only for patience. */
    static DistSpec time(Node n, boolean allowNever) {
        String kind = kind(n, allowNever ? TIME_KINDS_NEVER : TIME_KINDS);
        switch (kind) {
            case "never":
                n.allowOnly("dist");
                return DistSpec.never();
            case "constant":
                params(n, kind, "value");
                return new DistSpec(Kind.CONSTANT, nonNegative(n.req("value")), 0, null);
            case "exponential":
                params(n, kind, "mean");
                return new DistSpec(Kind.EXPONENTIAL, ScenarioLoader.positiveDuration(n.req("mean")), 0, null);
            case "lognormal":
            case "gamma": {
                params(n, kind, "mean", "sd");
                double mean = ScenarioLoader.positiveDuration(n.req("mean"));
                double sd = ScenarioLoader.positiveDuration(n.req("sd"));
                return new DistSpec(kind.equals("gamma") ? Kind.GAMMA : Kind.LOGNORMAL, mean, sd, null);
            }
            case "weibull": {
                params(n, kind, "shape", "scale");
                double shape = n.req("shape").asDouble(0.01, 100);
                return new DistSpec(Kind.WEIBULL, shape, ScenarioLoader.positiveDuration(n.req("scale")), null);
            }
            case "uniform": {
                params(n, kind, "min", "max");
                double min = nonNegative(n.req("min"));
                double max = nonNegative(n.req("max"));
                if (max < min) throw n.req("max").error("must be at least min", "不能小于 min");
                return new DistSpec(Kind.UNIFORM, min, max, null);
            }
            default: { // empirical
                params(n, kind, "values");
                List<Node> items = n.req("values").items();
                if (items.isEmpty()) throw n.req("values").error("give at least one value", "至少给一个值");
                double[] v = new double[items.size()];
                for (int i = 0; i < v.length; i++) v[i] = nonNegative(items.get(i));
                return new DistSpec(Kind.EMPIRICAL, 0, 0, v);
            }
        }
    }

    /** A count >= 1 (buyer messages per chat). */
    static DistSpec count(Node n) {
        String kind = kind(n, COUNT_KINDS);
        switch (kind) {
            case "constant":
                params(n, kind, "value");
                return new DistSpec(Kind.CONSTANT, n.req("value").asInt(1, 100_000), 0, null);
            case "geometric":
                params(n, kind, "mean");
                return new DistSpec(Kind.GEOMETRIC, n.req("mean").asDouble(1, 100_000), 0, null);
            default:
                params(n, kind, "mean");
                return new DistSpec(Kind.POISSON, n.req("mean").asDouble(1, 100_000), 0, null);
        }
    }

    /**
     * The {@code dist:} of a distribution block, read in this one place for every key that holds a
     * distribution (reply_time, wrap_up, pick_up, patience, messages, …): a missing one says what is
     * allowed, as a wrong one does (tester23: "pick_up.dist: is required" alone).
     */
    static String kind(Node n, Set<String> allowed) {
        return n.req("dist", "allowed: " + String.join(", ", allowed),
                "允许：" + Lists.join(allowed, true)).asChoice(allowed);
    }

    /**
     * The keys a distribution of {@code kind} takes besides {@code dist}, all required: any other key is
     * refused with what is allowed, and a missing one says what the kind takes ("dist: lognormal takes
     * mean, sd"), not a bare "is required".
     */
    static void params(Node n, String kind, String... keys) {
        java.util.List<String> allowed = new java.util.ArrayList<>(List.of("dist"));
        allowed.addAll(List.of(keys));
        n.allowOnly(allowed);
        for (String k : keys) n.req(k, "dist: " + kind + " takes " + String.join(", ", keys), "dist: " + kind + " 需要 " + Lists.join(List.of(keys), true));
    }

    private static double nonNegative(Node n) {
        double d = n.asDuration();
        if (d < 0) throw n.error("must be 0 or more", "不能小于 0");
        return d;
    }
}
