package io.kefusim.output;

import io.kefusim.report.ChartStyle;
import io.kefusim.report.Format;
import io.kefusim.report.StaffAnswer;
import io.kefusim.report.StaffFigures;
import io.kefusim.report.StaffFigures.Row;
import io.kefusim.report.StaffPage;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.report.Words;
import io.kefusim.metrics.Money;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.StaffReplications;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.ScenarioWriter;
import io.kefusim.staffing.Decisions.Decision;
import io.kefusim.staffing.Optimiser;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staffing optimiser's files: optimised.yaml, staffing.csv, comparison.csv/json, requirement charts. */
public final class StaffingWriter {
    private StaffingWriter() {}

    /**
     * @param was the original's headcounts on the same decisions (null when the shifts were designed: the original's are others)
     * @param answer the answer first (sentence, per-day table, break rule), in the user's language; {@code english} the same for staffing.json
     */
    public static List<Warning> write(Path dir, Scenario original, Optimiser.Result r, Optimiser.Evaluation originalEval, Optimiser.Evaluation was,
                             StaffAnswer answer, StaffAnswer english, Text text, boolean png) throws IOException {
        return write(dir, original, r, originalEval, was, answer, english, text, png, false);
    }

    /**
     * @param splitDemand issue 31: say each roster's split of its spread into demand's share and the
     *        simulation's own noise, when its scenario's demand is uncertain; only when the rosters'
     *        replications were simulated over that uncertain demand (plain {@code staff}, not
     *        {@code --confidence}, whose rosters were simulated at a fixed quantile of it)
     * @return the new roster's warnings, each pointing at {@link #OPTIMISED} and its line (for the console)
     */
    public static List<Warning> write(Path dir, Scenario original, Optimiser.Result r, Optimiser.Evaluation originalEval, Optimiser.Evaluation was,
                             StaffAnswer answer, StaffAnswer english, Text text, boolean png, boolean splitDemand) throws IOException {
        return write(dir, original, r, originalEval, was, answer, english, text, png, splitDemand, null, null);
    }

