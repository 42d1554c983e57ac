package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The scenario file is the user's input and is checked as written: a value that --vary, --set,
 * --replications or --seed would replace does not hide a mistake in the file. Every command
 * gives the line `kefusim run FILE` gives, exit 2, before anything runs or is written.
 */
class FileAsWrittenTest {
    @TempDir
    Path dir;

    private static final String SHOP = "scenarios/small-shop-ordinary-day.yaml";

    /** The shop with one bad value added under {@code seed: 7} (line 11). */
    private Path shopWith(String name, String line) throws Exception {
        String text = Files.readString(Path.of(SHOP)).replace("\nseed: 7\n", "\nseed: 7\n" + line + "\n");
        assertTrue(text.contains(line));
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aBadValueAnOptionReplacesIsStillTheFilesMistake() throws Exception {
        Path out = dir.resolve("out");
        Path bad = shopWith("bad.yaml", "service_level_goal: 1.5");
        Path folder = Files.createDirectories(dir.resolve("shops"));
        Path inFolder = Files.copy(bad, folder.resolve("bad.yaml"));
        String line = "error: " + bad + ":11:21: service_level_goal: 1.5 is out of range; allowed: 0 to 1";
        String lineZh = "错误：" + bad + ":11:21: service_level_goal: 1.5 超出范围；允许：从 0 到 1";
        CliRunner.Result run = CliRunner.kefusim("run", bad.toString(), "--out", out.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(line, run.err().strip(), "run on the file as written");
        List<List<String>> commands = List.of(
                List.of("sweep", bad.toString(), "--vary", "service_level_goal=0.5,0.8", "--replications", "2", "--out", out.toString()),
                List.of("sweep", bad.toString(), "--vary", "teams[0].agents.service=1,2", "--set", "service_level_goal=0.8", "--out", out.toString()),
                List.of("run", bad.toString(), "--set", "service_level_goal=0.8", "--replications", "2", "--out", out.toString()),
                List.of("validate", bad.toString(), "--set", "service_level_goal=0.8"),
                List.of("compare", bad.toString(), SHOP, "--set", "service_level_goal=0.8", "--replications", "2", "--out", out.toString()),
                List.of("compare", SHOP, bad.toString(), "--set", "service_level_goal=0.8", "--replications", "2", "--out", out.toString()),
                List.of("staff", bad.toString(), "--target", "service-level>=0.8", "--set", "service_level_goal=0.8", "--out", out.toString()),
                List.of("batch", folder.toString(), "--set", "service_level_goal=0.8", "--replications", "2", "--out", out.toString()));
        for (List<String> command : commands) {
            String expected = command.get(0).equals("batch") ? line.replace(bad.toString(), inFolder.toString()) : line;
            String expectedZh = command.get(0).equals("batch") ? lineZh.replace(bad.toString(), inFolder.toString()) : lineZh;
            CliRunner.Result e = CliRunner.kefusim(command.toArray(String[]::new));
            assertEquals(2, e.code(), command + ": " + e.err());
            assertEquals(expected, e.err().strip(), command.toString());
            assertEquals("", e.out(), command + ": nothing ran");
            List<String> zh = new ArrayList<>(List.of("--lang", "zh"));
            zh.addAll(command);
            CliRunner.Result z = CliRunner.kefusim(zh.toArray(String[]::new));
            assertEquals(2, z.code(), command + ": " + z.err());
            assertEquals(expectedZh, z.err().strip(), command.toString());
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aBadReplicationsOrSeedInTheFileIsSaidThoughTheOptionReplacesIt() throws Exception {
        Path out = dir.resolve("out");
        Path reps = Files.writeString(dir.resolve("reps.yaml"), Files.readString(Path.of(SHOP)).replace("\nreplications: 30\n", "\nreplications: 0\n"));
        Path seed = Files.writeString(dir.resolve("seed.yaml"), Files.readString(Path.of(SHOP)).replace("\nseed: 7\n", "\nseed: seven\n"));
        CliRunner.Result r = CliRunner.kefusim("sweep", reps.toString(), "--vary", "teams[0].agents.service=1,2", "--replications", "2", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(CliRunner.kefusim("run", reps.toString(), "--out", out.toString()).err().strip(), r.err().strip());
        assertEquals("error: " + reps + ":9:15: replications: 0 is out of range; allowed: 1 to 100000", r.err().strip());
        CliRunner.Result s = CliRunner.kefusim("run", seed.toString(), "--seed", "3", "--out", out.toString());
        assertEquals(2, s.code(), s.err());
        assertEquals(CliRunner.kefusim("validate", seed.toString()).err().strip(), s.err().strip());
        assertTrue(s.err().startsWith("error: " + seed + ":10:7: seed: "), s.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aGoodFileStillTakesItsOverrides() throws Exception {
        Path ok = shopWith("ok.yaml", "service_level_goal: 0.9");
        CliRunner.Result v = CliRunner.kefusim("validate", ok.toString(), "--set", "service_level_goal=1.5");
        assertEquals(2, v.code(), v.err());
        assertEquals("error: --set: service_level_goal: 1.5 is out of range; allowed: 0 to 1", v.err().strip(), "the override's own mistake names --set");
        assertEquals(0, CliRunner.kefusim("validate", ok.toString(), "--set", "service_level_goal=0.5").code());
    }

    /** A --set's value is checked as typed too, before a --vary of the same key replaces it (it was only warned of as changing nothing). */
    @Test
    void aBadSetThatAVaryReplacesIsStillAnError() {
        Path out = dir.resolve("out-set");
        for (String lang : List.of("en", "zh")) {
            CliRunner.Result e = CliRunner.kefusim("--lang", lang, "sweep", SHOP, "--vary", "teams[0].agents.service=1,2",
                    "--set", "teams[0].agents.service=abc", "--replications", "2", "--out", out.toString());
            assertEquals(2, e.code(), e.err());
            assertEquals(lang.equals("en")
                    ? "error: --set: teams[0].agents.service: 'abc' is not a whole number; allowed: a whole number from 0 to 100000"
                    : "错误：--set: teams[0].agents.service: 'abc' 不是整数；允许：从 0 到 100000 的整数", e.err().strip());
            assertEquals("", e.out(), "nothing ran");
            assertFalse(Files.exists(out), "no results folder");
        }
    }
}
