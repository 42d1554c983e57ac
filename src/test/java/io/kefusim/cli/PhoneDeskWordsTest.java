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
 * On a phone desk a call's "reply" is the end of its talk, so the per-message response time is
 * the queue wait plus the talk: 215.7 s on the fitted desk beside a 48.3 s first response (the
 * pick-up). Labelled "Average response time" / 平均响应时长 it reads as a wait to a call-centre
 * manager and as Taobao's reply-speed KPI; the labels now say what the figure is, and a phone
 * desk's buyers "called" rather than "opened a chat". summary.json keys do not change.
 */
class PhoneDeskWordsTest {
    @TempDir
    Path dir;

    private static final String DESK = "name: desk\nstart: 2026-11-11T08:00\nhorizon: 4h\nreplications: 2\nseed: 7\nservice_level_target: 20s\n"
            + "demand: {pattern: {hourly: [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]}, mix: {presale: 0.5, aftersale: 0.5}}\n"
            + "buyers: {presale: {messages: {dist: constant, value: 1}}, aftersale: {messages: {dist: constant, value: 1}}}\n"
            + "agents: [{group: a, skills: [presale], channel: A, reply_time: {dist: exponential, mean: 2m}}, {group: b, skills: [aftersale], channel: B, reply_time: {dist: exponential, mean: 2m}}]\n"
            + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: a, shift: all, agents: 2}, {group: b, shift: all, agents: 2}]\n";

    private static Scenario desk(String a, String b) {
        return io.kefusim.TestScenarios.yaml(DESK.replace("channel: A", "channel: " + a).replace("channel: B", "channel: " + b));
    }

    @Test
    void aPhoneDeskSaysCallsAndWaitPlusTalkAndAChatDeskIsUnchanged() {
        Scenario chat = desk("chat", "chat"), phone = desk("phone", "phone"), both = desk("chat", "phone");
        Text en = new Text("en"), zh = new Text("zh");
        assertEquals("Average response time (s)", Words.channel(en, chat, "avg_response"));
        assertEquals("平均响应时长（秒）", Words.channel(zh, chat, "avg_response"));
        assertEquals("Buyers who opened a chat", Words.channel(en, chat, "arrived"));
        assertEquals("Call to end of talk (wait + talk), mean (s)", Words.channel(en, phone, "avg_response"));
        assertEquals("来电至通话结束均值（秒；等待＋通话）", Words.channel(zh, phone, "avg_response"));
        assertEquals("Buyers who called", Words.channel(en, phone, "arrived"));
        assertEquals("来电买家数", Words.channel(zh, phone, "arrived"));
        assertEquals("Call to end of talk over 5 min (share)", Words.channel(en, phone, "late_replies", "5 min"));
        assertEquals("Call to end of talk over 5 min (share)", Words.figure(en, phone, "late_reply_share"));
        assertEquals("Average response time (s; calls: wait + talk)", Words.channel(en, both, "avg_response"));
        assertEquals("Buyers who opened a chat or called", Words.channel(en, both, "arrived"));
        // results.xlsx's headings, from the keys
        assertEquals("call to end of talk (wait + talk) (s)", new ColumnWords(en, phone).label("avg_response_s"));
        assertEquals("来电买家数", new ColumnWords(zh, phone).label("arrived"));
        assertEquals("not picked up within 2 min (share)", new ColumnWords(en, phone).label("missed_2m_share"));
        assertEquals("average response time (s)", new ColumnWords(en, chat).label("avg_response_s"));
        assertEquals("no human reply within 2 min (share)", new ColumnWords(en, chat).label("missed_2m_share"));
    }

    @Test
    void runOnAPhoneDeskPrintsCallWordsInBothLanguagesAndKeepsTheKeys() throws Exception {
        Path file = Files.writeString(dir.resolve("phone.yaml"), DESK.replace("channel: A", "channel: phone").replace("channel: B", "channel: phone"));
        CliRunner.Result en = CliRunner.kefusim("run", file.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("  Buyers who called "), en.out());
        assertTrue(en.out().contains("  First response (pick-up), mean (s) "), en.out());
        assertTrue(en.out().contains("  Call to end of talk (wait + talk), mean (s) "), en.out());
        assertTrue(en.out().contains("  Call to end of talk over 5 min (share) "), en.out());
        assertFalse(en.out().contains("Average response time"), en.out());
        assertFalse(en.out().contains("opened a chat"), en.out());
        assertFalse(en.out().contains("Replies later than"), en.out());
        // money9: the after-shift line and the group charts say calls too
        assertTrue(en.out().contains("  After-shift calls at overtime pay (agent-hours) "), en.out());
        assertFalse(en.out().contains("After-shift chats"), en.out());
        String page;
        try (var s = Files.walk(dir.resolve("en"))) { page = Files.readString(s.filter(p -> p.endsWith("report.html")).findFirst().orElseThrow()); }
        assertTrue(page.contains("Occupancy and active calls by agent group (95% CI)"), "groups chart title");
        assertTrue(page.contains("occupancy (talking)"), "groups chart series");
        assertTrue(page.contains("occupancy (share of time on duty spent talking)"), "occupancy chart axis");
        assertFalse(page.contains("active chats by agent group"), "groups chart title");
        assertFalse(page.contains("occupancy (typing)"), "groups chart series");
        CliRunner.Result zh = CliRunner.kefusim("run", file.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("  来电买家数 "), zh.out());
        assertTrue(zh.out().contains("  来电至通话结束均值（秒；等待＋通话）"), zh.out());
        assertFalse(zh.out().contains("平均响应时长"), zh.out());
        assertFalse(zh.out().contains("咨询买家数"), zh.out());
        // the wait-plus-talk figure is the first response (the pick-up) plus the talk: far above it
        Path summary;
        try (var s = Files.walk(dir.resolve("en"))) { summary = s.filter(p -> p.endsWith("summary.json")).findFirst().orElseThrow(); }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        double avg = json.at("/totals/avg_response_s/mean").asDouble(), first = json.at("/totals/first_response/mean_s/mean").asDouble();
        assertTrue(avg > first + 60, avg + " against " + first); // 2-minute calls on average
        assertEquals("pick-up", json.at("/first_response_means").asText());
        // the report page's tables say called / not picked up
        Path report = summary.resolveSibling("report.html");
        String html = Files.readString(report);
        assertTrue(html.contains(">called<"), "report.html: called");
        assertTrue(html.contains(">not picked up 2 min<"), "report.html: not picked up");
        assertFalse(html.contains(">no reply 2 min<"), "report.html: no 'no reply' on a phone desk");
        // the lost-sales card and the abandon card in call words: a call is picked up, nobody types a first reply
        assertTrue(html.contains("354 of it recoverable by staffing; the rest is lost even with an agent free for every buyer "
                + "(a call picked up at once still converts at its conversion table&#39;s 0 s factor)")
                || html.contains("354 of it recoverable by staffing; the rest is lost even with an agent free for every buyer "
                + "(a call picked up at once still converts at its conversion table's 0 s factor)"), "report.html: lost-sales card");
        assertTrue(html.contains("also the share not picked up within 30 min / 2 h"), "report.html: abandon card");
        assertFalse(html.contains("typing time"), "report.html: no typing on a phone desk");
        assertFalse(html.contains("no reply within"), "report.html: no 'no reply' on a phone desk");
        String zhPage;
        try (var s = Files.walk(dir.resolve("zh"))) { zhPage = Files.readString(s.filter(p -> p.endsWith("report.html")).findFirst().orElseThrow()); }
        assertTrue(zhPage.contains("其中 354 元可通过增加人手挽回；其余即使每位买家都有空闲客服也会流失（来电即刻接听，仍按转化表 0 秒处的系数成交）"), "zh lost-sales card");
        assertTrue(zhPage.contains("也等于30分钟 / 2小时内未接听的比例"), "zh abandon card");
        assertFalse(zhPage.contains("打字时间"), "zh: no typing on a phone desk");
        // a chat desk keeps its words, a mixed desk names both
        Text english = new Text("en");
        assertTrue(Words.channel(english, desk("chat", "chat"), "m_recoverable_note", "1").endsWith("(the first reply still takes its typing time)"));
        assertTrue(Words.channel(english, desk("chat", "phone"), "m_recoverable_note", "1").endsWith("(a chat's first reply still takes its typing time; a call is picked up at once)"));
        assertTrue(Words.channel(english, desk("phone", "phone"), "m_objective_sales", "1", "2").contains("(a call picked up at once still converts at its conversion table's 0 s factor)"));
    }

    /** Columns as the console counts them: a Chinese character two. */
    private static int width(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }

    @Test
    void aMixedDesksChartAndTableLabelsAreNoWiderThanTheyNeedBe() {
        Scenario both = desk("chat", "phone"), chat = desk("chat", "chat"), phone = desk("phone", "phone");
        for (String lang : java.util.List.of("en", "zh")) {
            Text t = new Text(lang);
            // the group table's column is 13 wide on the console: the mixed desk's head fits as the chat and phone ones do
            assertTrue(width(Words.channel(t, both, "col_active")) <= 13, lang + ": " + Words.channel(t, both, "col_active"));
            // the charts' legend, title and axis: at most a few columns beyond the longer of the chat and the phone label
            for (String key : java.util.List.of("ch_service_level", "ch_title_groups", "ch_occupancy_typing", "ch_active_chats")) {
                Object[] args = key.equals("ch_service_level") ? new Object[]{"20 s"} : new Object[0];
                int longer = Math.max(width(Words.channel(t, chat, key, args)), width(Words.channel(t, phone, key, args)));
                String mixed = Words.channel(t, both, key, args);
                assertTrue(width(mixed) <= longer + 6, lang + " " + key + ": '" + mixed + "' is " + width(mixed) + " wide against " + longer);
            }
        }
        assertEquals("service level (reply or pick-up within 20 s), 95% CI", Words.channel(new Text("en"), both, "ch_service_level", "20 s"));
        assertEquals("服务水平（20 s内回复或接起），95%置信区间", Words.channel(new Text("zh"), both, "ch_service_level", "20 s"));
        assertEquals("chats & calls", Words.channel(new Text("en"), both, "col_active"));
        assertEquals("接待/通话", Words.channel(new Text("zh"), both, "col_active"));
    }
}
