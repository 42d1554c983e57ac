package io.kefusim.scenario;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code demand.uncertainty}: the day's demand is not known in advance. {@code scale}
 * multiplies the whole rate, {@code peak} the rate inside every peak window of
 * {@code demand.days}; each is drawn once per replication (not per buyer), so replications stay
 * independent and every figure's 95% interval keeps its meaning (it now covers demand too).
 * {@code perDraw} > 1 (consecutive replications sharing one draw) is used only inside
 * {@code staff --confidence}, to judge each demand outcome on several replications.
 */
public record DemandUncertainty(Multiplier scale, Multiplier peak, int perDraw) {
    /** The demand draw replication {@code rep} sees: replications 0..k-1 share draw 0, and so on. */
    public int drawOf(int rep) { return rep / perDraw; }

    /** A positive multiplier's distribution, drawn by inversion so a larger uniform gives a larger multiplier. */
    public record Multiplier(String kind, double a, double b, double[] values) {
        public static final Multiplier ONE = new Multiplier("constant", 1, 0, null);

        public static Multiplier lognormal(double mean, double sd) { return new Multiplier("lognormal", mean, sd, null); }

        /** The u-quantile (0 < u < 1). */
        public double quantile(double u) {
            return switch (kind) {
                case "constant" -> a;
                case "uniform" -> a + u * (b - a);
                case "empirical" -> {
                    double[] v = values.clone();
                    Arrays.sort(v);
                    yield v[Math.min(v.length - 1, (int) Math.floor(u * v.length))];
                }
                default -> dist().inverseCumulativeProbability(u);
            };
        }

        /** P(multiplier <= x). */
        public double cdf(double x) {
            return switch (kind) {
                case "constant" -> x >= a ? 1 : 0;
                case "uniform" -> b == a ? (x >= a ? 1 : 0) : Math.max(0, Math.min(1, (x - a) / (b - a)));
                case "empirical" -> {
                    int n = 0;
                    for (double v : values) if (v <= x) n++;
                    yield (double) n / values.length;
                }
                default -> dist().cumulativeProbability(x);
            };
        }

        public double mean() {
            return switch (kind) {
                case "constant" -> a;
                case "uniform" -> (a + b) / 2;
                case "empirical" -> Arrays.stream(values).average().orElse(1);
                default -> a;
            };
        }

        private ContinuousDistribution dist() {
            if (kind.equals("gamma")) return GammaDistribution.of(a * a / (b * b), b * b / a);
            double s2 = Math.log(1 + b * b / (a * a));
            return LogNormalDistribution.of(Math.log(a) - s2 / 2, Math.sqrt(s2));
        }

        /** As a scenario writes it. */
        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dist", kind);
            switch (kind) {
                case "constant" -> m.put("value", a);
                case "uniform" -> { m.put("min", a); m.put("max", b); }
                case "empirical" -> m.put("values", Arrays.stream(values).boxed().toList());
                default -> { m.put("mean", a); m.put("sd", b); }
            }
            return m;
        }
    }

    /** The same uncertainty with its multipliers fixed at these values (a demand outcome). */
    public static DemandUncertainty fixed(double scale, double peak) {
        return new DemandUncertainty(new Multiplier("constant", scale, 0, null), new Multiplier("constant", peak, 0, null), 1);
    }

    /** The same distributions with {@code k} consecutive replications sharing each draw. */
    public DemandUncertainty withPerDraw(int k) { return new DemandUncertainty(scale, peak, k); }

    /** Written back under {@code demand.uncertainty}. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", scale.describe());
        m.put("peak", peak.describe());
        return m;
    }

    /**
     * As a scenario file writes it (optimised.yaml, expected.yaml, a results folder's scenario.yaml): a multiplier left
     * out of the input (constant 1, the default) is not written, so the file read again warns of nothing its input did not
     * have (a {@code peak} written out would be said to change nothing on a day without peaks); {@code scale} stays when
     * both are 1, as the key needs one of them.
     */
    public Map<String, Object> written() {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean peakDefault = isOne(peak);
        if (!isOne(scale) || peakDefault) m.put("scale", scale.describe());
        if (!peakDefault) m.put("peak", peak.describe());
        return m;
    }

    private static boolean isOne(Multiplier x) { return "constant".equals(x.kind()) && x.a() == 1; }

    static DemandUncertainty parse(Node u) {
        u.allowOnly("scale", "peak");
        if (!u.has("scale") && !u.has("peak")) throw u.error("give scale or peak, e.g. {scale: {dist: lognormal, mean: 1, sd: 0.15}}", "请给出 scale 或 peak，如 {scale: {dist: lognormal, mean: 1, sd: 0.15}}");
        Multiplier scale = u.has("scale") ? multiplier(u.req("scale")) : Multiplier.ONE;
        Multiplier peak = u.has("peak") ? multiplier(u.req("peak")) : Multiplier.ONE;
        return new DemandUncertainty(scale, peak, 1);
    }

    private static final java.util.Set<String> KINDS = new java.util.LinkedHashSet<>(List.of("lognormal", "gamma", "uniform", "empirical", "constant"));

    private static Multiplier multiplier(Node n) {
        String kind = Distributions.kind(n, KINDS);
        switch (kind) {
            case "constant" -> {
                Distributions.params(n, kind, "value");
                return new Multiplier(kind, n.req("value").asDouble(0, 1e6), 0, null);
            }
            case "uniform" -> {
                Distributions.params(n, kind, "min", "max");
                double min = n.req("min").asDouble(0, 1e6), max = n.req("max").asDouble(0, 1e6);
                if (max < min) throw n.req("max").error("must be at least min", "不能小于 min");
                return new Multiplier(kind, min, max, null);
            }
            case "empirical" -> {
                Distributions.params(n, kind, "values");
                List<Node> items = n.req("values").items();
                if (items.isEmpty()) throw n.req("values").error("give at least one value", "至少给一个值");
                double[] v = new double[items.size()];
                for (int i = 0; i < v.length; i++) v[i] = items.get(i).asDouble(0, 1e6);
                return new Multiplier(kind, 0, 0, v);
            }
            default -> {
                Distributions.params(n, kind, "mean", "sd");
                double mean = n.req("mean").asDouble(1e-6, 1e6);
                double sd = n.req("sd").asDouble(1e-9, 1e6);
                return new Multiplier(kind, mean, sd, null);
            }
        }
    }
}
