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
 * With a warm-up, the labour set beside the buyers (cost per answered buyer, the cost to the shop) is
 * the counted part's, after the warm-up; {@code labour_cost} stays what the shop pays for the horizon.
 * By hand: one day of November (30 days), the desk staffed all day the same way, warm-up 12 h:
 * 2 positions on monthly pay (3,000 a month, 30% contributions) and 3 temps at 25 CNY an hour, flexible
 * working time (no premium), no conversion (no commission), no buyers in the last two hours (no
 * after-shift time). The counted labour is exactly half: 3 × 24 × 25 / 2 = 900 for the temps, half a
 * day's salaries of the people employed, with their contributions, for the monthly group.
 */
class WarmupLabourTest {
    private static final String HOURLY = "[6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,0,0]";

    private static String yaml(String warmup) {
        return "name: wu\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 1\n" + warmup
                + "demand: {pattern: {hourly: " + HOURLY + "}, mix: {presale: 1}}\n"
                + "buyers: {presale: {conversion: 0, messages: {dist: constant, value: 1}}}\n"
                + "agents:\n  - {group: staff, skills: [presale], monthly_pay: 3000, reply_time: {dist: constant, value: 30s}}\n"
                + "  - {group: temps, skills: [presale], pay: hourly, hourly_pay: 25, reply_time: {dist: constant, value: 30s}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: staff, shift: all, agents: 2}, {group: temps, shift: all, agents: 3}]\n"
                + "labour: {working_time: flexible}\ncosts: {employer_contributions: 0.3}\n";
    }

    @Test
    void withHalfTheHorizonWarmUpTheCountedLabourIsHalfAndPerBuyerFiguresUseIt() {
        Scenario s = TestScenarios.yaml(yaml("warmup: 12h\n"));
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(0, m.agentTotal.overtime, 1e-9, "no after-shift time in this case");
        double people = Figures.peopleEmployed(s, 0);
        assertEquals(3 * 24 * 25, Figures.labourCost(s, m, 1), 1e-9, "the horizon's labour is as before");
        assertEquals(900, Figures.labourCostCounted(s, m, 1), 1e-9);
        assertEquals(people * 3000 / 30 * 1.3, Figures.labourCost(s, m, 0), 1e-9);
        assertEquals(people * 3000 / 30 * 1.3 / 2, Figures.labourCostCounted(s, m, 0), 1e-9);
        assertEquals(Figures.labourCost(s, m) / 2, Figures.labourCostCounted(s, m), 1e-9);
        assertTrue(m.total.accepted > 0);
        assertEquals(Figures.labourCostCounted(s, m) / m.total.accepted, Figures.labourCostPerAnswered(s, m), 1e-12,
                "the cost per answered buyer sets the counted part's labour beside the counted buyers");
        Money money = new Money(s);
        assertEquals(Figures.labourCostCounted(s, m) + money.objectiveLoss(m) + Figures.unansweredCost(s, m), money.shopCost(m), 1e-9);
        assertEquals(Figures.labourCostCounted(s, m) + m.total.lostSales + Figures.unansweredCost(s, m), money.fullCost(m), 1e-9);
        // staff --target lost-sales minimises the same: the counted part's labour + recoverable loss + unanswered cost
        var e = new io.kefusim.staffing.Optimiser.Evaluation(new int[]{2, 3}, s, java.util.List.of(m), true, 0,
                Figures.labourCost(s, m), m.total.lostSales, Double.NaN, 10, 5);
        assertEquals(Figures.labourCostCounted(s, m) + 15, e.objective(), 1e-9);
    }

    @Test
    void withoutWarmUpTheCountedLabourIsTheLabour() {
        Scenario s = TestScenarios.yaml(yaml(""));
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(Figures.labourCost(s, m), Figures.labourCostCounted(s, m), 0);
        assertEquals(Figures.labourCost(s, m) / m.total.accepted, Figures.labourCostPerAnswered(s, m), 0);
    }

    @Test
    void theConsoleAndSummarySayTheWindow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wu.yaml");
        Files.writeString(f, yaml("warmup: 12h\n"));
        CliRunner.Result en = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("    of it after warm-up, from 11-10 12:00 (CNY)"), en.out());
        assertTrue(en.out().contains("  Labour per answered buyer, after warm-up (CNY)"), en.out());
        Path summary;
        try (var files = Files.walk(dir.resolve("en"))) { summary = files.filter(p -> p.endsWith("summary.json")).findFirst().orElseThrow(); }
        String json = Files.readString(summary);
        assertTrue(json.contains("\"counted_from\" : \"2026-11-10 12:00\"") || json.contains("\"counted_from\": \"2026-11-10 12:00\"")
                || json.contains("\"counted_from\":\"2026-11-10 12:00\""), json.substring(0, Math.min(600, json.length())));
        assertTrue(json.contains("labour_cost_counted"));
        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("  其中预热期后（11-10 12:00 起）（元）"), zh.out());
    }
}
