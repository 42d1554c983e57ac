package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.Map;

/** The headline figures on the console, with their 95% confidence half-widths. */
public final class ConsoleReport {
    private final Text text;
    private final PrintWriter out;

    public ConsoleReport(Text text, PrintWriter out) {
        this.text = text;
        this.out = out;
    }

    @SuppressWarnings("unchecked")
    public void print(Scenario s, Map<String, Object> summary) {
        Map<String, Object> t = (Map<String, Object>) summary.get("totals");
        out.println();
        out.println(text.get("title") + " — " + text.get("bracketed", text.get("labelled", text.get("scenario"), s.name()), summary.get("replications") + " " + text.get("replications")));
        if (summary.get("warnings") instanceof java.util.List<?> w && !w.isEmpty()) out.println("  ⚠ " + (w.size() == 1 ? text.get("wn_count_one") : text.get("wn_count", w.size())));
        out.println();
        out.println("  " + pad(text.get("figure")) + " " + right(text.get("mean"), 14) + " " + right(text.get("ci"), 14));
        line(Words.channel(text, s, "arrived"), t.get("arrived"), 0, true);
        if (t.containsKey("people")) { // issue 25: with retrials, arrivals are contacts; say the people too
            line("rt_people", t.get("people"), 0);
            line(Words.channel(text, s, "rt_retrials"), t.get("retrials"), 0, true);
        }
        line("deflected", t.get("deflected"), 0);
        line("accepted", t.get("accepted"), 0);
        Double abandoned = ((Estimate) t.get("abandoned")).mean();
        line("abandoned", t.get("abandoned"), abandoned != null && Math.abs(abandoned) < 10 ? 1 : 0); // a few buyers: not "0" beside a share above 0
        line("open_at_end", t.get("open_at_end"), 0);
        pct("abandon_share", t.get("abandon_share"));
        if (t.containsKey("people")) pct("rt_people_abandon_share", t.get("people_abandon_share"));
        pct(Words.serviceLevel(text, s, "service_level"), t.get("service_level"), true);
        Map<String, Object> missed = (Map<String, Object>) t.get("missed_deadlines");
        for (int i = 0; i < s.deadlineLabels().length; i++) {
            pct(Words.answered(text, s, "missed", Words.duration(text, s.firstResponseDeadlines()[i])), ((Map<String, Object>) missed.get(s.deadlineLabels()[i])).get("share"), true);
        }
        line("queue_wait", ((Map<String, Object>) t.get("queue_wait")).get("mean_s"), 1);
        Object p90 = ((Map<String, Object>) t.get("queue_wait")).get("p90_s");
        if (p90 instanceof Summary.Value v && v.value() != null) {
            out.printf("  %s %14.1f %14s%n", pad(text.get("queue_wait_p90")), v.value(), "");
        }
        line("queue_all", t.get("queue_time_all_mean_s"), 1);
        line(Words.channel(text, s, "first_response"), ((Map<String, Object>) t.get("first_response")).get("mean_s"), 1, true);
        // on a phone desk a call's "reply" ends its talk: the line says so, not "response time" (a wait, to a call centre)
        line(Words.channel(text, s, "avg_response"), t.get("avg_response_s"), 1, true);
        pct(Words.channel(text, s, "late_replies", Words.duration(text, s.replyDeadline())), ((Map<String, Object>) t.get("late_replies")).get("share"), true);
        line("agents_on_duty", t.get("agents_on_duty"), 1);
        pct(Words.channel(text, s, "occupancy"), t.get("occupancy"), true);
        line(Words.channel(text, s, "overtime"), t.get("overtime_h"), 1, true);
        partTimersAfterShift(s, summary);
        line("lost_orders", t.get("lost_orders"), 1);
        line("lost_sales", t.get("lost_sales"), 0);
        recoverable(t.get("lost_sales_recoverable"));
        if (t.containsKey("lost_margin")) {
            line("w_lost_margin", t.get("lost_margin"), 0);
            recoverable(t.get("lost_margin_recoverable"));
        }
        line("w_unanswered_cost", t.get("unanswered_cost"), 0);
        line("labour_cost", t.get("labour_cost"), 0);
        if (t.containsKey("labour_cost_counted")) { // a warm-up: the part set beside the counted buyers, and from when
            line(text.get("wu_labour_counted", String.valueOf(summary.get("counted_from")).substring(5)) /* 11-10 12:00, as the worst hours */, t.get("labour_cost_counted"), 0, true);
        }
        if (t.containsKey("night_allowance")) { // costs.night_allowance: part of the labour cost, its line right under it (not under paid overtime)
            Estimate night = (Estimate) t.get("night_allowance");
            out.printf("  %s %14s %14s%n", pad(text.get("night_allowance_line", Format.one(((Estimate) t.get("night_hours")).mean()),
                    Format.factor(s.costs().nightAllowance()))), n(night, 0), night.ci95() == null ? "" : fmt(night.ci95(), 0));
        }
        line("paid_overtime", t.get("paid_overtime_h"), 1);
        Estimate extended = (Estimate) t.get("paid_overtime_extended_h"); // 延长工作时间, at overtime_factor: named beside the rest days and holidays
        if (extended != null && extended.mean() != null && extended.mean() > 0.05) {
            out.printf("  %s %14s %14s%n", pad(text.get("paid_overtime_extended", Format.factor(s.costs().overtimeFactor()))), n(extended, 1),
                    extended.ci95() == null ? "" : fmt(extended.ci95(), 1));
        }
        Estimate restDay = (Estimate) t.get("paid_overtime_rest_day_h");
        if (restDay.mean() != null && restDay.mean() > 0) {
            out.printf("  %s %14s %14s%n", pad(text.get("paid_overtime_rest_day", Format.factor(s.costs().restDayFactor()))), n(restDay, 1),
                    restDay.ci95() == null ? "" : fmt(restDay.ci95(), 1));
        }
        Estimate holiday = (Estimate) t.get("paid_overtime_holiday_h");
        if (holiday.mean() != null && holiday.mean() > 0) {
            out.printf("  %s %14s %14s%n", pad(text.get("paid_overtime_holiday", Format.factor(s.costs().holidayFactor()))), n(holiday, 1),
                    holiday.ci95() == null ? "" : fmt(holiday.ci95(), 1));
        }
        line("people_employed", t.get("people_employed"), 0);
        line("paid_hours_per_person_week", t.get("paid_hours_per_person_week"), 1);
        line("labour_cost_per_person", t.get("labour_cost_per_person"), 0);
        line(t.containsKey("labour_cost_counted") ? "wu_labour_per_answered" : "labour_cost_per_answered", t.get("labour_cost_per_answered"), 2);

        out.println();
        out.println("  " + ShortfallText.sentence(text, s, (Map<String, Object>) summary.get("worst_intervals"), text.get("sf_service_level"),
                Format.share(s.serviceLevelGoal()), true));
        for (String l : DemandSpreadText.lines(text, summary)) out.println("  " + l); // issue 31: demand's spread apart from the simulation's
        out.println();
        out.println("  " + text.get("by_type"));
        Map<String, Object> byType = (Map<String, Object>) summary.get("by_type");
        row(text.get("type"), Words.channel(text, s, "col_arrived"), text.get("col_service_level"), text.get("col_abandon"), text.get("col_wait"), text.get("col_lost_orders"));
        for (Map.Entry<String, Object> e : byType.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            row(e.getKey(), n(f.get("arrived"), 0), p(f.get("service_level")),
                    p(f.get("abandon_share")), n(((Map<String, Object>) f.get("queue_wait")).get("mean_s"), 1), n(f.get("lost_orders"), 1));
        }
        out.println();
        out.println("  " + text.get("by_group"));
        Map<String, Object> byGroup = (Map<String, Object>) summary.get("by_group");
        row(text.get("group"), text.get("col_accepted"), text.get("col_on_duty"), text.get("col_occupancy"), Words.channel(text, s, "col_active"),
                text.get("col_paid_overtime_console"), text.get("col_labour"));
        for (Map.Entry<String, Object> e : byGroup.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            row(e.getKey(), n(f.get("accepted"), 0), n(f.get("agents_on_duty"), 1),
                    p(f.get("occupancy")), n(f.get("mean_active_chats"), 2), n(f.get("paid_overtime_h"), 1), n(f.get("labour_cost"), 0));
        }
    }

