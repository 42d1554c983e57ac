package io.kefusim.report;

import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import org.HdrHistogram.Histogram;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The report's charts, built from the same figures as the result files. Each chart's data
 * is kept in plain JFreeChart datasets, so tests can read back exactly what is drawn. Times
 * on the interval charts are interval starts; waits are drawn in minutes; bands are the 95%
 * confidence intervals over replications.
 */
public final class ChartSet {
    private static final Color BLUE = ChartStyle.BLUE, ORANGE = ChartStyle.ORANGE, GREEN = ChartStyle.GREEN,
            RED = ChartStyle.RED, GREY = ChartStyle.GREY;

    private final Scenario s;
    private final Text text;
    private final List<IntervalFigures> rows;
    private final TimeZone zone;
    private final ChartStyle style;
    /** The charts drawn from the interval figures, in the report's order; the groups chart follows them. */
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private final Supplier<Map<String, Object>> summary;
    private JFreeChart groups;

    public ChartSet(Scenario s, List<ReplicationMetrics> reps, List<IntervalFigures> rows, Map<String, Object> summary,
                    Text text, String fontFamily) {
        this(s, reps, rows, () -> summary, text, fontFamily);
    }

    /**
     * @param summary the run's summary, asked for only when the groups chart is made (by
     *                {@link #svgElements()} on the thread that draws it, last): a run's writer
     *                works the summary out on another thread while the other charts are drawn
     */
    public ChartSet(Scenario s, List<ReplicationMetrics> reps, List<IntervalFigures> rows, Supplier<Map<String, Object>> summary,
             Text text, String fontFamily) {
        this.s = s;
        this.text = text;
        this.rows = rows;
        this.summary = summary;
        this.zone = TimeZone.getTimeZone(s.zone());
        this.style = new ChartStyle(fontFamily);
        charts.put("arrivals_vs_agents", arrivalsVsAgents());
        charts.put("waits", waits());
        charts.put("first_response_distribution", firstResponseDistribution(reps));
        charts.put("service_level", serviceLevel());
        charts.put("abandonment", abandonment());
        charts.put("occupancy_by_interval", occupancyByInterval());
        charts.put("lost_orders", lostOrders());
    }

    private JFreeChart themed(JFreeChart c) {
        return style.themed(c);
    }

    /** Every chart, the groups chart last. */
    public Map<String, JFreeChart> charts() {
        Map<String, JFreeChart> all = new LinkedHashMap<>(charts);
        all.put("groups", groups());
        return all;
    }

    private synchronized JFreeChart groups() {
        if (groups == null) groups = groups(summary.get());
        return groups;
    }

    // ---- the charts -----------------------------------------------------------------

