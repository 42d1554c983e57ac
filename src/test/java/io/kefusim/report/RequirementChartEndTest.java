package io.kefusim.report;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.staffing.Decisions.Decision;
import io.kefusim.staffing.Optimiser;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The staff requirement chart draws its last interval's required and staffed agents to the end
 * of the run (tester22: the lines stopped one interval early, the last hour looked unstaffed).
 */
class RequirementChartEndTest {
    @Test
    void requiredAndStaffedReachTheEndOfTheRun() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/classroom-response-time.yaml"), List.of()); // 09:00, 8 hours
        int n = (int) Math.ceil(s.horizon() / s.interval());
        assertEquals(8, n);
        int[][] required = {{3, 3, 4, 4, 3, 3, 4, 2}};
        double[] coverage = new double[n];
        java.util.Arrays.fill(coverage, 1);
        Decision d = new Decision(s.groups().get(0).name(), "day", s.start().toLocalDate(), null, null, 0, 9, 100, coverage);
        Optimiser.Evaluation best = new Optimiser.Evaluation(new int[]{4}, s, null, true, 0, 0, 0, Double.NaN, 0, 0);
        Optimiser.Result r = new Optimiser.Result(null, List.of(d), required, best, true, true, 1, List.of());
        JFreeChart chart = StaffFigures.requirementCharts(s, r, new Text("en")).get("requirement_" + s.groups().get(0).name());
        XYDataset data = chart.getXYPlot().getDataset();
        long end = s.start().plusHours(8).atZone(s.zone()).toInstant().toEpochMilli(); // 17:00
        for (int series = 0; series < 2; series++) {
            int last = data.getItemCount(series) - 1;
            assertEquals(n, last, "one closing point after the intervals' starts");
            assertEquals(end, data.getXValue(series, last), 0);
            assertEquals(data.getYValue(series, last - 1), data.getYValue(series, last), 0, "the last interval's value, held to its end");
        }
        assertEquals(2, data.getYValue(0, n), 0);
        assertEquals(4, data.getYValue(1, n), 0);
        SvgStepEnd drawn = new SvgStepEnd(chart);
        assertEquals(drawn.x(end), drawn.rightmostLineEnd("rgb(214,39,40)"), 1e-6, "required, in the SVG, to 17:00");
        assertEquals(drawn.x(end), drawn.rightmostLineEnd("rgb(31,119,180)"), 1e-6, "staffed, in the SVG, to 17:00");
    }
}