    /** A table row: the name left-aligned in 12 columns, the values right-aligned in 13. */
    private void row(String name, String... values) {
        StringBuilder sb = new StringBuilder("    ").append(name);
        for (int w = width(name); w < 12; w++) sb.append(' ');
        for (String v : values) sb.append(' ').append(right(v, 13));
        out.println(sb);
    }

    private void line(String key, Object est, int digits) {
        line(text.get(key), est, digits, true);
    }

    /**
     * "of it recoverable by staffing": below 0 by chance it reads about 0, the estimate on the line
     * under it ({@link RecoverableWords}); a part of lost sales is not negative.
     */
    private void recoverable(Object est) {
        Estimate e = (Estimate) est;
        if (!RecoverableWords.belowZero(e)) { line("m_of_it_recoverable", e, 0); return; }
        out.printf("  %s %14s %14s%n", pad(text.get("m_of_it_recoverable")), text.get("rc_about_zero"), "");
        out.println("      " + text.get("rc_bracket", RecoverableWords.why(text, e)));
    }

    /**
     * The part-timers' share of the after-shift time, on its own line under it: a part-timer is paid it at the hourly
     * pay, not at the overtime factor the line above names (tester26). Only where a part-time group has some.
     */
    @SuppressWarnings("unchecked")
    private void partTimersAfterShift(Scenario s, Map<String, Object> summary) {
        Map<String, Object> byGroup = (Map<String, Object>) summary.get("by_group");
        if (byGroup == null) return;
        double sum = 0;
        for (Scenario.AgentGroup g : s.groups()) {
            if (!g.partTime() || !(byGroup.get(g.name()) instanceof Map<?, ?> m) || !(m.get("overtime_h") instanceof Estimate e) || e.mean() == null) continue;
            sum += e.mean();
        }
        if (sum > 0.05) out.printf("  %s %14s %14s%n", pad(text.get("overtime_part_time")), fmt(sum, 1), "");
    }

