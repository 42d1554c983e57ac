package io.kefusim.fit;

import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioWriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A buyer type's conversion, conversion factors, silent buying and order value, fitted from the
 * chats whose orders the records give (MODEL.md, order model; docs/reference/money.md).
 *
 * <p>The model orders a chat first answered after w with probability c × f(w), a chat never
 * answered with c × silent_buy, f and silent_buy at most 1. The records give, for each bucket of
 * first response (≤ 30 s, 2 min, 5 min, later, never answered), its chats and how many ordered.
 * The buckets' ordering rates are made non-increasing from the fastest to never answered by
 * pooling adjacent buckets where a slower one ordered more (pool-adjacent-violators, weighted by
 * chats): so no factor exceeds 1, and the pooled rates keep each pool's orders. The first pool must
 * hold {@value FittedScenario#MIN_PER_TYPE} chats or more (else it is pooled with the next): the
 * base c is its rate, from enough data; each bucket's factor is its pool's rate / c, silent_buy
 * never answered's / c. So the model's expected orders over the records' chats are the records'
 * orders (Σ chats × c × f = Σ ordered). A bucket with no chats carries the factor of the bucket
 * before (the first: of the bucket after), never 0 from no data.
 */
final class Conversion {
    /** Buckets of first response: ≤ 30 s, 2 min, 5 min, later, never answered. */
    static final int BUCKETS = 5, NEVER = 4;
    private static final String[] WITHIN = {"30s", "2m", "5m"};

    /**
     * @param counts     per bucket {chats, ordered}
     * @param pool       per bucket, the index of its pool (-1: no chats)
     * @param rate       per bucket, its pool's rate (NaN: no chats)
     * @param base       c, the first pool's rate
     * @param baseTo     the last bucket of the first pool
     * @param rise       whether some slower bucket ordered more than a faster one (buckets were pooled for it)
     * @param baseRise   whether the first pool holds such buckets (the base is their pooled rate)
     * @param smallFirst whether the fastest pool was pooled with the next for having fewer than {@value FittedScenario#MIN_PER_TYPE} chats
     * @param factor     f for ≤ 30 s, 2 min, 5 min, otherwise
     * @param carried    per answered bucket: 1 carried from the bucket before, -1 from the bucket after, 0 its own
     * @param silentBuy  never answered's rate / c (NaN: none went unanswered)
     */
    record Fitted(long[][] counts, int[] pool, double[] rate, double base, int baseTo, boolean rise, boolean baseRise, boolean smallFirst,
                  double[] factor, int[] carried, double silentBuy) {
        long chats() { long n = 0; for (long[] c : counts) n += c[0]; return n; }

        long ordered() { long n = 0; for (long[] c : counts) n += c[1]; return n; }

        long baseChats() { long n = 0; for (int k = 0; k <= baseTo; k++) n += counts[k][0]; return n; }

        long baseOrdered() { long n = 0; for (int k = 0; k <= baseTo; k++) n += counts[k][1]; return n; }

        /** The model's expected orders over the records' chats: Σ chats × c × f (c × silent_buy for never answered). */
        double modelOrders() {
            double s = 0;
            for (int k = 0; k < NEVER; k++) s += counts[k][0] * base * factor[k];
            if (counts[NEVER][0] > 0) s += counts[NEVER][0] * base * silentBuy;
            return s;
        }
    }

    private Conversion() {}

    /** Fits the buckets' {chats, ordered} (see the class comment); null when no chat is in them. */
    static Fitted of(long[][] counts) {
        List<long[]> pools = new ArrayList<>(); // {first bucket, last bucket, chats, ordered}
        boolean rise = false, small = false;
        for (int k = 0; k < BUCKETS; k++) {
            if (counts[k][0] == 0) continue;
            pools.add(new long[]{k, k, counts[k][0], counts[k][1]});
            while (pools.size() > 1 && lower(pools.get(pools.size() - 2), pools.get(pools.size() - 1))) {
                merge(pools, pools.size() - 2);
                rise = true;
            }
        }
        if (pools.isEmpty()) return null;
        boolean baseRise = pools.get(0)[1] > pools.get(0)[0];
        while (pools.size() > 1 && pools.get(0)[2] < FittedScenario.MIN_PER_TYPE) {
            merge(pools, 0);
            small = true;
        }
        int[] pool = new int[BUCKETS];
        double[] rate = new double[BUCKETS];
        Arrays.fill(pool, -1);
        Arrays.fill(rate, Double.NaN);
        for (int p = 0; p < pools.size(); p++) {
            long[] q = pools.get(p);
            for (int k = (int) q[0]; k <= q[1]; k++) {
                if (counts[k][0] == 0) continue;
                pool[k] = p;
                rate[k] = (double) q[3] / q[2];
            }
        }
        double base = (double) pools.get(0)[3] / pools.get(0)[2];
        double[] factor = new double[NEVER];
        int[] carried = new int[NEVER];
        for (int k = 0; k < NEVER; k++) {
            if (counts[k][0] > 0) factor[k] = base > 0 ? rate[k] / base : 0;
            else if (k > 0) { factor[k] = factor[k - 1]; carried[k] = 1; }
            else carried[k] = -1; // filled below from the first bucket after with chats
        }
        if (carried[0] == -1) {
            int after = 1;
            while (after < NEVER && counts[after][0] == 0) after++;
            double f = after < NEVER ? factor[after] : base > 0 && counts[NEVER][0] > 0 ? rate[NEVER] / base : 1;
            for (int k = 0; k < after && k < NEVER; k++) { factor[k] = f; carried[k] = -1; }
            for (int k = after; k < NEVER; k++) if (counts[k][0] == 0) factor[k] = factor[k - 1];
        }
        double silent = counts[NEVER][0] == 0 ? Double.NaN : base > 0 ? rate[NEVER] / base : 0;
        return new Fitted(counts, pool, rate, base, (int) pools.get(0)[1], rise, baseRise, small, factor, carried, silent);
    }

    /** Whether pool a (faster) ordered at a lower rate than pool b (slower): exact, in whole counts. */
    private static boolean lower(long[] a, long[] b) {
        return a[3] * b[2] < b[3] * a[2];
    }

    private static void merge(List<long[]> pools, int i) {
        long[] a = pools.get(i), b = pools.remove(i + 1);
        a[1] = b[1];
        a[2] += b[2];
        a[3] += b[3];
    }

    /**
     * Writes a type's conversion lines into {@code fitted.yaml} (and {@code fit.json}'s buyer {@code b}): nothing when the
     * records give no orders for its chats.
     */
    static void write(long[][] counts, Sample orderValues, boolean fromValues, StringBuilder y, Map<String, Object> b, Text text) {
        Fitted fit = counts == null ? null : of(counts);
        if (fit == null) return;
        if (fromValues) y.append("    # ").append(text.get("fy_cv_value_only")).append("\n");
        b.put("conversion_by_first_response", List.of(counts[0], counts[1], counts[2], counts[3], counts[4]));
        double[] all = Overtaking.wilson(fit.ordered(), fit.chats());
        if (fit.base() == 0) {
            y.append("    conversion: 0                        # ").append(text.get("fy_cv_none", fit.chats(), p(all[1]))).append("\n");
            y.append("    # order_value: 100                   # ").append(text.get("fy_ov_no_orders")).append("\n");
            b.put("conversion", ScenarioWriter.ordered("base", 0.0, "chats", fit.chats(), "ordered", 0L, "ci95", List.of(0.0, all[1])));
            return;
        }
        double[] bi = Overtaking.wilson(fit.baseOrdered(), fit.baseChats());
        String how = (fit.baseRise() ? text.get("fy_cv_rise") : "") + (fit.smallFirst() ? text.get("fy_cv_small", FittedScenario.MIN_PER_TYPE) : "");
        y.append(String.format(Locale.ROOT, "    conversion: %.4f                   # ", fit.base()))
                .append(text.get("fy_cv_base", text.get("fy_cv_within_" + fit.baseTo()), fit.baseOrdered(), fit.baseChats(), p(bi[0]), p(bi[1]), how)).append("\n");
        y.append("    conversion_factor:                     # ").append(text.get("fy_cv_factors", fit.ordered(), fit.chats())).append("\n");
        List<Object> rows = new ArrayList<>();
        for (int k = 0; k < NEVER; k++) {
            String key = k < 3 ? "within: " + WITHIN[k] + ", factor" : "otherwise";
            y.append(String.format(Locale.ROOT, "      - {%s: %.4f}   # ", key, fit.factor()[k])).append(row(fit, k, text)).append("\n");
            rows.add(rowJson(fit, k));
        }
        Map<String, Object> cj = new LinkedHashMap<>(ScenarioWriter.ordered("base", fit.base(), "base_ci95", List.of(bi[0], bi[1]),
                "base_chats", fit.baseChats(), "base_ordered", fit.baseOrdered(), "chats", fit.chats(), "ordered", fit.ordered(),
                "rates_rise_with_slower_replies", fit.rise(), "model_orders", fit.modelOrders(), "factors", rows));
        if (counts[NEVER][0] > 0) {
            y.append(String.format(Locale.ROOT, "    silent_buy: %.4f   # ", fit.silentBuy())).append(text.get("fy_silent_buy", counts[NEVER][1], counts[NEVER][0]))
                    .append(ci(fit, NEVER, text)).append("\n");
            cj.put("silent_buy", rowJson(fit, NEVER));
        } else {
            y.append("    # silent_buy: 0                      # ").append(text.get("fy_cv_silent_none")).append("\n");
        }
        b.put("conversion", cj);
        if (orderValues != null && orderValues.n() > 0) {
            double[] mi = orderValues.meanInterval();
            y.append(String.format(Locale.ROOT, "    order_value: %.2f   # ", orderValues.mean()))
                    .append(text.get("fy_ov", orderValues.n(), orderValues.n() > 1 ? text.get("fy_ci", String.format(Locale.ROOT, "%.2f", mi[0]),
                            String.format(Locale.ROOT, "%.2f", mi[1])) : text.get("fy_no_interval"))).append("\n");
            b.put("order_value", ScenarioWriter.ordered("n", orderValues.n(), "mean", orderValues.mean(),
                    "mean_ci95", Arrays.asList(FittedScenario.nanToNull(orderValues.meanInterval()[0]), FittedScenario.nanToNull(orderValues.meanInterval()[1])),
                    "sd", FittedScenario.nanToNull(orderValues.sd())));
        } else {
            y.append("    # order_value: 100                   # ").append(text.get("fy_ov_default")).append(text.get("fy_left_out")).append("\n");
        }
    }

    /** A bucket's comment: its chats and orders, its rate's interval, and whether it was pooled or carried. */
    private static String row(Fitted fit, int k, Text text) {
        long[] c = fit.counts()[k];
        if (c[0] == 0) return text.get(fit.carried()[k] < 0 ? "fy_cv_carried_after" : "fy_cv_carried");
        return text.get("fy_ordered", c[1], c[0]) + ci(fit, k, text);
    }

    /** ", rate 0.1429 (95% CI …)", and where the bucket was pooled with others, the pool's rate. */
    private static String ci(Fitted fit, int k, Text text) {
        long[] c = fit.counts()[k];
        double[] w = Overtaking.wilson(c[1], c[0]);
        boolean pooled = fit.rate()[k] * c[0] != c[1];
        return text.get("fy_cv_rate", p((double) c[1] / c[0]), p(w[0]), p(w[1])) + (pooled ? text.get(fit.pool()[k] == 0 ? "fy_cv_pooled_base" : "fy_cv_pooled", p(fit.rate()[k])) : "");
    }

    private static Map<String, Object> rowJson(Fitted fit, int k) {
        long[] c = fit.counts()[k];
        double[] w = Overtaking.wilson(c[1], c[0]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bucket", k < 3 ? "within_" + WITHIN[k] : k == 3 ? "otherwise" : "never_answered");
        m.put("chats", c[0]);
        m.put("ordered", c[1]);
        m.put("rate", c[0] == 0 ? null : (double) c[1] / c[0]);
        m.put("rate_ci95", Arrays.asList(FittedScenario.nanToNull(w[0]), FittedScenario.nanToNull(w[1])));
        m.put("pooled_rate", FittedScenario.nanToNull(fit.rate()[k]));
        if (k < NEVER) {
            m.put("factor", fit.factor()[k]);
            m.put("carried", fit.carried()[k] > 0 ? "from_before" : fit.carried()[k] < 0 ? "from_after" : null);
        } else {
            m.put("silent_buy", fit.silentBuy());
        }
        return m;
    }

    private static String p(double v) { return String.format(Locale.ROOT, "%.4f", v); }
}
