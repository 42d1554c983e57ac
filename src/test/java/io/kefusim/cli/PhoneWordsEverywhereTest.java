package io.kefusim.cli;

import io.kefusim.report.ColumnWords;
import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester19: one figure, one name. compare named the occupancy "(typing)" / 打字时间 on a phone desk
 * where run says "(talking)" / 通话时间 (so did results.xlsx's heading), and its Chinese verdict said
 * callers 得到回复 (got a reply) under a table row of 20秒内接起电话 (picked up).
 */
class PhoneWordsEverywhereTest {
    @TempDir
    Path dir;

    private static final String DESK = PhoneDesk.DESK;

    private Path file(String name, int agents, String money) throws Exception {
        return PhoneDesk.file(dir, name, agents, money);
    }

    @Test
    void theOccupancyHasRunsNameForTheChannelInEveryCommand() {
        Scenario phone = io.kefusim.TestScenarios.yaml(DESK.replace("AGENTS", "2").replace("MONEY", ""));
        Scenario chat = io.kefusim.TestScenarios.yaml(DESK.replace("AGENTS", "2").replace("MONEY", "").replace("channel: phone", "channel: chat"));
        Text en = new Text("en"), zh = new Text("zh");
        // compare's, sweep's and the studio's label (Words.figure) is run's (Words.channel)
        assertEquals("Agent occupancy (talking)", Words.figure(en, phone, "occupancy"));
        assertEquals("客服占用率（通话时间）", Words.figure(zh, phone, "occupancy"));
        assertEquals("Agent occupancy (typing)", Words.figure(en, chat, "occupancy"));
        assertEquals("客服占用率（打字时间）", Words.figure(zh, chat, "occupancy"));
        // results.xlsx's heading
        assertEquals("occupancy (talking)", new ColumnWords(en, phone).label("occupancy"));
        assertEquals("占用率（通话时间）", new ColumnWords(zh, phone).label("occupancy"));
        assertEquals("occupancy (typing)", new ColumnWords(en, chat).label("occupancy"));
    }

    @Test
    void compareOnAPhoneDeskSaysTalkingAndPickedUpAsRunDoes() throws Exception {
        Path a = file("few", 2, ", conversion: 0"), b = file("more", 3, ", conversion: 0");
        CliRunner.Result en = CliRunner.kefusim("compare", a.toString(), b.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\n  Agent occupancy (talking)   "), en.out());
        assertFalse(en.out().contains("(typing)"), en.out());
        String page;
        try (var s = Files.walk(dir.resolve("en"))) { page = Files.readString(s.filter(p -> p.endsWith("compare.html")).findFirst().orElseThrow()); }
        assertTrue(page.contains("Agent occupancy (talking)"), "compare.html");
        assertFalse(page.contains("(typing)"), "compare.html");

        CliRunner.Result zh = CliRunner.kefusim("compare", a.toString(), b.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("\n  客服占用率（通话时间）   "), zh.out());
        assertFalse(zh.out().contains("打字时间"), zh.out());
        assertTrue(zh.out().contains("的买家电话在20秒内被接起；店铺成本 "), zh.out());
        assertFalse(zh.out().contains("得到回复"), zh.out());
        CliRunner.Result sw = CliRunner.kefusim("sweep", a.toString(), "--vary", "roster[0].agents=2,3", "--out", dir.resolve("sw").toString(), "--lang", "zh");
        assertEquals(0, sw.code(), sw.err());
        assertTrue(sw.out().contains("\n  电话在20秒内被接起的比例从 "), sw.out());
    }
}
