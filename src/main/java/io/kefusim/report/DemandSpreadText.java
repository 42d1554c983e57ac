package io.kefusim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says how much of each headline figure's spread comes from the demand outcome and how much from
 * the simulation's own noise (summary.json {@code demand_uncertainty}, from run.DemandSpread), for
 * the console and report.html. Nothing when the scenario's demand is known.
 */
public final class DemandSpreadText {
    private DemandSpreadText() {}

    @SuppressWarnings("unchecked")
    public static List<String> lines(Text text, Map<String, Object> summary) {
        List<String> out = new ArrayList<>();
        if (!(summary.get("demand_uncertainty") instanceof Map<?, ?> du)) return out;
        out.add(text.get("ds_head"));
        Map<String, Object> figs = (Map<String, Object>) du.get("figures");
        for (Map.Entry<String, Object> e : figs.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            boolean share = e.getKey().endsWith("_level") || e.getKey().endsWith("_share");
            double k = share ? 100 : 1;
            String unit = share ? text.get("ds_points") : "";
            Object sharePart = f.get("demand_share_of_variance");
            out.add(text.get("ds_line", text.get("ds_" + e.getKey().replace('.', '_')), num(k * (Double) f.get("mean")), num(k * (Double) f.get("sd_demand")),
                    num(k * (Double) f.get("sd_simulation")), unit, sharePart == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * (Double) sharePart)));
        }
        out.add(text.get("ds_method"));
        return out;
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
