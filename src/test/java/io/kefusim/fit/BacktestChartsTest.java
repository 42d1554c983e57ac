package io.kefusim.fit;

import io.kefusim.report.ChartStyle;
import io.kefusim.report.Pages;
import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * backtest.html's charts (tester22): the band and mean break where the records have no hour (the
 * bank's 02-12 14:00 to 02-13 19:00, closed), not drawn straight across it; an hour with fewer than
 * 10 buyers (not judged) is drawn hollow, in a legend line of its own; a time figure's axis says seconds.
 */
class BacktestChartsTest {
    private static Map<String, Object> row(String start, int buyers, double observed, double mean, double low, double high) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("interval_start", start);
        row.put("buyers_observed", buyers);
        for (String fig : List.of("abandon_share", "queue_wait_mean_s")) {
            double scale = fig.endsWith("_s") ? 100 : 1;
            row.put(fig + "_observed", observed * scale);
            row.put(fig + "_simulated", mean * scale);
            row.put(fig + "_low", low * scale);
            row.put(fig + "_high", high * scale);
        }
        return row;
    }

    private static Backtest.Result result() {
        List<Map<String, Object>> rows = new ArrayList<>(List.of(
                row("1999-02-12T12:00", 40, 0.2, 0.25, 0.1, 0.4),
                row("1999-02-12T13:00", 30, 0.3, 0.3, 0.15, 0.45),
                row("1999-02-12T14:00", 1, 1.0, 0.6, 0.0, 1.0), // one buyer, who gave up: 100%, not judged
                row("1999-02-13T19:00", 25, 0.1, 0.15, 0.05, 0.3), // 29 closed hours before it
                row("1999-02-13T20:00", 20, 0.05, 0.1, 0.0, 0.25)));
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("abandon_share", Map.of());
        overall.put("queue_wait_mean_s", Map.of());
        json.put("overall", overall);
        json.put("period", Map.of("from", "1999-02-12T00:00", "to", "1999-02-14T00:00"));
        return new Backtest.Result(ScenarioLoader.load(Path.of("scenarios/classroom-response-time.yaml"), List.of()), json, rows, null);
    }

    private static Map<String, JFreeChart> charts(Text text) {
        Pages p = new Pages(text, "t", "s");
        BacktestPage.charts(p, result(), text);
        return p.charts();
    }

    @Test
    void bandsBreakAtClosedHoursAndUnjudgedHoursAreHollow() {
        Map<String, JFreeChart> charts = charts(new Text("en"));
        for (String fig : List.of("abandon_share", "queue_wait_mean_s")) {
            XYPlot plot = charts.get(fig).getXYPlot();
            XYDataset band = plot.getDataset(0), dots = plot.getDataset(1);
            assertEquals(2, band.getSeriesCount(), fig + ": two runs of hours, broken at the closed 29");
            assertEquals(3, band.getItemCount(0));
            assertEquals(2, band.getItemCount(1));
            assertEquals(14 / 24.0, band.getXValue(0, 2), 1e-12, "the first run ends at 02-12 14:00");
            assertEquals(1 + 19 / 24.0, band.getXValue(1, 0), 1e-12, "the second starts at 02-13 19:00");
            assertFalse(plot.getRenderer(0).getLegendItems().getItemCount() > 1, "one legend line for the band");
            assertEquals(2, dots.getSeriesCount(), fig + ": judged and unjudged hours apart");
            assertEquals(4, dots.getItemCount(0));
            assertEquals(1, dots.getItemCount(1));
            assertEquals("observed, fewer than 10 buyers (not judged)", dots.getSeriesKey(1));
            assertEquals(14 / 24.0, dots.getXValue(1, 0), 1e-12);
            assertEquals(fig.endsWith("_s") ? 100 : 1, dots.getYValue(1, 0), 1e-12);
            var dotRenderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer(1);
            assertFalse(dotRenderer.getItemShapeFilled(1, 0), "hollow");
            assertTrue(dotRenderer.getItemShapeFilled(0, 0), "judged hours filled");
        }
        assertEquals("Abandon share", charts.get("abandon_share").getXYPlot().getRangeAxis().getLabel());
        assertEquals("Queue wait of those taken, mean (s)", charts.get("queue_wait_mean_s").getXYPlot().getRangeAxis().getLabel());
        String svg = ChartStyle.svgElements(charts).get("queue_wait_mean_s");
        assertTrue(svg.contains("observed, fewer than 10 buyers (not judged)"), "the legend line, drawn");
        assertTrue(svg.contains("Queue wait of those taken, mean (s)"));

        Map<String, JFreeChart> zh = charts(new Text("zh"));
        assertEquals("被接待者的平均排队时长（秒）", zh.get("queue_wait_mean_s").getXYPlot().getRangeAxis().getLabel());
        assertEquals("实际，买家少于 10 人（不计入判定）", zh.get("abandon_share").getXYPlot().getDataset(1).getSeriesKey(1));
    }
}
