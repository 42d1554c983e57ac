package io.kefusim.output;

import io.kefusim.report.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Loads and links the report's libraries (JFreeChart and its SVG writer, Jackson's JSON and
 * YAML writers, the spreadsheet writer) on a background thread while the simulation runs, by
 * drawing a tiny chart and writing tiny files into memory. A cold JVM spends a few tenths of a
 * second loading these classes; done here, that time overlaps the simulation instead of
 * following it. Nothing is written anywhere and nothing it does changes a result.
 */
public final class Warmup {
    private Warmup() {}

    /** Starts the warm-up on a daemon thread (which the JVM does not wait for). */
    public static void start() {
        Thread t = new Thread(Warmup::run, "kefusim-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            XYSeries series = new XYSeries("warm-up");
            for (int i = 0; i < 48; i++) series.add(i * 3_600_000L, Math.sin(i));
            XYPlot plot = new XYPlot(new XYSeriesCollection(series), new DateAxis(), ChartStyle.percentTicks(new NumberAxis()),
                    new XYLineAndShapeRenderer(true, false));
            JFreeChart chart = new ChartStyle(null).themed(new JFreeChart("warm-up", plot));
            ChartStyle.svgElements(Map.of("warmup", chart));
            ResultsWriter.JSON.writeValueAsString(Map.of("a", List.of(1.5, 2)));
            ResultsWriter.YAML.writeValueAsString(Map.of("a", "20:00"));
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(new ByteArrayOutputStream(), "kefusim", "1.0");
            wb.newWorksheet("w").value(0, 0, 1.5);
            wb.finish();
        } catch (Exception | LinkageError e) {
            // only a head start: the report does the same work again and reports any real problem
        }
    }
}
