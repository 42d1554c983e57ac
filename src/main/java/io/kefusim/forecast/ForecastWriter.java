package io.kefusim.forecast;

import io.kefusim.output.ResultsWriter;
import io.kefusim.report.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forecast's results folder: forecast.csv (one row per day and hour: expected, interval,
 * actual where known; the held-out days of the backtest and the days asked), forecast.json,
 * forecast.html (the backtest: forecast against what happened on held-out days) and, for each
 * day asked, demand-DATE.yaml: the scenario's demand block with the day's uncertainty.
 */
public final class ForecastWriter {
    private ForecastWriter() {}

    /** What was forecast: the days asked, the backtest, the error model, and the method in words. */
    public record Outcome(List<Forecaster.Day> asked, List<Forecaster.Day> heldOut, Forecaster.Errors errors, double level, List<String> sources,
                          List<io.kefusim.scenario.Said> notices) {}

    /**
     * The days asked, checked against the records: a forecast is for days not yet recorded, so a date on or
     * before the records' last date is refused in one line (exit 2; a date inside them is told its recorded
     * count). A date more than the records' own length (whole weeks, at least one) after their last date is
     * forecast, with a notice ({@code fc_far}): its interval is the error of a held-out day within the records
     * and does not grow with distance.
     */
    public static List<io.kefusim.scenario.Said> checkAsked(List<LocalDate> asked, java.util.SortedMap<LocalDate, long[]> history) {
        LocalDate first = history.firstKey(), last = history.lastKey();
        for (LocalDate d : asked) {
            if (d.isAfter(last)) continue;
            String range = first + " to " + last, rangeZh = first + " 至 " + last;
            String allowed = "; allowed: dates after " + last + " (a forecast is for days not yet recorded)";
            String allowedZh = "；允许：" + last + " 之后的日期（预测针对尚未记录的日子）";
            if (d.isBefore(first)) {
                throw new io.kefusim.scenario.ScenarioException("--for", 0, null, d + " is before the records (" + range + ")" + allowed,
                        d + " 在记录之前（" + rangeZh + "）" + allowedZh);
            }
            long[] hours = history.get(d);
            long n = 0;
            if (hours != null) for (long h : hours) n += h;
            throw new io.kefusim.scenario.ScenarioException("--for", 0, null, d + " is inside the records (" + range + "): " + n + " buyers were recorded that day" + allowed,
                    d + " 在记录之内（" + rangeZh + "）：当天记录有 " + n + " 名买家" + allowedZh);
        }
        int weeks = (int) Math.max(1, (last.toEpochDay() - first.toEpochDay() + 1) / 7);
        List<io.kefusim.scenario.Said> out = new ArrayList<>();
        for (LocalDate d : asked) {
            long after = d.toEpochDay() - last.toEpochDay();
            if (after > 7L * weeks) out.add(new io.kefusim.scenario.Said("fc_far", d.toString(), after / 7, last.toString(), weeks));
        }
        return out;
    }

    public static void write(Path dir, Outcome o, Text text) throws IOException {
        StringBuilder csv = new StringBuilder("kind,date,hour,expected,lo,hi,actual\n");
        for (String kind : List.of("forecast", "backtest")) {
            for (Forecaster.Day d : kind.equals("forecast") ? o.asked() : o.heldOut()) {
                for (int h = 0; h < 24; h++) {
                    csv.append(kind).append(',').append(d.date()).append(',').append(String.format(Locale.ROOT, "%02d:00", h)).append(',')
                            .append(num(d.expected()[h])).append(',').append(num(d.lo()[h])).append(',').append(num(d.hi()[h])).append(',')
                            .append(d.actual() == null ? "" : Long.toString(d.actual()[h])).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("forecast.csv"), csv);
        ResultsWriter.JSON.writeValue(dir.resolve("forecast.json").toFile(), json(o));
        Files.writeString(dir.resolve("forecast.html"), html(o, text));
        for (Forecaster.Day d : o.asked()) Files.writeString(dir.resolve("demand-" + d.date() + ".yaml"), demandBlock(d, o));
    }

    /** The method, said once for the json ({@code method}, {@code method_zh}) and the page, in the reader's language. */
    static String method(Outcome o, Text text) {
        return text.get("fc_method", Forecaster.DRAWS, Math.round(o.level() * 100));
    }

    /** A date's weekday as the page says it: SAT, 周六. */
    static String weekday(LocalDate d, Text text) {
        return text.get("fc_weekdays").split(" ")[d.getDayOfWeek().getValue() - 1];
    }

    private static Map<String, Object> json(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method(o, new Text("en")));
        m.put("method_zh", method(o, new Text("zh")));
        m.put("records", o.sources());
        m.put("level", o.level());
        m.put("notices", o.notices().stream().map(n -> io.kefusim.report.WarningText.say(new Text("en"), n)).toList());
        m.put("notices_zh", o.notices().stream().map(n -> io.kefusim.report.WarningText.say(new Text("zh"), n)).toList());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("day_log_error_mean", o.errors().meanLog());
        e.put("day_log_error_sd", o.errors().sdLog());
        e.put("held_out_days", o.errors().n());
        e.put("hour_overdispersion_phi", o.errors().phi());
        m.put("errors", e);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("held_out_days", o.heldOut().size());
        b.put("open_hours", Forecaster.openHours(o.heldOut()));
        b.put("hours_inside_interval", Forecaster.intervalCoverage(o.heldOut()));
        b.put("days_inside_interval", Forecaster.dayCoverage(o.heldOut()));
        b.put("note", "an hour counts when at least " + Forecaster.OPEN_HOUR + " buyer is expected; each held-out day's profile and error model are estimated without it");
        m.put("backtest", b);
        List<Object> days = new ArrayList<>();
        for (Forecaster.Day d : o.asked()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", d.date().toString());
            x.put("sale", d.sale());
            x.put("expected", d.total());
            x.put("interval", List.of(d.totalLo(), d.totalHi()));
            if (d.actual() != null) x.put("actual", d.actualTotal());
            if (d.growth() != null) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("value", d.growth().value());
                g.put("estimated_from_preheat_days", d.growth().n());
                if (d.growth().estimated()) g.put("ci95", List.of(d.growth().lo(), d.growth().hi()));
                g.put("earlier_sale", d.growth().earlierSale().toString());
                x.put("growth", g);
            }
            List<Object> hours = new ArrayList<>();
            for (int h = 0; h < 24; h++) hours.add(List.of(d.expected()[h], d.lo()[h], d.hi()[h]));
            x.put("hours_expected_lo_hi", hours);
            days.add(x);
        }
        m.put("days", days);
        return m;
    }

