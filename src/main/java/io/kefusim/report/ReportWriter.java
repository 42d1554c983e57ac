package io.kefusim.report;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes the charts (charts/*.svg, and charts/*.png when asked) and report.html into a run folder. */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * @param png also write each chart as a PNG (the slowest part of the report: only where asked)
     * @param warn told one line if Chinese PNG charts had to fall back to English labels
     * @return the path of report.html
     */
    static Path write(Path dir, Scenario s, List<ReplicationMetrics> reps, List<IntervalFigures> rows, Map<String, Object> summary,
                      String scenarioYaml, Text text, boolean png, java.util.function.Consumer<String> warn) throws IOException {
        String cjk = text.chinese() ? ChartFonts.cjkFamily() : null;
        ChartSet charts = new ChartSet(s, reps, rows, summary, text, cjk);
        Map<String, String> svgs = charts.svgElements();
        Path chartsDir = dir.resolve("charts");
        ChartStyle.writeSvgFiles(chartsDir, svgs);
        if (png && text.chinese() && cjk == null) {
            warn.accept(text.get("no_cjk_font"));
            new ChartSet(s, reps, rows, summary, new Text("en"), null).writePngs(chartsDir);
        } else if (png) {
            charts.writePngs(chartsDir);
        }
        Path html = dir.resolve("report.html");
        new HtmlReport(s, summary, text).write(html, svgs, scenarioYaml);
        return html;
    }
}
