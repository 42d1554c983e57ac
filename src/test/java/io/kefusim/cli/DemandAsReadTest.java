package io.kefusim.cli;

import io.kefusim.sanity.PlanMeasures;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester24: compare and sweep judged "other buyers" on the keys written, so a variant that set demand.scale beside a trace
 * was warned both that the scale changes nothing and that its buyers differ, and no cheapest plan (or point) was named.
 * They now judge the demand the model gets: a trace's rows and mix; a pattern's rate at every moment of the run.
 */
class DemandAsReadTest {
    @TempDir
    Path dir;

    private Path copy() throws Exception {
        for (String f : List.of("bv.yaml", "tr-base.csv"))
            try (var in = DemandAsReadTest.class.getResourceAsStream("t24/" + f)) { Files.copy(in, dir.resolve(f)); }
        return dir.resolve("bv.yaml");
    }

    @Test
    void aScaleBesideATraceServesTheSameBuyersAndCompareNamesTheCheapest() throws Exception {
        Path f = copy();
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--out", dir.resolve("c").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: [growth] " + f + ":31: demand.scale: demand.scale ×1.5 changes nothing"), r.err());
        assertFalse(r.err().contains("differ from those of the first plan"), r.err());
        assertTrue(r.out().contains("\n  Lowest cost to the shop (labour, lost sales, unanswered buyers): 'base' (1,153 CNY). "
                + "Not distinguishable from it at 95% (paired, on the same buyers): 'growth' (the same cost, to the yuan, in every replication).\n"), r.out());
        assertTrue(r.out().contains("  Cost to the shop (CNY)                                                  1,153                          1,153"), r.out());
        assertFalse(r.out().contains("not compared"), r.out());
    }

    @Test
    void sweepingTheScaleOfATraceNamesNoOtherBuyers() throws Exception {
        Path f = copy();
        CliRunner.Result r = CliRunner.kefusim("sweep", f.toString(), "--vary", "demand.scale=1,2", "--out", dir.resolve("s").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("No point is named the cheapest"), r.out());
        assertTrue(r.out().contains("  The cost to the shop is the same at every point: 1,153 CNY (labour 1,090, plus the lost sales in full and unanswered buyers' cost), "
                + "so no point is cheaper than another."), r.out());
        CliRunner.Result z = CliRunner.kefusim("sweep", f.toString(), "--vary", "demand.scale=1,2", "--out", dir.resolve("z").toString(), "--lang", "zh");
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().contains("  各点的店铺成本完全相同：1,153 元（人工 1,090，加上全部流失销售额和未接待损失），没有哪个点更省。"), z.out());
    }

    /** A pattern: a sale day outside the run changes no rate the run reads; a scale does; the mix does. */
    @Test
    void aPatternsDemandIsItsRatesOverTheRun() throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, """
                name: p
                start: 2026-11-11T00:00
                horizon: 2h
                demand:
                  pattern: {hourly: [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]}
                  mix: {presale: 1.0}
                buyers:
                  presale: {patience: {dist: exponential, mean: 3m}}
                agents:
                  - {group: g1, skills: [presale]}
                shifts:
                  night: {from: "00:00", to: "08:00"}
                roster:
                  - {group: g1, shift: night, agents: 3}
                variants:
                  - name: other-day
                    set:
                      demand.days: [{date: 2026-11-20, scale: 3}]
                  - name: same-rate
                    set:
                      demand.days: [{date: 2026-11-11, scale: 2}]
                      demand.scale: 0.5
                  - name: more
                    set:
                      demand.days: [{date: 2026-11-11, scale: 2}]
                """);
        Map<String, Scenario> plans = new LinkedHashMap<>();
        for (var p : ScenarioLoader.loadWithVariants(f, List.of())) plans.put(p.name(), p.scenario());
        Scenario base = plans.get("base");
        assertTrue(PlanMeasures.sameDemand(base, plans.get("other-day")));
        assertTrue(PlanMeasures.sameDemand(base, plans.get("same-rate")));
        assertFalse(PlanMeasures.sameDemand(base, plans.get("more")));
        assertEquals(List.of(), PlanMeasures.check(plans).get("other-day"));
        assertEquals("compare.demand_differs", PlanMeasures.check(plans).get("more").get(0).code());
    }
}
