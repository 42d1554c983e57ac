package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * --replications and --seed change the scenario, but a mistake is blamed where it is: on the
 * file when the file is no scenario, on the option the user typed when its value is not allowed.
 */
class TypedOptionsTest {
    @TempDir
    Path dir;

    private static final String NOT_A_MAPPING = ": a scenario is a mapping of keys (name, start, horizon, demand, ...)";
    private static final String NOT_A_MAPPING_ZH = ": 方案文件应为“键: 值”的映射（name、start、horizon、demand 等）";

    @Test
    void aFileThatIsNoScenarioIsBlamedBeforeTheOptionsThatWouldChangeIt() throws Exception {
        Path out = dir.resolve("out");
        for (String[] content : List.of(new String[] {"empty", "", ":1"}, new String[] {"comment", "# only a comment\n", ":1"},
                new String[] {"list", "- a\n- b\n", ":1:1"})) {
            Path f = Files.writeString(dir.resolve(content[0] + ".yaml"), content[1]);
            Path folder = Files.createDirectories(dir.resolve("batch-" + content[0]));
            Path inFolder = Files.writeString(folder.resolve("shop.yaml"), content[1]);
            for (List<String> option : List.of(List.of("--replications", "2"), List.of("--seed", "3"))) {
                List<List<String>> commands = List.of(
                        List.of("run", f.toString(), "--out", out.toString()),
                        List.of("validate", f.toString()),
                        List.of("compare", "scenarios/classroom-response-time.yaml", f.toString(), "--out", out.toString()),
                        List.of("sweep", f.toString(), "--vary", "roster[0].agents=2..4", "--out", out.toString()),
                        List.of("staff", f.toString(), "--target", "service-level>=0.8", "--out", out.toString()),
                        List.of("batch", folder.toString(), "--out", out.toString()));
                for (List<String> command : commands) {
                    Path named = command.get(0).equals("batch") ? inFolder : f;
                    String what = content[0] + " " + command.get(0) + " " + option.get(0);
                    CliRunner.Result e = CliRunner.kefusim(args(command, option));
                    assertEquals(2, e.code(), what + ": " + e.err());
                    assertEquals("error: " + named + content[2] + NOT_A_MAPPING, e.err().strip(), what);
                    CliRunner.Result z = CliRunner.kefusim(args(List.of("--lang", "zh"), command, option));
                    assertEquals(2, z.code(), what + ": " + z.err());
                    assertEquals("错误：" + named + content[2] + NOT_A_MAPPING_ZH, z.err().strip(), what);
                }
            }
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aValueTheOptionDoesNotAllowIsBlamedOnThatOption() throws Exception {
        Path out = dir.resolve("out");
        String shop = "scenarios/small-shop-ordinary-day.yaml";
        Path folder = Files.createDirectories(dir.resolve("shops"));
        Files.copy(Path.of(shop), folder.resolve("shop.yaml"));
        for (String n : List.of("0", "200000")) {
            List<List<String>> commands = List.of(
                    List.of("run", shop, "--out", out.toString()),
                    List.of("validate", shop),
                    List.of("compare", "scenarios/classroom-response-time.yaml", shop, "--out", out.toString()),
                    List.of("sweep", shop, "--vary", "agents[0].reply_time.mean=30s..90s:30s", "--out", out.toString()),
                    List.of("staff", shop, "--target", "service-level>=0.8", "--out", out.toString()),
                    List.of("batch", folder.toString(), "--out", out.toString()));
            for (List<String> command : commands) {
                String what = command.get(0) + " " + n;
                CliRunner.Result e = CliRunner.kefusim(args(command, List.of("--replications", n)));
                assertEquals(2, e.code(), what + ": " + e.err());
                assertEquals("error: --replications: " + n + " is out of range; allowed: 1 to 100000", e.err().strip(), what);
                CliRunner.Result z = CliRunner.kefusim(args(List.of("--lang", "zh"), command, List.of("--replications", n)));
                assertEquals(2, z.code(), what + ": " + z.err());
                assertEquals("错误：--replications: " + n + " 超出范围；允许：从 1 到 100000", z.err().strip(), what);
            }
        }
        // the same value by --set is still blamed on --set, with its key
        CliRunner.Result s = CliRunner.kefusim("validate", shop, "--seed", "3", "--set", "replications=0");
        assertEquals("error: --set: replications: 0 is out of range; allowed: 1 to 100000", s.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @SafeVarargs
    private static String[] args(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) all.addAll(p);
        return all.toArray(String[]::new);
    }
}
