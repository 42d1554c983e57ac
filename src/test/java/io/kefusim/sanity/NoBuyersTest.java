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

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/** A plan whose run expects no buyers is said, not said to keep buyers waiting, and never named the cheapest. */
class NoBuyersTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    /** The tester's var2.yaml: a 09:00–17:00 class, and a variant that starts the 8-hour run at midnight. */
    private static final String FILE = "name: classroom\nstart: 2026-03-02T09:00\nhorizon: 8h\nreplications: 2\nseed: 2026\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,60,60,60,60,60,60,60,60,0,0,0,0,0,0,0]}, mix: {presale: 1.0}}\n"
            + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 4}, think_time: {dist: constant, value: 60s},"
            + " conversion: 0.4, order_value: 100, conversion_factor: [{otherwise: 0.5}]}}\n"
            + "agents: [{group: class, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}]\n"
            + "shifts: {workday: {from: \"09:00\", to: \"17:00\"}}\nroster: [{group: class, shift: workday, agents: 4}]\n";

    @TempDir
    Path dir;

    @Test
    void aRunWithNoBuyersIsSaidAndNobodyIsSaidToWait() {
        Scenario night = yaml(FILE.replace("start: 2026-03-02T09:00", "start: 2026-12-01T00:00"));
        assertTrue(NoBuyers.expected(night));
        List<Warning> ws = ScenarioSanity.check(night);
        // horizon.pattern_outside names where the buyers are (09:00-17:00, hours this run never reaches)
        assertEquals(List.of("horizon.pattern_outside", "horizon.roster_shift_outside", "demand.no_buyers"), ws.stream().map(Warning::code).toList(),
                "no coverage warning saying buyers wait: none arrive");
        assertEquals("no buyers are expected in the run (2026-12-01 00:00 – 2026-12-01 08:00): the demand pattern is 0 in every hour of it, so every figure "
                + "about buyers is empty and the labour cost pays agents with nobody to serve; correct the start or the horizon (the pattern is by time of day), "
                + "or the pattern", WarningText.say(EN, ws.get(2).said()));
        assertEquals("模拟时段（2026-12-01 00:00 – 2026-12-01 08:00）内预计没有任何买家：需求曲线在其中每个小时都是 0，因此所有关于买家的指标都是空的，"
                + "人工成本付给了无人可接待的客服；请改正 start 或 horizon（曲线按一天中的时刻），或改正需求曲线", WarningText.say(ZH, ws.get(2).said()));
        assertEquals("test.yaml:6: demand.pattern", ws.get(2).where().toString());
        // the class's own hours: buyers, nothing to say
        assertFalse(NoBuyers.expected(yaml(FILE)));
        assertEquals(List.of(), ScenarioSanity.check(yaml(FILE)));
    }

    @Test
    void compareLeavesAPlanWithNoBuyersOutOfTheRanking() throws Exception {
        Path f = dir.resolve("var2.yaml");
        Files.writeString(f, FILE + "variants:\n  - {name: fifth-agent, set: {\"roster[0].agents\": 5}}\n  - {name: nameless-date, set: {start: \"2026-12-01T00:00\"}}\n");
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Lowest cost to the shop (labour, lost sales, unanswered buyers): 'base' (")
                || r.out().contains("\n  Lowest cost to the shop (labour, lost sales, unanswered buyers): 'fifth-agent' ("), r.out());
        assertFalse(r.out().contains("'nameless-date' (1,"), r.out());
        assertTrue(r.out().contains("\n  'nameless-date' is left out of the ranking: no buyers are expected in its run, so its cost is only the pay of agents with nobody to serve.\n"), r.out());
        assertTrue(r.out().contains("Service level: no hour had at least 10 buyers, so none is judged."), r.out());
        assertFalse(r.out().contains("every one of 0 hours"), r.out());
        assertTrue(r.err().contains("[nameless-date] " + f + ":6: demand.pattern: no buyers are expected in the run"), r.err());
        assertFalse(r.err().contains("will wait and leave unanswered"), r.err());
        // its differences to base are not given as if comparable (they were: "0.0 (−4.0 ±0.0 *)", "cost to the shop −8,993 CNY (a real difference)")
        assertTrue(r.out().contains("\n  'nameless-date': not compared with 'base', as no buyers are expected in its run (2026-12-01 00:00 – 2026-12-01 08:00): "
                + "its figures about buyers are empty, and its cost to the shop, 1,132 CNY, is only the pay of agents with nobody to serve, so its differences "
                + "are not shown. Service level: no hour had at least 10 buyers, so none is judged.\n"), r.out());
        assertFalse(r.out().contains("'nameless-date': cost to the shop"), r.out());
        String costRow = r.out().lines().filter(l -> l.startsWith("  Cost to the shop (CNY)")).findFirst().orElseThrow();
        assertTrue(costRow.endsWith(" 1,132") && !costRow.contains("−8,993"), costRow);
        Path done = dir.resolve("out/classroom-compare/latest");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(done.resolve("compare.json").toFile());
        assertEquals("{\"nameless-date\":{\"code\":\"demand.no_buyers\",\"plan\":\"nameless-date\"}}", json.get("not_compared").toString());
        assertTrue(json.get("figures").get("shop_cost_full").get("difference_to_baseline").get("nameless-date").isNull());
        assertEquals(96.93, json.get("figures").get("shop_cost_full").get("difference_to_baseline").get("fifth-agent").get("mean").asDouble(), 0.005);
        String csvRow = Files.readAllLines(done.resolve("compare.csv")).stream().filter(l -> l.startsWith("shop_cost_full,")).findFirst().orElseThrow();
        assertTrue(csvRow.endsWith(",1132.26,0,,,,"), csvRow);
        assertTrue(Files.readString(done.resolve("compare.html")).contains("<td>not compared (no buyers)</td>"));
        CliRunner.Result zh = CliRunner.kefusim("compare", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("\n  “nameless-date”：不与“base”比较，因为其模拟时段（2026-12-01 00:00 – 2026-12-01 08:00）内预计没有买家：所有关于买家的指标都是空的，"
                + "其店铺成本 1,132 元只是付给无人可接待的客服的工资，因此不列出差异。"), zh.out());
    }

    @Test
    void sweepLeavesAPointWithNoBuyersOutOfTheCheapest() throws Exception {
        Path f = dir.resolve("night.yaml");
        Files.writeString(f, FILE);
        CliRunner.Result r = CliRunner.kefusim("sweep", f.toString(), "--set", "start=2026-12-01T00:00", "--vary", "horizon=8h,10h", "--out", dir.resolve("sw").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Left out of the cheapest point, as no buyers are expected in their run: horizon = 8 h.\n  The cost to the shop is lowest at horizon = 10 h: "), r.out());
    }
}
