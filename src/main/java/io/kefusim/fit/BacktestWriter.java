package io.kefusim.fit;

import io.kefusim.output.Csv;
import io.kefusim.output.ResultsWriter;
import io.kefusim.report.Text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** backtest.json, backtest.csv, backtest.html, and the console summary. */
public final class BacktestWriter {
    private BacktestWriter() {}

    public static void write(Path dir, Backtest.Result r, List<io.kefusim.sanity.Warning> warnings, Text text) throws IOException {
        r.json().put("warnings", io.kefusim.report.WarningText.json(warnings)); // as summary.json holds them
        // what the records' reading left out (phantoms, unreadable rows, unused columns), as fit says it: the observed side is counted without them
        r.json().put("notices", r.read().told(false).stream().map(n -> io.kefusim.report.WarningText.say(new Text("en"), n)).toList());
        r.json().put("notices_zh", r.read().told(true).stream().map(n -> io.kefusim.report.WarningText.say(new Text("zh"), n)).toList());
        ResultsWriter.JSON.writeValue(dir.resolve("backtest.json").toFile(), r.json());
        if (!r.rows().isEmpty()) {
            List<String> header = new ArrayList<>(r.rows().get(0).keySet());
            try (Csv csv = new Csv(dir.resolve("backtest.csv"), header)) {
                for (Map<String, Object> row : r.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (String h : header) {
                        Object v = row.get(h);
                        cells.add(v == null ? "" : v instanceof Double d ? Csv.num(d) : v.toString());
                    }
                    csv.row(cells);
                }
            }
        }
        BacktestPage.write(dir, r, warnings, text);
    }

    /** One line per figure: observed against simulated over the period, and the share of hours inside the band. */
    @SuppressWarnings("unchecked")
    public static List<String> summary(Backtest.Result r, Text text) {
        List<String> out = new ArrayList<>();
        Map<String, Object> overall = (Map<String, Object>) r.json().get("overall");
        out.add(text.get("bt_head", r.json().get("replications")));
        int column = 36;
        for (String key : overall.keySet()) column = Math.max(column, width(label(r, text, key)) + 1);
        for (Map.Entry<String, Object> e : overall.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            boolean share = !e.getKey().endsWith("_s");
            String label = label(r, text, e.getKey());
            out.add(String.format(Locale.ROOT, "  %s%s %s %10s   %s %10s   %s %s   %s %s", label, " ".repeat(Math.max(1, column - width(label))),
                    text.get("bt_observed"), fmt(f.get("observed"), share, text), text.get("bt_simulated"), fmt(f.get("simulated"), share, text),
                    text.get("bt_inside"), inside(f.get("inside_band_share"), text), text.get("bt_mae"), mae(f.get("mae"), share, text)));
        }
        out.add("");
        out.addAll(BacktestVerdict.lines(r, text));
        return out;
    }

    /** A figure's label; the service level names its target, as run's does ("Answered within 20 s (service level)"). */
    static String label(Backtest.Result r, Text text, String key) {
        return key.equals("service_level") ? io.kefusim.report.Words.serviceLevel(text, r.scenario(), "w_service_level") : text.get("bt_" + key);
    }

    /** Display columns: Chinese characters take two. */
    private static int width(String s) {
        int width = 0;
        for (char c : s.toCharArray()) width += c >= 0x2E80 ? 2 : 1;
        return width;
    }

    /** A figure in the reader's units: a share as a percentage, a time in seconds ("36.9 s", "36.9 秒"); "-" when there is none. */
    static String fmt(Object v, boolean share, Text text) {
        if (v == null) return "-";
        double d = (Double) v;
        return share ? text.get("bt_percent", d * 100) : text.get("bt_seconds", d);
    }

    /** A mean absolute error: of shares in percentage points ("5.5 pp", "5.5 个百分点"), of times in seconds. */
    static String mae(Object v, boolean share, Text text) {
        if (v == null) return "-";
        double d = (Double) v;
        return share ? text.get("bt_pp", d * 100) : text.get("bt_seconds", d);
    }

    /** The share of hours inside the band, or, when no hour could be compared, that said in words (never "NaN%"). */
    static String inside(Object share, Text text) {
        return share == null ? text.get("bt_no_hour") : String.format(Locale.ROOT, "%5.1f%%", (Double) share * 100);
    }
}
