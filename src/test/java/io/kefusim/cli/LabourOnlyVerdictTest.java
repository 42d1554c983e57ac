package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester19: a file that puts no money on buyers (conversion 0 for every type, no unanswered_cost) had
 * its labour-only cost called the "lowest cost to the shop (labour, lost sales, unanswered buyers)"
 * by compare and sweep, the plan abandoning 12.7% of callers "winning"; and its zero differences
 * read "0 (±0 ±0)". The verdict now says the ranking is labour alone, batch says it of such shops,
 * and a difference exactly 0 with no spread reads "0".
 */
class LabourOnlyVerdictTest {
    @TempDir
    Path dir;

    private static final String DESK = PhoneDesk.DESK;

    private Path file(String name, int agents, String money) throws Exception {
        return PhoneDesk.file(dir, name, agents, money);
    }

    @Test
    void compareWithNoMoneyOnBuyersSaysTheRankingIsLabourAloneAndZeroIsZero() throws Exception {
        Path a = file("few", 2, ", conversion: 0"), b = file("more", 3, ", conversion: 0");
        CliRunner.Result en = CliRunner.kefusim("compare", a.toString(), b.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\n  Lowest labour cost: 'few' ("), en.out());
        assertTrue(en.out().contains(" CNY); the file puts no money on slow or unanswered buyers (no conversion/order value, no unanswered cost), "
                + "so this ranking is labour alone: read the service figures."), en.out());
        assertFalse(en.out().contains("Lowest cost to the shop"), en.out());
        assertTrue(en.out().matches("(?s).*\n  Estimated lost sales \\(CNY\\) +0 +0\n.*"), en.out());
        assertFalse(en.out().contains("±0 ±0"), en.out());
        String page;
        try (var s = Files.walk(dir.resolve("en"))) { page = Files.readString(s.filter(p -> p.endsWith("compare.html")).findFirst().orElseThrow()); }
        assertFalse(page.contains("±0 ±0"), "compare.html");

        CliRunner.Result zh = CliRunner.kefusim("compare", a.toString(), b.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("\n  人工成本最低：“few”（"), zh.out());
        assertTrue(zh.out().contains(" 元）；文件没有给回复慢或未接待的买家设任何金额（没有下单转化/客单价，也没有未接待损失），因此这个排名只看人工成本：请看服务指标。"), zh.out());
        assertFalse(zh.out().contains("店铺成本（人工、流失销售额、未接待损失）最低"), zh.out());
        assertTrue(zh.out().matches("(?s).*\n  预计流失销售额（元） +0 +0\n.*"), zh.out());
        assertFalse(zh.out().contains("0（±0 ±0）"), zh.out());

        // money on buyers: the lowest cost to the shop is named as before
        Path c = file("paid", 2, ", conversion: 0.3, order_value: 100"), d = file("paid-more", 3, ", conversion: 0.3, order_value: 100");
        CliRunner.Result money = CliRunner.kefusim("compare", c.toString(), d.toString(), "--out", dir.resolve("money").toString());
        assertEquals(0, money.code(), money.err());
        assertTrue(money.out().contains("\n  Lowest cost to the shop (labour, lost sales, unanswered buyers): '"), money.out());
        assertFalse(money.out().contains("puts no money"), money.out());
    }

    @Test
    void sweepAndBatchSayTheRankingIsLabourAloneWhenNoMoneyIsOnBuyers() throws Exception {
        Path a = file("shop", 2, ", conversion: 0");
        CliRunner.Result sw = CliRunner.kefusim("sweep", a.toString(), "--vary", "roster[0].agents=2,3", "--out", dir.resolve("sw").toString());
        assertEquals(0, sw.code(), sw.err());
        assertTrue(sw.out().contains("\n  The labour cost is lowest at agents: a on all = 2: "), sw.out());
        assertTrue(sw.out().contains(" CNY; the file puts no money on slow or unanswered buyers (no conversion/order value, no unanswered cost), "
                + "so this ranking is labour alone: read the service figures."), sw.out());
        assertFalse(sw.out().contains("The cost to the shop is lowest"), sw.out());
        CliRunner.Result swz = CliRunner.kefusim("sweep", a.toString(), "--vary", "roster[0].agents=2,3", "--out", dir.resolve("swz").toString(), "--lang", "zh");
        assertEquals(0, swz.code(), swz.err());
        assertTrue(swz.out().contains(" 元；文件没有给回复慢或未接待的买家设任何金额（没有下单转化/客单价，也没有未接待损失），因此这个排名只看人工成本：请看服务指标。"), swz.out());

        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.writeString(shops.resolve("shop.yaml"), Files.readString(a).replace("name: desk", "name: shop"));
        Files.writeString(shops.resolve("paid.yaml"), DESK.replace("AGENTS", "2").replace("MONEY", ", conversion: 0.3, order_value: 100").replace("name: desk", "name: paid"));
        CliRunner.Result bt = CliRunner.kefusim("batch", shops.toString(), "--out", dir.resolve("bt").toString());
        assertEquals(0, bt.code(), bt.err());
        assertTrue(bt.out().contains("\n  shop: the file puts no money on slow or unanswered buyers (no conversion/order value, no unanswered cost), "
                + "so lost sales and unanswered buyers' cost read 0 whatever the staffing: read the service figures.\n"), bt.out());
        CliRunner.Result btz = CliRunner.kefusim("batch", shops.toString(), "--out", dir.resolve("btz").toString(), "--lang", "zh");
        assertEquals(0, btz.code(), btz.err());
        assertTrue(btz.out().contains("\n  shop：文件没有给回复慢或未接待的买家设任何金额（没有下单转化/客单价，也没有未接待损失），因此无论人手多少，流失销售额和未接待损失都是 0：请看服务指标。\n"), btz.out());
        assertFalse(btz.out().contains("paid："), btz.out());
    }


    /**
     * staffH (tester): with a warm-up the labour-only verdicts quote the labour after it (the table's "of it after the
     * warm-up" row), and before named it "Lowest labour cost" as if it were the whole run's; now they say after the warm-up.
     */
    @Test
    void withAWarmUpTheLabourOnlyVerdictsSayTheLabourIsAfterIt() throws Exception {
        Path a = file("few", 2, ", conversion: 0"), b = file("more", 3, ", conversion: 0");
        CliRunner.Result en = CliRunner.kefusim("compare", a.toString(), b.toString(), "--set", "warmup=1h", "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\n  Lowest labour cost after the warm-up: 'few' ("), en.out());
        assertFalse(en.out().contains("Lowest labour cost: "), en.out());
        CliRunner.Result zh = CliRunner.kefusim("compare", a.toString(), b.toString(), "--set", "warmup=1h", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("\n  预热期后人工成本最低：“few”（"), zh.out());
        CliRunner.Result sw = CliRunner.kefusim("sweep", a.toString(), "--set", "warmup=1h", "--vary", "roster[0].agents=2,3", "--out", dir.resolve("sw").toString());
        assertEquals(0, sw.code(), sw.err());
        assertTrue(sw.out().contains("\n  The labour cost after the warm-up is lowest at agents: a on all = 2: "), sw.out());
        CliRunner.Result swz = CliRunner.kefusim("sweep", a.toString(), "--set", "warmup=1h", "--vary", "roster[0].agents=2,3", "--out", dir.resolve("swz").toString(), "--lang", "zh");
        assertTrue(swz.out().contains("\n  预热期后人工成本最低的点："), swz.out());
        // without a warm-up, as before
        CliRunner.Result plain = CliRunner.kefusim("compare", a.toString(), b.toString(), "--out", dir.resolve("plain").toString());
        assertTrue(plain.out().contains("\n  Lowest labour cost: 'few' ("), plain.out());
    }
}
