package io.kefusim.report;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lost orders chart's two axes (tester22): with one order value (the classroom's 100 CNY) lost
 * sales are lost orders x 100 in every interval, so the sales axis is the orders axis x 100, both
 * from 0: before, 0–3.8 orders against 0–220 CNY made one series look like two diverging.
 */
class LostOrdersAxesTest {
    @Test
    void oneOrderValueGivesProportionalAxes() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/classroom-response-time.yaml"), io.kefusim.scenario.Assignment.sets("replications=3"));
        List<ReplicationMetrics> reps = Experiment.run(s, 1, null, null);
        List<IntervalFigures> rows = IntervalFigures.of(s, reps);
        XYPlot plot = new ChartSet(s, reps, rows, new Summary(s, reps).build(), new Text("en"), null).charts().get("lost_orders").getXYPlot();
        ValueAxis orders = plot.getRangeAxis(0), sales = plot.getRangeAxis(1);
        double top = 0;
        for (IntervalFigures r : rows) {
            top = Math.max(top, r.lostOrders().mean() + r.lostOrders().ci95());
            assertEquals(r.lostOrders().mean() * 100, r.lostSales().mean(), 1e-9 * Math.max(1, r.lostSales().mean()), "one order value: sales = orders x 100");
        }
        assertTrue(top > 0);
        assertEquals(0, orders.getLowerBound(), 0);
        assertEquals(0, sales.getLowerBound(), 0);
        assertEquals(top * 1.05, orders.getUpperBound(), 1e-9 * top);
        assertEquals(100 * orders.getUpperBound(), sales.getUpperBound(), 1e-9 * sales.getUpperBound(), "the sales axis is the orders axis x 100");
    }
}
