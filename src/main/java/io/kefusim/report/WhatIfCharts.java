package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.whatif.Comparison;
import io.kefusim.whatif.Sweep;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Charts of a comparison (figures by plan) and of a sweep (figures against the varied value). */
public final class WhatIfCharts {
    private WhatIfCharts() {}

    // ---- compare --------------------------------------------------------------------

    public static Map<String, JFreeChart> compare(Comparison.Result r, Text text, ChartStyle style) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        List<String> shares = List.of("service_level", "missed_" + firstDeadline(r.headlines()) + "_share", "abandon_share");
        List<String> costs = List.of("labour_cost", "lost_sales", "shop_cost_full");
        String base = r.plans().get(0).name();
        charts.put("compare_shares", bars(r, shares, text.get("wf_title_shares"), text.get("wf_share"), true, false, style, text));
        charts.put("compare_costs", bars(r, costs, text.get("wf_title_costs"), text.get("wf_cny"), false, false, style, text));
        charts.put("compare_difference_shares", bars(r, shares, text.get("wf_title_diff_shares", base), text.get("wf_diff_share", base), true, true, style, text));
        charts.put("compare_difference_costs", bars(r, costs, text.get("wf_title_diff_costs", base), text.get("wf_diff_cny", base), false, true, style, text));
        return charts;
    }

    static String firstDeadline(List<Headline> headlines) {
        for (Headline h : headlines) if (h.key().startsWith("missed_")) return h.key().substring(7, h.key().length() - 6);
        throw new IllegalStateException("no deadline");
    }

    /**
     * Bars by figure and plan with 95% error bars: the plans' own values, or (differences)
     * each later plan minus the first, with the paired interval.
     */
    private static JFreeChart bars(Comparison.Result r, List<String> keys, String title, String axisLabel, boolean percent,
                                   boolean differences, ChartStyle style, Text text) {
        io.kefusim.scenario.Scenario sc = r.plans().get(0).scenario();
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int k = differences ? 1 : 0; k < r.plans().size(); k++) {
            if (differences && !WhatIfPages.comparable(r, k)) continue; // no buyers in its run or the base's: no difference to draw
            for (String key : keys) {
                int h = index(r.headlines(), key);
                Estimate e = differences ? r.cell(k, h).difference() : r.cell(k, h).value();
                // the "standard deviation" slot holds the 95% half-width: the error bar is the CI
                data.add(e.meanOrNaN(), zero(e.ci95OrNaN()), r.plans().get(k).name(), Words.figureShort(text, sc, key));
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        NumberAxis axis = new NumberAxis(axisLabel);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        JFreeChart chart = style.themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setErrorIndicatorPaint(Color.BLACK);
        for (int k = differences ? 1 : 0, series = 0; k < r.plans().size(); k++) {
            if (differences && !WhatIfPages.comparable(r, k)) continue;
            renderer.setSeriesPaint(series++, ChartStyle.PALETTE[k % ChartStyle.PALETTE.length]);
        }
        if (differences) plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        if (percent) ChartStyle.percentTicks(axis);
        return chart;
    }

    static int index(List<Headline> headlines, String key) {
        for (int i = 0; i < headlines.size(); i++) if (headlines.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException("no figure " + key);
    }

    private static double zero(double v) { return Double.isNaN(v) ? 0 : v; }

    // ---- sweep ----------------------------------------------------------------------

    /**
     * The cost sweep ranks, tabulates and charts: labour + the lost sales (margin) in full + unanswered
     * buyers' cost, as compare's total (a point may change the reply time itself, and the part of the
     * lost sales no roster recovers then differs between points); not {@code shop_cost}, which counts
     * only what staffing can recover. Its labels say so ("cost to shop (lost sales in full)").
     */
    public static final String SWEEP_COST = "shop_cost_full";

    public static Map<String, JFreeChart> sweep(Sweep.Result r, Text text, ChartStyle style) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        io.kefusim.scenario.Scenario sc = r.points().get(0).scenario();
        String x = Words.setting(text, sc, r.varies().get(0).key());
        boolean two = r.varies().size() == 2;
        charts.put("sweep_service_level", curves(r, each("service_level"), text.get("wf_title_sl", x), true, style, text));
        List<String> missed = r.headlines().stream().map(Headline::key).filter(k -> k.startsWith("missed_")).toList();
        charts.put("sweep_missed", curves(r, two ? each(missed.get(0)) : distinctCurves(r, missed),
                two ? text.get("wf_title_missed_one", Words.figureShort(text, sc, missed.get(0)), x) : text.get("wf_title_missed", x), true, style, text));
        charts.put("sweep_lost_orders", curves(r, each("lost_orders"), text.get("wf_title_lost", x), false, style, text));
        // with two keys, one curve per value of the second: the cost to the shop only, or the chart would hold
        // nine curves; its title must name that figure, not "labour + lost sales" (revenue added to pay), and
        // its basis: the lost sales (margin) in full, as the console and the verdict (shop_cost_full, not shop_cost)
        String basis = text.get(io.kefusim.metrics.Money.marginForAll(sc) ? "sw_basis_full_margin" : "sw_basis_full");
        charts.put("sweep_cost", curves(r, two ? each(SWEEP_COST) : each("labour_cost", "lost_sales", SWEEP_COST),
                two ? text.get("wf_title_shop_cost", basis, x) : text.get("wf_title_cost", basis, x), false, style, text));
        return charts;
    }

    /** Each figure a curve of its own. */
    private static List<List<String>> each(String... keys) {
        return java.util.Arrays.stream(keys).map(List::of).toList();
    }

    /**
     * One curve per group of figures (figures that coincide are drawn once, from the first), or per
     * value of the second key (then one figure, coloured from light to dark as the second value
     * grows); x is the first key's value (seconds for durations, whole numbers for counts), with
     * 95% bands.
     */
    private static JFreeChart curves(Sweep.Result r, List<List<String>> groups, String title, boolean shares, ChartStyle style, Text text) {
        io.kefusim.scenario.Scenario sc = r.points().get(0).scenario();
        Sweep.Vary vx = r.varies().get(0);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        boolean two = r.varies().size() == 2;
        List<String> seconds = two ? r.varies().get(1).values() : List.of("");
        String secondWords = two ? Words.setting(text, sc, r.varies().get(1).key()) : "";
        for (List<String> same : groups) {
            int h = index(r.headlines(), same.get(0));
            for (String second : seconds) {
                String name = two ? secondWords + " = " + Words.value(text, r.varies().get(1), second)
                        : same.get(0).equals("service_level") ? WhatIfPages.serviceLevelHead(text, r) : shortNames(text, sc, same);
                YIntervalSeries series = new YIntervalSeries(name);
                for (Sweep.Point p : r.points()) {
                    if (two && !p.values().get(1).equals(second)) continue;
                    double xv = vx.numeric(vx.values().indexOf(p.values().get(0)));
                    ChartStyle.band(series, xv, p.figures()[h], 1, shares ? 1 : Double.POSITIVE_INFINITY);
                }
                data.addSeries(series);
            }
        }
        NumberAxis xAxis = new NumberAxis(Words.setting(text, sc, vx.key()));
        NumberAxis yAxis = shares ? ChartStyle.percentAxis(text.get("wf_share"))
                : new NumberAxis(groups.get(0).get(0).contains("orders") ? text.get("ch_orders_axis") : text.get("wf_cny"));
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = style.themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = two ? ramp(i, data.getSeriesCount()) : ChartStyle.PALETTE[i % ChartStyle.PALETTE.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        if (shares) {
            yAxis.setRange(0, 1.05);
        }
        xAxis.setAutoRangeIncludesZero(false);
        if (vx.durations()) {
            xAxis.setNumberFormatOverride(new SecondsAsDuration(text));
        } else if (vx.values().stream().allMatch(v -> v.matches("-?\\d+"))) {
            xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // headcounts: no tick at 1.8 agents
        }
        return chart;
    }

    /**
     * The deadlines whose curves differ: a later deadline missed by exactly the same share at every
     * point (those buyers had all given up) would be drawn under the earlier one and hide; it is
     * named with it instead ("no reply in 30 min / 2 h").
     */
    static List<List<String>> distinctCurves(Sweep.Result r, List<String> keys) {
        List<List<String>> kept = new java.util.ArrayList<>();
        for (String k : keys) {
            List<String> last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && sameCurve(r, last.get(last.size() - 1), k)) last.add(k);
            else kept.add(new java.util.ArrayList<>(List.of(k)));
        }
        return kept;
    }

    private static boolean sameCurve(Sweep.Result r, String a, String b) {
        int ia = index(r.headlines(), a), ib = index(r.headlines(), b);
        for (Sweep.Point p : r.points()) {
            if (Math.abs(p.figures()[ia].meanOrNaN() - p.figures()[ib].meanOrNaN()) > 0.0005) return false;
        }
        return true;
    }

    /** The i-th of n colours from light to dark blue: ordered values read as ordered. */
    static Color ramp(int i, int n) {
        float t = n == 1 ? 1f : 0.4f + 0.6f * i / (n - 1);
        return new Color(Math.round(255 - t * (255 - 0x08)), Math.round(255 - t * (255 - 0x30)), Math.round(255 - t * (255 - 0x6b)));
    }

    /** "no reply in 30 min / 2 h" for deadlines drawn as one curve. */
    private static String shortNames(Text text, io.kefusim.scenario.Scenario sc, List<String> keys) {
        if (keys.size() == 1) return Words.figureShort(text, sc, keys.get(0));
        return Words.answered(text, sc, "ws_missed", String.join(" / ", keys.stream().map(k -> Words.deadline(text, sc, k)).toList()));
    }

    /** Labels a seconds axis as durations in the reader's words: 90 -> "1 min 30 s" / "1分30秒". */
    static final class SecondsAsDuration extends NumberFormat {
        private final transient Text text;

        SecondsAsDuration(Text text) { this.text = text; }

        @Override
        public StringBuffer format(double seconds, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Words.duration(text, Math.round(seconds)));
        }

        @Override
        public StringBuffer format(long seconds, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Words.duration(text, seconds));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