    /**
     * The demand block of a scenario for one day: its expected hours as the pattern, and its
     * day-level uncertainty as {@code demand.uncertainty.scale}: lognormal with mean 1 and the
     * forecast's predictive log-sd s (sd = sqrt(exp(s²) − 1)).
     */
    static String demandBlock(Forecaster.Day d, Outcome o) {
        double s = d.growth() != null && d.growth().estimated() ? d.growth().sdLog() * Math.sqrt(1 + 1.0 / d.growth().n())
                : o.errors().sdLog() * Math.sqrt(1 + 1.0 / o.errors().n());
        StringBuilder y = new StringBuilder();
        y.append("# kefusim forecast for ").append(d.date()).append(d.sale() ? " (sale day)" : "").append(": ")
                .append(Math.round(d.total())).append(" buyers expected, ").append(Math.round(o.level() * 100)).append("% interval ")
                .append(Math.round(d.totalLo())).append("–").append(Math.round(d.totalHi())).append("\n");
        y.append("# paste under a scenario whose start is ").append(d.date()).append("T00:00; mix: your own buyer types\n");
        y.append("demand:\n  pattern:\n    hourly: [");
        for (int h = 0; h < 24; h++) y.append(h == 0 ? "" : ", ").append(num(d.expected()[h]));
        y.append("]\n  scale: 1.0\n  uncertainty:\n    scale: {dist: lognormal, mean: 1.0, sd: ")
                .append(String.format(Locale.ROOT, "%.4f", Math.sqrt(Math.exp(s * s) - 1))).append("}\n");
        return y.toString();
    }

    static String html(Outcome o, Text text) {
        StringBuilder p = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(text.get("fc_title")).append("</title><style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}"
                        + "svg{background:#fafafa;margin:4px}td,th{padding:2px 8px;text-align:right}</style></head><body>");
        p.append("<h1>").append(text.get("fc_title")).append("</h1>");
        p.append("<p class=\"verdict\">").append(text.get("fc_backtest_sentence", o.heldOut().size(), pct(Forecaster.intervalCoverage(o.heldOut())),
                Forecaster.openHours(o.heldOut()), Math.round(o.level() * 100), pct(Forecaster.dayCoverage(o.heldOut())))).append("</p>");
        p.append("<p><small>").append(esc(method(o, text))).append("</small></p>");
        if (!o.asked().isEmpty()) {
            p.append("<h2>").append(text.get("fc_days_asked")).append("</h2><table><tr><th>").append(text.get("fc_date")).append("</th><th>")
                    .append(text.get("fc_expected")).append("</th><th>").append(text.get("fc_interval", Math.round(o.level() * 100))).append("</th></tr>");
            for (Forecaster.Day d : o.asked()) {
                p.append("<tr><td>").append(d.date()).append(d.sale() ? " ★" : "").append("</td><td>").append(Math.round(d.total()))
                        .append("</td><td>").append(Math.round(d.totalLo())).append("–").append(Math.round(d.totalHi())).append("</td></tr>");
            }
            p.append("</table>");
            for (io.kefusim.scenario.Said n : o.notices()) p.append("<p class=\"notice\">").append(esc(io.kefusim.report.WarningText.say(text, n))).append("</p>");
            double top = scaleTop(o.asked());
            p.append("<p><small>").append(esc(text.get("fc_panels_asked", Math.round(o.level() * 100), Math.round(top)))).append("</small></p>");
            for (Forecaster.Day d : o.asked()) p.append(chart(d, text, top));
            hourTable(p, o, text);
        }
        p.append("<h2>").append(text.get("fc_held_out")).append("</h2>");
        double top = scaleTop(o.heldOut());
        p.append("<p><small>").append(esc(text.get("fc_panels_held_out", Math.round(o.level() * 100), Math.round(top)))).append("</small></p>");
        for (Forecaster.Day d : o.heldOut()) p.append(chart(d, text, top));
        return p.append("</body></html>\n").toString();
    }

