package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * cmp13: compare set side by side figures not measured alike and called the difference real: a
 * service level within 30 s beside one within 2 min ("29.7% (−38.3 ±6.5 points *)"), lost margin
 * beside lost revenue (two identical desks +3,252 CNY apart, "real"), totals over 24 h beside 48 h
 * ("Lowest cost to the shop: 'tea-shop'"). Now each plan's own target is said and no difference of
 * it taken, every plan is counted in revenue when the bases differ, and totals over another
 * period are shown without a difference and no cheapest plan named; each with a warning.
 */
class CompareMeasuredAlikeTest {
    @TempDir
    Path dir;

    /** The classroom scenario with three plans, each measured otherwise than the baseline in one way. */
    private Path plans() throws Exception {
        String s = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        s = s.substring(0, s.indexOf("\nvariants:")) + """

                variants:
                  - name: fifth-in-30s
                    set:
                      service_level_target: 30s
                      "roster[0].agents": 5
                  - name: in-margin
                    set:
                      "buyers.presale.margin": 0.3
                  - name: two-days
                    set:
                      horizon: 32h
                """;
        Path f = dir.resolve("plans.yaml");
        Files.writeString(f, s);
        return f;
    }

    private static JsonNode json(Path out, String name) throws Exception {
        try (var s = Files.walk(out)) {
            return new ObjectMapper().readTree(s.filter(p -> p.endsWith(name)).findFirst().orElseThrow().toFile());
        }
    }

    private static String page(Path out) throws Exception {
        try (var s = Files.walk(out)) {
            return Files.readString(s.filter(p -> p.endsWith("compare.html")).findFirst().orElseThrow());
        }
    }

    @Test
    void figuresMeasuredOtherwiseAreShownWithoutADifference() throws Exception {
        Path f = plans();
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        // 1. another target: each plan's own, said, no difference
        assertTrue(r.out().contains("  Service level (each plan within its own target) "), r.out());
        assertTrue(r.out().contains(" 94.1% within 2 min  56.8% within 30 s (not compared)"), r.out());
        assertTrue(r.out().contains("56.8% answered within 30 s, its own target (not compared with 'base', whose target is 2 min)"), r.out());
        assertTrue(r.err().contains("warning: [fifth-in-30s] " + f + ":51: service_level_target: this plan counts its service level within 30s, the first plan 'base' within 2m"), r.err());
        // 2. another basis: every plan in revenue, so the identical desk costs exactly the same
        assertTrue(r.err().contains("[in-margin] " + f + ":20: buyers: this plan counts lost sales in margin, the first plan 'base' in revenue"), r.err());
        assertTrue(r.out().contains("'in-margin': cost to the shop ±0 CNY (not distinguishable from 0)"), r.out());
        assertTrue(r.out().contains("  Cost to the shop (CNY) "), r.out());
        // 3. another period: totals not compared, no cheapest plan
        assertTrue(r.out().contains("No plan is named the cheapest: some plans run over another period or serve other buyers than 'base'"), r.out());
        assertFalse(r.out().contains("Lowest cost"), r.out());
        assertTrue(r.out().contains("'two-days': cost to the shop 4,980 CNY over its own 1 day 8 h from 2026-03-02 09:00, not compared: its period differs from 'base'; "), r.out());
        assertTrue(r.err().contains("[two-days] " + f + ":58: horizon: this plan runs 32h from 2026-03-02 09:00, the first plan 'base' 8h"), r.err());

        JsonNode j = json(dir.resolve("en"), "compare.json");
        assertEquals(30.0, j.at("/service_level_target_s/fifth-in-30s").asDouble());
        assertEquals(120.0, j.at("/service_level_target_s/base").asDouble());
        assertEquals(115200.0, j.at("/period/two-days/horizon_s").asDouble());
        assertEquals("revenue", j.at("/lost_sales_basis").asText());
        assertTrue(j.at("/figures/service_level/difference_to_baseline/fifth-in-30s/mean").isNull());
        assertFalse(j.at("/figures/service_level/difference_to_baseline/fifth-in-30s/real").asBoolean());
        assertEquals(-80, Math.round(j.at("/figures/shop_cost_full/difference_to_baseline/fifth-in-30s/mean").asDouble()));
        assertEquals(0.0, j.at("/figures/shop_cost_full/difference_to_baseline/in-margin/mean").asDouble());
        assertFalse(j.at("/figures").has("lost_margin"));
        assertTrue(j.at("/figures/shop_cost_full/difference_to_baseline/two-days/mean").isNull());
        assertTrue(j.at("/figures/labour_cost/difference_to_baseline/two-days/mean").isNull());
        // shares are still compared across periods
        assertFalse(j.at("/figures/abandon_share/difference_to_baseline/two-days/mean").isNull());
        assertEquals("compare.target_differs", j.at("/warnings/fifth-in-30s/0/code").asText());
        assertEquals("compare.basis_differs", j.at("/warnings/in-margin/0/code").asText());
        assertEquals("compare.period_differs", j.at("/warnings/two-days/0/code").asText());
        String html = page(dir.resolve("en"));
        assertTrue(html.contains("compare.target_differs") && html.contains("compare.basis_differs") && html.contains("compare.period_differs"));
        assertTrue(html.contains("No plan is named the cheapest"));
    }

