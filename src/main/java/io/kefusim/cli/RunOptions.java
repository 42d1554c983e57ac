package io.kefusim.cli;

import io.kefusim.scenario.Assignment;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by compare and sweep (run has its own, with the scenario file first). */
final class RunOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a value in every plan, e.g. --set demand.scale=1.5 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--replications", converter = Ranges.Replications.class, paramLabel = "N", description = "Replications per simulation: of each plan (run, compare, batch), sweep point or roster staff tries (overrides the scenario).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed for every plan or point (overrides the scenario).")
    Long seed;

    @Option(names = "--threads", converter = Ranges.Threads.class, paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "Base folder for results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of console and charts: en or zh.")
    String lang;

    @Option(names = "--png", description = "Also write each chart as charts/NAME.png (for slides and chat apps); the SVGs and the HTML page are always written.")
    boolean png;

    @Option(names = "--strict", description = "Treat the scenario's warnings as errors: list them and stop with exit code 2 before anything runs.")
    boolean strict;

    /** --set's values, then --replications and --seed: each tagged with its option, which an error names. */
    List<Assignment> allOverrides() {
        once("--set", overrides);
        List<Assignment> all = Assignment.sets(overrides);
        if (replications != null) all.add(Assignment.typed("--replications", "replications", replications));
        if (seed != null) all.add(Assignment.typed("--seed", "seed", seed));
        return all;
    }

    /**
     * Refuses a key given twice to one option ({@code --set k=1 --set k=2}, {@code --vary k=1..3 --vary k=4,5}):
     * the later silently replaced the earlier (a sweep then ran the same points twice over). A key inside
     * another ({@code --set roster[0]=… --set roster[0].agents=5}) is not the same key and stays allowed.
     */
    static void once(String option, List<String> given) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (String g : given) {
            int eq = g.indexOf('=');
            if (eq <= 0) continue; // not KEY=VALUE: the option's own check says so
            String key = g.substring(0, eq).trim(), value = g.substring(eq + 1).trim();
            String before = seen.putIfAbsent(key, value);
            if (before != null) {
                String k = option.equals("--vary") ? "err_vary_twice" : "err_set_twice";
                throw new io.kefusim.scenario.ScenarioException(option, 0, key, new io.kefusim.report.Text("en").get(k, before, value),
                        new io.kefusim.report.Text("zh").get(k, before, value));
            }
        }
    }

    int threadCount() {
        return threadCount(threads);
    }

    /** --threads as given (at least 1), or all cores: one rule for every command. */
    static int threadCount(Integer threads) {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
