package io.kefusim.output;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every YAML kefusim writes reads back the same in a YAML 1.1 reader (SnakeYAML, as PyYAML and
 * many editors' tools read): times of day stay "20:00" (1.1 reads an unquoted 20:00 as 1200),
 * dates stay text (1.1 reads them as timestamps).
 */
class Yaml11Test {
    @TempDir
    Path dir;

    @Test
    void scenarioOptimisedAndFittedFilesSurviveAYaml11Reader() throws Exception {
        assertEquals(1200, new Yaml().load("t: 20:00").equals(Map.of("t", 1200)) ? 1200 : -1, "the reader is YAML 1.1: it misreads bare times");
        assertEquals(0, CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "2", "--out", dir.toString()).code());
        assertEquals(0, CliRunner.kefusim("staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8", "--replications", "3",
                "--max-simulations", "4", "--out", dir.toString()).code());
        Path records = dir.resolve("calls.tsv");
        Files.writeString(records, "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\n"
                + "AA0101\t1\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT\n"
                + "AA0101\t2\t0\t0\tPS\t990201\t8:09:16\t8:09:22\t6\t8:09:22\t8:09:27\t5\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER\n"
                + "AA0101\t3\t0\t0\tPS\t990202\t9:00:00\t9:00:05\t5\t9:00:05\t9:00:40\t35\tAGENT\t9:00:40\t9:03:00\t140\tTOVA\n");
        assertEquals(0, CliRunner.kefusim("fit", records.toString(), "--out", dir.toString(), "--name", "calls").code());
        int files = 0;
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Object tree = new Yaml().load(Files.readString(f));
                check(tree, f.getFileName().toString(), "");
                files++;
            }
        }
        assertTrue(files >= 3, "scenario.yaml, optimised.yaml and fitted.yaml read: " + files);
    }

    private static void check(Object node, String file, String path) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.equals("from") && path.endsWith("rotation.")) { // a rotation starts on a date: a string, not a YAML 1.1 timestamp
                    assertTrue(e.getValue() instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d"), file + ": " + path + key + " read as " + e.getValue());
                } else if (List.of("from", "to", "at").contains(key)) {
                    assertTrue(e.getValue() instanceof String s && s.matches("\\d\\d:\\d\\d"), file + ": " + path + key + " read as " + e.getValue());
                }
                check(e.getValue(), file, path + key + ".");
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) check(o, file, path + "[].");
        } else {
            assertFalse(node instanceof java.util.Date, file + ": " + path + " read as a timestamp: " + node);
        }
    }

    /**
     * Keys are written in one fixed order, whatever the JVM: the peaks of a day used to come out
     * as from/to/scale on one run and scale/to/from on the next (Map.of's order changes with each
     * JVM start), so two runs of the same scenario wrote different scenario.yaml files.
     */
    @Test
    void writtenScenariosKeepOneKeyOrder() throws Exception {
        io.kefusim.scenario.Scenario s = io.kefusim.scenario.ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of());
        String yaml = ResultsWriter.scenarioYaml(s);
        assertTrue(yaml.contains("- from: \"20:00\"\n      to: \"24:00\"\n      scale: 1.5"), yaml);
        assertEquals(List.of("from", "to", "scale"),
                List.copyOf(io.kefusim.scenario.ScenarioWriter.ordered("from", 1, "to", 2, "scale", 3).keySet()));
    }
}
