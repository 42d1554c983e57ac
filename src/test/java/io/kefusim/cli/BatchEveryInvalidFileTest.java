package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester19: a fleet with two invalid shops stopped at the first and never named the second. It
 * still stops before anything runs (no half-run fleet), but says every invalid file, one line
 * each, in the folder's order, and writes nothing.
 */
class BatchEveryInvalidFileTest {
    @TempDir
    Path dir;

    private static final String SHOP = "name: %s\nstart: 2026-11-11T00:00\nhorizon: 2h\nreplications: 2\n%s"
            + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 1}}\n"
            + "agents: [{group: desk, skills: [presale]}]\n"
            + "shifts: {day: {from: \"00:00\", to: \"08:00\"}}\n"
            + "roster: [{group: desk, shift: day, agents: 2}]\n";

    @Test
    void everyInvalidFileIsSaidThenNothingRuns() throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.writeString(fleet.resolve("a-bad.yaml"), SHOP.formatted("a", "interval: 7q\n"));
        Files.writeString(fleet.resolve("b-good.yaml"), SHOP.formatted("b", ""));
        Files.writeString(fleet.resolve("c-bad.yaml"), SHOP.formatted("c", "seed: banana\n"));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("batch", fleet.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].startsWith("error: " + fleet.resolve("a-bad.yaml") + ":5:11: interval: '7q' is not a duration"), lines[0]);
        assertTrue(lines[1].startsWith("error: " + fleet.resolve("c-bad.yaml") + ":5:7: seed:"), lines[1]);
        assertFalse(Files.exists(out), "nothing written");
        CliRunner.Result zh = CliRunner.kefusim("batch", fleet.toString(), "--out", out.toString(), "--lang", "zh");
        assertEquals(2, zh.code(), zh.err());
        assertEquals(2, zh.err().split("\n").length, zh.err());
        assertTrue(zh.err().split("\n")[1].startsWith("错误：" + fleet.resolve("c-bad.yaml") + ":5:7: seed"), zh.err());
    }
}
