package io.kefusim.cli;

import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A benchmark, not a test: a scaled Double 11 day of a large shop (about 400,000 chats,
 * 150 agents at concurrency 5, 6 messages a chat), timed on one thread and on all cores,
 * with the peak heap; optionally the replay of a long synthetic trace. Run it with
 * {@code JAVA_OPTS=-Xmx512m ./kefusim bench} to show the memory bound.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure simulation speed and memory on a large shop's Double 11 day.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--chats", converter = Ranges.BenchChats.class, defaultValue = "400000", description = "Expected chats in the day (default: ${DEFAULT-VALUE}).")
    int chats;

    @Option(names = "--agents", converter = Ranges.BenchAgents.class, defaultValue = "150", description = "Agents on duty all day (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--repeat", converter = Ranges.OneOrMore.class, defaultValue = "5", description = "Timed single-thread replications (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", converter = Ranges.Threads.class, description = "Threads for the parallel part (default: all cores).")
    Integer threads;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Language of the output: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--trace-rows", converter = Ranges.TraceRows.class, defaultValue = "0", description = "Also replay a synthetic trace of this many rows (e.g. 10000000).")
    long traceRows;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Time this scenario's replications instead of the sale day (e.g. bench/erlang-a-c100.yaml, the SSJ comparison case).")
    Path scenarioFile;

    @Option(names = "--report", description = "Time what follows the simulation instead: the summary, CSV files, results.xlsx, charts and report.html of "
            + "the scenario's run, written --repeat times into a temporary folder (the first write as a fresh kefusim run does it).")
    boolean report;

    @Option(names = "--studio", description = "Time the studio instead: from a control change to the first figure of the new setting, on each example "
            + "in scenarios/ (or the --scenario file), --repeat changes each.")
    boolean studio;

    @Option(names = "--png", description = "With --report: also write the PNG charts, as kefusim run --png does.")
    boolean png;

    @Option(names = "--units", converter = Ranges.OneOrMore.class, defaultValue = "24", paramLabel = "N", description = "With --cluster: replications of the sale day sent to the cluster (default: ${DEFAULT-VALUE}).")
    int units;

    @picocli.CommandLine.Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    /** An hourly shape of a sale day (midnight rush, evening peak), scaled to the wanted total. */
    static final double[] SHAPE = {40, 20, 10, 6, 4, 4, 8, 20, 60, 110, 140, 130, 100, 110, 130, 140, 130, 110, 100, 120, 160, 180, 150, 90};

    /** The sale-day scenario of the bench command (also timed by the JMH benchmark in bench/jmh). */
    public static String scenarioYaml(int chats, int agents, double days, String demand) {
        double sum = Arrays.stream(SHAPE).sum();
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(String.format("%.3f", SHAPE[i] * chats / sum));
        String demandBlock = demand != null ? "  trace: " + demand + "\n" : "  pattern: {hourly: [" + hourly + "]}\n";
        return "name: bench-large-shop-double11\n"
                + "start: 2026-11-11T00:00\n"
                + "horizon: " + (long) (days * 86400) + "s\n"
                + "replications: 1\nseed: 11\n"
                + "demand:\n" + demandBlock
                + "  mix: {presale: 0.65, aftersale: 0.30, complaint: 0.05}\n"
                + "buyers:\n"
                + "  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 30s, sd: 20s}, order_value: 180}\n"
                + "  aftersale: {patience: {dist: exponential, mean: 10m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 30s, sd: 20s}}\n"
                + "  complaint: {patience: {dist: exponential, mean: 10m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 30s, sd: 20s}}\n"
                + "agents:\n"
                + "  - {group: presale, skills: [presale, aftersale], concurrency: 5, reply_time: {dist: lognormal, mean: 4s, sd: 2s}}\n"
                + "  - {group: aftersale, skills: [aftersale, complaint, presale], level: senior, concurrency: 5, reply_time: {dist: lognormal, mean: 4s, sd: 2s}}\n"
                + "shifts:\n  allday: {from: \"00:00\", to: \"24:00\"}\n"
                + "roster:\n"
                + "  - {group: presale, shift: allday, agents: " + (agents * 2 / 3) + "}\n"
                + "  - {group: aftersale, shift: allday, agents: " + (agents - agents * 2 / 3) + "}\n";
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Text text = new Text(lang);
        if (report && (cluster.used() || traceRows > 0)) {
            throw new io.kefusim.scenario.ScenarioException("--report", 0, null,
                    "times writing results on this machine: leave out " + (cluster.used() ? "--cluster" : "--trace-rows"),
                    "测的是在本机写结果的时间：请去掉 " + (cluster.used() ? "--cluster" : "--trace-rows"));
        }
        if (cluster.used()) return cluster.around(() -> clusterBench(out, text), spec.commandLine().getErr());
        if (report) return reportBench(out, text);
        if (studio) {
            Path examples = StudioCommand.scenarios();
            List<Path> files = scenarioFile != null ? List.of(scenarioFile) : StudioCommand.examples(examples);
            if (files.isEmpty()) { // nothing to time: said, not a silent exit 0
                throw new io.kefusim.scenario.ScenarioException("--studio", 0, null,
                        "no example scenarios in " + examples.toAbsolutePath() + "; allowed: --scenario FILE, or kefusim's own scenarios/ beside target/kefusim.jar",
                        examples.toAbsolutePath() + " 中没有示例场景；允许：--scenario FILE，或 target/kefusim.jar 旁边 kefusim 自带的 scenarios/");
            }
            StudioBench.run(files, Math.max(1, repeat), out, text);
            return 0;
        }
        Scenario s = scenarioFile != null ? ScenarioLoader.load(scenarioFile, List.of())
                : ScenarioLoader.fromYaml(scenarioYaml(chats, agents, 1, null), "bench", null);
        RateProfile profile = s.demand().isTrace() ? null : RateProfile.of(s);
        if (scenarioFile != null) out.println(text.get("bn_head_file", s.name(), scenarioFile));
        else out.println(text.get("bn_head", profile.expectedArrivals(), agents));
        out.println(text.get("bn_jvm", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        resetPeaks();
        ReplicationMetrics warm = Replication.run(s, profile, 0, null);
        out.println(text.get("bn_warm",
                warm.wallSeconds, warm.events, warm.maxPendingEvents, warm.total.arrived, 100 * Figures.abandonShare(warm.total),
                100 * Figures.occupancy(warm.agentTotal)));
        // Allocation on this thread during one whole replication (setup included), per event.
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        ReplicationMetrics measured = Replication.run(s, profile, 0, null);
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        out.println(text.get("bn_alloc", allocated / 1e6, (double) allocated / measured.events));
        double[] secs = new double[repeat];
        double[] rates = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            ReplicationMetrics m = Replication.run(s, profile, i + 1, null);
            secs[i] = m.wallSeconds;
            rates[i] = m.events / m.wallSeconds;
        }
        Arrays.sort(secs);
        Arrays.sort(rates);
        out.println(text.get("bn_one", repeat, secs[repeat / 2], secs[0], secs[repeat - 1], rates[repeat / 2] / 1e6));

        int t = RunOptions.threadCount(threads);
        int n = Math.max(2, 2 * t);
        Scenario par = s.withRun(n, 11);
        long t0 = System.nanoTime();
        List<ReplicationMetrics> reps = Experiment.run(par, t, null, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        long events = reps.stream().mapToLong(m -> m.events).sum();
        out.println(text.get("bn_par", t, n, wall, wall / n, events / wall / 1e6, (secs[repeat / 2] * n) / wall));
        out.println(text.get("bn_heap", peakHeapMb()));

        if (traceRows > 0) {
            Path dir = Files.createTempDirectory("kefusim-bench");
            Path trace = dir.resolve("synthetic-trace.csv");
            double days = Math.ceil(traceRows / (double) chats);
            writeTrace(trace, traceRows, days);
            Scenario ts = ScenarioLoader.fromYaml(scenarioYaml(chats, agents, days, trace.toString()), "bench-trace", null);
            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            ReplicationMetrics m = Replication.run(ts, null, 0, null);
            double w = (System.nanoTime() - t1) / 1e9;
            out.println(text.get("bn_trace", m.total.arrived, days, w, m.events, m.events / w / 1e6, peakHeapMb()));
            Files.deleteIfExists(trace);
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    /**
     * The time from the last replication to the last file written, as {@code kefusim run} spends it
     * (the library warm-up overlapping the simulation, the files written beside the charts): once
     * cold, the way a user meets it in a fresh process, then warm.
     */
    private int reportBench(PrintWriter out, Text text) throws Exception {
        if (repeat < 1) throw Ranges.outside("--repeat", repeat, "1 or more", "1 或更多");
        io.kefusim.output.Warmup.start();
        Scenario s = scenarioFile != null ? ScenarioLoader.load(scenarioFile, List.of())
                : ScenarioLoader.fromYaml(scenarioYaml(chats, agents, 1, null), "bench", null);
        int t = RunOptions.threadCount(threads);
        long t0 = System.nanoTime();
        List<ReplicationMetrics> reps = Experiment.run(s, t, null, null);
        double simulated = (System.nanoTime() - t0) / 1e9;
        out.println(text.get("bn_report_head", s.name(), s.replications(), simulated, t));
        // found before the run, as run finds and prints them, so not part of the time after it
        List<io.kefusim.sanity.Warning> warnings = io.kefusim.sanity.ScenarioSanity.check(s);
        Path root = Files.createTempDirectory("kefusim-report-bench");
        double[] secs = new double[repeat];
        try {
            for (int i = 0; i < repeat; i++) {
                Path dir = Files.createDirectory(root.resolve("run-" + i));
                long w0 = System.nanoTime();
                io.kefusim.output.RunWriter.write(dir, s, warnings, reps, new java.util.LinkedHashMap<>(java.util.Map.of("scenario", s.name())),
                        new Text(lang), png, msg -> { });
                secs[i] = (System.nanoTime() - w0) / 1e9;
                if (i == 0) {
                    long[] sizes = fileSizes(dir);
                    out.println(text.get("bn_report_first", secs[0], sizes.length, Arrays.stream(sizes).sum() / 1e3));
                }
            }
        } finally {
            io.kefusim.output.RunFolder.deleteTree(root);
        }
        if (repeat > 1) {
            double[] warm = Arrays.copyOfRange(secs, 1, repeat);
            Arrays.sort(warm);
            out.println(text.get("bn_report_warm", warm.length, warm[warm.length / 2], warm[0], warm[warm.length - 1]));
        }
        return 0;
    }

    /** The sizes of the files in a folder, its subfolders included. */
    private static long[] fileSizes(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).toArray();
        }
    }

    /**
     * Throughput of the cluster (replications of the sale day per second, events per second in
     * all) and the overhead of one work unit (a replication so small that sending the scenario and
     * the metrics back is nearly all of its time).
     */
    private int clusterBench(PrintWriter out, Text text) {
        if (units < 1) throw Ranges.outside("--units", units, "1 or more", "1 或更多");
        Scenario day = ScenarioLoader.fromYaml(scenarioYaml(chats, agents, 1, null), "bench", null).withRun(units, 11);
        Experiment.run(day.withRun(Math.min(units, 4), 7), 1, null, null); // warm the workers' JIT
        long t0 = System.nanoTime();
        List<ReplicationMetrics> reps = Experiment.run(day, 1, null, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        long events = reps.stream().mapToLong(m -> m.events).sum();
        out.println(text.get("bn_cluster", units, chats, wall, units / wall, events / wall / 1e6));
        Scenario tiny = ScenarioLoader.fromYaml(scenarioYaml(50, 2, 1, null), "bench-tiny", null).withRun(400, 13);
        Experiment.run(tiny.withRun(100, 3), 1, null, null);
        long t1 = System.nanoTime();
        List<ReplicationMetrics> small = Experiment.run(tiny, 1, null, null);
        double w = (System.nanoTime() - t1) / 1e9;
        double simulated = small.stream().mapToDouble(m -> m.wallSeconds).sum();
        out.println(text.get("bn_overhead", small.size(), w, 1000 * w / small.size(), 1000 * simulated / small.size()));
        return 0;
    }

    /** Evenly spread arrivals with a little jitter: only the row count and order matter here. */
    private static void writeTrace(Path file, long rows, double days) throws Exception {
        double step = days * 86400 / rows;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,type,messages\n");
            String[] types = {"presale", "presale", "aftersale", "presale", "complaint", "aftersale", "presale", "presale"};
            java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 11, 11, 0, 0);
            for (long i = 0; i < rows; i++) {
                double t = i * step;
                long sec = (long) t;
                int ms = (int) ((t - sec) * 1000);
                java.time.LocalDateTime at = start.plusSeconds(sec);
                w.write(at.toLocalDate().toString());
                w.write(' ');
                w.write(String.format("%02d:%02d:%02d.%03d", at.getHour(), at.getMinute(), at.getSecond(), ms));
                w.write(',');
                w.write(types[(int) (i % types.length)]);
                w.write(',');
                w.write(Integer.toString(1 + (int) (i % 11)));
                w.write('\n');
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum >> 20;
    }
}
