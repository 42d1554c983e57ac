package io.kefusim.cli;

import io.kefusim.report.RunFolder;
import io.kefusim.report.StaffingWriter;
import io.kefusim.report.Columns;
import io.kefusim.report.Format;
import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.staffing.Decisions;
import io.kefusim.staffing.Goal;
import io.kefusim.staffing.Optimiser;
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
        description = {"Find the cheapest roster that meets a goal, checked by simulation.",
                "Erlang A requirements, an integer program over the scenario's shifts (or rotating teams), then simulation",
                "to check and refine. Writes optimised.yaml, ready to run.",
                "Goals: service-level>=0.9, missed(2m)<=0.05, abandon<=0.03, lost-sales (minimise labour cost + lost sales",
                "staffing can recover, in margin when every buyer type that orders has one, + unanswered buyers' cost)."})
final class StaffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (its shifts or teams are the choices; staffing.bounds limits them).")
    Path file;

    @Option(names = "--target", required = true, paramLabel = "GOAL", description = "The goal, e.g. 'service-level>=0.9'.")
    String target;

    @Option(names = "--per", defaultValue = "interval", paramLabel = "interval|day|run",
            description = {"Where the goal must hold (default: ${DEFAULT-VALUE}: every reporting interval with at least 10 buyers,",
                    "so no peak hour is hidden inside a good day average; day or run only for goals a shop reports that way)."})
    String per;

    @Option(names = "--by-date", description = "Decide headcount per shift and date (a campaign), not the same every day.")
    boolean byDate;

    @Option(names = "--max-simulations", defaultValue = "60", paramLabel = "N", description = "Simulation budget (default: ${DEFAULT-VALUE}).")
    int budget;

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
        if (budget < 1) throw new ScenarioException("--max-simulations", 0, null, "allowed: 1 or more", "允许：1 或更多");
        if (byDate && Decisions.teamsMode(s)) {
            throw new ScenarioException(file.toString(), 0, "teams", "--by-date decides shifts per date; with rotating teams the rotation fixes the dates",
                    "--by-date 按日期决定班次；轮班小组的日期已由轮班周期定好");
        }
        ScenarioWarnings.check(s, null, spec.commandLine().getErr(), text, options.strict);
        RunFolder.check(options.out, s.name() + "-staff");
        var unreachable = io.kefusim.staffing.Ceiling.unreachable(s, goal);
        if (unreachable.isPresent()) {
            spec.commandLine().getErr().println("kefusim staff: " + unreachable.get() + ".");
            return 3;
        }
        boolean interactive = System.console() != null;
        Optimiser opt = new Optimiser(s, goal, byDate, options.threadCount(), budget,
                step -> {
                    // a goal without a threshold is never "met": say the sum it minimises instead
                    String msg = text.get("st_step", step.simulation(), Format.whole(step.rosterPay()), !step.constraint()
                            ? text.get("st_step_objective", Format.whole(step.objective())) : text.get(step.meets() ? "st_step_meets" : "st_step_short"));
                    PrintWriter err = spec.commandLine().getErr(); // System.err, or a test's
                    if (interactive) err.print("\r" + msg + "          ");
                    else err.println(msg);
                    err.flush();
                });
        Optimiser.Evaluation original = s.roster().isEmpty() && s.teams().isEmpty() ? null : evaluateOriginal(s, goal, opt, options.threadCount());
        Optimiser.Result r = opt.run();
        if (interactive) spec.commandLine().getErr().println();
        Path done = RunFolder.write(options.out, s.name() + "-staff", dir -> StaffingWriter.write(dir, s, r, original, text, options.png));
        print(out, s, r, original, text);
        out.println();
        if (original != null) out.println("  " + Columns.left(text.get("sp_plan_original") + ":", 10) + " " + StaffingWriter.worstSentence(text, goal, original));
        out.println("  " + Columns.left(text.get("sp_plan_optimised") + ":", 10) + " " + StaffingWriter.worstSentence(text, goal, r.best()));
        if (goal.per() != Goal.Per.INTERVAL) out.println("  " + text.get("st_per_hint", text.get("wg_per_" + goal.per().name().toLowerCase(), "")));
        out.println();
        out.println(text.get("wf_written") + ": " + done + "  (kefusim run " + done.resolve("optimised.yaml") + ")");
        out.println(text.get("report_written") + ": " + done.resolve("staff.html"));
        return r.met() ? 0 : 3;
    }

    /** The scenario's own roster as the optimiser's decisions, simulated the same way. */
    private static Optimiser.Evaluation evaluateOriginal(Scenario s, Goal goal, Optimiser opt, int threads) {
        var decisions = opt.decisions();
        int[] x = new int[decisions.size()];
        for (int k = 0; k < x.length; k++) {
            Decisions.Decision d = decisions.get(k);
            if (d.team() != null) {
                for (var t : s.teams()) if (t.name().equals(d.team())) x[k] = t.agents().getOrDefault(d.group(), 0);
            } else {
                for (var e : s.roster()) {
                    if (!e.group().equals(d.group()) || !e.shift().equals(d.shift())) continue;
                    // an undated entry works every day, so it counts on each dated decision too
                    if (d.date() == null ? e.dates() == null : e.dates() == null || e.dates().contains(d.date())) x[k] += e.agents();
                }
            }
        }
        return Optimiser.Evaluation.of(x, s, Experiment.runCounters(s, threads), goal, Decisions.cost(decisions, x));
    }

    private static void print(PrintWriter out, Scenario s, Optimiser.Result r, Optimiser.Evaluation original, Text text) {
        out.println();
        out.println(text.get("sp_goal", Words.goal(text, s, r.goal()), s.replications(), s.seed()));
        out.println(text.get(!r.goal().isConstraint() ? "m_st_lowest" : r.met() ? (r.proven() ? "st_proven" : "st_found") : "st_none"));
        for (int k = 0; k < r.decisions().size(); k++) {
            int v = r.best().x()[k];
            int o = original == null ? 0 : original.x()[k];
            if (v == 0 && o == 0) continue;
            out.println("  " + Columns.left(r.decisions().get(k).label(), 40) + " " + text.get(v == 1 ? "st_agent" : "st_agents", v)
                    + (original == null ? "" : "   (" + text.get("sp_was", o) + ")"));
        }
        out.println();
        StaffingWriter.Row best = StaffingWriter.Row.of("optimised", r.best());
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(StaffingWriter.tableHead(text, s));
        if (original != null) table.add(StaffingWriter.tableRow(text, r.goal(), StaffingWriter.Row.of("original", original), best));
        table.add(StaffingWriter.tableRow(text, r.goal(), best, best));
        int[] widths = new int[table.get(0).size()];
        for (List<String> row : table) for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], Columns.width(row.get(c)));
        for (List<String> row : table) {
            StringBuilder l = new StringBuilder(" ");
            for (int c = 0; c < row.size(); c++) l.append("  ").append(c == 0 ? Columns.left(row.get(c), widths[c]) : Columns.right(row.get(c), widths[c]));
            out.println(l);
        }
        String objective = StaffingWriter.objectiveSentence(text, r.goal(), r.best());
        if (!objective.isEmpty()) {
            out.println();
            out.println("  " + objective);
        }
        out.println();
        out.println("  " + text.get("st_simulations", r.simulations()) + " " + String.join("; ", StaffingWriter.notes(text, r)) + ".");
    }
}
