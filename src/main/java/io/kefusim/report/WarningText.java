package io.kefusim.report;

import io.kefusim.roster.LabourCheck;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Origins.Origin;
import io.kefusim.scenario.Said;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's warnings in words, for every place an answer goes: a console line, the block
 * at the top of a page, and the {@code warnings} list of summary.json and run.json (both
 * languages there, for whoever reads the file).
 */
public final class WarningText {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    /** Warnings shown open on a page; the rest behind "N more". */
    static final int OPEN = 8;

    private WarningText() {}

    /**
     * Code families in the order a cut list shows them: what changes the money (pay, illustrative
     * defaults) and the buyers (horizon, demand, coverage, staffing) before labour rules and
     * rotation gaps, which can number hundreds. Families not named here come before labour.
     */
    private static final List<String> FIRST = List.of("pay.", "defaults.", "horizon.", "demand.", "buyers.", "coverage.", "staff.", "staffing.", "breaks.");

    private static int rank(Warning w) {
        for (int i = 0; i < FIRST.size(); i++) if (w.code().startsWith(FIRST.get(i))) return i;
        return w.code().startsWith("labour.") ? FIRST.size() + 1 : FIRST.size();
    }

    /**
     * The warnings in the order a list cut after its first {@code shown} shows them: by family
     * ({@link #FIRST}), in the checks' order within a family. A list not cut keeps the checks' order;
     * summary.json and run.json keep the checks' order always.
     */
    public static List<Warning> byPriority(List<Warning> all, int shown) {
        if (all.size() <= shown) return all;
        List<Warning> sorted = new java.util.ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparingInt(WarningText::rank)); // stable
        return sorted;
    }

    /** "file:line: key: message", as an error line names its place. */
    public static String line(Text text, Warning w) {
        return w.where() + ": " + say(text, w.said());
    }

    /** The message alone, in the reader's language. */
    public static String say(Text text, Said said) {
        Object[] args = said.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Said inner) args[i] = say(text, inner);
            // a stint as rotas write it: "24h" in English, "24小时" in Chinese
            else if (args[i] instanceof Said.Hours h) args[i] = text.chinese() ? Words.hours(text, h.seconds()) : LabourCheck.hours(h.seconds());
            // a duration: "2m" in English as a scenario writes it, "2分钟" in Chinese as run says it (never "2m 内")
            else if (args[i] instanceof Said.Duration d) args[i] = text.chinese() ? Words.duration(text, d.seconds()) : io.kefusim.scenario.Durations.format(d.seconds());
        }
        return text.get(said.key(), args);
    }

    /** The warnings as summary.json and run.json hold them: code, where, date, message (English) and message_zh. */
    public static List<Map<String, Object>> json(List<Warning> warnings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warning w : warnings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", w.code());
            Origin o = w.where();
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("file", o.file());
            where.put("line", o.line() > 0 ? o.line() : null);
            where.put("key", o.key());
            m.put("where", where);
            m.put("date", w.date() == null ? null : w.date().toString());
            m.put("message", say(EN, w.said()));
            m.put("message_zh", say(ZH, w.said()));
            if (!w.periods().isEmpty()) { // "… and 7 more periods": each of them
                List<Map<String, Object>> periods = new ArrayList<>();
                for (Warning.Period p : w.periods()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("from", p.from());
                    one.put("to", p.to());
                    one.put("buyers", p.buyers());
                    one.put("message", say(EN, p.said()));
                    one.put("message_zh", say(ZH, p.said()));
                    periods.add(one);
                }
                m.put("periods", periods);
            }
            out.add(m);
        }
        return out;
    }

    /** Each plan's warnings, by its name, in the plans' order. */
    public static Map<String, List<Warning>> of(Map<String, Scenario> plans) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        plans.forEach((name, s) -> out.put(name, ScenarioSanity.check(s)));
        return out;
    }

    /** The same as {@code kefusim staff} says them: without those about keys only staff reads ({@link ScenarioSanity#forStaff}). */
    public static Map<String, List<Warning>> forStaff(Map<String, Scenario> plans) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        plans.forEach((name, s) -> out.put(name, ScenarioSanity.forStaff(s)));
        return out;
    }

    /** Each plan's warnings followed by its {@code more} (by the same plan names). */
    public static Map<String, List<Warning>> merged(Map<String, List<Warning>> byPlan, Map<String, List<Warning>> more) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        byPlan.forEach((name, list) -> {
            List<Warning> all = new ArrayList<>(list);
            all.addAll(more.getOrDefault(name, List.of()));
            out.put(name, List.copyOf(all));
        });
        return out;
    }

    /** Each plan's warnings as a results file holds them, by the plan's name. */
    public static Map<String, Object> json(Map<String, List<Warning>> byPlan) {
        Map<String, Object> out = new LinkedHashMap<>();
        byPlan.forEach((name, list) -> out.put(name, json(list)));
        return out;
    }

    /**
     * Warnings of several plans with what they all share first, under "" (said once), then each
     * plan's own: a sweep's twenty points mostly say the same thing.
     */
    public static Map<String, List<Warning>> shared(Map<String, List<Warning>> byPlan) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        List<Warning> common = new ArrayList<>();
        List<Warning> first = byPlan.isEmpty() ? List.of() : byPlan.values().iterator().next();
        for (Warning w : first) {
            if (byPlan.values().stream().allMatch(list -> list.stream().anyMatch(o -> same(o, w)))) common.add(w);
        }
        out.put("", common);
        byPlan.forEach((plan, list) -> out.put(plan, list.stream().filter(w -> common.stream().noneMatch(c -> same(c, w))).toList()));
        return out;
    }

    /** The same warning: code, place and words (a Said's arguments are an array, so records do not compare them). */
    private static boolean same(Warning a, Warning b) {
        return a.code().equals(b.code()) && a.where().equals(b.where()) && say(EN, a.said()).equals(say(EN, b.said()));
    }

    /** The block at the top of a page, or nothing when there is nothing to say. */
    public static String html(Text text, List<Warning> warnings) {
        return warnings.isEmpty() ? "" : html(text, Map.of("", warnings));
    }

    /** The same block for pages that show several plans: each plan's warnings under its name (none for ""). */
    public static String html(Text text, Map<String, List<Warning>> byPlan) {
        if (byPlan.values().stream().allMatch(List::isEmpty)) return "";
        StringBuilder h = new StringBuilder("<section id=\"warnings\" class=\"warnings\"><h2>")
                .append(HtmlReport.esc(text.get("wn_warnings_title"))).append("</h2>\n");
        for (Map.Entry<String, List<Warning>> e : byPlan.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            if (!e.getKey().isEmpty()) h.append("<h3>").append(HtmlReport.esc(e.getKey())).append("</h3>");
            h.append("<ul>");
            List<Warning> list = byPriority(e.getValue(), OPEN);
            for (int i = 0; i < list.size(); i++) {
                // a long list folds after the first few, so the figures stay near the top of the page
                if (i == OPEN) h.append("</ul><details><summary>").append(HtmlReport.esc(text.get("wn_more", list.size() - OPEN))).append("</summary><ul>");
                Warning w = list.get(i);
                h.append("<li><code>").append(HtmlReport.esc(w.where().toString())).append("</code> ")
                        .append(HtmlReport.esc(say(text, w.said()))).append(" <small>[").append(HtmlReport.esc(w.code())).append("]</small>");
                if (!w.periods().isEmpty()) { // the periods a summing-up warning stands for, folded
                    h.append("<details class=\"periods\"><summary>").append(HtmlReport.esc(text.get(w.periods().size() == 1 ? "wn_periods_listed_one" : "wn_periods_listed", w.periods().size()))).append("</summary><ul>");
                    for (Warning.Period p : w.periods()) h.append("<li>").append(HtmlReport.esc(say(text, p.said()))).append("</li>");
                    h.append("</ul></details>");
                }
                h.append("</li>");
            }
            h.append(list.size() > OPEN ? "</ul></details>\n" : "</ul>\n");
        }
        return h.append("</section>\n").toString();
    }
}
