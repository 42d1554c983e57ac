package io.kefusim.output;

import io.kefusim.report.ChartFonts;
import io.kefusim.report.ChartStyle;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.report.WhatIfCharts;
import io.kefusim.report.WhatIfPages;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.ScenarioWriter;
import io.kefusim.whatif.Comparison;
import io.kefusim.whatif.Sweep;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** compare.csv/json and sweep.csv/json, with their charts (charts/*.svg, *.png). */
public final class WhatIfWriter {
    private WhatIfWriter() {}

    public static void writeComparison(Path dir, Comparison.Result r, Text text, boolean png) throws IOException {
        List<String> header = new ArrayList<>(List.of("figure", "unit"));
        for (int k = 0; k < r.plans().size(); k++) {
            String p = r.plans().get(k).name();
            header.addAll(List.of(p, p + "_ci95"));
            if (k > 0) header.addAll(List.of(p + "_diff", p + "_diff_ci95", p + "_diff_unpaired_ci95", p + "_diff_real"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plans", r.plans().stream().map(p -> p.name()).toList());
        json.put("replications", r.plans().get(0).scenario().replications());
        json.put("seed", r.plans().get(0).scenario().seed());
        json.put("baseline", r.plans().get(0).name());
        // cmp13: what each plan is measured by: its service-level target, its period; and the one basis of lost sales
        Map<String, Object> targets = new LinkedHashMap<>(), periods = new LinkedHashMap<>();
        for (var p : r.plans()) {
            targets.put(p.name(), p.scenario().serviceLevelTarget());
            periods.put(p.name(), Map.of("start", p.scenario().start().toString(), "horizon_s", p.scenario().horizon()));
        }
        json.put("service_level_target_s", targets);
        json.put("period", periods);
        json.put("lost_sales_basis", io.kefusim.metrics.Money.marginForAll(r.plans().get(0).scenario()) ? "margin" : "revenue");
        Map<String, Object> figures = new LinkedHashMap<>();
        try (Csv csv = new Csv(dir.resolve("compare.csv"), header)) {
            for (int h = 0; h < r.headlines().size(); h++) {
                Headline f = r.headlines().get(h);
                List<String> row = new ArrayList<>(List.of(f.key(), f.unit()));
                Map<String, Object> plans = new LinkedHashMap<>(), diffs = new LinkedHashMap<>();
                for (int k = 0; k < r.plans().size(); k++) {
                    Comparison.Cell c = r.cell(k, h);
                    row.add(Csv.num(c.value().mean()));
                    row.add(Csv.num(c.value().ci95()));
                    plans.put(r.plans().get(k).name(), c.value());
                    if (k > 0 && !WhatIfPages.comparable(r, k)) {
                        // no buyers in its run or the base's: no difference to give (compare.json's not_compared says why)
                        row.addAll(List.of("", "", "", ""));
                        diffs.put(r.plans().get(k).name(), null);
                    } else if (k > 0) {
                        row.add(Csv.num(c.difference().mean()));
                        row.add(Csv.num(c.difference().ci95()));
                        row.add(Csv.num(c.unpairedHalfWidth()));
                        row.add(c.real() ? "yes" : "no");
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("mean", c.difference().mean());
                        d.put("ci95", c.difference().ci95());
                        d.put("unpaired_ci95", Double.isNaN(c.unpairedHalfWidth()) ? null : c.unpairedHalfWidth());
                        d.put("real", c.real());
                        diffs.put(r.plans().get(k).name(), d);
                    }
                }
                csv.row(row);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("unit", f.unit());
                one.put("plans", plans);
                one.put("difference_to_baseline", diffs);
                figures.put(f.key(), one);
            }
            // each plan's warnings travel in the file too (a spreadsheet user sees no compare.json): how many, and their codes
            Map<String, List<Warning>> warned = WhatIfPages.warnings(r);
            csv.row(warningRow(r, "warnings", "count", l -> Integer.toString(l.size()), warned));
            csv.row(warningRow(r, "warning_codes", "", WhatIfWriter::codes, warned));
        }
        json.put("figures", figures);
        // the plans whose differences are not given (null in difference_to_baseline, empty in compare.csv), and why
        Map<String, Object> notCompared = new LinkedHashMap<>();
        for (int k = 1; k < r.plans().size(); k++) {
            if (WhatIfPages.comparable(r, k)) continue;
            boolean own = io.kefusim.sanity.NoBuyers.expected(r.plans().get(k).scenario());
            notCompared.put(r.plans().get(k).name(), ScenarioWriter.ordered("code", "demand.no_buyers", "plan", r.plans().get(own ? k : 0).name()));
        }
        json.put("not_compared", notCompared);
        // the one total the verdict ranks plans by (labour_cost_plus_lost_sales stays in figures for scripts; it is no cost)
        json.put("total", "shop_cost_full"); // lost sales in full: a plan may change the reply time (shop_cost counts only what staffing can recover)
        Map<String, Object> worst = new LinkedHashMap<>();
        for (int k = 0; k < r.plans().size(); k++) {
            worst.put(r.plans().get(k).name(), WhatIfPages.worstSection(r.plans().get(k).scenario(), r.runs().get(k)));
        }
        json.put("worst_intervals", worst);
        Map<String, Object> spread = WhatIfPages.compareDemandSpread(r); // issue 31: as summary.json's, per plan
        if (spread != null) json.put("demand_uncertainty", spread);
        List<String> verdict = WhatIfPages.compareVerdict(r, text);
        json.put("verdict", verdict);
        json.put("warnings", WarningText.json(WhatIfPages.warnings(r)));
        ResultsWriter.JSON.writeValue(dir.resolve("compare.json").toFile(), json);
        Map<String, String> svgs = writeCharts(dir, WhatIfCharts.compare(r, text, style(text)), png);
        WhatIfPages.writeCompare(dir, r, text, svgs, verdict);
    }

    /** A compare.csv row of each plan's warnings, in the plan's value column; its other columns empty. */
    private static List<String> warningRow(Comparison.Result r, String key, String unit, java.util.function.Function<List<Warning>, String> cell,
                                           Map<String, List<Warning>> warned) {
        List<String> row = new ArrayList<>(List.of(key, unit));
        for (int k = 0; k < r.plans().size(); k++) {
            row.add(cell.apply(warned.getOrDefault(r.plans().get(k).name(), List.of())));
            row.add("");
            if (k > 0) row.addAll(List.of("", "", "", ""));
        }
        return row;
    }

    /** A plan's or point's warning codes, each once, space-separated (as batch.csv's {@code warning_codes}). */
    private static String codes(List<Warning> list) {
        return String.join(" ", list.stream().map(Warning::code).distinct().toList());
    }

    public static void writeSweep(Path dir, Sweep.Result r, Text text, boolean png) throws IOException {
        List<String> header = new ArrayList<>();
        for (Sweep.Vary v : r.varies()) header.add(v.key());
        for (Headline h : r.headlines()) {
            header.add(h.key());
            header.add(h.key() + "_ci95");
        }
        header.add("service_level_target_s"); // each point's own: the target may be what is varied
        header.addAll(List.of("warnings", "warning_codes")); // each point's, as batch.csv's: a spreadsheet user sees no sweep.json
        Map<String, List<Warning>> warned = WhatIfPages.sweepWarnings(r); // by point, named as Sweep.byPoint names them
        List<Object> points = new ArrayList<>();
        try (Csv csv = new Csv(dir.resolve("sweep.csv"), header)) {
            for (Sweep.Point p : r.points()) {
                List<String> row = new ArrayList<>(p.values());
                Map<String, Object> point = new LinkedHashMap<>();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < r.varies().size(); i++) values.put(r.varies().get(i).key(), p.values().get(i));
                point.put("values", values);
                Map<String, Object> figs = new LinkedHashMap<>();
                for (int h = 0; h < r.headlines().size(); h++) {
                    Estimate e = p.figures()[h];
                    row.add(Csv.num(e.mean()));
                    row.add(Csv.num(e.ci95()));
                    figs.put(r.headlines().get(h).key(), e);
                }
                point.put("figures", figs);
                // the target its service level is answered within: each point's own, as the target may be what is varied
                point.put("service_level_target_s", p.scenario().serviceLevelTarget());
                row.add(Csv.num(p.scenario().serviceLevelTarget()));
                List<Warning> own = warned.getOrDefault(String.join(", ", p.values()), List.of());
                row.add(Integer.toString(own.size()));
                row.add(codes(own));
                // the goal the point is judged on: its own, as the goal may be what is varied
                point.put("service_level_goal", p.scenario().serviceLevelGoal());
                point.put("worst_intervals", WhatIfPages.worstSection(p.scenario(), p.reps()));
                Map<String, Object> spread = io.kefusim.report.DemandSpreadText.section(p.scenario(), p.reps()); // issue 31
                if (spread != null) point.put("demand_uncertainty", spread);
                points.add(point);
                csv.row(row);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vary", r.varies().stream().map(v -> io.kefusim.scenario.ScenarioWriter.ordered("key", v.key(), "values", v.values())).toList());
        json.put("replications", r.points().get(0).scenario().replications());
        json.put("seed", r.points().get(0).scenario().seed());
        json.put("points", points);
        List<String> verdict = WhatIfPages.sweepVerdict(r, text);
        json.put("verdict", verdict);
        json.put("warnings", WarningText.json(WhatIfPages.sweepWarnings(r)));
        ResultsWriter.JSON.writeValue(dir.resolve("sweep.json").toFile(), json);
        Map<String, String> svgs = writeCharts(dir, WhatIfCharts.sweep(r, text, style(text)), png);
        WhatIfPages.writeSweep(dir, r, text, svgs, verdict);
    }

    private static ChartStyle style(Text text) {
        return new ChartStyle(text.chinese() ? ChartFonts.cjkFamily() : null);
    }

    private static Map<String, String> writeCharts(Path dir, Map<String, JFreeChart> charts, boolean png) throws IOException {
        Path d = dir.resolve("charts");
        Map<String, String> svgs = ChartStyle.svgElements(charts);
        ChartStyle.writeSvgFiles(d, svgs);
        if (png) ChartStyle.writePngs(d, charts);
        return svgs;
    }
}
