package io.kefusim.cli;

import io.kefusim.engine.RandomStreams;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.output.ChatRecords;
import io.kefusim.report.ConsoleReport;
import io.kefusim.output.RunWriter;
import io.kefusim.output.Warmup;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.sanity.Warning;
import io.kefusim.roster.DutyPlan;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and write results/<name>/<run-id>/.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--threads", converter = Ranges.Threads.class, paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "Base folder for results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--records", description = "Also write chats.csv: one row per chat of replication 1.")
    boolean records;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the console report: en or zh.")
    String lang;

    @Option(names = "--png", description = "Also write each chart as charts/NAME.png (for slides and chat apps); the SVGs and report.html are always written.")
    boolean png;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (records && cluster.used()) {
            throw new io.kefusim.scenario.ScenarioException("--records", 0, null, "writes chats of replication 1 as they happen, on this machine: run without --cluster",
                    "在本机边运行边写出第 1 次重复的会话：请不要同时用 --cluster");
        }
        return cluster.around(this::work, spec.commandLine().getErr());
    }

    private Integer work() throws Exception {
        Warmup.start();
        PrintWriter stdout = spec.commandLine().getOut();
        Text text = new Text(lang);
        Scenario s = scenario.load();
        // a results folder that cannot be made is bad input, said alone: before the --set notes and the warnings
        RunFolder.check(out, s.name());
        IdleOptions.sets(scenario.overrides, false, spec.commandLine().getErr(), text);
        scenario.sayVariants(spec.commandLine().getErr(), text);
        int t = RunOptions.threadCount(threads);
        List<Warning> warnings = ScenarioWarnings.check(s, null, spec.commandLine().getErr(), text, scenario.strict);
        RunFolder folder = RunFolder.create(out, s.name());
        try {
            long t0 = System.nanoTime();
            Progress progress = new Progress(s.replications(), cluster.used() ? text.get("running_cluster", s.replications(), s.name())
                    : s.replications() == 1 ? (t == 1 ? text.get("running_one_one", s.name()) : text.get("running_one", s.name(), t))
                    : t == 1 ? text.get("running_one_thread", s.replications(), s.name()) : text.get("running", s.replications(), s.name(), t), text);
            List<ReplicationMetrics> reps;
            long recordedChats = 0;
            if (records) {
                DutyPlan names = DutyPlan.build(s, RandomStreams.forReplication(s.seed(), 0).get(RandomStreams.Source.ABSENCE));
                try (ChatRecords rec = new ChatRecords(folder.dir().resolve("chats.csv"), s, names)) {
                    reps = Experiment.run(s, t, rec, progress);
                    recordedChats = rec.rows();
                }
            } else {
                reps = Experiment.run(s, t, null, progress);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.finish(text.get("done_in", seconds));
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("scenario", s.name());
            info.put("source", s.source() == null ? null : s.source().toAbsolutePath().toString());
            info.put("finished_at", OffsetDateTime.now().toString());
            info.put("kefusim_version", new Main.Version().getVersion()[0]);
            info.put("replications", s.replications());
            info.put("seed", s.seed());
            // what ran the replications: the threads here, or the cluster (whose workers use their own cores; --threads is idle, said)
            if (cluster.used()) info.put("cluster", cluster.facts());
            else info.put("threads", t);
            info.put("wall_seconds", seconds);
            long events = reps.stream().mapToLong(m -> m.events).sum();
            info.put("events", events);
            info.put("overrides", scenario.overrides);
            info.put("warnings", WarningText.json(warnings));
            Map<String, Object> summary = RunWriter.write(folder.dir(), s, warnings, reps, info, text, png, msg -> spec.commandLine().getErr().println(msg));
            Path done = folder.commit();
            new ConsoleReport(text, stdout).print(s, summary);
            stdout.println();
            stdout.println(text.get("labelled", text.get("results_in"), done));
            stdout.println(text.get("labelled", text.get("report_written"), done.resolve("report.html")));
            // chats.csv is one replication; beside means over several, its row count reads as wrong unless said (tester18)
            if (records && s.replications() > 1) stdout.println(text.get("records_rep_one", String.format(java.util.Locale.ROOT, "%,d", recordedChats), s.replications()));
            return 0;
        } finally {
            folder.discard();
        }
    }
}