    @Test
    void theSameInChinese() throws Exception {
        Path f = plans();
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "2", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  服务水平（各方案按自身目标） "), r.out());
        assertTrue(r.out().contains(" 94.1%（2分钟内） ") && r.out().contains(" 56.8%（30秒内）（不作比较） "), r.out());
        assertTrue(r.out().contains("56.8% 在30秒内得到回复，按其自身目标（“base”的目标为2分钟，不作比较）"), r.out());
        assertTrue(r.out().contains("不评选成本最低的方案：部分方案的时段或买家与“base”不同"), r.out());
        assertTrue(r.out().contains("“two-days”：店铺成本 4,980 元，为其自身1天8小时（自 2026-03-02 09:00 起）的合计，不作比较：其时段与“base”不同；"), r.out());
        assertTrue(r.err().contains("警告：[fifth-in-30s] " + f + ":51: service_level_target: 此方案的服务水平按30s内回复计"), r.err());
        assertTrue(r.err().contains("警告：[in-margin] " + f + ":20: buyers: 此方案的流失销售按毛利计"), r.err());
    }
    @Test
    void sweepOverPeriodsNamesNoCheapestPoint() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "horizon=4h,8h", "--replications", "2",
                "--out", dir.resolve("sw").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("lowest at"), r.out());
        assertTrue(r.out().contains("No point is named the cheapest: the points run over different periods as horizon varies"), r.out());
        assertTrue(r.err().contains("warning: [8h] --vary: horizon: this point runs 8h from 2026-03-02 09:00, the first point (4h) 4h"), r.err());
        JsonNode j = json(dir.resolve("sw"), "sweep.json");
        assertEquals("sweep.period_varies", j.at("/warnings/8h/0/code").asText());
        // the 4-hour point alone misses the pattern's buyers at 13:00-17:00 (horizon.pattern_outside), and is not warned of its period
        assertEquals(1, j.at("/warnings/4h").size());
        assertEquals("horizon.pattern_outside", j.at("/warnings/4h/0/code").asText());
        CliRunner.Result zh = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "horizon=4h,8h", "--replications", "2",
                "--lang", "zh", "--out", dir.resolve("swzh").toString());
        assertTrue(zh.out().contains("不评选成本最低的点：各点随“horizon”变化而模拟不同的时段"), zh.out());
    }

    /**
     * sweep over demand.scale named a cheapest point "on the same buyers" ("lowest at demand scale = 1: 891 CNY …
     * Every other point costs more, a real difference at 95% (paired, on the same buyers)") though twice the buyers
     * cost more for being twice as many. As compare (compare.demand_differs): warned, and no cheapest point.
     */
    @Test
    void sweepOverDemandNamesNoCheapestPoint() throws Exception {
        Path f = dir.resolve("cmp.yaml");
        Files.writeString(f, io.kefusim.scenario.TestScenarios.DESK);
        CliRunner.Result r = CliRunner.kefusim("sweep", f.toString(), "--vary", "demand.scale=1,2", "--replications", "3",
                "--out", dir.resolve("sd").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("lowest at"), r.out());
        assertFalse(r.out().contains("on the same buyers"), r.out());
        assertTrue(r.out().contains("  No point is named the cheapest: the points serve different buyers as demand scale varies, so their totals (money, orders) are not set side by side; shares and means still are.\n"), r.out());
        assertTrue(r.err().contains("warning: [2] --vary: demand.scale: this point's buyers (demand) differ from those of the first point (1): "
                + "totals (money, orders) of other buyers are not set side by side, so sweep names no cheapest point; shares and means still are\n"), r.err());
        JsonNode j = json(dir.resolve("sd"), "sweep.json");
        assertEquals(0, j.at("/warnings/1").size());
        assertEquals("sweep.demand_varies", j.at("/warnings/2/0/code").asText());
        assertTrue(page(dir.resolve("sd"), "sweep.html").contains("sweep.demand_varies"));
        CliRunner.Result zh = CliRunner.kefusim("sweep", f.toString(), "--vary", "demand.scale=1,2", "--replications", "3",
                "--lang", "zh", "--out", dir.resolve("sdzh").toString());
        assertTrue(zh.out().contains("不评选成本最低的点：各点随“咨询量·倍数”变化而面对不同的买家"), zh.out());
        assertTrue(zh.err().contains("警告：[2] --vary: demand.scale: 此点的买家（需求）与第一个点（1）不同"), zh.err());
        // another key on the same buyers still names its cheapest point
        CliRunner.Result agents = CliRunner.kefusim("sweep", f.toString(), "--vary", "roster[0].agents=3,4", "--replications", "3",
                "--out", dir.resolve("sa").toString());
        assertTrue(agents.out().contains("The cost to the shop is lowest at"), agents.out());
        assertFalse(agents.err().contains("sweep.demand_varies") || agents.err().contains("buyers (demand) differ"), agents.err());
    }

    /**
     * goalF: sweep over the buyers' order value (or patience) named a cheapest point "on the same buyers" ("lowest at presale
     * buyers: order value (CNY) = 50: 1,800 CNY … Every other point costs more, a real difference at 95% (paired, on the same
     * buyers)"): a cheaper order is no plan a shop can choose. Now no cheapest point, said why, warned (sweep.demand_varies); compare
     * with a variant setting a buyer key alike (compare.demand_differs).
     */
    @Test
    void sweepOverTheBuyersValueNamesNoCheapestPoint() throws Exception {
        Path f = dir.resolve("cmp.yaml");
        Files.writeString(f, io.kefusim.scenario.TestScenarios.DESK);
        CliRunner.Result r = CliRunner.kefusim("sweep", f.toString(), "--vary", "buyers.presale.order_value=50,200", "--replications", "3",
                "--out", dir.resolve("so").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("lowest at"), r.out());
        assertTrue(r.out().contains("  No point is named the cheapest: as presale buyers: order value (CNY) varies, the points describe different buyers, "
                + "not plans you can choose; the cost to the shop falls where orders are worth less or buyers wait longer, not where the desk works better. "
                + "Each point's figures are in the table.\n"), r.out());
        assertTrue(r.err().contains("warning: [200] --vary: buyers.presale.order_value: this point's buyers (their value or behaviour) differ from those of the first point (50): "
                + "the points describe different buyers, not plans you can choose, so sweep names no cheapest point; each point's figures are still shown\n"), r.err());
        JsonNode j = json(dir.resolve("so"), "sweep.json");
        assertEquals("sweep.demand_varies", j.at("/warnings/200/0/code").asText());
        CliRunner.Result zh = CliRunner.kefusim("sweep", f.toString(), "--vary", "buyers.presale.patience.mean=1m,5m", "--replications", "3",
                "--lang", "zh", "--out", dir.resolve("sozh").toString());
        assertTrue(zh.out().contains("不评选成本最低的点：随“presale买家：耐心（均值）”变化，各点描述的是不同的买家，而不是可供选择的方案"), zh.out());
        // compare: a variant that sets a buyer key is no plan either
        Files.writeString(f, io.kefusim.scenario.TestScenarios.DESK + "variants:\n  - name: cheap-orders\n    set:\n      \"buyers.presale.order_value\": 50\n");
        CliRunner.Result c = CliRunner.kefusim("compare", f.toString(), "--replications", "3", "--out", dir.resolve("co").toString());
        assertEquals(0, c.code(), c.err());
        assertFalse(c.out().contains("Lowest cost to the shop"), c.out());
        assertTrue(c.out().contains("  No plan is named the cheapest: 'cheap-orders' describes other buyers than 'base' (presale buyers: order value (CNY)), not a plan you can choose;"), c.out());
        assertTrue(c.out().contains("'cheap-orders': cost to the shop "), c.out());
        assertTrue(c.out().contains(" CNY, not compared: its buyers differ from 'base' (presale buyers: order value (CNY))"), c.out());
        assertEquals("compare.demand_differs", json(dir.resolve("co"), "compare.json").at("/warnings/cheap-orders/0/code").asText());
    }

    private static String page(Path out, String name) throws Exception {
        try (var s = Files.walk(out)) {
            return Files.readString(s.filter(p -> p.endsWith(name)).findFirst().orElseThrow());
        }
    }

    /**
     * A plan with other buyers over base's own period read "'scale2': cost to the shop 1,932 CNY over its own 8 h from
     * 2026-03-02 08:00 (another period or other buyers than 'base': not compared)", blaming a period that is base's.
     * Each plan's sentence now gives its own reason: its buyers, its period, or both.
     */
    @Test
    void aPlanSaysWhetherItsBuyersOrItsPeriodDiffer() throws Exception {
        Path f = dir.resolve("cmp2.yaml");
        Files.writeString(f, io.kefusim.scenario.TestScenarios.DESK + """
                variants:
                  - name: scale2
                    set: {"demand.scale": 1.2}
                  - name: shorter
                    set: {horizon: 4h}
                  - name: both
                    set: {"demand.scale": 1.2, horizon: 4h}
                """);
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  'scale2': cost to the shop 913 CNY, not compared: its buyers differ from 'base' (demand); 98.6% answered within 2 min"), r.out());
        assertTrue(r.out().contains("  'shorter': cost to the shop 862 CNY over its own 4 h from 2026-03-02 08:00, not compared: its period differs from 'base'; "), r.out());
        assertTrue(r.out().contains("  'both': cost to the shop 875 CNY over its own 4 h from 2026-03-02 08:00, not compared: its period and its buyers (demand) differ from 'base'; "), r.out());
        assertFalse(r.out().contains("another period or other buyers"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("compare", f.toString(), "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("  “scale2”：店铺成本 913 元，不作比较：其买家与“base”不同（需求）；98.6% 在2分钟内得到回复"), zh.out());
        assertTrue(zh.out().contains("  “shorter”：店铺成本 862 元，为其自身4小时（自 2026-03-02 08:00 起）的合计，不作比较：其时段与“base”不同；"), zh.out());
        assertTrue(zh.out().contains("  “both”：店铺成本 875 元，为其自身4小时（自 2026-03-02 08:00 起）的合计，不作比较：其时段和买家（需求）均与“base”不同；"), zh.out());
    }
}
