package io.kefusim.fit;

import io.kefusim.report.Pages;
import io.kefusim.report.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * fit.html's orders by buyer type (fitE): what fitted.yaml and fit.json hold of each type's conversion ({@link Conversion}),
 * on the page a shop reads: its chats and orders, the conversion with its interval, each first-response bucket's chats,
 * orders, rate and factor, the order value (n, mean, interval), and the model's orders over the records' chats beside the
 * records' own. Nothing when the records say of no chat whether it ordered.
 */
final class OrdersSection {
    private OrdersSection() {}

    static void write(Pages p, FitResult r, Text text) {
        Fitter f = r.f;
        List<List<String>> types = new ArrayList<>(), buckets = new ArrayList<>();
        List<String> model = new ArrayList<>();
        for (String t : f.arrivalsByTypeHour.keySet()) {
            long[][] counts = f.conversionByType.get(t);
            Conversion.Fitted c = counts == null ? null : Conversion.of(counts);
            if (c == null) continue;
            String name = r.typeNames.getOrDefault(t, t);
            Sample v = f.orderValueByType.get(t);
            String conversion;
            if (c.base() == 0) {
                double[] all = Overtaking.wilson(0, c.chats());
                conversion = text.get("fit_or_conversion_none", p4(0), p4(all[0]), p4(all[1]), c.chats());
            } else {
                double[] bi = Overtaking.wilson(c.baseOrdered(), c.baseChats());
                conversion = text.get("fit_or_conversion", p4(c.base()), p4(bi[0]), p4(bi[1]), c.baseOrdered(), c.baseChats(), text.get("fy_cv_within_" + c.baseTo()));
            }
            String value = "-";
            if (v != null && v.n() > 0) {
                double[] mi = v.meanInterval();
                value = v.n() > 1 ? text.get("fit_or_value", v.n(), String.format(Locale.ROOT, "%.2f", v.mean()), String.format(Locale.ROOT, "%.2f", mi[0]),
                        String.format(Locale.ROOT, "%.2f", mi[1])) : text.get("fit_or_value_one", v.n(), String.format(Locale.ROOT, "%.2f", v.mean()));
            }
            types.add(List.of(name, Long.toString(c.chats()), Long.toString(c.ordered()), conversion, value,
                    String.format(Locale.ROOT, "%.1f", c.modelOrders()), Long.toString(c.ordered())));
            model.add(text.get("fit_or_model", name, String.format(Locale.ROOT, "%.1f", c.modelOrders()), c.ordered()));
            if (c.base() == 0) continue;
            for (int k = 0; k < Conversion.BUCKETS; k++) {
                long[] n = counts[k];
                String rate = "-";
                if (n[0] > 0) {
                    double[] w = Overtaking.wilson(n[1], n[0]);
                    rate = text.get("fit_or_rate", p4((double) n[1] / n[0]), p4(w[0]), p4(w[1]));
                    if (c.rate()[k] * n[0] != n[1]) rate += text.get("fit_or_pooled", p4(c.rate()[k]));
                }
                String factor;
                if (k == Conversion.NEVER) factor = n[0] > 0 ? "silent_buy " + p4(c.silentBuy()) : "-";
                else factor = p4(c.factor()[k]) + (c.carried()[k] != 0 ? text.get("fit_or_carried") : "");
                buckets.add(List.of(name, text.get("fit_or_bucket_" + k), Long.toString(n[0]), Long.toString(n[1]), rate, factor));
            }
        }
        if (types.isEmpty()) return;
        p.heading(text.get("fit_or_title"));
        p.para(text.get("fit_or_how") + (f.ordersFromValues ? " " + text.get("fy_cv_value_only") : ""));
        p.table(List.of(text.get("fit_rt_type"), text.get("fit_or_chats"), text.get("fit_or_orders"), text.get("fit_or_conversion_h"), text.get("fit_or_value_h"),
                text.get("fit_or_model_h"), text.get("fit_or_records_h")), types);
        p.para(String.join(text.get("group_sep"), model));
        if (!buckets.isEmpty()) {
            p.table(List.of(text.get("fit_rt_type"), text.get("fit_or_bucket_h"), text.get("fit_or_chats"), text.get("fit_or_orders"), text.get("fit_or_rate_h"),
                    text.get("fit_or_factor_h")), buckets);
        }
    }

    private static String p4(double v) { return String.format(Locale.ROOT, "%.4f", v); }
}