    /** {@code literal} means the label is already translated. */
    private void line(String label, Object est, int digits, boolean literal) {
        Estimate e = (Estimate) est;
        out.printf("  %s %14s %14s%n", pad(label), n(e, digits), e.ci95() == null ? "" : fmt(e.ci95(), digits));
    }

    private void pct(String key, Object est) {
        pct(text.get(key), est, true);
    }

    /** A share as a percentage; {@code literal} means the label is already translated. */
    private void pct(String label, Object est, boolean literal) {
        Estimate e = (Estimate) est;
        out.printf("  %s %14s %14s%n", pad(label), p(e), e.ci95() == null ? "" : Format.shareHalfWidth(e.ci95()));
    }

    private static String n(Object est, int digits) {
        Estimate e = (Estimate) est;
        return e.mean() == null ? "-" : fmt(e.mean(), digits);
    }

    private static String p(Object est) {
        return Format.share((Estimate) est);
    }

    private static String fmt(double v, int digits) {
        return String.format("%,." + digits + "f", v);
    }

    private static int width(String s) { return Columns.width(s); }

    /** Left-aligns a label in 48 columns by display width, so Chinese labels line up too. */
    private static String pad(String s) { return Columns.left(s, 48); }

    private static String right(String s, int columns) { return Columns.right(s, columns); }
}
