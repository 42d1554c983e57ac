package io.kefusim.cli;

import io.kefusim.report.StaffFigures;
import io.kefusim.report.Text;
import io.kefusim.scenario.Scenario;
import io.kefusim.TestScenarios;
import io.kefusim.staffing.ShiftDesigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * staff --design showed a shift as its candidate ("desk @ 0800-8h") while optimised.yaml names it with its break
 * ("0800-8h-b1000x8"): the console and staff.html now give the name written and its hours and breaks.
 */
class DesignedShiftWordsTest {
    private static final String DESK = "name: d\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 3\n"
            + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,50,50,50,50,50,50,50,50,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
            + "agents: [{group: desk, skills: [presale]}]\n"
            + "staffing: {design: {starts: [\"08:00\"], min_length: 8h, max_length: 8h}}\n";

    @TempDir
    Path dir;

    @Test
    void aDesignedShiftIsSaidWithItsHoursAndBreaks() {
        Scenario s = TestScenarios.yaml(DESK);
        ShiftDesigner designer = ShiftDesigner.of(s, false);
        Scenario eight = designer.apply(new int[]{8}), one = designer.apply(new int[]{1});
        Scenario.Shift turns = StaffFigures.designedShift(s, eight, designer.decisions().get(0));
        assertEquals("0800-8h-b1000x8", turns.name());
        assertEquals("08:00–16:00, breaks 10:00–14:00 (8 turns of 30 min)", StaffFigures.shiftHours(new Text("en"), turns));
        assertEquals("08:00–16:00，轮流休息 10:00–14:00（8 轮，每轮 30分钟）", StaffFigures.shiftHours(new Text("zh"), turns));
        Scenario.Shift lone = StaffFigures.designedShift(s, one, designer.decisions().get(0));
        // a lone agent's break as near the shift's middle (12:00) as the 30-minute slots allow: 11:30 and 12:00 tie, the earlier wins
        assertEquals("0800-8h-b1130", lone.name());
        assertEquals("08:00–16:00, break 11:30–12:00", StaffFigures.shiftHours(new Text("en"), lone));
        assertEquals("08:00–16:00，休息 11:30–12:00", StaffFigures.shiftHours(new Text("zh"), lone));
    }

    /** Six agents breaking one at a time: no moment has two on break, said so (was "the most at once was 0.0%"). */
    @Test
    void breaksThatNeverOverlapAreSaidInWords() throws Exception {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, DESK);
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "3", "--out", dir.resolve("en").toString());
        assertTrue(r.out().contains("  desk @ 0800-8h-b1030x6                      6 agents   08:00–16:00, breaks 10:30–13:30 (6 turns of 30 min)"), r.out());
        assertTrue(r.out().contains("\n  Breaks staggered by the rule: at most 25.0% of a group's agents at work are on break at once (rounded down, but one may always go); "
                + "no two breaks overlap.\n"), r.out());
        assertFalse(r.out().contains("the most at once was"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "3", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("\n  休息按规则错开：同一组在班人员中同时休息的不超过 25.0%（向下取整，但总可有一人休息）；没有两人同时休息。\n"), zh.out());
    }

    @Test
    void theConsoleAndThePageNameTheShiftAsOptimisedYamlDoes() throws Exception {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, DESK);
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "2", "--out", dir.toString());
        String line = r.out().lines().filter(l -> l.startsWith("  desk @ 0800-8h")).findFirst().orElseThrow(() -> new AssertionError(r.out() + r.err()));
        assertTrue(line.matches("  desk @ 0800-8h-b\\d{4}(x\\d+)? +\\d+ agents?   08:00–16:00, (break|breaks) 1\\d:\\d\\d–1\\d:\\d\\d.*"), line);
        String name = line.trim().split(" ")[2];
        Path st;
        try (var w = Files.walk(dir)) {
            st = w.filter(p -> p.getFileName().toString().equals("staff.html")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(st.resolveSibling("optimised.yaml")).contains("\"" + name + "\":"), name);
        assertTrue(Files.readString(st).contains("desk · " + name + " 08:00–16:00, break"), "staff.html's plan row");
    }
}