    /** The asked days' hours: expected buyers and interval, one column per day. */
    private static void hourTable(StringBuilder p, Outcome o, Text text) {
        p.append("<h3>").append(esc(text.get("fc_by_hour", Math.round(o.level() * 100)))).append("</h3><table><tr><th>").append(text.get("fc_hour")).append("</th>");
        for (Forecaster.Day d : o.asked()) p.append("<th>").append(d.date()).append(' ').append(weekday(d.date(), text)).append("</th>");
        p.append("</tr>");
        for (int k = 0; k < 24; k++) {
            p.append("<tr><td>").append(String.format(Locale.ROOT, "%02d:00", k)).append("</td>");
            for (Forecaster.Day d : o.asked()) {
                p.append("<td>").append(String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", d.expected()[k], d.lo()[k], d.hi()[k])).append("</td>");
            }
            p.append("</tr>");
        }
        p.append("</table>");
    }

    /** The panels' shared top: a round number above every band's top and every actual hour, so a small day looks small. */
    static double scaleTop(List<Forecaster.Day> days) {
        double max = 1;
        for (Forecaster.Day d : days) {
            for (int k = 0; k < 24; k++) max = Math.max(max, Math.max(d.hi()[k], d.actual() == null ? 0 : d.actual()[k]));
        }
        double step = tickStep(max);
        return Math.ceil(max / step - 1e-9) * step;
    }

    /** A round tick step giving about four ticks up to {@code max}: 1, 2, 5, 10, 20, 50, ... */
    static double tickStep(double max) {
        double raw = max / 4, pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * pow >= raw) return Math.max(1, m * pow);
        return Math.max(1, 10 * pow);
    }

    /**
     * One day: the interval as a band, the forecast as a line, what happened as dots; hours 00–23
     * along the bottom, buyers per hour up the side, on the scale {@code top} the page's panels share.
     */
    static String chart(Forecaster.Day d, Text text, double top) {
        int w = 460, h = 200, left = 42, right = 10, upper = 22, lower = 30;
        java.util.function.IntFunction<Double> x = k -> left + k * (w - left - right) / 23.0;
        java.util.function.DoubleFunction<Double> yv = v -> h - lower - v / top * (h - upper - lower);
        StringBuilder band = new StringBuilder(), line = new StringBuilder(), dots = new StringBuilder(), axes = new StringBuilder();
        for (int k = 0; k < 24; k++) band.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(k), yv.apply(d.hi()[k])));
        for (int k = 23; k >= 0; k--) band.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(k), yv.apply(d.lo()[k])));
        for (int k = 0; k < 24; k++) line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(k), yv.apply(d.expected()[k])));
        if (d.actual() != null) {
            for (int k = 0; k < 24; k++) {
                boolean in = d.actual()[k] >= d.lo()[k] && d.actual()[k] <= d.hi()[k];
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x.apply(k), yv.apply(d.actual()[k]), in ? "#222" : "#d33"));
            }
        }
        double step = tickStep(top);
        for (double v = 0; v <= top + 1e-9; v += step) { // the y-axis: buyers per hour, grid lines at round numbers
            axes.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" class=\"ytick\">%s</text>",
                    left, yv.apply(v), w - right, yv.apply(v), left - 4, yv.apply(v) + 3, Math.round(v)));
        }
        for (int k = 0; k < 24; k += 3) { // the hours
            axes.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" class=\"xtick\">%02d</text>",
                    x.apply(k), h - lower, x.apply(k), h - lower + 4, x.apply(k), h - lower + 14, k));
        }
        axes.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, h - lower, w - right, h - lower));
        axes.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", (left + w - right) / 2, h - 3, esc(text.get("fc_axis_hour"))));
        axes.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" transform=\"rotate(-90 10 %d)\">%s</text>",
                (upper + h - lower) / 2, (upper + h - lower) / 2, esc(text.get("ch_chats_per_hour"))));
        return "<svg width=\"" + w + "\" height=\"" + h + "\" role=\"img\"><text x=\"" + left + "\" y=\"14\" font-size=\"12\">" + d.date() + " " + weekday(d.date(), text)
                + (d.actual() == null ? "" : " · " + d.actualTotal() + " / " + Math.round(d.total())) + "</text>" + axes
                + "<polygon points=\"" + band + "\" fill=\"#9ecae1\" opacity=\"0.6\"/><polyline points=\"" + line + "\" fill=\"none\" stroke=\"#08519c\"/>" + dots + "</svg>";
    }

    private static String pct(double v) { return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100); }

    private static String num(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /** Dates of the forecast days, for messages. */
    static List<LocalDate> dates(List<Forecaster.Day> days) { return days.stream().map(Forecaster.Day::date).toList(); }
}
