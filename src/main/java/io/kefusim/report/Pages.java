package io.kefusim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small pages of fit and backtest: the run report's style, inline SVG charts, no script. */
public final class Pages {
    final StringBuilder h = new StringBuilder();
    final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    final ChartStyle style;
    final Text text;

    public Pages(Text text, String title, String subtitle) {
        this.text = text;
        this.style = new ChartStyle(text.chinese() ? ChartFonts.cjkFamily() : null);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(text.chinese() ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title)).append("</title>\n<style>")
                .append(HtmlReport.CSS).append(".verdict{font-size:17px;margin:12px 0;padding:10px 14px;border-left:4px solid #1f77b4;background:#eef5fb}")
                .append(".findings{margin:0 0 12px;padding-left:22px}.findings li{margin:4px 0}")
                .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(title)).append("</h1><p class=\"sub\">").append(esc(subtitle)).append("</p></header>\n");
    }

    public static String esc(String s) { return HtmlReport.esc(s); }

    /** The scenario warnings' block, what all plans share first (nothing when there are none). */
    public Pages warnings(Map<String, List<io.kefusim.sanity.Warning>> byPlan) {
        h.append(WarningText.html(text, WarningText.shared(byPlan)));
        return this;
    }

    public Pages verdict(String sentence) {
        h.append("<p class=\"verdict\">").append(esc(sentence)).append("</p>\n");
        return this;
    }

    /** A list under the verdict: one line per plan or finding. */
    public Pages bullets(List<String> lines) {
        if (lines.isEmpty()) return this;
        h.append("<ul class=\"findings\">");
        for (String l : lines) h.append("<li>").append(esc(l)).append("</li>");
        h.append("</ul>\n");
        return this;
    }

    /**
     * Issue 31: each plan's split of its figures' spread into demand's share and the simulation's
     * own noise ({@link DemandSpreadText#byPlan}), labelled by {@code labels} (key → words);
     * nothing when no plan's demand is uncertain.
     */
    public Pages demandSpread(Map<String, Object> byPlan, Map<String, String> labels) {
        h.append(DemandSpreadText.html(text, byPlan, labels));
        return this;
    }

    public Pages heading(String title) {
        h.append("<h2>").append(esc(title)).append("</h2>\n");
        return this;
    }

    public Pages para(String text) {
        h.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A line chart: series drawn as lines (or points where {@code points}), colours in order. */
    public Pages chart(String key, String title, String xLabel, String yLabel, XYDataset data, boolean[] points, boolean percent) {
        NumberAxis x = new NumberAxis(xLabel), y = new NumberAxis(yLabel);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        JFreeChart c = add(key, title, new XYPlot(data, x, y, r));
        if (percent) ChartStyle.percentTicks(y);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            boolean p = points != null && i < points.length && points[i];
            r.setSeriesLinesVisible(i, !p);
            r.setSeriesShapesVisible(i, p);
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            r.setSeriesPaint(i, COLORS[i % COLORS.length]);
        }
        return this;
    }

    static final Color[] COLORS = {ChartStyle.BLUE, new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
            new Color(0x8c564b), new Color(0x7f7f7f)};

    /** The charts added so far, by key, in the page's order (what is drawn: tests read them back). */
    public Map<String, JFreeChart> charts() {
        return java.util.Collections.unmodifiableMap(charts);
    }

    /** Adds a chart, themed first (a theme resets series colours, so callers set them after). */
    public JFreeChart add(String key, String title, XYPlot plot) {
        JFreeChart c = style.themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        charts.put(key, c);
        h.append("@@chart:").append(key).append("@@\n");
        return c;
    }

    /** An SVG drawn elsewhere (a chart already made), inline. */
    public Pages svg(String key, String svg) {
        h.append("<figure class=\"chart\" id=\"fig-").append(esc(key)).append("\">").append(svg).append("</figure>\n");
        return this;
    }

    public Pages table(List<String> head, List<List<String>> rows) {
        h.append("<table><thead><tr>");
        for (String c : head) h.append("<th>").append(esc(c)).append("</th>");
        h.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) h.append(i == 0 ? "<th>" : "<td>").append(esc(row.get(i))).append(i == 0 ? "</th>" : "</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        return this;
    }

    public void write(Path file) throws IOException {
        Map<String, String> svgs = ChartStyle.svgElements(charts);
        String page = h.toString();
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            page = page.replace("@@chart:" + e.getKey() + "@@", "<figure class=\"chart\" id=\"fig-" + e.getKey() + "\">" + e.getValue() + "</figure>");
        }
        page += "<footer>kefusim</footer>\n</body>\n</html>\n";
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }
}
