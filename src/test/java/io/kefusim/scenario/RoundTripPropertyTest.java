package io.kefusim.scenario;

import io.kefusim.cli.CliRunner;
import io.kefusim.output.ResultsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A saved scenario repeats its run: for random valid scenarios (fixed seed), load, write as
 * scenario.yaml, load again gives an equal scenario (and writing that gives the same text); and
 * for a few small ones, running the saved scenario.yaml gives a byte-identical summary.json.
 */
class RoundTripPropertyTest {
    private static final long SEED = 20261111L;
    private static final int LOADED = 500, RUN = 8;

    @TempDir
    Path dir;

    @Test
    void loadWriteLoadGivesTheSameScenario() throws Exception {
        ScenarioGenerator gen = new ScenarioGenerator(SEED, dir);
        for (int i = 0; i < LOADED; i++) {
            String yaml = ResultsWriter.YAML.writeValueAsString(gen.scenario(i % 2 == 0));
            Scenario first;
            try {
                first = ScenarioLoader.fromYaml(yaml, "generated-" + i, dir.resolve("generated.yaml"));
            } catch (ScenarioException e) {
                throw new AssertionError("case " + i + ": the generator made an invalid scenario: " + e.describe() + "\n" + yaml, e);
            }
            String saved = ResultsWriter.scenarioYaml(first);
            Scenario again;
            try {
                again = ScenarioLoader.fromYaml(saved, "saved-" + i, dir.resolve("saved.yaml"));
            } catch (ScenarioException e) {
                throw new AssertionError("case " + i + ": the saved scenario does not load: " + e.describe() + "\n" + yaml + "\n---\n" + saved, e);
            }
            String diff = difference("scenario", first, again);
            assertNull(diff, "case " + i + ": " + diff + "\n" + yaml + "\n---\n" + saved);
            assertEquals(saved, ResultsWriter.scenarioYaml(again), "case " + i + ": written twice, the same text");
        }
    }

    @Test
    void runningTheSavedScenarioRepeatsTheRun() throws Exception {
        ScenarioGenerator gen = new ScenarioGenerator(SEED + 1, dir);
        for (int i = 0; i < RUN; i++) {
            Path file = dir.resolve("run-" + i + ".yaml");
            String yaml = ResultsWriter.YAML.writeValueAsString(gen.scenario(true));
            Files.writeString(file, yaml);
            Path first = run(file, dir.resolve("out-" + i + "a"), yaml);
            Path second = run(first.resolve("scenario.yaml"), dir.resolve("out-" + i + "b"), yaml);
            com.fasterxml.jackson.databind.JsonNode once = placeless(first.resolve("summary.json")), again = placeless(second.resolve("summary.json"));
            // the saved copy writes every default out and lists under defaults_used the ones the file left to
            // kefusim, so its run says what the first run said: every warning, and every figure, the same
            assertEquals(once, again, "case " + i + ":\n" + yaml);
            assertEquals(Files.readString(first.resolve("scenario.yaml")), Files.readString(second.resolve("scenario.yaml")), "case " + i);
        }
    }

    /**
     * summary.json as a tree, each warning's {@code where} (file and line, which differ between a
     * file and its saved copy by design) taken out: codes, dates, messages and every figure stay.
     */
    private static com.fasterxml.jackson.databind.JsonNode placeless(Path summary) throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        for (com.fasterxml.jackson.databind.JsonNode w : tree.get("warnings")) ((com.fasterxml.jackson.databind.node.ObjectNode) w).remove("where");
        return tree;
    }

    /** Runs {@code file}; returns its results folder. */
    private static Path run(Path file, Path out, String yaml) throws Exception {
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err() + "\n" + yaml);
        try (Stream<Path> shop = Files.list(out); Stream<Path> runs = Files.list(shop.findFirst().orElseThrow())) {
            return runs.findFirst().orElseThrow();
        }
    }

    /**
     * Where two loaded scenarios differ (a path such as scenario.buyers[1].patience.a), or null:
     * every field of every record, arrays by value; the file a scenario was read from (and its lines) is no part of it.
     */
    static String difference(String path, Object a, Object b) throws Exception {
        if (a == null || b == null) return a == b ? null : path + ": " + a + " vs " + b;
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                // the file it was read from, and where each key stood in it, are no part of a scenario
                if (a instanceof Scenario && (c.getName().equals("source") || c.getName().equals("origins"))) continue;
                String d = difference(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b));
                if (d != null) return d;
            }
            return null;
        }
        if (a instanceof double[] x) return Arrays.equals(x, (double[]) b) ? null : path + ": " + Arrays.toString(x) + " vs " + Arrays.toString((double[]) b);
        if (a instanceof Object[] x) return difference(path, Arrays.asList(x), Arrays.asList((Object[]) b));
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) return path + ": " + x.size() + " vs " + y.size() + " entries";
            for (int i = 0; i < x.size(); i++) {
                String d = difference(path + "[" + i + "]", x.get(i), y.get(i));
                if (d != null) return d;
            }
            return null;
        }
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            if (!List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) return path + ": keys " + x.keySet() + " vs " + y.keySet();
            for (Iterator<?> it = x.keySet().iterator(); it.hasNext(); ) {
                Object k = it.next();
                String d = difference(path + "." + k, x.get(k), y.get(k));
                if (d != null) return d;
            }
            return null;
        }
        if (a instanceof Double x) return Double.compare(x, (Double) b) == 0 ? null : path + ": " + x + " vs " + b;
        return a.equals(b) ? null : path + ": " + a + " vs " + b;
    }
}
