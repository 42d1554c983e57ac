package io.kefusim.whatif;

import io.kefusim.cli.CliRunner;
import io.kefusim.metrics.Headline;
import io.kefusim.report.Summary;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.ScenarioLoader.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

public class WhatIfTest {
    static final Path EXAMPLE = Path.of("scenarios/double11-medium-shop.yaml");
    static final Path SMALL = Path.of("scenarios/small-shop-ordinary-day.yaml");

    @TempDir
    Path dir;

    @Test
    void identicalPlansDifferByExactlyZero() {
        Scenario s = ScenarioLoader.load(SMALL, Assignment.sets("replications=5"));
        Comparison.Result r = Comparison.run(List.of(new Plan("a", s), new Plan("b", s)), 2, null);
        for (int h = 0; h < r.headlines().size(); h++) {
            Comparison.Cell c = r.cell(1, h);
            if (c.difference().mean() == null) continue;
            assertEquals(0.0, c.difference().mean(), 0.0, r.headlines().get(h).key());
            assertEquals(0.0, c.difference().ci95(), 0.0, r.headlines().get(h).key());
            assertFalse(c.real());
        }
    }

    @Test
    void pairedIntervalIsMuchNarrowerThanUnpaired() {
        // one more agent on the day team: the same buyers in both plans
        List<Plan> plans = List.of(
                new Plan("base", ScenarioLoader.load(SMALL, Assignment.sets("replications=20"))),
                new Plan("plus-one", ScenarioLoader.load(SMALL, Assignment.sets("replications=20", "teams[0].agents.service=3"))));
        Comparison.Result r = Comparison.run(plans, 2, null);
        for (String key : List.of("service_level", "lost_orders", "abandon_share")) {
            int h = index(r.headlines(), key);
            Comparison.Cell c = r.cell(1, h);
            assertTrue(c.difference().ci95() < 0.5 * c.unpairedHalfWidth(),
                    key + ": paired ±" + c.difference().ci95() + " vs unpaired ±" + c.unpairedHalfWidth());
        }
        assertTrue(r.cell(1, index(r.headlines(), "service_level")).real(), "one more agent does raise the service level");
    }

    @Test
    void variantsComeFromTheScenarioFile() {
        List<Plan> plans = ScenarioLoader.loadWithVariants(EXAMPLE, List.of());
        assertEquals(List.of("base", "one-senior-on-nights", "two-juniors-on-nights"), plans.stream().map(Plan::name).toList());
        assertEquals(plans.get(0).scenario().roster().size() + 1, plans.get(2).scenario().roster().size());
        assertEquals("presale", plans.get(2).scenario().roster().get(22).group());
        assertEquals(2, plans.get(2).scenario().roster().get(22).agents());
    }

