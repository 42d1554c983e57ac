package io.kefusim.report;

import io.kefusim.roster.DailyHeadcount;
import io.kefusim.roster.People;
import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Optimiser;
import io.kefusim.staffing.ShiftDesigner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer first, for {@code kefusim staff}: one sentence (how many shifts and people, what
 * it costs, whether the goal holds) and one small table (per date: most agents at work at once,
 * positions, people a 5-day rota needs), on the console, staff.html and staffing.json; the
 * per-group rows and the break rule follow as detail.
 */
public record StaffAnswer(String sentence, List<DailyHeadcount.Day> days, String breaks, ShiftDesigner.BreakCheck breakCheck, int shifts, long people,
                          boolean teams) {

    public static StaffAnswer of(Text text, Optimiser.Result r, ShiftDesigner designer) {
        return of(text, r, designer, null);
    }

    /**
     * @param original today's roster simulated beside the search (or null): when it meets the goal and costs less than the
     *        search's roster, the sentence says so first ({@link StaffFigures#todayCheaper})
     */
    public static StaffAnswer of(Text text, Optimiser.Result r, ShiftDesigner designer, Optimiser.Evaluation original) {
        Scenario best = r.best().scenario();
        List<DailyHeadcount.Day> days = DailyHeadcount.of(best);
        DailyHeadcount.Day busiest = null;
        io.kefusim.demand.RateProfile demand = best.demand().isTrace() ? null : io.kefusim.demand.RateProfile.of(best);
        for (DailyHeadcount.Day d : days) if (d.group() == null && (busiest == null || d.positions() > busiest.positions()
                || d.positions() == busiest.positions() && buyers(best, demand, d.date()) > buyers(best, demand, busiest.date()))) busiest = d;
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        best.roster().forEach(e -> used.add(e.shift()));
        for (Scenario.Team t : best.teams()) for (String c : t.cycle()) if (!c.equals(io.kefusim.scenario.ScenarioLoader.OFF)) used.add(c);
        long shifts = used.size();
        long people = Math.round(java.util.Arrays.stream(People.employed(best)).sum());
        String verdict = text.get(!r.goal().isConstraint() ? "sa_lowest" : r.met() ? "sa_met" : "sa_not_met");
        // the bounds' largest roster after the budget ran out: said first, and never called the answer
        if (r.boundOnly() || StaffFigures.designBudget(r)) verdict = "";
        boolean today = StaffFigures.todayCheaper(r, original);
        // rotating teams only: the people are the teams' members on their rotations (黑白倒班 works 13 days in a row), not a 5-day rota
        boolean teams = teamsOnly(best);
        // today's roster cheaper: the search's roster is not called the answer
        String key = StaffFigures.designBudget(r) ? "sa_designed_tried" : designer != null ? (today ? "sa_designed_best" : "sa_designed")
                : (r.boundOnly() ? "sa_bound_kept" : today ? "sa_kept_best" : "sa_kept") + (teams ? "_teams" : "");
        String sentence = text.get(key, shifts, busiest == null ? "" : busiest.date().toString(),
                busiest == null ? 0 : busiest.positions(), busiest == null ? 0 : busiest.atWork(), busiest == null ? 0 : busiest.people(),
                people, Format.whole(r.best().labourCost()));
        // a rotation judged on the run's days alone that leaves hours of its cycle with nobody: said with the verdict
        String judged = io.kefusim.sanity.ScenarioSanity.rotationUncovered(best).isEmpty() ? ""
                : text.get("sa_rotation_judged", io.kefusim.sanity.ScenarioSanity.judgedDays(best));
        sentence = Words.sentences(text, sentence, partTimeNote(text, best), verdict, judged); // no space after 。 in Chinese
        if (r.boundOnly()) sentence = Words.sentences(text, today ? text.get("sa_bound_today", Format.whole(original.labourCost()), budgetOf(r))
                : text.get("sa_bound_only", budgetOf(r)), sentence);
        // the budget spent before any designed roster met the goal: the last one tried falls short and is never the answer
        else if (StaffFigures.designBudget(r)) sentence = Words.sentences(text, original != null && original.meets()
                ? text.get("sa_design_budget_today", Format.whole(original.labourCost()), budgetOf(r)) : text.get("sa_design_budget", budgetOf(r)), sentence);
        else if (today) sentence = Words.sentences(text, text.get("sa_today_cheaper", Format.whole(original.labourCost()), Format.whole(r.best().labourCost()),
                text.get(designer != null ? "sa_today_more_designed" : "sa_today_more_kept")), sentence);
        ShiftDesigner.BreakCheck check = designer == null ? null : designer.breakCheck(best);
        // no moment with more than one agent of a group on break: said in words, not as "the most at once was 0.0%"
        String breaks = check == null ? "" : text.get(!check.kept() ? "sa_breaks_over" : check.worstShare() > 0 ? "sa_breaks_kept" : "sa_breaks_apart", Format.share(check.maxShareOnBreak()),
                Format.share(check.worstShare()), check.minutesOver(), check.firstOver() == null ? "" : check.firstOver());
        return new StaffAnswer(sentence, days, breaks, check, (int) shifts, people, teams);
    }

    /**
     * Buyers expected on a date, to tell days with as many positions apart: a roster the same every day named the
     * eve of Double 11 "the busiest day" (the first date), though the sale day brings twice its buyers. 0 for a trace.
     */
    private static double buyers(Scenario s, io.kefusim.demand.RateProfile demand, java.time.LocalDate date) {
        if (demand == null) return 0;
        double from = s.startOfFirstDay() + java.time.temporal.ChronoUnit.DAYS.between(s.start().toLocalDate(), date) * 86400.0;
        return demand.expectedArrivals(Math.max(0, from), Math.min(s.horizon(), from + 86400));
    }

    /** A roster of rotating teams alone (no roster lines): its people are the teams' members, each on its rotation. */
    static boolean teamsOnly(Scenario s) {
        return !s.teams().isEmpty() && s.roster().isEmpty();
    }

    /**
     * The note under the per-group table: how positions become people and what scheduled pay is; for rotating teams, the
     * teams' note; for teams with roster lines beside them (an hourly part-timer), both, the lines' first.
     */
    public static String rule(Text text, Scenario s) {
        if (teamsOnly(s)) return text.get("sa_rule_teams");
        if (s.teams().isEmpty()) return Words.sentences(text, text.get("sa_rule"), partTimeNote(text, s));
        return Words.sentences(text, text.get("sa_rule"), partTimeNote(text, s), text.get("sa_rule_teams"));
    }

    /**
     * Where a group is part-time: its people are counted at 24 hours a week (the labour cost's rule), which the
     * sentence's "5 days and 40 hours a week" does not say (tester26: 4 positions, "40 hours", 7 people shown). Empty otherwise.
     */
    static String partTimeNote(Text text, Scenario s) {
        return s.groups().stream().anyMatch(Scenario.AgentGroup::partTime) ? text.get("sa_part_time_people") : "";
    }

    /** The simulation budget a bound-only result ran out of (its note says it). */
    public static int budgetOf(Optimiser.Result r) {
        for (Optimiser.Note n : r.log()) if (n.key().equals("bound_only") || n.key().equals("design_budget")) return (Integer) n.args()[0];
        return r.simulations();
    }

    /** The small table: one row per date, all groups. */
    public List<List<String>> table(Text text, boolean byGroup) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text.get("sa_date"), text.get("sa_group"), text.get("sa_at_work"), text.get("sa_positions"), text.get(teams ? "sa_people_teams" : "sa_people")));
        for (DailyHeadcount.Day d : days) {
            if ((d.group() == null) == byGroup) continue;
            rows.add(List.of(d.date().toString(), d.group() == null ? text.get("sa_all") : d.group(), Integer.toString(d.atWork()),
                    Integer.toString(d.positions()), Integer.toString(d.people())));
        }
        return rows;
    }

    /** staffing.json's "answer" (English sentence; numbers by date and group). */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", sentence);
        m.put("shifts", shifts);
        m.put("people_employed", people);
        m.put("people_rule", teams ? "people = the teams' members, each on its team's rotation (no 5-day rota)"
                : "people = as the labour cost counts them, per date: the most of the date's positions and, for each seven days that contain it, position-days / 5 and hours worked / 40, and for dated positions the most whose shift with labour.min_rest after it overlaps at one moment (on the date such a shift starts), rounded up per group, whatever the group's pay or the line's dates; team members count as they are; the people employed are each group's most over the run's dates");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DailyHeadcount.Day d : days) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", d.date().toString());
            x.put("group", d.group() == null ? "all" : d.group());
            x.put("at_work_peak", d.atWork());
            x.put("positions", d.positions());
            x.put("people_for_rotation", d.people());
            rows.add(x);
        }
        m.put("days", rows);
        if (breakCheck != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("rule", "at most max_share_on_break of a group's agents at work on break at once, rounded down, but at least one");
            b.put("max_share_on_break", breakCheck.maxShareOnBreak());
            b.put("worst_share", breakCheck.worstShare());
            b.put("minutes_over", breakCheck.minutesOver());
            b.put("kept", breakCheck.kept());
            m.put("breaks", b);
        }
        return m;
    }
}