    /**
     * @param confidenceLines {@code staff --confidence}: its block as the console says it, in the user's language (staff.html), or null
     * @param confidenceJson the same as confidence.json writes it (staffing.json {@code confidence}), or null
     */
    public static List<Warning> write(Path dir, Scenario original, Optimiser.Result r, Optimiser.Evaluation originalEval, Optimiser.Evaluation was,
                             StaffAnswer answer, StaffAnswer english, Text text, boolean png, boolean splitDemand,
                             List<String> confidenceLines, Map<String, Object> confidenceJson) throws IOException {
        Map<String, Object> spread = splitDemand ? StaffFigures.demandSpread(originalEval, r) : null;
        Scenario best = r.best().scenario();
        // today's roster meets the goal and costs less: optimised.yaml says so, and is no "proven" answer
        boolean today = StaffFigures.todayCheaper(r, originalEval);
        // the bounds' largest roster while today's meets the goal: no optimised.yaml, so the bound is never a plan to run
        boolean keepToday = StaffFigures.keepToday(r, originalEval);
        // tester26: a group or shift staff put nobody on stays in a line of agents: 0, not taken for forgotten (inputs.unread)
        Scenario kept = io.kefusim.staffing.Decisions.written(original, best, r.decisions(), r.best().x());
        String yaml = "# " + text.get("oy_chosen_for", Words.goal(text, original, r.goal(), r.best() == null ? null : r.best().reps())) + "\n"
                + "# " + (today && !r.boundOnly() ? text.get("oy_today_cheaper", Format.whole(originalEval.labourCost()),
                        Format.whole(r.best().labourCost()))
                        : text.get(r.boundOnly() ? "oy_bound" : StaffFigures.designBudget(r) ? "oy_design_budget" : !r.proven() ? "oy_found" : StaffFigures.designed(r) ? "oy_proven_design" : "oy_proven")) + "\n"
                + (kept != best ? "# " + text.get("oy_zero_lines") + "\n" : "")
                + ResultsWriter.withDefaultsUsed(kept);
        if (!keepToday) Files.writeString(dir.resolve(OPTIMISED), yaml);
        // today's roster's warnings point at the scenario file; the new one's at optimised.yaml as written, read back
        // as kefusim validate reads it (the best scenario's own places are the input file's, its roster indexes are not);
        // none when no optimised.yaml is written (the bound is not offered to run)
        List<Warning> warnedToday = ScenarioSanity.forStaff(original);
        List<Warning> warnedNew = new ArrayList<>();
        if (!keepToday) {
            warnedNew.addAll(asWritten(yaml, dir.resolve(OPTIMISED), best));
            warnedNew.addAll(fewReplications(original, r.goal(), r.best()));
        }

        List<String> header = List.of("group", "shift", "date", "team", "min", "max", "pay_per_agent", "optimised_agents", "original_agents");
        try (Csv csv = new Csv(dir.resolve("staffing.csv"), header)) {
            for (int k = 0; k < r.decisions().size(); k++) {
                Decision d = r.decisions().get(k);
                csv.row(List.of(d.group(), nz(d.shift()), d.on() == null ? "" : String.join(" ", d.on().stream().map(Object::toString).toList()), nz(d.team()),
                        Integer.toString(d.min()), Integer.toString(d.max()), Csv.num(Math.round(d.cost() * 100) / 100.0),
                        Integer.toString(r.best().x()[k]), was == null ? "" : Integer.toString(was.x()[k])));
            }
        }

        List<Row> rows = new ArrayList<>();
        if (originalEval != null) rows.add(Row.of("original", originalEval));
        rows.add(Row.of("optimised", r.best()));
        // meets_goal: yes/no for a goal with a threshold; the lost-sales goal has none, so "lowest" or "higher" (see objective)
        Row optimised = rows.get(rows.size() - 1);
        try (Csv csv = new Csv(dir.resolve("comparison.csv"), List.of("plan", "scheduled_pay", "labour_cost", "service_level",
                "abandon_share", "lost_sales", "meets_goal", "lost_margin", "unanswered_cost", "objective"))) {
            for (Row row : rows) {
                String verdict = r.goal().isConstraint() ? (row.meetsGoal() ? "yes" : "no") : StaffFigures.isLowest(row, optimised) ? "lowest" : "higher";
                csv.row(List.of(row.plan(), Csv.num(row.scheduledPay()), Csv.num(row.labourCost()), Csv.num(row.serviceLevel()),
                        Csv.num(row.abandonShare()), Csv.num(row.lostSales()), verdict, Csv.num(row.lostMargin()), Csv.num(row.unansweredCost()),
                        r.goal().isConstraint() ? "" : Csv.num(row.objective())));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("answer", english.json()); // issue 26: the answer first
        json.put("goal", r.goal().toString());
        // today's roster cheaper: the search's roster is proven cheapest of nothing the reader should staff by
        json.put("proven_cheapest", r.proven() && !today);
        // today's roster (plans' "original") meets the goal and its labour cost is below the optimised roster's
        json.put("original_cheaper", today);
        // the answer is today's roster: cheaper than the search's, or the search has no result while today's meets the goal
        json.put("keep_original", StaffFigures.keepOriginal(r, originalEval));
        // false: the bounds' largest roster while today's meets the goal (keep today's scenario; see staffing.md)
        json.put("optimised_written", !keepToday);
        // the budget ran out before the search found a roster that meets the goal: the roster is the bounds' largest, no answer
        // or the shifts were designed and the budget ran out before any designed roster met it: the last one tried, no answer
        json.put("search_result", !StaffFigures.noResult(r));
        // a goal without a threshold (lost-sales) is not "met": goal_met is null and objective says what was minimised
        // true also when today's roster meets it and is the one to keep (no search result): the answer meets the goal
        json.put("goal_met", r.goal().isConstraint() ? StaffFigures.goalMet(r, originalEval) : null);
        if (!r.goal().isConstraint()) json.put("objective", new Money(original).marginForAll()
                ? "labour_cost + lost_margin_recoverable + unanswered_cost" : "labour_cost + lost_sales_recoverable + unanswered_cost");
        json.put("simulations", r.simulations());
        json.put("replications_per_simulation", original.replications());
        // issue 29: rosters stopped after their first replications as clearly short of the goal (staffing.md, "Screening")
        json.put("stopped_early", r.replications().stopped());
        json.put("stopped_after_replications", r.replications().stage() > 0 ? r.replications().stage() : null);
        json.put("replications_simulated", r.replications().simulated());
        json.put("seed", original.seed());
        json.put("notes", StaffFigures.notes(new Text("en"), r));
        json.put("plans", rows);
        Map<String, Object> worst = new LinkedHashMap<>();
        if (originalEval != null) worst.put("original", StaffFigures.worstIntervals(r.goal(), originalEval));
        worst.put("optimised", StaffFigures.worstIntervals(r.goal(), r.best()));
        json.put("worst_intervals", worst);
        if (spread != null) json.put("demand_uncertainty", spread); // issue 31: as summary.json's, per roster
        if (confidenceJson != null) json.put("confidence", confidenceJson); // staff --confidence: both rosters, outcomes met, extra cost
        json.put("warnings", WarningText.json(byPlan("original", "optimised", warnedToday, warnedNew))); // the plans' names, as plans and worst_intervals
        ResultsWriter.JSON.writeValue(dir.resolve("staffing.json").toFile(), json);

        Map<String, JFreeChart> charts = StaffFigures.requirementCharts(original, r, text);
        Path chartsDir = dir.resolve("charts");
        Map<String, String> svgs = ChartStyle.svgElements(charts);
        ChartStyle.writeSvgFiles(chartsDir, svgs);
        if (png) ChartStyle.writePngs(chartsDir, charts);
        StaffPage.write(dir, original, r, originalEval, was, answer, text, svgs, spread,
                byPlan(text.get("sp_plan_original"), text.get("sp_plan_optimised"), warnedToday, warnedNew), confidenceLines);
        return warnedNew;
    }

    /** staff.few_replications: the chosen roster's widest judged half-width against the goal's room (see {@link StaffReplications}). */
    public static List<Warning> fewReplications(Scenario s, io.kefusim.staffing.Goal goal, Optimiser.Evaluation best) {
        io.kefusim.staffing.Goal.Width w = goal.widest(best.reps());
        if (w == null) return List.of();
        return StaffReplications.check(s, w.halfWidth(), w.sd(), w.replications(), goal.per().name().toLowerCase(), w.cell(), goal.room(),
                goal.threshold(), goal.kind() == io.kefusim.staffing.Goal.Kind.SERVICE_LEVEL);
    }

    /** The roster the optimiser chose, as written to the results folder (and as its warnings name it). */
    public static final String OPTIMISED = "optimised.yaml";

    /** The warnings of optimised.yaml as kefusim validate gives them: its own lines, its roster's indexes. */
    private static List<Warning> asWritten(String yaml, Path file, Scenario best) {
        try {
            return ScenarioSanity.forStaff(ScenarioLoader.fromYaml(yaml, OPTIMISED, file));
        } catch (ScenarioException e) {
            // not expected (the file is written to be run): then the key alone in optimised.yaml, never another file's line
            return ScenarioSanity.forStaff(best).stream()
                    .map(w -> new Warning(w.code(), new Origins.Origin(OPTIMISED, 0, w.where().key()), w.date(), w.said())).toList();
        }
    }

    /**
     * Each roster's warnings under a name: in staffing.json the plans' keys ("original",
     * "optimised", as its plans and worst_intervals), on the page the words ("today's", "new").
     * The original's are the input scenario's, there even when no original plan was simulated.
     */
    private static Map<String, List<Warning>> byPlan(String original, String optimised, List<Warning> today, List<Warning> neu) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        out.put(original, today);
        out.put(optimised, neu);
        return out;
    }

    private static String nz(String v) { return v == null ? "" : v; }
}
