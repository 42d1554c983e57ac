package io.kefusim.report;

import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * shop_cost counts lost margin when every type that orders has one, else lost revenue: one key, two
 * contents, so its label says which (before, both read "Cost to the shop" / 店铺总成本, a total it is not).
 */
class ShopCostWordsTest {
    private static Scenario shop(String presale) {
        return yaml("name: t\nstart: 2026-11-11T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 0.8, aftersale: 0.2}}\n"
                + "buyers: {presale: " + presale + "}\n"
                + "agents: [{group: desk, skills: [presale, aftersale]}]\nshifts: {a: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: a, agents: 2}]\n");
    }

    @Test
    void theCostToTheShopSaysWhetherItCountsMarginOrRevenue() {
        Text en = new Text("en"), zh = new Text("zh");
        Scenario margin = shop("{conversion: 0.4, order_value: 200, margin: 0.3}"), revenue = shop("{conversion: 0.4, order_value: 200}");
        assertEquals("Cost to the shop, in margin (CNY)", Words.figure(en, margin, "shop_cost"));
        assertEquals("店铺成本（按毛利，元）", Words.figure(zh, margin, "shop_cost"));
        assertEquals("cost to shop (lost margin staffing can recover)", Words.figureShort(en, margin, "shop_cost"));
        assertEquals("Cost to the shop (CNY)", Words.figure(en, revenue, "shop_cost"));
        assertEquals("店铺成本（元）", Words.figure(zh, revenue, "shop_cost"));
        assertEquals("cost to shop (lost sales staffing can recover)", Words.figureShort(en, revenue, "shop_cost"));
    }
}
