package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no network):
 * headline figures first, then the charts, then per-day, per-type and per-group tables, then
 * the scenario as run. Every string that comes from the scenario is escaped. Headline
 * figures carry their exact values in {@code data-mean} / {@code data-ci95} attributes.
 */
public final class HtmlReport {
    private final Scenario s;
    private final Map<String, Object> summary;
    private final List<Warning> warnings;
    private final Text text;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    public HtmlReport(Scenario s, Map<String, Object> summary, List<Warning> warnings, Text text) {
        this.s = s;
        this.summary = summary;
        this.warnings = warnings;
        this.text = text;
    }

    public static String esc(String v) {
        if (v == null) return "";
        StringBuilder b = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    public void write(Path file, Map<String, String> svgs, String scenarioYaml) throws IOException {
        Map<String, Object> t = (Map<String, Object>) summary.get("totals");
        String lang = text.chinese() ? "zh-CN" : "en";
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(text.get("html_title") + " — " + s.name())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(text.get("html_title"))).append("</h1>\n<p class=\"sub\"><b>")
                .append(esc(s.name())).append("</b> · ")
                .append(esc(text.get("labelled", text.get("html_period"), text.get("bracketed", s.start().toString().replace('T', ' ') + " – "
                        + s.start().plusSeconds((long) s.horizon()).toString().replace('T', ' '), s.zone().getId()))))
                .append("</p>\n<p class=\"sub\">")
                .append(esc(text.get("html_runs", ((Number) summary.get("replications")).intValue(), ((Number) summary.get("seed")).longValue())))
                .append("</p></header>\n");
        h.append(WarningText.html(text, warnings));
        h.append(DemandSpreadText.html(DemandSpreadText.lines(text, summary))); // issue 31

        appendHeadline(t);

        h.append("<section id=\"charts\"><h2>").append(esc(text.get("html_charts"))).append("</h2>\n");
        // The page is written in pieces, each chart its own: a dash in the title makes the page's
        // text two bytes a character, and encoding the charts' hundreds of kilobytes from that
        // form costs more than the rest of the page; alone, an English chart is copied as it is.
        List<String> pieces = new ArrayList<>();
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            h.append("<figure class=\"chart\" id=\"fig-").append(esc(e.getKey())).append("\">");
            pieces.add(h.toString());
            h.setLength(0);
            pieces.add(e.getValue());
            h.append("</figure>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"tables\"><h2>").append(esc(text.get("html_tables"))).append("</h2>\n");
        chatTable("by_day", text.get("html_by_day"), text.get("html_date"));
        chatTable("by_type", text.get("by_type"), text.get("type"));
        groupTable();
        h.append("</section>\n");

        h.append("<section id=\"scenario\"><h2>").append(esc(text.get("html_scenario"))).append("</h2>\n<details><summary>scenario.yaml</summary><pre>")
                .append(esc(scenarioYaml)).append("</pre></details></section>\n");
        h.append("<footer>").append(esc(text.get("html_footer"))).append("</footer>\n</body>\n</html>\n");
        pieces.add(h.toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String piece : pieces) out.write(piece.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The headline section alone (cards and worst hours), as the studio shows it while replications finish. */
    @SuppressWarnings("unchecked")
    public String headline() {
        StringBuilder before = new StringBuilder(h);
        h.setLength(0);
        appendHeadline((Map<String, Object>) summary.get("totals"));
        String out = h.toString();
        h.setLength(0);
        h.append(before);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void appendHeadline(Map<String, Object> t) {
        h.append("<section id=\"headline\"><h2>").append(esc(text.get("html_headline"))).append("</h2>\n<div class=\"cards\">\n");
        headlineCards(t);
        card("totals.lost_orders", text.get("lost_orders"), (Estimate) t.get("lost_orders"), false, null);
        String recoverable = Words.channel(text, s, "m_recoverable_note", RecoverableWords.amount(text, (Estimate) t.get("lost_sales_recoverable"))); // a phone desk's words: the pick-up, not typing
        card("totals.lost_sales", text.get("lost_sales"), (Estimate) t.get("lost_sales"), false, recoverable);
        if (t.containsKey("lost_margin")) {
            card("totals.lost_margin", text.get("w_lost_margin"), (Estimate) t.get("lost_margin"), false,
                    Words.channel(text, s, "m_recoverable_note", RecoverableWords.amount(text, (Estimate) t.get("lost_margin_recoverable"))));
        }
        // only where some type has a cost for it: a card that is 0 by construction says nothing
        if (s.buyers().stream().anyMatch(b -> b.unansweredCost() > 0)) {
            card("totals.unanswered_cost", text.get("w_unanswered_cost"), (Estimate) t.get("unanswered_cost"), false, text.get("m_unanswered_note"));
        }
        String labourNote = text.get("labour_note", Format.whole(((Estimate) t.get("people_employed")).mean()), Format.one(((Estimate) t.get("paid_hours_per_person_week")).mean()),
                Format.whole(((Estimate) t.get("labour_cost_per_person")).mean()), perAnswered(((Estimate) t.get("labour_cost_per_answered")).mean()));
        Double paidOvertime = ((Estimate) t.get("paid_overtime_h")).mean();
        if (paidOvertime != null && paidOvertime > 0) { // the overtime the pay includes, apart from the after-shift time
            Double restDay = ((Estimate) t.get("paid_overtime_rest_day_h")).mean();
            // "of it 0.0 on rest days" attached a zero part to the total (tester26): the rest-day part only where there is one
            labourNote = restDay != null && restDay > 0.05 ? text.get("labour_note_overtime", labourNote, Format.one(paidOvertime), Format.one(restDay),
                    Format.factor(s.costs().restDayFactor())) : text.get("labour_note_overtime_total", labourNote, Format.one(paidOvertime));
            Double extended = ((Estimate) t.get("paid_overtime_extended_h")).mean();
            if (extended != null && extended > 0.05) labourNote = text.get("labour_note_extended", labourNote, Format.one(extended), Format.factor(s.costs().overtimeFactor()));
            Double holiday = ((Estimate) t.get("paid_overtime_holiday_h")).mean();
            if (holiday != null && holiday > 0) labourNote = text.get("labour_note_holiday", labourNote, Format.one(holiday), Format.factor(s.costs().holidayFactor()));
        }
        if (t.containsKey("night_allowance")) labourNote = text.get("labour_note_night", labourNote, Format.whole(((Estimate) t.get("night_allowance")).mean()),
                Format.one(((Estimate) t.get("night_hours")).mean()), Format.factor(s.costs().nightAllowance()));
        if (t.containsKey("labour_cost_counted")) { // a warm-up: the labour set beside the counted buyers, and from when
            labourNote = text.get("wu_labour_note", labourNote, summary.get("counted_from"), Format.whole(((Estimate) t.get("labour_cost_counted")).mean()));
        }
        card("totals.labour_cost", text.get("labour_cost"), (Estimate) t.get("labour_cost"), false, labourNote);
        Map<String, Object> worst = (Map<String, Object>) summary.get("worst_intervals");
        boolean noneShort = worst != null && Integer.valueOf(0).equals(worst.get("intervals_short"));
        // a red box around "every hour meets the goal" read as an alarm (tester25): the same sentence, calm when nothing falls short
        h.append("</div>\n<p class=\"worst").append(noneShort ? " met" : "").append("\" id=\"worst-intervals\"><b>").append(esc(text.get("label_ends", text.get("worst_hours")))).append("</b> ")
                .append(esc(ShortfallText.sentence(text, s, (Map<String, Object>) summary.get("worst_intervals"), text.get("sf_service_level"),
                        Format.share(s.serviceLevelGoal()), true)))
                .append("</p></section>\n");
    }

    /**
     * The headline cards, none repeating another: the missed-deadline share at the
     * service-level target is one minus the service level (said on that card instead); a later
     * deadline with the same share as an earlier one is merged into its label ("within 30 min
     * / 2 h"); one with the abandon share's value is said on the abandoned card (those buyers
     * gave up before the deadline).
     */
    @SuppressWarnings("unchecked")
    private void headlineCards(Map<String, Object> t) {
        Estimate sl = (Estimate) t.get("service_level");
        Map<String, Object> missed = (Map<String, Object>) t.get("missed_deadlines");
        String abandonShown = Format.share(((Estimate) t.get("abandon_share")).mean());
        String[] labels = s.deadlineLabels();
        double[] deadlines = s.firstResponseDeadlines();
        String slNote = null;
        List<String> keys = new ArrayList<>(), shown = new ArrayList<>();
        List<List<String>> within = new ArrayList<>();
        List<String> sameAsAbandon = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            Estimate share = (Estimate) ((Map<String, Object>) missed.get(labels[i])).get("share");
            String v = Format.share(share.mean()), d = Words.duration(text, deadlines[i]);
            if (deadlines[i] == s.serviceLevelTarget()) {
                slNote = text.get("html_sl_rest", v, d);
            } else if (!shown.isEmpty() && shown.get(shown.size() - 1).equals(v)) {
                within.get(within.size() - 1).add(d);
            } else if (v.equals(abandonShown)) {
                sameAsAbandon.add(d);
            } else {
                keys.add(labels[i]);
                shown.add(v);
                within.add(new ArrayList<>(List.of(d)));
            }
        }
        card("totals.service_level", Words.serviceLevel(text, s, "service_level"), sl, true, slNote);
        for (int k = 0; k < keys.size(); k++) {
            Map<String, Object> m = (Map<String, Object>) missed.get(keys.get(k));
            card("totals.missed_deadlines." + keys.get(k) + ".share", Words.answered(text, s, "missed", String.join(" / ", within.get(k))), (Estimate) m.get("share"), true,
                    text.get("html_missed_count", Format.whole(((Estimate) m.get("count")).mean())));
        }
        Estimate abandoned = (Estimate) t.get("abandoned");
        String note = text.get("html_abandoned_of", abandonShown);
        if (!sameAsAbandon.isEmpty()) note += Words.channel(text, s, "html_abandon_same", String.join(" / ", sameAsAbandon));
        card("totals.abandoned", text.get("abandoned"), abandoned, false, note);
    }

    private void card(String key, String label, Estimate e, boolean isShare, String note) {
        // a few buyers a run read "0 ± 0" beside "0.1% of those queued" (tester25): a count under 10 with one decimal
        boolean tenths = key.endsWith("lost_orders") || key.equals("totals.abandoned") && e.mean() != null && Math.abs(e.mean()) < 10;
        String value = isShare ? Format.share(e.mean()) : (tenths ? Format.one(e.mean()) : Format.whole(e.mean()));
        String ci = e.ci95() == null ? "" : "± " + (isShare ? Format.shareHalfWidth(e.ci95()) : tenths ? Format.one(e.ci95()) : Format.whole(e.ci95()));
        h.append("<div class=\"card\" data-key=\"").append(esc(key)).append("\" data-mean=\"").append(e.mean() == null ? "" : e.mean())
                .append("\" data-ci95=\"").append(e.ci95() == null ? "" : e.ci95()).append("\">")
                .append("<div class=\"label\">").append(esc(label)).append("</div>")
                .append("<div class=\"value\">").append(esc(value)).append("</div>")
                .append("<div class=\"ci\">").append(esc(ci)).append("</div>");
        if (note != null) h.append("<div class=\"note\">").append(esc(note)).append("</div>");
        h.append("</div>\n");
    }

    @SuppressWarnings("unchecked")
    private void chatTable(String section, String title, String keyHeader) {
        Map<String, Object> slices = (Map<String, Object>) summary.get(section);
        List<String> head = new ArrayList<>(List.of(keyHeader, Words.channel(text, s, "col_arrived"), text.get("accepted"), text.get("col_abandon"),
                text.get("col_service_level"), text.get("col_wait"), text.get("col_queue_all"), Words.channel(text, s, "col_first")));
        for (double d : s.firstResponseDeadlines()) head.add(Words.channel(text, s, "col_missed", Words.duration(text, d)));
        head.add(text.get("col_lost_orders"));
        head.add(text.get("col_lost_sales"));
        Map<String, Object> firstSlice = (Map<String, Object>) slices.values().stream().findFirst().orElse(Map.of());
        // per type only: lost margin (types with a margin) and the unanswered buyers' cost
        List<String> money = new ArrayList<>();
        if (slices.values().stream().anyMatch(v -> ((Map<String, Object>) v).containsKey("lost_margin"))) money.add("lost_margin");
        if (firstSlice.containsKey("unanswered_cost")) money.add("unanswered_cost");
        for (String k : money) head.add(text.get("ws_" + k));
        boolean cost = firstSlice.containsKey("labour_cost");
        if (cost) head.add(text.get("col_labour"));
        h.append("<h3>").append(esc(title)).append("</h3>\n<table><thead><tr>");
        for (String c : head) h.append("<th>").append(esc(c)).append("</th>");
        h.append("</tr></thead><tbody>\n");
        for (Map.Entry<String, Object> e : slices.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            h.append("<tr><th>").append(esc(e.getKey())).append("</th>");
            td(Format.whole(mean(f.get("arrived"))));
            td(Format.whole(mean(f.get("accepted"))));
            td(Format.share(mean(f.get("abandon_share"))));
            td(Format.share(mean(f.get("service_level"))));
            td(Format.one(mean(((Map<String, Object>) f.get("queue_wait")).get("mean_s"))));
            td(Format.one(mean(f.get("queue_time_all_mean_s"))));
            td(Format.one(mean(((Map<String, Object>) f.get("first_response")).get("mean_s"))));
            Map<String, Object> missed = (Map<String, Object>) f.get("missed_deadlines");
            for (String l : s.deadlineLabels()) td(Format.share(mean(((Map<String, Object>) missed.get(l)).get("share"))));
            td(Format.one(mean(f.get("lost_orders"))));
            td(Format.whole(mean(f.get("lost_sales"))));
            for (String k : money) td(f.containsKey(k) ? Format.whole(mean(f.get(k))) : "–");
            if (cost) td(Format.whole(mean(f.get("labour_cost"))));
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    @SuppressWarnings("unchecked")
    private void groupTable() {
        Map<String, Object> groups = (Map<String, Object>) summary.get("by_group");
        h.append("<h3>").append(esc(text.get("by_group"))).append("</h3>\n<table><thead><tr>");
        for (String c : List.of(text.get("group"), text.get("col_accepted"), text.get("col_on_duty"), text.get("col_occupancy"),
                Words.channel(text, s, "col_active"), text.get("col_wait"), text.get("col_overtime"), text.get("col_paid_overtime"), text.get("col_labour"), text.get("col_paid_week"),
                text.get("col_pay"), text.get("col_people"), text.get("col_paid_person_week"), text.get("col_cost_person"))) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Map.Entry<String, Object> e : groups.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            h.append("<tr><th>").append(esc(e.getKey())).append("</th>");
            td(Format.whole(mean(f.get("accepted"))));
            td(Format.one(mean(f.get("agents_on_duty"))));
            td(Format.share(mean(f.get("occupancy"))));
            td(String.format(Locale.ROOT, "%.2f", mean(f.get("mean_active_chats")) == null ? Double.NaN : mean(f.get("mean_active_chats"))));
            td(Format.one(mean(((Map<String, Object>) f.get("queue_wait")).get("mean_s"))));
            td(Format.one(mean(f.get("overtime_h"))));
            td(Format.one(mean(f.get("paid_overtime_h"))));
            td(Format.whole(mean(f.get("labour_cost"))));
            td(Format.one(mean(f.get("paid_hours_per_agent_week"))));
            td(text.get("pay_" + s.groups().get(s.groupIndex(e.getKey())).pay()));
            td(Format.whole(mean(f.get("people_employed"))));
            td(Format.one(mean(f.get("paid_hours_per_person_week"))));
            td(Format.whole(mean(f.get("labour_cost_per_person"))));
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static Double mean(Object est) { return ((Estimate) est).mean(); }

    private void td(String v) { h.append("<td>").append(esc(v)).append("</td>"); }

    public static final String CSS = """
            body{font-family:-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
            margin:0 auto;max-width:1040px;padding:24px;color:#222;background:#fafafa}
            .warnings{background:#fff4e5;border-left:4px solid #e67e00;padding:4px 14px;margin:12px 0}.warnings h2{margin-top:8px;border:0;font-size:18px}
            .warnings li{margin:4px 0}.warnings code{font-size:12px;color:#7a4b00}
            h1{margin:0 0 4px;font-size:26px}h2{margin-top:36px;border-bottom:2px solid #ddd;padding-bottom:4px}
            .sub{color:#555;margin:2px 0}
            .worst{margin:14px 0 0;padding:10px 14px;border-left:4px solid #c0392b;background:#fdf2f0}
            .worst.met{border-left-color:#27ae60;background:#eef8f1}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
            .card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 14px}
            .card .label{font-size:13px;color:#555;min-height:34px}.card .value{font-size:28px;font-weight:600;margin-top:4px}
            .card .ci{font-size:13px;color:#777}.card .note{font-size:12px;color:#777;margin-top:4px}
            figure.chart{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 16px;padding:8px}
            figure.chart svg{width:100%;height:auto;display:block}
            table{border-collapse:collapse;width:100%;background:#fff;font-size:13px;margin-bottom:12px}
            th,td{border:1px solid #ddd;padding:4px 6px;text-align:right}thead th{background:#f0f0f0}
            tbody th,thead th:first-child{text-align:left}tbody th{font-weight:600}
            pre{background:#fff;border:1px solid #ddd;padding:12px;overflow:auto;font-size:12px}
            footer{margin-top:32px;color:#777;font-size:12px}
            """;

    /** Labour cost per buyer answered; with nobody answered there is no such figure (a dash, not "null"). */
    private static String perAnswered(Double v) {
        return v != null && Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }
}
