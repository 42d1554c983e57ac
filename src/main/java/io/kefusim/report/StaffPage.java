package io.kefusim.report;

import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Decisions.Decision;
import io.kefusim.staffing.Optimiser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * staff.html: the answer first (what the roster costs and whether the goal holds in every
 * hour), then the roster as a shift plan, agents required against staffed by hour, and the
 * original against the optimised roster.
 */
public final class StaffPage {
    private StaffPage() {}

    /**
     * @param demandSpread issue 31: each roster's demand split ({@link StaffFigures#demandSpread}), or null
     * @param warnings each roster's warnings by its name, the new one's pointing at optimised.yaml (StaffingWriter)
     */
    public static void write(Path dir, Scenario s, Optimiser.Result r, Optimiser.Evaluation original, Optimiser.Evaluation was, StaffAnswer answer,
                      Text text, Map<String, String> svgs, Map<String, Object> demandSpread, Map<String, List<io.kefusim.sanity.Warning>> warnings) throws IOException {
        write(dir, s, r, original, was, answer, text, svgs, demandSpread, warnings, null);
    }

    /** @param confidence {@code staff --confidence}: its block, line by line as the console says it (after the answer), or null */
    public static void write(Path dir, Scenario s, Optimiser.Result r, Optimiser.Evaluation original, Optimiser.Evaluation was, StaffAnswer answer,
                      Text text, Map<String, String> svgs, Map<String, Object> demandSpread, Map<String, List<io.kefusim.sanity.Warning>> warnings,
                      List<String> confidence) throws IOException {
        Pages p = new Pages(text, text.get("sp_title") + " — " + s.name(), text.get("sp_goal", Words.goal(text, s, r.goal(), r.best() == null ? null : r.best().reps()), s.replications(), s.seed()));
        p.warnings(warnings);
        StaffFigures.Row best = StaffFigures.Row.of("optimised", r.best());
        String worstBest = StaffFigures.worstSentence(text, r.goal(), r.best());
        String verdict = StaffFigures.designBudget(r) ? text.get("sp_verdict_design_budget", Format.whole(best.scheduledPay()), Format.whole(best.labourCost()), Format.share(best.serviceLevel()))
                : r.boundOnly() ? text.get("sp_verdict_bound", Format.whole(best.scheduledPay()), Format.whole(best.labourCost()), Format.share(best.serviceLevel()))
                : text.get(!r.goal().isConstraint() ? "m_sp_verdict_lowest" : !r.met() ? "sp_verdict_none" : StaffFigures.todayCheaper(r, original) ? "sp_verdict_today"
                        : !r.proven() ? "sp_verdict_found" : StaffFigures.designed(r) ? "sp_verdict_proven_design" : "sp_verdict_proven",
                Format.whole(best.scheduledPay()), Format.whole(best.labourCost()), Format.share(best.serviceLevel()));
        String objective = StaffFigures.objectiveSentence(text, r.goal(), r.best());
        verdict = Words.sentences(text, verdict, objective); // no space after 。 in Chinese
        // a goal judged per day or per run: the hours below its threshold are shown, not judged (and never read as why it failed)
        String scope = r.goal().per() == io.kefusim.staffing.Goal.Per.RUN ? text.get("sp_scope_run")
                : r.goal().per() == io.kefusim.staffing.Goal.Per.DAY ? text.get("sp_scope_day") : null;
        String unjudged = scope == null ? "" : text.get("sp_hours_unjudged", scope);
        if (original != null) {
            StaffFigures.Row now = StaffFigures.Row.of("original", original);
            String worstNow = StaffFigures.worstSentence(text, r.goal(), original);
            verdict = Words.sentences(text, verdict, r.goal().isConstraint() && scope != null
                    ? text.get("sp_now_unjudged", Format.whole(now.scheduledPay()), StaffFigures.verdict(text, r.goal(), now, best), scope, Words.sentences(text, unjudged, worstNow))
                    : text.get(r.goal().isConstraint() ? "sp_now" : "m_sp_now", Format.whole(now.scheduledPay()), StaffFigures.verdict(text, r.goal(), now, best), worstNow));
        }
        // the answer first: one sentence and one small table, then the detail
        // the bounds' largest roster: the answer's sentence says first that it is no answer
        p.verdict(Words.sentences(text, answer.sentence(), verdict));
        List<List<String>> small = answer.table(text, false);
        p.table(small.get(0), small.subList(1, small.size()));
        if (!answer.breaks().isEmpty()) p.para(answer.breaks());
        p.para(Words.sentences(text, text.get("sp_optimised_hours"), unjudged, worstBest));
        p.demandSpread(demandSpread, Map.of("original", text.get("sp_plan_original"), "optimised", text.get("sp_plan_optimised")));
        if (confidence != null) {
            p.heading(text.get("sp_confidence"));
            for (String line : confidence) if (!line.isBlank()) p.para(line.strip());
        }

        // the roster as a shift plan: a row per group and shift (or team), a column per date
        p.heading(text.get("sp_plan"));
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Decision d : r.decisions()) if (d.on() != null) dates.addAll(d.on());
        // a cell per row and date: the decisions on that date added up (an every-day one counts on each date, beside a
        // dated line of the same group and shift), with "now" where it differs
        Map<String, Map<String, int[]>> plan = new LinkedHashMap<>();
        String every = text.get("sp_every_day");
        for (int k = 0; k < r.decisions().size(); k++) {
            Decision d = r.decisions().get(k);
            int x = r.best().x()[k], o = was == null ? -1 : was.x()[k];
            if (x == 0 && o <= 0) continue;
            Scenario.Shift designed = StaffFigures.designedShift(s, r.best().scenario(), d);
            String row = d.group() + " · " + (d.team() != null ? text.get("sp_team", d.team())
                    : designed != null ? designed.name() + " " + StaffFigures.shiftHours(text, designed) : shiftLabel(s, d.shift()));
            List<String> columns = d.on() != null ? d.on().stream().map(LocalDate::toString).toList()
                    : dates.isEmpty() ? List.of(every) : dates.stream().map(LocalDate::toString).toList();
            for (String c : columns) {
                int[] cell = plan.computeIfAbsent(row, key -> new LinkedHashMap<>()).computeIfAbsent(c, key -> new int[]{0, was == null ? -1 : 0});
                cell[0] += x;
                if (o >= 0) cell[1] += o;
            }
        }
        List<String> head = new ArrayList<>(List.of(text.get("sp_group_shift")));
        if (dates.isEmpty()) head.add(every);
        else for (LocalDate d : dates) head.add(d.toString());
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, int[]>> e : plan.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            for (int c = 1; c < head.size(); c++) {
                int[] cell = e.getValue().get(head.get(c));
                row.add(cell == null ? "0" : cell[1] >= 0 && cell[1] != cell[0] ? text.get("bracketed", cell[0], text.get("sp_was", cell[1])) : Integer.toString(cell[0]));
            }
            rows.add(row);
        }
        p.table(head, rows);

        p.heading(text.get("sa_by_day"));
        List<List<String>> byGroup = answer.table(text, true);
        p.table(byGroup.get(0), byGroup.subList(1, byGroup.size()));
        p.para(StaffAnswer.rule(text, s));

        p.heading(text.get("sp_required"));
        for (Map.Entry<String, String> e : svgs.entrySet()) p.svg(e.getKey(), e.getValue());

        p.heading(text.get("sp_compare"));
        List<List<String>> cmp = new ArrayList<>();
        List<StaffFigures.Row> plans = new ArrayList<>();
        if (original != null) plans.add(StaffFigures.Row.of("original", original));
        plans.add(best);
        for (StaffFigures.Row row : plans) cmp.add(StaffFigures.tableRow(text, r.goal(), row, best));
        p.table(StaffFigures.tableHead(text, s), cmp);
        // the console's count line: simulations, rosters screened out after their first replications, then the notes
        p.para(text.get("sp_found_how", StaffFigures.simulationsSentence(text, r, s.replications())));
        p.write(dir.resolve("staff.html"));
    }

    private static String shiftLabel(Scenario s, String shift) {
        Scenario.Shift sh = s.shifts().get(shift);
        if (sh == null) return shift; // a designed shift: its name says its start and length ("0800-8h")
        return shift + " " + clock(sh.fromSec()) + "–" + clock(sh.toSec());
    }

    private static String clock(int sec) { return String.format("%02d:%02d", sec / 3600, sec % 3600 / 60); }
}
