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
        sayVariants(file, err, text, List.of());
    }

    /**
     * The same; a variant that cannot load (compare would stop at it with exit 2) turns the notice
     * into a warning naming its error, the run going on with the file's own plan (before, a notice
     * that compare runs the variants, as if they would).
     */
    static void sayVariants(Path file, java.io.PrintWriter err, io.kefusim.report.Text text, List<Assignment> overrides) {
        int n = ScenarioLoader.variantCount(file);
        if (n == 0) return;
        io.kefusim.scenario.ScenarioException broken = null;
        try {
            ScenarioLoader.loadWithVariants(file, overrides);
        } catch (io.kefusim.scenario.ScenarioException x) {
            if (x.field() != null && x.field().startsWith("variants")) broken = x; // the plan's own errors are the run's to say
        }
        if (broken == null) err.println(text.get("fn_notice", text.get(n == 1 ? "variants_by_compare_one" : "variants_by_compare", file, n)));
        else err.println(text.get(n == 1 ? "variants_broken_one" : "variants_broken", file, n, broken.describe(text.chinese())));
    }

    /** {@link #sayVariants} with this command's --set, --replications and --seed. */
    void sayVariants(java.io.PrintWriter err, io.kefusim.report.Text text) {
        sayVariants(file, err, text, assignments());
    }
}