    private JFreeChart arrivalsVsAgents() {
        XYSeries arrived = new XYSeries(text.get("ch_arrived"));
        XYSeries agents = new XYSeries(text.get("ch_agents"));
        for (IntervalFigures r : rows) {
            add(arrived, r, r.arrived());
            add(agents, r, r.agentsOnDuty());
        }
        if (!rows.isEmpty()) ChartStyle.stepToEnd(agents, rows.get(rows.size() - 1).end().atZone(s.zone()).toInstant().toEpochMilli());
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(timeAxis());
        XYSeriesCollection bars = new XYSeriesCollection(arrived);
        bars.setIntervalWidth(s.interval() * 1000); // each bar spans its interval
        bars.setIntervalPositionFactor(0);
        plot.setDataset(0, bars);
        XYBarRenderer barRenderer = new XYBarRenderer(0.08);
        plot.setRenderer(0, barRenderer);
        plot.setRangeAxis(0, new NumberAxis(s.interval() == 3600 ? text.get("ch_chats_per_hour")
                : text.get("ch_chats_per_interval", Words.duration(text, s.interval()))));
        XYStepRenderer step = new XYStepRenderer();
        plot.setDataset(1, new XYSeriesCollection(agents));
        plot.setRenderer(1, step);
        NumberAxis agentAxis = new NumberAxis(text.get("ch_agents_axis"));
        agentAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // people: no tick at 1.8 agents
        plot.setRangeAxis(1, agentAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_arrivals"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        barRenderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, new Color(0x9ecae1));
        step.setSeriesPaint(0, ORANGE);
        step.setSeriesStroke(0, new BasicStroke(2.5f));
        return chart;
    }

    private JFreeChart waits() {
        YIntervalSeries wait = new YIntervalSeries(text.get("ch_queue_wait"));
        YIntervalSeries first = new YIntervalSeries(text.get("ch_first_response"));
        // taken buyers' waits alone look short when most buyers gave up: show everyone's time in the queue too
        YIntervalSeries all = new YIntervalSeries(text.get("ch_queue_all"));
        double max = 0;
        for (IntervalFigures r : rows) {
            max = Math.max(max, band(wait, r, r.queueWait(), 1 / 60.0));
            max = Math.max(max, band(first, r, r.firstResponse(), 1 / 60.0));
            max = Math.max(max, band(all, r, r.queueTimeAll(), 1 / 60.0));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(wait);
        data.addSeries(first);
        data.addSeries(all);
        XYPlot plot = new XYPlot(data, timeAxis(), new NumberAxis(text.get("ch_minutes")), null);
        double smallest = s.firstResponseDeadlines()[0] / 60;
        for (double d : s.firstResponseDeadlines()) plot.addRangeMarker(style.marker(d / 60, Words.duration(text, d)));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, Math.max(max * 1.1, smallest * 1.25));
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_waits"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        plot.setRenderer(ChartStyle.bandRenderer(BLUE, ORANGE, ChartStyle.PURPLE));
        return chart;
    }

    /** Share of buyers (who reached the queue) first answered within t, for t on a log scale. */
    private JFreeChart firstResponseDistribution(List<ReplicationMetrics> reps) {
        List<Histogram> each = new java.util.ArrayList<>(reps.size());
        long offered = 0;
        for (ReplicationMetrics m : reps) {
            each.add(m.total.firstResponse); // null: merged into replication 1's
            offered += m.total.offered();
        }
        Histogram merged = ChatCell.mergedForReading(each);
        XYSeries cdf = new XYSeries(text.get("ch_answered_within"));
        // out to 1.5 x the last deadline, but not past 1.5 x the horizon: a deadline of centuries would
        // draw centuries of empty chart, and its milliseconds overflow the histogram's long values
        double lastDeadline = s.firstResponseDeadlines()[s.firstResponseDeadlines().length - 1];
        double maxSeconds = Math.max(Math.min(lastDeadline, s.horizon()) * 1.5, merged.getMaxValue() / 1000.0);
        // answered within t, for t rising: each step counts only the buckets past the last step's
        // (one walk over the buckets, not one from zero per point; the same whole counts)
        long within = 0, uncounted = 0; // uncounted: the lowest value of the first bucket not yet counted
        for (double t = 1; t <= maxSeconds * 1.0001; t *= 1.1) {
            long upTo = (long) (t * 1000);
            if (merged.getTotalCount() > 0 && upTo >= uncounted) {
                within += merged.getCountBetweenValues(uncounted, upTo);
                uncounted = merged.nextNonEquivalentValue(upTo);
            }
            cdf.add(t / 60, offered == 0 ? 0 : (double) within / offered);
        }
        LogAxis x = new DurationLogAxis(text.get("ch_minutes_log"), text);
        x.setSmallestValue(1 / 60.0);
        NumberAxis y = ChartStyle.percentAxis(text.get("ch_share_answered"));
        y.setRange(0, 1.05);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(cdf), x, y, line);
        for (double d : s.firstResponseDeadlines()) plot.addDomainMarker(style.marker(d / 60, Words.duration(text, d)));
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_distribution"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        line.setSeriesPaint(0, BLUE);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        return chart;
    }

    private JFreeChart serviceLevel() {
        YIntervalSeries sl = new YIntervalSeries(Words.serviceLevel(text, s, "ch_service_level"));
        for (IntervalFigures r : rows) ChartStyle.band(sl, millis(r), r.serviceLevel(), 1, 1);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(sl);
        XYPlot plot = new XYPlot(data, timeAxis(), ChartStyle.percentAxis(text.get("ch_share_buyers")), null);
        plot.getRangeAxis().setRange(0, 1.05);
        plot.addRangeMarker(style.marker(s.serviceLevelGoal(), text.get("ch_goal", Math.round(s.serviceLevelGoal() * 100))));
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_service_level"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        plot.setRenderer(ChartStyle.bandRenderer(GREEN));
        return chart;
    }

    /** Share of buyers who reached the queue and gave up, by interval: where the queue hurts. */
    private JFreeChart abandonment() {
        YIntervalSeries ab = new YIntervalSeries(text.get("ch_abandon"));
        for (IntervalFigures r : rows) ChartStyle.band(ab, millis(r), r.abandonShare(), 1, 1);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(ab);
        XYPlot plot = new XYPlot(data, timeAxis(), ChartStyle.percentAxis(text.get("ch_share_queued")), null);
        plot.getRangeAxis().setRange(0, 1.05);
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_abandon"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        plot.setRenderer(ChartStyle.bandRenderer(RED));
        return chart;
    }

