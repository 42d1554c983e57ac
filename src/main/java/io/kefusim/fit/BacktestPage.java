package io.kefusim.fit;

import io.kefusim.report.ChartStyle;
import io.kefusim.report.Pages;
import io.kefusim.report.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** backtest.html: for each figure, what happened each hour (points) against the simulated mean and 2.5–97.5% band. */
final class BacktestPage {
    private BacktestPage() {}

    @SuppressWarnings("unchecked")
    static void write(Path dir, Backtest.Result r, List<io.kefusim.sanity.Warning> warnings, Text text) throws IOException {
        Map<String, Object> overall = (Map<String, Object>) r.json().get("overall");
        Map<String, Object> period = (Map<String, Object>) r.json().get("period");
        Pages p = new Pages(text, text.get("bt_title") + " — " + r.scenario().name(),
                text.get("bt_sub", period.get("from").toString().replace('T', ' '), period.get("to").toString().replace('T', ' '), r.json().get("replications")));
        p.warnings(Map.of(r.scenario().name(), warnings)); // one plan: every warning is shared, said once at the top
        p.verdict(verdict(overall, text));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : overall.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            boolean share = !e.getKey().endsWith("_s");
            List<Double> range = (List<Double>) f.get("simulated_range");
            rows.add(List.of(BacktestWriter.label(r, text, e.getKey()), BacktestWriter.fmt(f.get("observed"), share, text), BacktestWriter.fmt(f.get("simulated"), share, text),
                    range == null ? "-" : BacktestWriter.fmt(range.get(0), share, text) + " – " + BacktestWriter.fmt(range.get(1), share, text),
                    BacktestWriter.inside(f.get("inside_band_share"), text).trim(), BacktestWriter.mae(f.get("mae"), share, text)));
        }
        p.table(List.of(text.get("bt_figure"), text.get("bt_observed"), text.get("bt_simulated"), text.get("bt_range"), text.get("bt_inside"), text.get("bt_mae")), rows);
        charts(p, r, text);
        p.para(text.get("bt_how") + text.get("bt_how_gaps", (int) Backtest.MIN_BUYERS));
        @SuppressWarnings("unchecked") List<String> notices = (List<String>) r.json().get(text.chinese() ? "notices_zh" : "notices");
        if (notices != null && !notices.isEmpty()) p.para(String.join(text.get("group_sep"), notices));
        p.heading(text.get("bv_title"));
        for (String line : BacktestVerdict.lines(r, text)) p.para(line);
        p.write(dir.resolve("backtest.html"));
    }

    /**
     * One chart per figure: the records' value each hour (dots; hollow for hours with fewer than
     * {@link Backtest#MIN_BUYERS} buyers, which the verdict does not judge) against the simulated mean
     * and band, broken where the records have no hour; times on their axis in seconds.
     */
    @SuppressWarnings("unchecked")
    static void charts(Pages p, Backtest.Result r, Text text) {
        Map<String, Object> overall = (Map<String, Object>) r.json().get("overall");
        Map<String, Object> period = (Map<String, Object>) r.json().get("period");
        LocalDateTime start = LocalDateTime.parse(period.get("from").toString());
        for (String fig : overall.keySet()) {
            boolean share = !fig.endsWith("_s");
            // hours with fewer than MIN_BUYERS buyers are shown apart (hollow): the verdict does not judge them
            XYSeries obs = new XYSeries(text.get("bt_observed")), few = new XYSeries(text.get("bt_few_buyers", (int) Backtest.MIN_BUYERS));
            // the band and mean as one series per run of hours: broken where the records have no hour (a closed
            // night or weekend) or no replication has a value, not drawn straight across the gap
            List<YIntervalSeries> runs = new ArrayList<>();
            YIntervalSeries sim = null;
            LocalDateTime last = null;
            for (Map<String, Object> row : r.rows()) {
                LocalDateTime at = LocalDateTime.parse(row.get("interval_start").toString());
                double x = java.time.Duration.between(start, at).toMinutes() / 1440.0;
                Object o = row.get(fig + "_observed"), m = row.get(fig + "_simulated");
                if (o != null) (((Number) row.get("buyers_observed")).doubleValue() < Backtest.MIN_BUYERS ? few : obs).add(x, (Double) o);
                if (m == null) { sim = null; continue; }
                if (sim == null || !at.equals(last.plusHours(1))) {
                    sim = new YIntervalSeries(runs.isEmpty() ? text.get("bt_band") : text.get("bt_band") + " " + runs.size(), false, true);
                    runs.add(sim);
                }
                sim.add(x, (Double) m, (Double) row.get(fig + "_low"), (Double) row.get(fig + "_high"));
                last = at;
            }
            String axis = share ? BacktestWriter.label(r, text, fig) : text.get("bt_axis_seconds", BacktestWriter.label(r, text, fig));
            XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), new NumberAxis(text.get("fit_day")), new NumberAxis(axis), null);
            JFreeChart c = p.add(fig, BacktestWriter.label(r, text, fig), plot);
            YIntervalSeriesCollection band = new YIntervalSeriesCollection();
            for (YIntervalSeries run : runs) band.addSeries(run);
            plot.setDataset(0, band);
            Color blue = new Color(0x1f77b4);
            org.jfree.chart.renderer.xy.DeviationRenderer bands = ChartStyle.bandRenderer(runs.stream().map(x -> blue).toArray(Color[]::new));
            for (int i = 1; i < runs.size(); i++) bands.setSeriesVisibleInLegend(i, false); // one legend line for the band
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).getItemCount() != 1) continue;
                // an hour alone between gaps has no line to draw: its mean as a short bar
                bands.setSeriesShapesVisible(i, true);
                bands.setSeriesShape(i, new java.awt.Rectangle(-4, -1, 8, 2));
            }
            plot.setRenderer(0, bands);
            XYSeriesCollection points = new XYSeriesCollection();
            points.addSeries(obs);
            if (few.getItemCount() > 0) points.addSeries(few);
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            Color red = new Color(0xd62728);
            dots.setSeriesPaint(0, red);
            dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
            dots.setSeriesPaint(1, red);
            dots.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dots.setSeriesShapesFilled(1, false);
            dots.setUseOutlinePaint(false);
            plot.setDataset(1, points);
            plot.setRenderer(1, dots);
            if (share) io.kefusim.report.ChartStyle.percentTicks((NumberAxis) plot.getRangeAxis());
            c.fireChartChanged();
        }
    }

    @SuppressWarnings("unchecked")
    static String verdict(Map<String, Object> overall, Text text) {
        Map<String, Object> ab = (Map<String, Object>) overall.get("abandon_share"), sl = (Map<String, Object>) overall.get("service_level"),
                w = (Map<String, Object>) overall.get("queue_wait_mean_s");
        // no hour compared (nobody taken, nobody on duty): said in words, in a sentence that carries them
        boolean none = ab.get("inside_band_share") == null || sl.get("inside_band_share") == null;
        return text.get(none ? "bt_verdict_no_hour" : "bt_verdict", BacktestWriter.fmt(ab.get("observed"), true, text), BacktestWriter.fmt(ab.get("simulated"), true, text),
                BacktestWriter.fmt(w.get("observed"), false, text), BacktestWriter.fmt(w.get("simulated"), false, text),
                BacktestWriter.fmt(sl.get("observed"), true, text), BacktestWriter.fmt(sl.get("simulated"), true, text),
                BacktestWriter.inside(ab.get("inside_band_share"), text).trim(), BacktestWriter.inside(sl.get("inside_band_share"), text).trim());
    }
}
