package io.kefusim.cli;

import io.kefusim.fit.Backtest;
import io.kefusim.fit.BacktestWriter;
import io.kefusim.fit.RecordFormat;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Replay the period a shop's records cover — its real arrivals and the agents the records show on duty — with a scenario's behaviour, and compare hour by hour what the model says with what happened: abandon share, mean queue wait, service level, first response, each with the simulated 2.5-97.5%% range. Writes backtest.json, backtest.csv, backtest.html and the replayed trace.csv."})
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    RecordsOptions records;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "The scenario whose behaviour is tested (e.g. fit's fitted.yaml).")
    Path scenario;

    @Option(names = "--staffing", defaultValue = "records", paramLabel = "WHOSE",
            description = "Whose staffing is replayed: records (the agents the records show on duty, read with the scenario's availability.idle_gap) or scenario (the scenario's own roster and teams, e.g. to try a corrected staffing) (default: ${DEFAULT-VALUE}).")
    String staffing;

    @Option(names = "--talk", defaultValue = "fitted", paramLabel = "WHOSE",
            description = "Talk times replayed (calls): fitted (drawn from the scenario's reply_time) or recorded (each answered call's own, to separate talk-time noise from staffing and patience) (default: ${DEFAULT-VALUE}).")
    String talk;

    @Option(names = "--replications", converter = Ranges.BandReplications.class, defaultValue = "40", paramLabel = "N", description = "Replications for the band (default: ${DEFAULT-VALUE}, not the scenario's replications, which a warning names if it writes others).")
    int replications;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}, not the scenario's seed, which a warning names if it writes another).")
    long seed;

    @Option(names = "--threads", converter = Ranges.Threads.class, paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Text text = new Text(output.lang);
        if (replications < 2) throw new ScenarioException("--replications", 0, null, replications + " is below the minimum; allowed: 2 to 10000",
                replications + " 低于最小值；允许：2 到 10000");
        if (replications > 10_000) throw new ScenarioException("--replications", 0, null, replications + " is above the maximum; allowed: 2 to 10000",
                replications + " 高于最大值；允许：2 到 10000");
        RecordFormat forced = records.format();
        Backtest.Staffing whose = switch (staffing) {
            case "records" -> Backtest.Staffing.RECORDS;
            case "scenario" -> Backtest.Staffing.SCENARIO;
            default -> throw new ScenarioException("--staffing", 0, null, "'" + staffing + "' is not a staffing; allowed: records, scenario",
                    "'" + staffing + "' 不是在岗来源；允许：records（记录中的）、scenario（方案中的）");
        };
        Backtest.Talk talks = switch (talk) {
            case "fitted" -> Backtest.Talk.FITTED;
            case "recorded" -> Backtest.Talk.RECORDED;
            default -> throw new ScenarioException("--talk", 0, null, "'" + talk + "' is not a talk-time source; allowed: fitted, recorded",
                    "'" + talk + "' 不是通话时长来源；允许：fitted（拟合的）、recorded（记录中的）");
        };
        Scenario base = ScenarioLoader.load(scenario, List.of());
        RunFolder.check(output.out, base.name() + "-backtest");
        // the records read, and matched to the scenario, before anything is said: bad input is the one thing said
        // (progress lines of a long read are not warnings, and are said as they come)
        Backtest.Records rec = Backtest.collect(records.files, forced, said -> spec.commandLine().getErr().println(io.kefusim.report.WarningText.say(text, said)));
        Backtest.check(rec, base, whose, talks);
        String folder = Backtest.folderName(rec, base);
        RunFolder.check(output.out, folder);
        // what of the file's behaviour runs on kefusim's defaults, said here too (the rest of the file the records replace),
        // the file's replications and seed when the band runs backtest's own (--replications, --seed),
        // and with --staffing scenario the hours with buyers its roster leaves with nobody on duty
        List<io.kefusim.sanity.Warning> warnings = new java.util.ArrayList<>(io.kefusim.sanity.ScenarioSanity.forBacktest(base,
                replications, IdleOptions.given(spec, "--replications"), seed, IdleOptions.given(spec, "--seed")));
        warnings.addAll(Backtest.warnings(rec, base, whose));
        ScenarioWarnings.print(warnings, null, spec.commandLine().getErr(), text, ScenarioWarnings.SHOWN);
        // what the reading left out, said as fit says it (the observed figures are counted without it)
        for (io.kefusim.scenario.Said notice : rec.read().told(text.chinese())) spec.commandLine().getErr().println(text.get("fn_notice", io.kefusim.report.WarningText.say(text, notice)));
        int t = RunOptions.threadCount(threads);
        Backtest.Result[] result = new Backtest.Result[1];
        Path done = RunFolder.write(output.out, folder, dir -> {
            result[0] = Backtest.run(rec, base, whose, talks, replications, seed, t, dir.resolve("trace.csv"));
            // fit13: the replay answers faster than the records (service level, share taken at once) beyond its band
            List<io.kefusim.sanity.Warning> faster = io.kefusim.sanity.ReplayFaster.warning("backtest.answers_faster", scenario.getFileName().toString(),
                    result[0].json(), new io.kefusim.scenario.Said("wn_faster_by_backtest"));
            warnings.addAll(faster);
            ScenarioWarnings.print(faster, null, spec.commandLine().getErr(), text, ScenarioWarnings.SHOWN);
            BacktestWriter.write(dir, result[0], warnings, text);
        });
        for (String line : BacktestWriter.summary(result[0], text)) stdout.println(line);
        stdout.println();
        stdout.println(text.get("labelled", text.get("results_in"), done));
        stdout.println(text.get("labelled", text.get("report_written"), done.resolve("backtest.html")));
        return 0;
    }
}