    @Test
    void aSweepChecksTheFileAndItsSetValuesOnceNotAtEveryPoint() {
        List<Sweep.Vary> v = List.of(Sweep.parseVary("agents[0].reply_time.mean=30s,1m,2m"), Sweep.parseVary("buyers.presale.patience.mean=1m,5m"));
        long before = ScenarioLoader.bindings();
        List<Sweep.Point> planned = Sweep.plan(SMALL, Assignment.sets("replications=4", "demand.scale=1.2"), v);
        assertEquals(6, planned.size());
        // the file alone and the file with its --set values, once; then one binding per point (before: three per point, 18)
        assertEquals(2 + 6, ScenarioLoader.bindings() - before);
        // each point is the file, the --set values and its own --vary values, as loading them together gives
        Scenario last = planned.get(5).scenario();
        Scenario together = ScenarioLoader.load(SMALL, Assignment.sets("replications=4", "demand.scale=1.2", "agents[0].reply_time.mean=2m", "buyers.presale.patience.mean=5m"));
        assertEquals(io.kefusim.scenario.ScenarioWriter.toTree(together).toString(), io.kefusim.scenario.ScenarioWriter.toTree(last).toString());
        assertEquals(1.2, last.demand().scale());
        assertEquals(4, last.replications());
        // a bad --set is said once, before any point, with the option and its key
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.plan(SMALL, Assignment.sets("replications=abc"), v));
        assertTrue(e.describe(false).startsWith("--set: replications: 'abc' is not a whole number"), e.describe(false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSweepPointEqualsASeparateRunWithTheSameSeed() {
        List<Sweep.Vary> v = List.of(Sweep.parseVary("buyers.presale.patience.mean=1m,5m"));
        List<Sweep.Point> planned = Sweep.plan(SMALL, Assignment.sets("replications=4"), v);
        Sweep.Result r = Sweep.run(v, planned, 2, null);
        Scenario separate = ScenarioLoader.load(SMALL, Assignment.sets("replications=4", "buyers.presale.patience.mean=5m"));
        var reps = Experiment.run(separate, 1, null, null);
        Map<String, Object> totals = (Map<String, Object>) new Summary(separate, reps).build().get("totals");
        Sweep.Point p = r.points().get(1);
        assertEquals(List.of("5m"), p.values());
        assertEquals(totals.get("service_level"), p.figures()[index(r.headlines(), "service_level")]);
        assertEquals(totals.get("lost_sales"), p.figures()[index(r.headlines(), "lost_sales")]);
        assertEquals(totals.get("labour_cost"), p.figures()[index(r.headlines(), "labour_cost")]);
    }

    @Test
    void rangesAndLists() {
        assertEquals(List.of("4", "6", "8", "10"), Sweep.parseVary("roster[0].agents=4..10:2").values());
        assertEquals(List.of("4", "5", "6"), Sweep.parseVary("k=4..6").values());
        assertEquals(List.of("15s", "30s", "45s", "1m", "1m15s", "1m30s"), Sweep.parseVary("k=15s..90s:15s").values());
        assertTrue(Sweep.parseVary("k=15s..90s:15s").durations());
        assertEquals(List.of("30s", "1m", "2m", "5m"), Sweep.parseVary("k=30s,1m,2m,5m").values());
        assertEquals(List.of("0.1", "0.2", "0.3"), Sweep.parseVary("k=0.1..0.3:0.1").values());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key      | buyers.presale.patiance.mean=1m,2m | --vary: buyers.presale.patiance: unknown key; allowed here: patience, messages",
            "past the end     | roster[5].agents=1,2               | --vary: roster[5].agents: index 5 is past the end of 'roster' (0 entries); allowed: [0] to add the first entry",
            "not a number     | absence=a,b                        | --vary: absence: 'a' is not a number",
            "range backwards  | absence=0.5..0.1:0.1               | --vary: absence: the range must go up",
            "duration no step | buyers.presale.patience.mean=1m..5m | a range of durations needs a step",
            "no values        | absence=                           | expected KEY=VALUES",
            "wrong kind       | absence=0.5,2                      | --vary: absence: 2 is out of range; allowed: 0 to 1",
    })
    void badVaryGetsOneClearLine(String name, String vary, String expected) throws Exception {
        CliRunner.Result r = CliRunner.kefusim("sweep", SMALL.toString(), "--vary", vary, "--out", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains(expected), "expected «" + expected + "» in «" + line + "»");
        assertTrue(line.contains("allowed") || line.contains("expected"), "says what is allowed: " + line);
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void compareAndSweepWriteTheirFiles() throws Exception {
        CliRunner.Result c = CliRunner.kefusim("compare", SMALL.toString(), SMALL.toString(), "--replications", "3", "--out", dir.toString(), "--png");
        assertEquals(0, c.code(), c.err());
        Path cmp;
        try (var l = Files.list(dir.resolve("small-shop-ordinary-day-compare"))) {
            cmp = l.findFirst().orElseThrow();
        }
        for (String f : List.of("compare.csv", "compare.json", "charts/compare_shares.svg", "charts/compare_shares.png", "charts/compare_costs.png",
                "charts/compare_difference_shares.svg", "charts/compare_difference_costs.png")) {
            assertTrue(Files.exists(cmp.resolve(f)), f);
        }
        CliRunner.Result s = CliRunner.kefusim("sweep", SMALL.toString(), "--vary", "teams[0].agents.service=1..3", "--vary",
                "buyers.presale.patience.mean=1m,3m", "--replications", "2", "--out", dir.toString());
        assertEquals(0, s.code(), s.err());
        Path sw;
        try (var l = Files.list(dir.resolve("small-shop-ordinary-day-sweep"))) {
            sw = l.findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(sw.resolve("sweep.csv"));
        assertEquals(1 + 3 * 2, lines.size(), "a row per grid point");
        assertTrue(lines.get(0).startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        assertTrue(lines.get(0).substring(1).startsWith("teams[0].agents.service,buyers.presale.patience.mean,service_level,service_level_ci95"));
        assertTrue(Files.exists(sw.resolve("charts/sweep_cost.svg")));
        // with two keys the cost chart draws the cost to the shop alone; its title once called it
        // "labour cost + lost sales", which is another figure (revenue added to pay)
        String costChart = Files.readString(sw.resolve("charts/sweep_cost.svg"));
        assertTrue(costChart.contains("Cost to the shop (lost sales in full) against"), "the title names the figure drawn, and its basis");
        assertFalse(costChart.contains("lost sales against"), "not labour + lost sales");
    }

    @Test
    void theOneKeyCostChartDoesNotCallTheCostToTheShopTheSumOfTheOthers() throws Exception {
        CliRunner.Result s = CliRunner.kefusim("sweep", SMALL.toString(), "--vary", "teams[0].agents.service=1..2",
                "--replications", "2", "--out", dir.toString());
        assertEquals(0, s.code(), s.err());
        Path sw;
        try (var l = Files.list(dir.resolve("small-shop-ordinary-day-sweep"))) {
            sw = l.findFirst().orElseThrow();
        }
        String costChart = Files.readString(sw.resolve("charts/sweep_cost.svg"));
        // the third curve is the cost to the shop (labour + the lost sales in full + unanswered), not labour + lost sales
        assertTrue(costChart.contains("Labour cost, lost sales and cost to the shop (lost sales in full) against"), "title names its three figures");
        assertFalse(costChart.contains("their sum"), "the cost to the shop is not the sum of the other two");
    }


    /**
     * Three agents on duty over 4 h and over 8 h: the two means are 3 each, summed in another order
     * (4.44e-16 apart, ±0). That was a real difference ("3.0 (+0.0 ±0.0 *)"); rounding is no difference.
     */
    @Test
    void aDifferenceWithinRoundingOfZeroIsNotReal() throws Exception {
        Path f = dir.resolve("cmp.yaml");
        Files.writeString(f, io.kefusim.scenario.TestScenarios.DESK + """
                variants:
                  - name: shorter
                    set: {horizon: 4h}
                """);
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("  Agents on duty, mean ")).findFirst().orElseThrow();
        // exactly 0 in every replication: the value alone, no "(+0.0 ±0.0)" and no "*" (tester19)
        assertTrue(line.matches(".* 3\\.0 +3\\.0"), line);
        Path json;
        try (var w = Files.walk(dir.resolve("o"))) { json = w.filter(p -> p.endsWith("compare.json")).findFirst().orElseThrow(); }
        var d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).at("/figures/agents_on_duty/difference_to_baseline/shorter");
        assertEquals(0.0, d.get("mean").asDouble(), 0.0);
        assertEquals(0.0, d.get("ci95").asDouble(), 0.0);
        assertFalse(d.get("real").asBoolean());
        // the rule itself: within 1e-9 of the base's mean is 0 and not real; a difference above it still is
        Comparison.Cell c = Comparison.paired(new double[]{3, 3, 3}, new double[]{3.0000000000000004, 3.0000000000000004, 3.0000000000000004});
        assertEquals(0.0, c.difference().mean(), 0.0);
        assertFalse(c.real());
        assertTrue(Comparison.paired(new double[]{3, 3, 3}, new double[]{3.001, 3.001, 3.001}).real());
    }

    private static int index(List<Headline> headlines, String key) {
        for (int i = 0; i < headlines.size(); i++) if (headlines.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException(key);
    }
}
