package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The data drawn in each chart is the data of the run (not just "a file exists"). */
class ChartSetTest {
    static Scenario s;
    static List<ReplicationMetrics> reps;
    static List<IntervalFigures> rows;
    static Map<String, Object> summary;
    static Map<String, JFreeChart> charts;

    @BeforeAll
    static void run() {
        s = ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), io.kefusim.scenario.Assignment.sets("replications=4"));
        reps = Experiment.run(s, 2, null, null);
        rows = IntervalFigures.of(s, reps);
        summary = new Summary(s, reps).build();
        charts = new ChartSet(s, reps, rows, summary, new Text("en"), null).charts();
    }

    private static double mean(Estimate e) { return e.mean() == null ? Double.NaN : e.mean(); }

    @Test
    void allEightCharts() {
        assertEquals(List.of("arrivals_vs_agents", "waits", "first_response_distribution", "service_level", "abandonment",
                        "occupancy_by_interval", "lost_orders", "groups"), List.copyOf(charts.keySet()));
    }

    @Test
    void abandonmentByIntervalIsTheIntervalsShare() {
        IntervalXYDataset d = (IntervalXYDataset) charts.get("abandonment").getXYPlot().getDataset();
        int item = 0;
        for (IntervalFigures r : rows) {
            if (r.abandonShare().mean() == null) continue;
            assertEquals(r.abandonShare().mean(), d.getYValue(0, item), 1e-12);
            item++;
        }
        assertEquals(item, d.getItemCount(0));
    }

    @Test
    void occupancyByGroupAndIntervalAddsUpToTheGroupsOccupancy() {
        XYDataset d = charts.get("occupancy_by_interval").getXYPlot().getDataset();
        assertEquals(s.groups().size(), d.getSeriesCount());
        for (int g = 0; g < s.groups().size(); g++) {
            assertEquals(s.groups().get(g).name(), d.getSeriesKey(g));
            for (int i = 0; i < rows.size(); i++) {
                Double m = rows.get(i).occupancyByGroup()[g].mean();
                if (m == null) assertTrue(Double.isNaN(d.getYValue(g, i)), "no one on duty: a gap");
                else assertEquals(m, d.getYValue(g, i), 1e-12);
            }
        }
        // conservation, replication by replication: the intervals add up to the group's and the run's agent time
        for (ReplicationMetrics m : reps) {
            for (int g = 0; g < s.groups().size(); g++) {
                double duty = 0, typing = 0;
                for (int i = 0; i < rows.size(); i++) {
                    duty += m.onDutyByGroupInterval[g][i];
                    typing += m.typingByGroupInterval[g][i];
                }
                assertEquals(m.agentByGroup[g].onDuty, duty, 1e-6 * duty);
                assertEquals(m.agentByGroup[g].typing, typing, 1e-6 * Math.max(1, typing));
            }
            for (int i = 0; i < rows.size(); i++) {
                double duty = 0;
                for (int g = 0; g < s.groups().size(); g++) duty += m.onDutyByGroupInterval[g][i];
                assertEquals(m.agentByInterval[i].onDuty, duty, 1e-6 * Math.max(1, duty));
            }
        }
    }

    @Test
    void arrivalsAndAgentsOnDutyByInterval() {
        XYPlot p = charts.get("arrivals_vs_agents").getXYPlot();
        XYDataset arrivals = p.getDataset(0), agents = p.getDataset(1);
        assertEquals(rows.size(), arrivals.getItemCount(0));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(mean(rows.get(i).arrived()), arrivals.getYValue(0, i), 1e-9);
            assertEquals(mean(rows.get(i).agentsOnDuty()), agents.getYValue(0, i), 1e-9);
            assertEquals(rows.get(i).start().atZone(s.zone()).toInstant().toEpochMilli(), arrivals.getXValue(0, i), 0);
            // each bar spans its interval
            assertEquals(s.interval() * 1000, ((IntervalXYDataset) arrivals).getEndXValue(0, i) - arrivals.getXValue(0, i), 1e-6);
        }
    }

    /**
     * The agents line is drawn to the end of the run, as the last bar is: a step line stopping at
     * the last interval's start left the last hour looking unstaffed (tester22: Double 11's line
     * ended at 11-11 23:00, its last bar at 24:00).
     */
    @Test
    void agentsLineReachesTheEndOfTheRun() {
        JFreeChart chart = charts.get("arrivals_vs_agents");
        XYDataset agents = chart.getXYPlot().getDataset(1);
        long end = rows.get(rows.size() - 1).end().atZone(s.zone()).toInstant().toEpochMilli();
        assertEquals(end, s.start().plusSeconds((long) s.horizon()).atZone(s.zone()).toInstant().toEpochMilli());
        int last = agents.getItemCount(0) - 1;
        assertEquals(end, agents.getXValue(0, last), 0);
        assertEquals(mean(rows.get(rows.size() - 1).agentsOnDuty()), agents.getYValue(0, last), 1e-9, "the last interval's agents");
        SvgStepEnd drawn = new SvgStepEnd(chart);
        assertEquals(drawn.x(end), drawn.rightmostLineEnd("rgb(255,127,14)"), 1e-6, "the SVG's agents line ends at the end of the run");
    }

    @Test
    void waitsInMinutesWithConfidenceBandsAndDeadlines() {
        XYPlot p = charts.get("waits").getXYPlot();
        IntervalXYDataset d = (IntervalXYDataset) p.getDataset();
        int item = 0;
        for (IntervalFigures r : rows) {
            if (r.queueWait().mean() == null) continue;
            assertEquals(r.queueWait().mean() / 60, d.getYValue(0, item), 1e-9);
            assertEquals((r.queueWait().mean() + r.queueWait().ci95()) / 60, d.getEndYValue(0, item), 1e-9);
            item++;
        }
        // everyone's time in the queue (taken or gone) beside the taken buyers' wait
        item = 0;
        for (IntervalFigures r : rows) {
            if (r.queueTimeAll().mean() == null) continue;
            assertEquals(r.queueTimeAll().mean() / 60, d.getYValue(2, item), 1e-9);
            item++;
        }
        assertEquals(3, p.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void serviceLevelAndLostOrdersSeries() {
        IntervalXYDataset sl = (IntervalXYDataset) charts.get("service_level").getXYPlot().getDataset();
        XYPlot lost = charts.get("lost_orders").getXYPlot();
        int item = 0;
        double lostSum = 0;
        for (IntervalFigures r : rows) {
            if (r.serviceLevel().mean() != null) {
                assertEquals(r.serviceLevel().mean(), sl.getYValue(0, item), 1e-12);
                item++;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(mean(rows.get(i).lostOrders()), lost.getDataset(0).getYValue(0, i), 1e-9);
            assertEquals(mean(rows.get(i).lostSales()), lost.getDataset(1).getYValue(0, i), 1e-6);
            lostSum += lost.getDataset(0).getYValue(0, i);
        }
        // the intervals add up to the run's lost orders
        assertEquals(mean((Estimate) ((Map<?, ?>) summary.get("totals")).get("lost_orders")), lostSum, 1e-6);
    }

    @Test
    void firstResponseDistributionEndsAtTheShareEverAnswered() {
        XYDataset d = charts.get("first_response_distribution").getXYPlot().getDataset();
        int n = d.getItemCount(0);
        for (int i = 1; i < n; i++) assertTrue(d.getYValue(0, i) >= d.getYValue(0, i - 1), "a distribution never falls");
        long answered = 0, offered = 0;
        for (ReplicationMetrics m : reps) {
            answered += m.total.firstReplied;
            offered += m.total.offered();
        }
        assertEquals((double) answered / offered, d.getYValue(0, n - 1), 1e-12);
    }

    /**
     * Each point of the distribution is counted from zero here, bucket by bucket, as
     * HdrHistogram counts a range; the chart counts each step's new buckets only. The counts
     * are whole numbers, so the two must agree exactly, point for point.
     */
    @Test
    void firstResponseDistributionCountsEveryPointFromZero() {
        org.HdrHistogram.Histogram all = io.kefusim.metrics.ChatCell.newHistogram();
        long offered = 0;
        for (ReplicationMetrics m : reps) {
            if (m.total.firstResponse != null) all.add(m.total.firstResponse);
            offered += m.total.offered();
        }
        XYDataset d = charts.get("first_response_distribution").getXYPlot().getDataset();
        double t = 1;
        for (int i = 0; i < d.getItemCount(0); i++, t *= 1.1) {
            assertEquals(t / 60, d.getXValue(0, i), 0);
            long within = all.getCountBetweenValues(0, (long) (t * 1000));
            assertEquals((double) within / offered, d.getYValue(0, i), 0, "point " + i);
        }
        assertTrue(d.getItemCount(0) > 40, "the curve has its points");
    }

    @Test
    @SuppressWarnings("unchecked")
    void groupsOccupancyAndActiveChatsWithIntervals() {
        CombinedDomainCategoryPlot p = (CombinedDomainCategoryPlot) charts.get("groups").getPlot();
        List<CategoryPlot> plots = p.getSubplots();
        StatisticalCategoryDataset occ = (StatisticalCategoryDataset) plots.get(0).getDataset();
        StatisticalCategoryDataset act = (StatisticalCategoryDataset) plots.get(1).getDataset();
        Map<String, Object> byGroup = (Map<String, Object>) summary.get("by_group");
        for (String g : byGroup.keySet()) {
            Map<String, Object> f = (Map<String, Object>) byGroup.get(g);
            Estimate o = (Estimate) f.get("occupancy"), a = (Estimate) f.get("mean_active_chats");
            assertEquals(o.mean() * 100, occ.getMeanValue(0, occ.getColumnIndex(g)).doubleValue(), 1e-9);
            assertEquals(o.ci95() * 100, occ.getStdDevValue(0, occ.getColumnIndex(g)).doubleValue(), 1e-9);
            assertEquals(a.mean(), act.getMeanValue(0, act.getColumnIndex(g)).doubleValue(), 1e-9);
        }
    }
}
