package io.kefusim.cli;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.Assignment;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The scenario file and the options that change it, shared by run and validate. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a scenario value, e.g. --set demand.scale=1.5 --set roster[0].agents=8 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--replications", converter = Ranges.Replications.class, paramLabel = "N", description = "Number of replications (overrides the scenario).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (overrides the scenario).")
    Long seed;

    @Option(names = "--strict", description = "Treat the scenario's warnings as errors: list them and stop with exit code 2 before anything runs.")
    boolean strict;

    Scenario load() {
        return ScenarioLoader.load(file, assignments());
    }

    /** The scenario and each of its variants, as compare loads them: a bad variant is the same error. */
    List<ScenarioLoader.Plan> loadWithVariants() {
        return ScenarioLoader.loadWithVariants(file, assignments());
    }

    private List<Assignment> assignments() {
        RunOptions.once("--set", overrides);
        List<Assignment> all = Assignment.sets(overrides);
        if (replications != null) all.add(Assignment.typed("--replications", "replications", replications));
        if (seed != null) all.add(Assignment.typed("--seed", "seed", seed));
        return all;
    }

    /**
     * "notice: FILE lists 2 variants (variants:): run runs the file's own plan; kefusim compare FILE runs them beside it",
     * or nothing when the file lists none.
     */
    static void sayVariants(Path file, java.io.PrintWriter err, io.kefusim.report.Text text) {
        int n = ScenarioLoader.variantCount(file);
        if (n > 0) err.println(text.get("fn_notice", text.get(n == 1 ? "variants_by_compare_one" : "variants_by_compare", file, n)));
    }
}
