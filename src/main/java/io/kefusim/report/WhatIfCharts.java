package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.scenario.Durations;
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
        List<String> costs = List.of("labour_cost", "lost_sales", "labour_cost_plus_lost_sales");
        String base = r.plans().get(0).name();
        charts.put("compare_shares", bars(r, shares, text.get("wf_title_shares"), text.get("wf_share"), true, false, style));
        charts.put("compare_costs", bars(r, costs, text.get("wf_title_costs"), text.get("wf_cny"), false, false, style));
        charts.put("compare_difference_shares", bars(r, shares, text.get("wf_title_diff_shares", base), text.get("wf_diff_share", base), true, true, style));
        charts.put("compare_difference_costs", bars(r, costs, text.get("wf_title_diff_costs", base), text.get("wf_diff_cny", base), false, true, style));
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
                                   boolean differences, ChartStyle style) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int k = differences ? 1 : 0; k < r.plans().size(); k++) {
            for (String key : keys) {
                int h = index(r.headlines(), key);
                Estimate e = differences ? r.cell(k, h).difference() : r.cell(k, h).value();
                // the "standard deviation" slot holds the 95% half-width: the error bar is the CI
                data.add(e.meanOrNaN(), zero(e.ci95OrNaN()), r.plans().get(k).name(), key);
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        NumberAxis axis = new NumberAxis(axisLabel);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        JFreeChart chart = style.themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setErrorIndicatorPaint(Color.BLACK);
        for (int k = differences ? 1 : 0; k < r.plans().size(); k++) {
            renderer.setSeriesPaint(differences ? k - 1 : k, ChartStyle.PALETTE[k % ChartStyle.PALETTE.length]);
        }
        if (differences) plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        if (percent) axis.setNumberFormatOverride(NumberFormat.getPercentInstance());
        return chart;
    }

    static int index(List<Headline> headlines, String key) {
        for (int i = 0; i < headlines.size(); i++) if (headlines.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException("no figure " + key);
    }

    private static double zero(double v) { return Double.isNaN(v) ? 0 : v; }

    // ---- sweep ----------------------------------------------------------------------

    public static Map<String, JFreeChart> sweep(Sweep.Result r, Text text, ChartStyle style) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        String x = r.varies().get(0).key();
        charts.put("sweep_service_level", curves(r, List.of("service_level"), text.get("wf_title_sl", x), true, style, text));
        List<String> missed = r.headlines().stream().map(Headline::key).filter(k -> k.startsWith("missed_")).toList();
        charts.put("sweep_missed", curves(r, r.varies().size() == 1 ? missed : List.of(missed.get(0)), text.get("wf_title_missed", x), true, style, text));
        charts.put("sweep_lost_orders", curves(r, List.of("lost_orders"), text.get("wf_title_lost", x), false, style, text));
        charts.put("sweep_cost", curves(r, List.of("labour_cost", "lost_sales", "labour_cost_plus_lost_sales"),
                text.get("wf_title_cost", x), false, style, text));
        return charts;
    }

    /**
     * One curve per figure (one varied key), or per figure and value of the second key;
     * x is the first key's value (seconds for durations), with 95% bands.
     */
    private static JFreeChart curves(Sweep.Result r, List<String> keys, String title, boolean shares, ChartStyle style, Text text) {
        Sweep.Vary vx = r.varies().get(0);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> seconds = r.varies().size() == 2 ? r.varies().get(1).values() : List.of("");
        for (String key : keys) {
            int h = index(r.headlines(), key);
            for (String second : seconds) {
                String name = key + (second.isEmpty() ? "" : " @ " + r.varies().get(1).key() + "=" + second);
                YIntervalSeries series = new YIntervalSeries(name);
                for (Sweep.Point p : r.points()) {
                    if (!second.isEmpty() && !p.values().get(1).equals(second)) continue;
                    double xv = vx.numeric(vx.values().indexOf(p.values().get(0)));
                    ChartStyle.band(series, xv, p.figures()[h], 1, shares ? 1 : Double.POSITIVE_INFINITY);
                }
                data.addSeries(series);
            }
        }
        NumberAxis xAxis = new NumberAxis(vx.key());
        NumberAxis yAxis = shares ? ChartStyle.percentAxis(text.get("wf_share")) : new NumberAxis(keys.get(0).contains("orders") ? "orders" : text.get("wf_cny"));
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = style.themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = ChartStyle.PALETTE[i % ChartStyle.PALETTE.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        if (shares) {
            yAxis.setNumberFormatOverride(NumberFormat.getPercentInstance());
            yAxis.setRange(0, 1.05);
        }
        xAxis.setAutoRangeIncludesZero(false);
        if (vx.durations()) xAxis.setNumberFormatOverride(new SecondsAsDuration());
        return chart;
    }

    /** Labels a seconds axis as durations: 90 -> "1m30s". */
    static final class SecondsAsDuration extends NumberFormat {
        @Override
        public StringBuffer format(double seconds, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Durations.format(Math.round(seconds)));
        }

        @Override
        public StringBuffer format(long seconds, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Durations.format(seconds));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