    /**
     * Occupancy of each group by interval, as lines (means): a day's average of 66% can hide
     * 97% in the peak. Intervals with none of the group on duty are gaps, not lines across the night.
     */
    private JFreeChart occupancyByInterval() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int g = 0; g < s.groups().size(); g++) {
            XYSeries series = new XYSeries(s.groups().get(g).name(), false, true);
            for (IntervalFigures r : rows) {
                Double m = r.occupancyByGroup()[g].mean();
                series.add(millis(r), m == null ? Double.NaN : m);
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, timeAxis(), ChartStyle.percentAxis(Words.channel(text, s, "ch_occupancy_typing")), line);
        plot.getRangeAxis().setRange(0, 1.05);
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_occupancy"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int g = 0; g < s.groups().size(); g++) {
            line.setSeriesPaint(g, ChartStyle.PALETTE[g % ChartStyle.PALETTE.length]);
            line.setSeriesStroke(g, new BasicStroke(2f));
        }
        return chart;
    }

    private JFreeChart lostOrders() {
        YIntervalSeries orders = new YIntervalSeries(text.get("ch_lost_orders"));
        XYSeries sales = new XYSeries(text.get("ch_lost_sales"));
        for (IntervalFigures r : rows) {
            band(orders, r, r.lostOrders(), 1);
            add(sales, r, r.lostSales());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(orders);
        XYPlot plot = new XYPlot(data, timeAxis(), new NumberAxis(text.get("ch_orders_axis")), null);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, new XYSeriesCollection(sales));
        plot.setRenderer(1, line);
        plot.setRangeAxis(1, new NumberAxis(text.get("ch_sales_axis")));
        plot.mapDatasetToRangeAxis(1, 1);
        proportionalAxes(plot, orders, sales);
        JFreeChart chart = themed(new JFreeChart(text.get("ch_title_lost"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        plot.setRenderer(0, ChartStyle.bandRenderer(RED));
        line.setSeriesPaint(0, GREY);
        line.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0));
        return chart;
    }

    /**
     * When every interval's lost sales are the same multiple of its lost orders (one order value),
     * the sales axis is the orders axis times that multiple, both from 0: two axes scaled apart
     * on their own (0–3.8 orders against 0–220 CNY) made one series drawn twice look like two.
     */
    static void proportionalAxes(XYPlot plot, YIntervalSeries orders, XYSeries sales) {
        double k = Double.NaN, top = 0;
        for (int i = 0; i < orders.getItemCount(); i++) top = Math.max(top, orders.getYHighValue(i));
        for (int i = 0; i < sales.getItemCount(); i++) {
            Number y = sales.getY(i);
            if (y == null || Double.isNaN(y.doubleValue())) continue;
            int j = orders.indexOf((Comparable<?>) sales.getX(i));
            if (j < 0) return;
            double o = orders.getYValue(j), v = y.doubleValue();
            if (o == 0) {
                if (v != 0) return;
                continue;
            }
            if (Double.isNaN(k)) k = v / o;
            else if (Math.abs(v / o - k) > 1e-9 * Math.abs(k)) return;
        }
        if (Double.isNaN(k) || !(k > 0) || !(top > 0)) return;
        NumberAxis left = (NumberAxis) plot.getRangeAxis(0), right = (NumberAxis) plot.getRangeAxis(1);
        left.setRange(0, top * 1.05);
        right.setRange(0, top * 1.05 * k);
        // the sales line now lies on the orders' mean: dashed on top of it, so both are seen
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }

    @SuppressWarnings("unchecked")
    private JFreeChart groups(Map<String, Object> summary) {
        DefaultStatisticalCategoryDataset occupancy = new DefaultStatisticalCategoryDataset();
        DefaultStatisticalCategoryDataset active = new DefaultStatisticalCategoryDataset();
        Map<String, Object> byGroup = (Map<String, Object>) summary.get("by_group");
        for (Map.Entry<String, Object> e : byGroup.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            Estimate occ = (Estimate) f.get("occupancy"), act = (Estimate) f.get("mean_active_chats");
            // the "standard deviation" slot holds the 95% half-width: the error bar drawn is the CI
            occupancy.add(occ.meanOrNaN() * 100, zeroIfNaN(occ.ci95OrNaN()) * 100, Words.channel(text, s, "ch_occupancy"), e.getKey());
            active.add(act.meanOrNaN(), zeroIfNaN(act.ci95OrNaN()), Words.channel(text, s, "ch_active_chats"), e.getKey());
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(text.get("group")));
        CategoryPlot top = barPlot(occupancy, text.get("ch_occupancy_axis")), bottom = barPlot(active, Words.channel(text, s, "ch_active_axis"));
        plot.add(top, 1);
        plot.add(bottom, 1);
        JFreeChart chart = themed(new JFreeChart(Words.channel(text, s, "ch_title_groups"), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        colour(top, BLUE);
        colour(bottom, ORANGE);
        return chart;
    }

    // ---- helpers --------------------------------------------------------------------

    private static CategoryPlot barPlot(DefaultStatisticalCategoryDataset data, String axis) {
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setMaximumBarWidth(0.2);
        return new CategoryPlot(data, null, new NumberAxis(axis), r);
    }

    private static void colour(CategoryPlot plot, Color color) {
        StatisticalBarRenderer r = (StatisticalBarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, color);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    }

    /**
     * A log axis in minutes with ticks where people count time (1 s, 2 s, 5 s, 10 s, 30 s,
     * 1 min, 2 min, 5 min, ...), labelled in words; the default log ticks fall at 2 s, 6 s, 19 s.
     */
    static final class DurationLogAxis extends LogAxis {
        private static final double[] TICK_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400};
        private final transient Text text;

        DurationLogAxis(String label, Text text) {
            super(label);
            this.text = text;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected List refreshTicksHorizontal(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            return ticks(org.jfree.chart.ui.TextAnchor.TOP_CENTER);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected List refreshTicksVertical(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            return ticks(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
        }

        private List<org.jfree.chart.axis.Tick> ticks(org.jfree.chart.ui.TextAnchor anchor) {
            List<org.jfree.chart.axis.Tick> out = new java.util.ArrayList<>();
            double lo = getLowerBound(), hi = getUpperBound();
            List<Double> inRange = new java.util.ArrayList<>();
            for (double sec : TICK_SECONDS) if (sec / 60 >= lo && sec / 60 <= hi) inRange.add(sec);
            // at most about nine labels: thin out the in-between ticks on a wide range
            int step = Math.max(1, (int) Math.ceil(inRange.size() / 9.0));
            for (int i = 0; i < inRange.size(); i++) {
                if (i % step != 0 && i != inRange.size() - 1) continue;
                double sec = inRange.get(i);
                out.add(new org.jfree.chart.axis.NumberTick(org.jfree.chart.axis.TickType.MAJOR, sec / 60, Words.duration(text, sec), anchor,
                        org.jfree.chart.ui.TextAnchor.CENTER, 0.0));
            }
            return out;
        }
    }

    private static double zeroIfNaN(double v) { return Double.isNaN(v) ? 0 : v; }

    private long millis(IntervalFigures r) {
        return r.start().atZone(s.zone()).toInstant().toEpochMilli();
    }

    private void add(XYSeries series, IntervalFigures r, Estimate e) {
        series.add(millis(r), e.mean() == null ? null : e.mean());
    }

    /** Adds mean and 95% band (scaled, not below 0); returns the band's top for axis ranges. */
    private double band(YIntervalSeries series, IntervalFigures r, Estimate e, double scale) {
        return ChartStyle.band(series, millis(r), e, scale, Double.POSITIVE_INFINITY);
    }

    private DateAxis timeAxis() {
        // the zone given at once: setting it afterwards makes the axis's forty tick units (each with its date format) again
        DateAxis axis = new DateAxis(text.get("ch_time"), zone, java.util.Locale.getDefault());
        axis.setDateFormatOverride(new java.text.SimpleDateFormat("MM-dd HH:mm"));
        ((java.text.SimpleDateFormat) axis.getDateFormatOverride()).setTimeZone(zone);
        return axis;
    }




    // ---- files ----------------------------------------------------------------------

    /** Each chart as an SVG element, sized by its view box so a page can scale it. */
    public Map<String, String> svgElements() {
        List<String> names = new java.util.ArrayList<>(charts.keySet());
        names.add("groups");
        return ChartStyle.svgElements(names, i -> i < charts.size() ? charts.get(names.get(i)) : groups());
    }

    /** Writes DIR/NAME.png for each chart. */
    public void writePngs(Path dir) throws IOException {
        ChartStyle.writePngs(dir, charts());
    }
}
