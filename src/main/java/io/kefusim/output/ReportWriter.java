package io.kefusim.output;

import io.kefusim.report.ChartFonts;
import io.kefusim.report.ChartSet;
import io.kefusim.report.ChartStyle;
import io.kefusim.report.HtmlReport;
import io.kefusim.report.IntervalFigures;
import io.kefusim.report.Text;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Writes the charts (charts/*.svg, and charts/*.png when asked) and report.html into a run folder. */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * @param summary    the run's summary, asked for when the charts that need it are drawn (it may
     *                   still be being worked out on another thread until then)
     * @param scenarioYaml the scenario as run, asked for when report.html is written
     * @param png also write each chart as a PNG (the slowest part of the report: only where asked)
     * @param warn told one line if Chinese PNG charts had to fall back to English labels
     * @return the path of report.html
     */
    static Path write(Path dir, Scenario s, List<Warning> warnings, List<ReplicationMetrics> reps, List<IntervalFigures> rows, Supplier<Map<String, Object>> summary,
                      Supplier<String> scenarioYaml, Text text, boolean png, Consumer<String> warn) throws IOException {
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
        new HtmlReport(s, summary.get(), warnings, text).write(html, svgs, scenarioYaml.get());
        return html;
    }
}
