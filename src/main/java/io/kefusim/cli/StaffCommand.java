package io.kefusim.cli;

import io.kefusim.output.RunFolder;
import io.kefusim.output.StaffingWriter;
import io.kefusim.report.StaffAnswer;
import io.kefusim.report.StaffFigures;
import io.kefusim.report.Columns;
import io.kefusim.report.Format;
import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.run.Experiment;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.staffing.Decisions;
import io.kefusim.staffing.Goal;
import io.kefusim.staffing.Optimiser;
import io.kefusim.staffing.ShiftDesigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "staff", mixinStandardHelpOptions = true,
        // one string per paragraph: picocli wraps it at the terminal's width, as the other commands' help (a line broken by
        // hand was wrapped again mid-sentence)
        description = {"Find the cheapest roster that meets a goal, checked by simulation: Erlang A requirements, an integer program "
                + "over the scenario's shifts (or rotating teams), then simulation to check and refine. Writes optimised.yaml, ready to run.",
                "Goals: service-level>=0.9, missed(2m)<=0.05, abandon<=0.03, lost-sales (minimise labour cost + lost sales "
                + "staffing can recover, in margin when every buyer type that orders has one, + unanswered buyers' cost)."})
final class StaffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (its shifts or teams are the choices; staffing.bounds limits them).")
    Path file;

    @Option(names = "--target", required = true, paramLabel = "GOAL", description = "The goal, e.g. 'service-level>=0.9'.")
    String target;

    @Option(names = "--per", defaultValue = "interval", paramLabel = "interval|day|run",
            description = "Where the goal must hold (default: ${DEFAULT-VALUE}: every reporting interval with at least 10 buyers, "
                    + "so no peak hour is hidden inside a good day average; day or run only for goals a shop reports that way).")
    String per;

    @Option(names = "--by-date", description = "Decide headcount per shift and date (a campaign), not the same every day.")
    boolean byDate;

    @Option(names = "--design", description = "Design the shifts (starts, lengths, staggered breaks) instead of keeping the scenario's: "
            + "staffing.design in the scenario says which shifts are allowed (also designs without this option); defaults: "
            + "starts on the hour, 4-12 h, a 30-min break in shifts over 6 h, at most 25%% of a group on break at once.")
    boolean design;

    @Option(names = "--max-simulations", converter = Ranges.OneOrMore.class, defaultValue = "60", paramLabel = "N", description = "Simulation budget: rosters the search may simulate (default: ${DEFAULT-VALUE}; at least 1). "
            + "Spent before any roster meets the goal, the output says there is no answer.")
    int budget;

    // issue 31: staff against uncertain demand (StaffConfidence)
    @Option(names = "--confidence", paramLabel = "Q", description = "With demand.uncertainty: the cheapest roster found that meets the goal in at least "
            + "this share of demand outcomes (0.5 to 0.999), verified by simulation, beside the roster for the expected demand.")
    Double confidence;

    @Option(names = "--draws", converter = Ranges.Draws.class, defaultValue = "100", paramLabel = "N", description = "Demand outcomes --confidence verifies on (default: ${DEFAULT-VALUE}).")
    int draws;

    @Mixin
    RunOptions options;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return cluster.around(this::work, spec.commandLine().getErr());
    }

    private Integer work() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Text text = new Text(options.lang);
        Scenario s = ScenarioLoader.load(file, options.allOverrides());
        Goal goal = Goal.parse(target, per, s);
        io.kefusim.sanity.StaffReplications.refuseTooFew(s); // a bound from fewer replications judges nothing
        var nobody = io.kefusim.sanity.NoBuyers.nothingToStaff(s); // no buyer arrives: no goal to meet or miss, refused (never "meets the goal" at NaN%)
        if (nobody.isPresent()) {
            var at = s.origins().at(s.demand().isTrace() ? "demand.trace" : "demand.pattern");
            throw new ScenarioException(at.file() == null ? file.toString() : at.file(), at.line(), s.demand().isTrace() ? "demand.trace" : "demand.pattern",
                    io.kefusim.report.WarningText.say(new Text("en"), nobody.get()), io.kefusim.report.WarningText.say(new Text("zh"), nobody.get()));
        }
        if (budget < 1) throw Ranges.outside("--max-simulations", budget, "1 or more", "1 或更多");
        if (byDate && Decisions.teamsOnly(s)) {
            throw new ScenarioException(file.toString(), 0, "teams", "--by-date decides shifts per date; with rotating teams the rotation fixes the dates",
                    "--by-date 按日期决定班次；轮班小组的日期已由轮班周期定好");
        }
        // a results folder that cannot be made is bad input, said alone: before the notes and warnings
        RunFolder.check(options.out, s.name() + "-staff");
        IdleOptions.sets(options.overrides, true, spec.commandLine().getErr(), text);
        if (confidence == null && IdleOptions.given(spec, "--draws")) IdleOptions.say(spec.commandLine().getErr(), text, "io_draws_alone");
        if (!goal.isConstraint() && IdleOptions.given(spec, "--per")) IdleOptions.say(spec.commandLine().getErr(), text, "io_per_lost_sales");
        ScenarioWarnings.checkForStaff(s, spec.commandLine().getErr(), text, options.strict);
        var unreachable = io.kefusim.staffing.Ceiling.unreachable(s, goal);
        if (unreachable.isPresent()) {
            spec.commandLine().getErr().println("kefusim staff: " + io.kefusim.report.WarningText.say(text, unreachable.get()));
            return 3;
        }
        if (confidence != null) { // issue 31
            return StaffConfidence.run(s, goal, confidence, draws, byDate, options.threadCount(), budget, options, out, spec.commandLine().getErr());
        }
        boolean interactive = System.console() != null;
        java.util.function.Consumer<Optimiser.Step> progress = step -> {
            String msg = stepLine(text, step);
            PrintWriter err = spec.commandLine().getErr(); // System.err, or a test's
            if (interactive) err.print("\r" + msg + "          ");
            else err.println(msg);
            err.flush();
        };
        boolean designing = design || s.design() != null;
        if (designing && Decisions.teamsMode(s)) {
            throw new ScenarioException(file.toString(), 0, "teams", "shift design chooses shifts for roster positions; with rotating teams the rotation fixes the shifts (to design shifts, give roster lines or staffing alone, without teams)",
                    "班次设计为排班岗位选择班次；轮班小组的班次已由轮班周期定好（要设计班次，请只给 roster 或 staffing，不带 teams）");
        }
        ShiftDesigner designer = designing ? ShiftDesigner.of(s, byDate) : null;
        Optimiser opt = designing ? Optimiser.designing(designer, goal, options.threadCount(), budget, progress)
                : new Optimiser(s, goal, byDate, options.threadCount(), budget, progress);
        // an infeasible goal explained by its cause before anything is simulated (breaks, bounds; the reply-speed ceiling above)
        int[] max = opt.decisions().stream().mapToInt(Decisions.Decision::max).toArray();
        var cause = io.kefusim.staffing.Causes.before(s, goal, opt.decisions(), designing ? null : Decisions.apply(s, opt.decisions(), max));
        if (cause.isPresent()) {
            spec.commandLine().getErr().println("kefusim staff: " + text.get(cause.get().key(), cause.get().args()) + (text.chinese() ? "。" : "."));
            return 3;
        }
        // no decision may take an agent (every shift dropped for the labour rules, or bounds of max 0): no roster to offer, and an
        // optimised.yaml with no roster is never written (staffH; the goals the cause checks pass over, abandon and lost sales, reach here)
        if (!designing && java.util.Arrays.stream(max).allMatch(m -> m == 0)) {
            spec.commandLine().getErr().println("kefusim staff: " + text.get("st_nothing_offered", io.kefusim.staffing.Causes.dropped(s, opt.decisions())) + (text.chinese() ? "。" : "."));
            return 3;
        }
        // the search's first integer program (one core) beside the simulation of the scenario's own roster (issue 29)
        opt.ahead();
        Optimiser.Evaluation original = s.roster().isEmpty() && s.teams().isEmpty() ? null
                : evaluateOriginal(s, goal, designing ? Decisions.of(s, byDate) : opt.decisions(), options.threadCount());
        Optimiser.Result r = opt.run();
        if (interactive) spec.commandLine().getErr().println();
        StaffAnswer answer = StaffAnswer.of(text, r, designer, original);
        StaffAnswer english = text.chinese() ? StaffAnswer.of(new Text("en"), r, designer, original) : answer; // staffing.json is English
        // the original's headcounts are per the scenario's shifts; against designed shifts there is no "was" to show
        Optimiser.Evaluation was = designing ? null : original;
        List<List<Warning>> warned = new java.util.ArrayList<>(); // the new roster's, pointing at optimised.yaml
        Path done = RunFolder.write(options.out, s.name() + "-staff", dir -> warned.add(StaffingWriter.write(dir, s, r, original, was, answer, english, text, options.png, true)));
        printAnswer(out, answer, text);
        print(out, s, r, original, was, answer, text);
        out.println();
        if (original != null) out.println("  " + Columns.left(text.get("label_ends", text.get("sp_plan_original")), 10) + " " + StaffFigures.worstSentence(text, goal, original));
        out.println("  " + Columns.left(text.get("label_ends", text.get("sp_plan_optimised")), 10) + " " + StaffFigures.worstSentence(text, goal, r.best()));
        if (goal.isConstraint() && goal.per() != Goal.Per.INTERVAL) out.println("  " + text.get("st_per_hint", text.get("wg_per_" + goal.per().name().toLowerCase(), "")));
        // issue 31: as the page, after the hours each roster falls short (not with --confidence, whose rosters were simulated at a fixed demand)
        CompareCommand.printDemandSpread(out, text, StaffFigures.demandSpread(original, r),
                java.util.Map.of("original", text.get("sp_plan_original"), "optimised", text.get("sp_plan_optimised")));
        printNewWarnings(out, text, warned.get(0), done);
        out.println();
        // the bounds' largest roster with today's meeting the goal: no optimised.yaml, today's scenario is the one to run
        out.println(text.get("labelled", text.get("wf_written"), done) + "  (" + (StaffFigures.keepToday(r, original)
                ? text.get("st_no_optimised", file) : "kefusim run " + done.resolve("optimised.yaml")) + ")");
        out.println(text.get("labelled", text.get("report_written"), done.resolve("staff.html")));
        // today's roster kept because it meets the goal (no search result) is an answer that meets it: exit 0, as goal_met
        return r.met() || StaffFigures.goalMet(r, original) ? 0 : 3;
    }

    /**
     * After the answer, what it rests on: the new roster's warnings (the input's, today's roster's, were said before the
     * search), as staff.html and staffing.json list them, each at its line of the optimised.yaml written, by its full path.
     */
    static void printNewWarnings(PrintWriter out, Text text, List<Warning> warnings, Path done) {
        if (warnings.isEmpty()) return;
        List<Warning> here = warnings.stream().map(w -> !StaffingWriter.OPTIMISED.equals(w.where().file()) ? w
                : new Warning(w.code(), new Origins.Origin(done.resolve(StaffingWriter.OPTIMISED).toString(), w.where().line(), w.where().key()), w.date(), w.said())).toList();
        out.println();
        out.println(here.size() == 1 ? text.get("st_new_warning") : text.get("st_new_warnings", here.size()));
        ScenarioWarnings.print(here, text.get("sp_plan_optimised"), out, text, ScenarioWarnings.SHOWN, "st_new_warnings_more");
    }

    /** The scenario's own roster as the optimiser's decisions, simulated the same way. */
    static Optimiser.Evaluation evaluateOriginal(Scenario s, Goal goal, List<Decisions.Decision> decisions, int threads) {
        int[] x = new int[decisions.size()];
        for (int k = 0; k < x.length; k++) {
            Decisions.Decision d = decisions.get(k);
            if (d.team() != null) {
                for (var t : s.teams()) if (t.name().equals(d.team())) x[k] = t.agents().getOrDefault(d.group(), 0);
            } else {
                // an undated entry works every day, so it counts on each date of --by-date too; a dated line in its own decision
                for (var e : s.roster()) if (d.counts(e)) x[k] += e.agents();
            }
        }
        return Optimiser.Evaluation.of(x, s, Experiment.runCounters(s, threads), goal, Decisions.cost(decisions, x));
    }

    /** The answer first: one sentence and one small table (per date: at work, positions, people). */
    private static void printAnswer(PrintWriter out, StaffAnswer answer, Text text) {
        out.println();
        out.println(answer.sentence());
        printTable(out, answer.table(text, false));
        if (!answer.breaks().isEmpty()) out.println("  " + answer.breaks());
    }

    private static void printTable(PrintWriter out, List<List<String>> table) {
        int[] widths = new int[table.get(0).size()];
        for (List<String> row : table) for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], Columns.width(row.get(c)));
        for (List<String> row : table) {
            StringBuilder l = new StringBuilder(" ");
            for (int c = 0; c < row.size(); c++) l.append("  ").append(c <= 1 ? Columns.left(row.get(c), widths[c]) : Columns.right(row.get(c), widths[c]));
            out.println(l);
        }
    }

    /** A progress line for one simulated roster; a goal without a threshold is never "met": say the sum it minimises instead. */
    static String stepLine(Text text, Optimiser.Step step) {
        return text.get("st_step", step.simulation(), Format.whole(step.rosterPay()), !step.constraint()
                ? text.get("st_step_objective", Format.whole(step.objective())) : step.stoppedAfter() > 0 ? text.get("st_step_stopped", step.stoppedAfter())
                : text.get(step.meets() ? "st_step_meets" : "st_step_short"));
    }

    private static void print(PrintWriter out, Scenario s, Optimiser.Result r, Optimiser.Evaluation original, Optimiser.Evaluation was, StaffAnswer answer, Text text) {
        out.println();
        out.println(text.get("sp_goal", Words.goal(text, s, r.goal(), r.best() == null ? null : r.best().reps()), s.replications(), s.seed()));
        out.println(text.get(r.boundOnly() ? "st_bound" : StaffFigures.designBudget(r) ? "st_design_budget" : !r.goal().isConstraint() ? "m_st_lowest" : !r.met() ? "st_none"
                : StaffFigures.todayCheaper(r, original) ? "st_today_cheaper" : !r.proven() ? "st_found" : StaffFigures.designed(r) ? "st_proven_design" : "st_proven"));
        for (int k = 0; k < r.decisions().size(); k++) {
            int v = r.best().x()[k];
            int o = was == null ? 0 : was.x()[k];
            if (v == 0 && o == 0) continue;
            // a designed shift as optimised.yaml names it, with its hours and break (the candidate's name said neither)
            Scenario.Shift designed = StaffFigures.designedShift(s, r.best().scenario(), r.decisions().get(k));
            Decisions.Decision d = r.decisions().get(k);
            // a team in the reader's words ("service @ A 组"), as staff.html names it; a shift by its name as optimised.yaml writes it
            String label = d.team() != null ? d.group() + " @ " + text.get("sp_team", d.team()) : designed == null ? d.label() : d.label(designed.name());
            out.println("  " + Columns.left(label, 40) + " " + text.get(v == 1 ? "st_agent" : "st_agents", v)
                    + (was == null ? "" : "  " + text.get("bracketed", "", text.get("sp_was", o)))
                    + (designed == null ? "" : "   " + StaffFigures.shiftHours(text, designed)));
        }
        out.println();
        out.println("  " + text.get("label_ends", text.get("sa_by_day")));
        printTable(out, answer.table(text, true));
        out.println("  " + StaffAnswer.rule(text, s));
        out.println();
        StaffFigures.Row best = StaffFigures.Row.of("optimised", r.best());
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(StaffFigures.tableHead(text, s));
        if (original != null) table.add(StaffFigures.tableRow(text, r.goal(), StaffFigures.Row.of("original", original), best));
        table.add(StaffFigures.tableRow(text, r.goal(), best, best));
        int[] widths = new int[table.get(0).size()];
        for (List<String> row : table) for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], Columns.width(row.get(c)));
        for (List<String> row : table) {
            StringBuilder l = new StringBuilder(" ");
            for (int c = 0; c < row.size(); c++) l.append("  ").append(c == 0 ? Columns.left(row.get(c), widths[c]) : Columns.right(row.get(c), widths[c]));
            out.println(l);
        }
        String objective = StaffFigures.objectiveSentence(text, r.goal(), r.best());
        if (!objective.isEmpty()) {
            out.println();
            out.println("  " + objective);
        }
        out.println();
        out.println("  " + StaffFigures.simulationsSentence(text, r, s.replications()));
    }
}
