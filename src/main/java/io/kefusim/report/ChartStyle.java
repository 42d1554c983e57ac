package io.kefusim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.Map;

/** The look shared by all kefusim charts, and writing charts as SVG and PNG. */
public final class ChartStyle {
    public static final int WIDTH = 960, HEIGHT = 420;
    public static final Color BLUE = new Color(0x1f77b4), ORANGE = new Color(0xff7f0e), GREEN = new Color(0x2ca02c),
            RED = new Color(0xd62728), GREY = new Color(0x7f7f7f), PURPLE = new Color(0x9467bd), BROWN = new Color(0x8c564b);
    static final Color[] PALETTE = {BLUE, ORANGE, GREEN, RED, PURPLE, BROWN, GREY};

    /**
     * The fonts a browser draws chart text with: the report page's own list, so a chart's Chinese
     * is drawn by the reader's fonts (any Chinese desktop or phone has one), not by this machine's.
     */
    static final String BROWSER_FONTS = "-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif";

    static {
        // JFreeChart draws rotated text (a vertical axis's label) as glyph outlines by default, an old
        // workaround for a JDK bug long fixed: outlines take the shapes from this JVM's fonts, so on a
        // machine without a CJK font the SVG's Chinese axis labels were empty boxes. Drawn as strings,
        // they are SVG <text> like every other label, and PNGs are drawn the same as before.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final StandardChartTheme theme;

    /** @param fontFamily a family able to draw the labels (a CJK one for Chinese), or null for the default */
    public ChartStyle(String fontFamily) {
        StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        String family = fontFamily != null ? fontFamily : Font.SANS_SERIF;
        t.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        t.setLargeFont(new Font(family, Font.BOLD, 14));
        t.setRegularFont(new Font(family, Font.PLAIN, 12));
        t.setSmallFont(new Font(family, Font.PLAIN, 10));
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xdddddd));
        t.setRangeGridlinePaint(new Color(0xdddddd));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setShadowVisible(false);
        theme = t;
    }

    /**
     * Applies fonts and backgrounds. Call it before setting series colours and tick formats,
     * which applying a theme would reset.
     */
    public JFreeChart themed(JFreeChart c) {
        theme.apply(c);
        return c;
    }

    public static DeviationRenderer bandRenderer(Color... colors) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesFillPaint(i, colors[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.25f);
        return r;
    }

    /**
     * Adds an estimate as a point with its 95% band (times {@code scale}, not below 0, not above
     * {@code max}: 1 for shares). Returns the band's top, for axis ranges; nothing is added
     * for an undefined estimate.
     */
    static double band(org.jfree.data.xy.YIntervalSeries series, double x, io.kefusim.metrics.Estimate e, double scale, double max) {
        if (e.mean() == null) return 0;
        double m = e.mean() * scale, h = e.ci95() == null ? 0 : e.ci95() * scale;
        series.add(x, m, Math.max(0, m - h), Math.min(max, m + h));
        return m + h;
    }

    /**
     * Draws a step line's last step to the end of its interval: the last value again at
     * {@code end}. A step renderer joins points at interval starts, so without it the line stops
     * at the last interval's start and the last interval looks unstaffed. Nothing is added after
     * an undefined last value.
     */
    static void stepToEnd(org.jfree.data.xy.XYSeries series, double end) {
        int n = series.getItemCount();
        if (n == 0 || series.getY(n - 1) == null || end <= series.getX(n - 1).doubleValue()) return;
        series.add(end, series.getY(n - 1));
    }

    static NumberAxis percentAxis(String label) {
        return percentTicks(new NumberAxis(label));
    }

    /**
     * Ticks as percentages chosen for percentages: 0.25%, 0.5%, 1%, ... A plain percent format
     * over the default ticks would label 0.005 and 0.01 both "1%".
     */
    public static NumberAxis percentTicks(NumberAxis axis) {
        NumberFormat f = NumberFormat.getPercentInstance(java.util.Locale.ROOT);
        f.setMaximumFractionDigits(2);
        axis.setNumberFormatOverride(null);
        axis.setStandardTickUnits(new org.jfree.chart.axis.NumberTickUnitSource(false, f));
        return axis;
    }

    ValueMarker marker(double value, String label) {
        ValueMarker m = new ValueMarker(value, RED, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{4, 4}, 0));
        m.setLabel(label);
        m.setLabelPaint(RED);
        m.setLabelFont(theme.getRegularFont().deriveFont(Font.BOLD));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }

    /**
     * Each chart as an SVG element sized by its view box, so a page can scale it. Charts are
     * drawn in parallel (each chart by one thread: a chart is not drawn by two at once); the
     * map keeps the charts' order.
     */
    public static Map<String, String> svgElements(Map<String, JFreeChart> charts) {
        List<String> names = new ArrayList<>(charts.keySet());
        return svgElements(names, i -> charts.get(names.get(i)));
    }

    /**
     * The same, for charts made by {@code chart} (given a chart's place in {@code names}) on the
     * thread that draws them: a chart whose figures are still being worked out elsewhere holds up
     * only that thread, while the others draw the rest.
     */
    static Map<String, String> svgElements(List<String> names, IntFunction<JFreeChart> chart) {
        String[] out = new String[names.size()];
        IntStream.range(0, names.size()).parallel().forEach(i -> {
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
            g.setDefsKeyPrefix(names.get(i) + "-"); // several SVGs inline in one page must not share ids
            g.setFontFunction(family -> BROWSER_FONTS); // text as text, in the reader's fonts (see BROWSER_FONTS)
            chart.apply(i).draw(g, new Rectangle(WIDTH, HEIGHT));
            out[i] = g.getSVGElement("chart-" + names.get(i), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        });
        Map<String, String> svgs = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) svgs.put(names.get(i), out[i]);
        return svgs;
    }

    /** Writes DIR/NAME.svg for each element. */
    public static void writeSvgFiles(Path dir, Map<String, String> svgs) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + e.getValue().replaceFirst("<svg ", "<svg width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" "));
        }
    }

    /** Writes DIR/NAME.png for each chart, charts in parallel. */
    public static void writePngs(Path dir, Map<String, JFreeChart> charts) throws IOException {
        Files.createDirectories(dir);
        try {
            charts.entrySet().parallelStream().forEach(e -> {
                try (OutputStream out = Files.newOutputStream(dir.resolve(e.getKey() + ".png"))) {
                    ChartUtils.writeChartAsPNG(out, e.getValue(), WIDTH, HEIGHT);
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        }
    }
}
