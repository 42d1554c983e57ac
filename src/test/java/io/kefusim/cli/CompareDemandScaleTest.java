package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A variant that changes only demand.scale ("what if 20% more buyers"): its totals are not set beside the base's
 * (compare.demand_differs), but its per-buyer figures are, with their differences, as they are measured alike (the same
 * target over the same period). Before, the verdict said only "some plans run over another period or serve other
 * buyers than 'base'", naming neither the plan nor why totals differ while shares do not.
 */
class CompareDemandScaleTest {
    @TempDir
    Path dir;

    @Test
    void perBuyerFiguresAreComparedAndTheWordsSayWhyTotalsAreNot() throws Exception {
        String text = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        Path f = dir.resolve("scale.yaml");
        Files.writeString(f, text.substring(0, text.indexOf("variants:")) + "variants:\n  - name: more-buyers\n    set:\n      \"demand.scale\": 1.2\n");
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "3", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  No plan is named the cheapest: 'more-buyers' serves other buyers than 'base' (its demand differs; the period is the same), "
                + "and totals (money, orders) grow with the buyers served, so they are not set side by side. Per-buyer figures (the shares answered within 2 min "
                + "or left unanswered, the mean waits) are measured alike, over the same period and target, and are set side by side with their differences.\n"), r.out());
        assertFalse(r.out().contains("some plans run over another period"), r.out());
        // the warning stands at the variant's line (its "demand.scale"), not at the file's demand (t16)
        int scaleLine = (int) text.substring(0, text.indexOf("variants:")).lines().count() + 4;
        assertTrue(r.err().contains("warning: [more-buyers] " + f + ":" + scaleLine + ": demand.scale: this plan's buyers (demand) differ from those of the first plan 'base'"), r.err());
        // per-buyer figures with their differences; totals without
        assertTrue(r.out().contains("  Answered within 2 min (service level)                                   94.8%       91.9% (−2.8 ±5.2 points)\n"), r.out());
        assertTrue(r.out().contains("  Left unanswered (abandoned)                                              0.9%        1.8% (+0.9 ±2.9 points)\n"), r.out());
        assertTrue(r.out().contains("  First response, mean (s)                                                 38.3             44.3 (+5.9 ±4.7 *)\n"), r.out());
        assertTrue(r.out().contains("  Cost to the shop (CNY)                                                  2,456           3,110 (not compared)\n"), r.out());
        Path out = Files.list(dir.resolve("en/classroom-response-time-compare")).filter(p -> !p.endsWith("latest")).findFirst().orElseThrow();
        JsonNode j = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertEquals(-0.0282, j.at("/figures/service_level/difference_to_baseline/more-buyers/mean").asDouble(), 5e-5);
        assertFalse(j.at("/figures/queue_wait_mean_s/difference_to_baseline/more-buyers/mean").isNull());
        assertTrue(j.at("/figures/shop_cost_full/difference_to_baseline/more-buyers/mean").isNull());
        assertEquals("compare.demand_differs", j.at("/warnings/more-buyers/0/code").asText());
        assertTrue(j.at("/verdict/0").asText().startsWith("No plan is named the cheapest: 'more-buyers' serves other buyers"), j.toString());

        CliRunner.Result z = CliRunner.kefusim("compare", f.toString(), "--replications", "3", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, z.code(), z.err());
        assertTrue(z.err().contains("警告：[more-buyers] " + f + ":" + scaleLine + ": demand.scale: 此方案的买家（需求）与第一个方案“base”不同"), z.err());
        assertTrue(z.out().contains("\n  不评选成本最低的方案：“more-buyers”面对的买家与“base”不同（需求不同，时段相同），而合计（金额、订单）随服务的买家多少而增减，因此不作并列比较。"
                + "按买家计的指标（2分钟内回复、未接待离开的比例，平均等待）在相同时段、相同目标下衡量，照常并列比较并给出差值。\n"), z.out());
    }

    /**
     * A variant that gives a part of the demand (a key inside demand.pattern): the warning is at the variant's set:, as inputs.unread's are.
     * (Its pattern busies 09:00, inside the run; one that busied only 08:00, before the 09:00 start, serves the same buyers: DemandAsReadTest.)
     */
    @Test
    void aVariantsDemandWarningStandsAtTheVariantsLine() throws Exception {
        String text = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        String head = text.substring(0, text.indexOf("variants:"));
        Path f = dir.resolve("pattern.yaml");
        Files.writeString(f, head + "variants:\n  - name: longer\n    set:\n      \"demand.pattern.hourly\": [0, 0, 0, 0, 0, 0, 0, 0, 0, 90, 60, 60, 60, 60, 60, 60, 60, 0, 0, 0, 0, 0, 0, 0]\n");
        java.util.Map<String, io.kefusim.scenario.Scenario> plans = new java.util.LinkedHashMap<>();
        for (var p : io.kefusim.scenario.ScenarioLoader.loadWithVariants(f, java.util.List.of())) plans.put(p.name(), p.scenario());
        var w = io.kefusim.sanity.PlanMeasures.check(plans).get("longer").stream().filter(x -> x.code().equals("compare.demand_differs")).findFirst().orElseThrow();
        assertEquals(head.lines().count() + 4, w.where().line(), w.where().toString());
        assertEquals("demand.pattern", w.where().key());
    }
}
