package io.kefusim.report;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a chart's drawn lines of one colour end, in the SVG, and where a time falls on its time axis. */
final class SvgStepEnd {
    final String svg;
    final Rectangle2D dataArea;
    private final XYPlot plot;

    SvgStepEnd(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle(ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
        svg = g.getSVGElement();
        dataArea = info.getPlotInfo().getDataArea();
        plot = chart.getXYPlot();
    }

    /** The x (in the SVG) of a time on the chart's time axis. */
    double x(long epochMillis) {
        return plot.getDomainAxis().valueToJava2D(epochMillis, dataArea, plot.getDomainAxisEdge());
    }

    /** The rightmost end of the lines drawn in this colour ("rgb(255,127,14)"); NaN for none. */
    double rightmostLineEnd(String rgb) {
        Matcher m = Pattern.compile("<line x1='([-0-9.E]+)' y1='[-0-9.E]+' x2='([-0-9.E]+)'[^>]*stroke:" + Pattern.quote(rgb) + ";").matcher(svg);
        double max = Double.NaN;
        while (m.find()) {
            double a = Double.parseDouble(m.group(1)), b = Double.parseDouble(m.group(2));
            max = Double.isNaN(max) ? Math.max(a, b) : Math.max(max, Math.max(a, b));
        }
        return max;
    }
}
