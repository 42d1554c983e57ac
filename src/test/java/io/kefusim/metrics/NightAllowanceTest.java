package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.cli.CliRunner;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * costs.night_allowance (夜班津贴), by hand: 2 agents on 20:00–08:00 for one night work 2 × 8 = 16
 * hours between 22:00 and 06:00; at 10 CNY an hour the labour cost is exactly 160 more than
 * without it, and with a 30-minute break at 02:00 each, 15 hours (150). Default 0: nothing.
 */
class NightAllowanceTest {
    private static Scenario night(String costs, String breaks) {
        return TestScenarios.yaml("name: night\nstart: 2026-11-16T00:00\nhorizon: 2d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "shifts: {night: {from: \"20:00\", to: \"08:00\"" + breaks + "}}\n"
                + "roster: [{group: desk, shift: night, agents: 2, dates: [2026-11-16]}]\n" + costs);
    }

    private static ReplicationMetrics run(Scenario s) {
        return Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
    }

    @Test
    void sixteenNightHoursAtTenCnyCost160More() {
        Scenario with = night("costs: {night_allowance: 10}\n", ""), without = night("", "");
        ReplicationMetrics mw = run(with), m0 = run(without);
        assertEquals(16, Figures.nightHours(mw), 1e-9);
        assertEquals(160, Figures.nightAllowance(with, mw), 1e-9);
        assertEquals(Figures.labourCost(without, m0) + 160, Figures.labourCost(with, mw), 1e-6, "same seed, same run, 160 on top");
        assertEquals(0, Figures.nightAllowance(without, m0), 1e-9, "default 0");
        assertEquals(160, Figures.labourCostOfDay(with, mw, 0) - Figures.labourCostOfDay(without, m0, 0), 1e-6, "on the day the shift starts");
        Scenario broken = night("costs: {night_allowance: 10}\n", ", breaks: [{at: \"02:00\", for: 30m}]");
        ReplicationMetrics mb = run(broken);
        assertEquals(15, Figures.nightHours(mb), 1e-9, "breaks are not worked");
        assertEquals(150, Figures.nightAllowance(broken, mb), 1e-9);
    }

    @Test
    void itIsItsOwnLineOnTheConsoleAndInSummaryJsonAndABadValueIsOneLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("night.yaml");
        Files.writeString(f, "name: night\nstart: 2026-11-16T00:00\nhorizon: 2d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "shifts: {night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: desk, shift: night, agents: 2, dates: [2026-11-16]}]\ncosts:\n  night_allowance: 10\n");
        CliRunner.Result en = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("    of it night allowance, 16.0 h at 10 CNY (CNY)             160"), en.out());
        // part of the labour cost, not of paid overtime: its line comes right under the labour cost's (t16)
        assertTrue(lineAfter(en.out(), "  Labour cost (CNY) ").startsWith("    of it night allowance, 16.0 h at 10 CNY (CNY)"), en.out());
        try (var runs = Files.list(dir.resolve("en/night"))) {
            String summary = Files.readString(runs.filter(p -> !p.endsWith("latest")).findFirst().orElseThrow().resolve("summary.json"));
            assertTrue(summary.contains("\"night_allowance\" : {\n      \"mean\" : 160.0"), summary);
        }
        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("其中夜班津贴，16.0 小时，每小时 10 元（元）"), zh.out());
        assertTrue(lineAfter(zh.out(), "  人工成本（元） ").startsWith("    其中夜班津贴，16.0 小时，每小时 10 元（元）"), zh.out());
        CliRunner.Result bad = CliRunner.kefusim("run", f.toString(), "--set", "costs.night_allowance=-5", "--out", dir.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertEquals("error: --set: costs.night_allowance: -5 is out of range; allowed: 0 to 1000", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    /** The console line right after the one that starts with {@code start}. */
    private static String lineAfter(String out, String start) {
        String[] lines = out.split("\\R");
        for (int i = 0; i + 1 < lines.length; i++) if (lines[i].startsWith(start)) return lines[i + 1];
        throw new AssertionError("no line starting '" + start + "' in\n" + out);
    }
}
