package io.kefusim.scenario;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two breaks of one shift that overlap or touch (each over its whole span, at to at + split × for)
 * were accepted: the run took only one of them while hours worked and the night allowance deducted
 * both (t17). The loader now refuses the later break, in both languages, before anything is run.
 */
class BreakOverlapTest {
    private static String scenario(String breaks) {
        return "name: brk\nstart: 2026-11-16T00:00\nhorizon: 1d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,20,20,20,20,20,20,20,20,20,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: pre, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"17:00\", breaks: [" + breaks + "]}}\n"
                + "roster: [{group: pre, shift: day, agents: 4}]\n";
    }

    private static CliRunner.Result run(Path dir, String breaks, String... lang) throws Exception {
        Path f = dir.resolve("brk.yaml");
        Files.writeString(f, scenario(breaks));
        String[] args = new String[3 + lang.length];
        args[0] = "run"; args[1] = f.toString(); args[2] = "--out=" + dir.resolve("out");
        System.arraycopy(lang, 0, args, 3, lang.length);
        return CliRunner.kefusim(args);
    }

    @Test
    void overlappingBreaksAreOneErrorAtTheLaterBreakInBothLanguages(@TempDir Path dir) throws Exception {
        CliRunner.Result en = run(dir, "{at: \"12:00\", for: 30m}, {at: \"12:15\", for: 30m}");
        assertEquals(2, en.code(), en.err());
        assertEquals("error: " + dir.resolve("brk.yaml") + ":7:78: shifts.day.breaks[1]: break at 12:15 for 30m overlaps breaks[0] (12:00–12:30); "
                + "a shift's breaks must not overlap or touch: start it at 12:31 or later, or write one break of 45m", en.err().strip());
        CliRunner.Result zh = run(dir, "{at: \"12:00\", for: 30m}, {at: \"12:15\", for: 30m}", "--lang", "zh");
        assertEquals(2, zh.code(), zh.err());
        assertEquals("错误：" + dir.resolve("brk.yaml") + ":7:78: shifts.day.breaks[1]: 12:15 起 30m 的休息与 breaks[0]（12:00–12:30）重叠；"
                + "同一班次的休息不得重叠或相接：请改在 12:31 或更晚开始，或写成一次 45m 的休息", zh.err().strip());
        assertFalse(Files.exists(dir.resolve("out")), "no results folder");
    }

    @Test
    void backToBackBreaksTouchAndSplitSlotsCountWhole(@TempDir Path dir) throws Exception {
        CliRunner.Result touch = run(dir, "{at: \"12:00\", for: 30m}, {at: \"12:30\", for: 30m}");
        assertEquals(2, touch.code());
        assertTrue(touch.err().contains("shifts.day.breaks[1]: break at 12:30 for 30m touches breaks[0] (12:00–12:30); "
                + "a shift's breaks must not overlap or touch: start it at 12:31 or later, or write one break of 1h"), touch.err());
        // listed latest first: the later-starting break is still the one named
        CliRunner.Result split = run(dir, "{at: \"12:30\", for: 30m, split: 2}, {at: \"12:00\", for: 30m, split: 2}", "--lang", "en");
        assertEquals(2, split.code());
        assertTrue(split.err().contains("shifts.day.breaks[0]: break at 12:30 for 30m in 2 slots (12:30–13:30) overlaps breaks[1] (12:00–13:00, 2 slots of 30m); "
                + "a shift's breaks must not overlap or touch: start it at 13:01 or later"), split.err());
        assertFalse(Files.exists(dir.resolve("out")), "no results folder");
        // a minute apart is allowed
        assertEquals(0, run(dir, "{at: \"12:00\", for: 30m, split: 2}, {at: \"13:01\", for: 30m}").code());
    }
}
