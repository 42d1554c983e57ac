package io.kefusim.report;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.DemandSpread;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says how much of each headline figure's spread comes from the demand outcome and how much from
 * the simulation's own noise (summary.json {@code demand_uncertainty}, from run.DemandSpread), for
 * the console and report.html, and per plan for compare, sweep and staff (their JSON's
 * {@code demand_uncertainty} and pages). Nothing when the scenario's demand is known.
 */
public final class DemandSpreadText {
    private DemandSpreadText() {}

    /** summary.json's {@code demand_uncertainty} section for one plan's replications; null when its demand is known. */
    public static Map<String, Object> section(Scenario s, List<ReplicationMetrics> reps) {
        if (s == null || reps == null || reps.isEmpty() || !s.demand().isUncertain()) return null;
        Map<String, Object> out = DemandSpread.json(s, reps);
        if (((Map<?, ?>) out.get("figures")).isEmpty()) {
            // too few replications for the regression: why, instead of an empty block
            out.put("no_figures", tooFew(new Text("en"), out));
            out.put("no_figures_zh", tooFew(new Text("zh"), out));
        }
        return out;
    }

    private static String tooFew(Text text, Map<?, ?> du) {
        return text.get("ds_too_few", du.get("replications"), du.get("replications_needed"));
    }

    /**
     * The sections of several plans (compare's plans, sweep's points, staff's rosters) by label, in
     * order; null when no plan's demand is uncertain (then the JSON and the page say nothing).
     * A plan whose demand is known maps to null.
     */
    public static Map<String, Object> byPlan(Map<String, Scenario> plans, Map<String, List<ReplicationMetrics>> reps) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean any = false;
        for (Map.Entry<String, Scenario> e : plans.entrySet()) {
            Map<String, Object> one = section(e.getValue(), reps.get(e.getKey()));
            any |= one != null;
            out.put(e.getKey(), one);
        }
        return any ? out : null;
    }

    public static List<String> lines(Text text, Map<String, Object> summary) {
        if (!(summary.get("demand_uncertainty") instanceof Map<?, ?> du)) return new ArrayList<>();
        List<String> out = new ArrayList<>();
        out.add(text.get("ds_head"));
        out.addAll(figureLines(text, du));
        out.add(text.get("ds_method"));
        return out;
    }

    /** One line per figure of a {@code demand_uncertainty} section: mean, demand's and the simulation's standard deviation, demand's share. */
    @SuppressWarnings("unchecked")
    public static List<String> figureLines(Text text, Map<?, ?> du) {
        List<String> out = new ArrayList<>();
        Map<String, Object> figs = (Map<String, Object>) du.get("figures");
        if (figs.isEmpty() && du.get("replications_needed") != null) out.add(tooFew(text, du));
        for (Map.Entry<String, Object> e : figs.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            boolean share = e.getKey().endsWith("_level") || e.getKey().endsWith("_share");
            double k = share ? 100 : 1;
            String unit = share ? text.get("ds_points") : "";
            Object sharePart = f.get("demand_share_of_variance");
            out.add(text.get("ds_line", text.get("ds_" + e.getKey().replace('.', '_')), num(k * (Double) f.get("mean")), num(k * (Double) f.get("sd_demand")),
                    num(k * (Double) f.get("sd_simulation")), unit, sharePart == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * (Double) sharePart)));
        }
        return out;
    }

    /** report.html's block: the head, a line per figure, the method (nothing when {@code lines} is empty). */
    static String html(List<String> lines) {
        if (lines.isEmpty()) return "";
        StringBuilder h = new StringBuilder("<section id=\"demand-uncertainty\"><p>").append(HtmlReport.esc(lines.get(0))).append("</p><ul>");
        for (String l : lines.subList(1, lines.size() - 1)) h.append("<li>").append(HtmlReport.esc(l)).append("</li>");
        return h.append("</ul><p class=\"sub\">").append(HtmlReport.esc(lines.get(lines.size() - 1))).append("</p></section>\n").toString();
    }

    /**
     * The pages' block for several plans ({@link #byPlan}): the head once, then each plan's name and
     * its lines (or that its demand is known), then the method once; nothing when {@code byPlan} is null.
     */
    static String html(Text text, Map<String, Object> byPlan, Map<String, String> labels) {
        if (byPlan == null) return "";
        StringBuilder h = new StringBuilder("<section id=\"demand-uncertainty\"><p>").append(HtmlReport.esc(text.get("ds_plans_head"))).append("</p>\n");
        for (PlanSpread plan : plans(text, byPlan, labels)) {
            if (plan.known()) {
                h.append("<p>").append(HtmlReport.esc(text.get("ds_known", plan.label()))).append("</p>\n");
                continue;
            }
            h.append("<p><b>").append(HtmlReport.esc(plan.label())).append("</b></p><ul>");
            for (String l : plan.lines()) h.append("<li>").append(HtmlReport.esc(l)).append("</li>");
            h.append("</ul>\n");
        }
        return h.append("<p class=\"sub\">").append(HtmlReport.esc(text.get("ds_method_tables"))).append("</p></section>\n").toString();
    }

    /**
     * The consoles' block for several plans (compare, sweep, staff), the pages' words line by line:
     * the head, each plan's name and its lines indented under it (or that its demand is known), the
     * method; empty when {@code byPlan} is null.
     */
    public static List<String> consoleLines(Text text, Map<String, Object> byPlan, Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        if (byPlan == null) return out;
        out.add(text.get("ds_plans_head"));
        for (PlanSpread plan : plans(text, byPlan, labels)) {
            if (plan.known()) {
                out.add("  " + text.get("ds_known", plan.label()));
                continue;
            }
            out.add("  " + text.get("label_ends", plan.label()));
            for (String l : plan.lines()) out.add("    " + l);
        }
        out.add(text.get("ds_method_tables"));
        return out;
    }

    /** One plan's part of the block: its label in words, and its figure lines (none when its demand is known). */
    private record PlanSpread(String label, boolean known, List<String> lines) {}

    @SuppressWarnings("unchecked")
    private static List<PlanSpread> plans(Text text, Map<String, Object> byPlan, Map<String, String> labels) {
        List<PlanSpread> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : byPlan.entrySet()) {
            String label = labels.getOrDefault(e.getKey(), e.getKey());
            out.add(e.getValue() == null ? new PlanSpread(label, true, List.of())
                    : new PlanSpread(label, false, figureLines(text, (Map<String, Object>) e.getValue())));
        }
        return out;
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
