package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The setup the fit's round trips share ({@link FitRoundTripTest}, {@link RetrialRoundTripTest}):
 * a known scenario simulated with {@code run --records}, its records fitted as {@code refit}, the
 * estimates read from fit.json, and the fitted scenario run as it is. What each one checks is its own.
 */
final class RoundTrip {
    private RoundTrip() {}

    /** Writes {@code known} to dir/known.yaml (its name must be {@code known}), runs it with --records under dir/sim; the run's folder. */
    static Path simulate(Path dir, String known) throws Exception {
        Path scenario = dir.resolve("known.yaml");
        Files.writeString(scenario, known);
        CliRunner.Result run = CliRunner.kefusim("run", scenario.toString(), "--records", "--out", dir.resolve("sim").toString());
        assertEquals(0, run.code(), run.err());
        return only(dir.resolve("sim/known"));
    }

    /** Fits the records files as {@code refit} under dir/fit; the fit's folder. */
    static Path fit(Path dir, Path... records) throws Exception {
        List<String> args = new ArrayList<>(List.of("fit"));
        for (Path r : records) args.add(r.toString());
        args.addAll(List.of("--out", dir.resolve("fit").toString(), "--name", "refit"));
        CliRunner.Result fit = CliRunner.kefusim(args.toArray(String[]::new));
        assertEquals(0, fit.code(), fit.err());
        return only(dir.resolve("fit/refit-fit"));
    }

    /** fit.json's estimates. */
    static JsonNode estimates(Path fitDir) throws Exception {
        return new ObjectMapper().readTree(fitDir.resolve("fit.json").toFile()).get("estimates");
    }

    /** The fitted scenario runs as it is (two replications, under dir/again). */
    static void runsAsIs(Path dir, Path fitDir) {
        CliRunner.Result again = CliRunner.kefusim("run", fitDir.resolve("fitted.yaml").toString(), "--replications", "2", "--out", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
    }

    private static Path only(Path parent) throws Exception {
        try (var l = Files.list(parent)) {
            return l.findFirst().orElseThrow();
        }
    }
}
