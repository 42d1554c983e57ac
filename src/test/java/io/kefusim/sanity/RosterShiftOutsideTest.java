package io.kefusim.sanity;

import io.kefusim.cli.CliRunner;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/** A roster line whose shift the run never reaches is paid and never on duty: said, in every place warnings go. */
class RosterShiftOutsideTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    /** The tester's file: a 09:00–17:00 run, and a group rostered 20:00–23:00. */
    private static final String FILE = "name: classroom\nstart: 2026-03-02T09:00\nhorizon: 8h\nreplications: 2\nseed: 2026\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,60,60,60,60,60,60,60,60,0,0,0,0,0,0,0]}, mix: {presale: 1.0}}\n"
            + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 4}, think_time: {dist: constant, value: 60s},"
            + " conversion: 0.4, order_value: 100, conversion_factor: [{otherwise: 0.5}]}}\n"
            + "agents:\n  - {group: class, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}\n"
            + "  - {group: idle, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}\n"
            + "shifts: {workday: {from: \"09:00\", to: \"17:00\"}, night: {from: \"20:00\", to: \"23:00\"}}\n"
            + "roster:\n  - {group: class, shift: workday, agents: 4}\n  - {group: idle, shift: night, agents: 2}\n";

    @TempDir
    Path dir;

    private static List<Warning> outside(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("horizon.roster_shift_outside")).toList();
    }

    @Test
    void aShiftWhollyOutsideTheRunIsSaid() {
        List<Warning> ws = outside(yaml(FILE));
        assertEquals(1, ws.size());
        assertEquals("test.yaml:14: roster[1].shift", ws.get(0).where().toString());
        assertEquals("2 × idle on shift 'night' (20:00–23:00) are never on duty in the run (2026-03-02 09:00 – 2026-03-02 17:00), yet they are paid "
                + "in the labour cost: remove the line, or move the shift into the run", WarningText.say(EN, ws.get(0).said()));
        assertEquals("idle 组“night”班（20:00–23:00）的 2 人在模拟时段（2026-03-02 09:00 – 2026-03-02 17:00）内从不在岗，却计入了人工成本：请删去这一行，或把班次移到模拟时段内",
                WarningText.say(ZH, ws.get(0).said()));
        // a shift that reaches the run for a minute, one from the day before running into it, and a line of 0 agents: nothing to say
        assertEquals(List.of(), outside(yaml(FILE.replace("night: {from: \"20:00\", to: \"23:00\"}", "night: {from: \"16:59\", to: \"23:00\"}"))));
        assertEquals(List.of(), outside(yaml(FILE.replace("night: {from: \"20:00\", to: \"23:00\"}", "night: {from: \"22:00\", to: \"09:01\"}"))));
        assertEquals(List.of(), outside(yaml(FILE.replace("{group: idle, shift: night, agents: 2}", "{group: idle, shift: night, agents: 0}"))));
        // a night the run reaches on its second day
        assertEquals(List.of(), outside(yaml(FILE.replace("horizon: 8h", "horizon: 32h"))));
    }

    @Test
    void theRunSaysItOnTheConsoleInSummaryJsonAndInTheReport() throws Exception {
        Path f = dir.resolve("roster0.yaml");
        Files.writeString(f, FILE);
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + f + ":14: roster[1].shift: 2 × idle on shift 'night' (20:00–23:00) are never on duty in the run"), r.err());
        Path run;
        try (Stream<Path> shop = Files.list(dir.resolve("out")); Stream<Path> runs = Files.list(shop.findFirst().orElseThrow())) {
            run = runs.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(run.resolve("summary.json")).contains("\"code\" : \"horizon.roster_shift_outside\""));
        assertTrue(Files.readString(run.resolve("report.html")).contains("are never on duty in the run"));
    }
}
