package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The calculator, labour warnings and cost figures as a user meets them on the command line. */
class StaffingCliTest {
    @TempDir
    Path dir;

    @Test
    void chatCalculatorShowsSlotsTypingAndTheMessageModel() {
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "192", "--handle", "8m", "--concurrency", "5", "--patience", "3m");
        assertEquals(0, r.code(), r.err());
        // 192 chats x 6 replies x 30 s = 9.6 agents of typing: never the 5 that chat slots alone suggest
        assertTrue(r.out().contains("typing alone (9.6 agents' worth of replies per hour, under 100% busy):  10"), r.out());
        assertTrue(r.out().contains("chat slots alone (each agent as 5 servers, Erlang A, handle 8 min):  5  <- too few"), r.out());
        assertTrue(r.out().contains("Agents needed: 11"), r.out());
        assertTrue(r.out().contains("5: 2.67 (rule of thumb 3.5)"), r.out());
        CliRunner.Result pct = CliRunner.kefusim("erlang", "--rate", "200", "--handle", "3m", "--target", "20s", "--level", "80%");
        assertEquals(0, pct.code(), pct.err());
        assertTrue(pct.out().contains("Agents needed: 14"), pct.out());
    }

    @Test
    void calculatorAndBenchSpeakChinese() {
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "192", "--handle", "8m", "--concurrency", "5", "--patience", "3m", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("所需客服：11 人"), r.out());
        assertTrue(r.out().contains("处理时长 8分钟）：5  <- 偏少"), r.out());
        assertTrue(r.out().contains("2分钟内回复"), "durations in Chinese units: " + r.out());
        // the effective concurrencies are a list, joined with the Chinese enumeration comma
        String eff = r.out().lines().filter(l -> l.startsWith("有效并发")).findFirst().orElseThrow();
        assertTrue(eff.contains("1: 1.00（经验值 1.0）、2: "), eff);
        assertFalse(eff.contains(", "), eff);
        assertFalse(r.out().matches("(?s).*\\b\\d+[smh]\\b.*"), "no '2m' (metres?) left: " + r.out());
        CliRunner.Result b = CliRunner.kefusim("bench", "--chats", "2000", "--agents", "4", "--repeat", "1", "--threads", "1", "--lang", "zh");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("单线程 1 次重复"), b.out());
    }

    @Test
    void calculatorSaysWhenNoHeadcountReachesTheGoal() {
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "192", "--reply", "3m", "--concurrency", "5", "--target", "60s", "--patience", "3m");
        assertEquals(3, r.code(), r.out());
        assertTrue(r.out().contains("No headcount reaches the goal"), r.out());
    }

    /** The first line says which model answers, in both languages, and how to ask for the other. */
    @Test
    void calculatorSaysWhichModelItAnswersFirst() {
        String one = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m").out().lines().findFirst().orElseThrow();
        assertEquals("Model: one contact at a time per agent (Erlang C/A, phone-like); answered = taken by an agent (a call's pick-up). "
                + "For a chat desk where each agent holds several chats, add --concurrency K (e.g. --concurrency 4).", one);
        String oneZh = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m", "--lang", "zh").out().lines().findFirst().orElseThrow();
        assertEquals("模型：每位客服一次只接待一个（Erlang C/A，类似电话）；被客服接起即算响应（电话的接起）。在线客服每人同时接待多个会话时，请加 --concurrency K（如 --concurrency 4）。", oneZh);
        String desk = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m", "--concurrency", "4").out().lines().findFirst().orElseThrow();
        assertEquals("Model: chat desk, up to 4 chats per agent at once, one reply typed at a time (kefusim's message model); answered = the first human reply.", desk);
        String deskZh = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m", "--concurrency", "4", "--lang", "zh").out().lines().findFirst().orElseThrow();
        assertEquals("模型：在线客服，每位客服同时最多接待 4 个会话，一次只打一条回复（kefusim 消息模型）；首次人工回复即算响应。", deskZh);
        // the message model asked for by --messages alone, one chat each: says how to give agents more
        String single = CliRunner.kefusim("erlang", "--rate", "60", "--messages", "3").out().lines().findFirst().orElseThrow();
        assertTrue(single.startsWith("Model: chat desk, up to 1 chat per agent") && single.endsWith("add --concurrency K."), single);
    }

    /** A rate no searched headcount can carry is refused, and a goal no searched headcount meets is said: never the cap as an answer. */
    @Test
    void calculatorGivesNoNumberWhereNoHeadcountMeetsAnything() {
        CliRunner.Result huge = CliRunner.kefusim("erlang", "--rate", "1e12", "--handle", "8m");
        assertEquals(2, huge.code(), huge.out());
        assertEquals("", huge.out());
        assertEquals("error: --rate: '1e12' chats per hour need at least 1.33e+11 agents, more than the 1,000,000 this calculator searches; "
                + "allowed: a rate whose load stays below 1,000,000 agents", huge.err().strip());
        CliRunner.Result hugeZh = CliRunner.kefusim("erlang", "--rate", "1e12", "--handle", "8m", "--lang", "zh");
        assertEquals(2, hugeZh.code());
        assertEquals("错误：--rate: 每小时 '1e12' 个咨询至少需要 1.33e+11 位客服，超过本计算器搜索的 1,000,000 人；允许：负荷低于 1,000,000 人的咨询量", hugeZh.err().strip());
        CliRunner.Result desk = CliRunner.kefusim("erlang", "--rate", "1e9", "--concurrency", "4");
        assertEquals(2, desk.code());
        assertTrue(desk.err().startsWith("error: --rate: '1e9' chats per hour need at least"), desk.err());
        // 999,990 Erlangs fit under the limit, but 80% within 20 s needs more than 10 spare agents: no number, exit 3
        CliRunner.Result none = CliRunner.kefusim("erlang", "--rate", "999990", "--handle", "1h", "--target", "20s");
        assertEquals(3, none.code(), none.out());
        assertTrue(none.out().contains("No headcount up to 1,000,000 agents (the most this calculator searches) meets the goal: no answer given."), none.out());
        assertFalse(none.out().contains("Agents needed"), none.out());
        CliRunner.Result noneZh = CliRunner.kefusim("erlang", "--rate", "999990", "--handle", "1h", "--target", "20s", "--lang", "zh");
        assertEquals(3, noneZh.code());
        assertTrue(noneZh.out().contains("在本计算器搜索的 1,000,000 人以内，没有任何人数能达到目标：不给出答案。"), noneZh.out());
    }

    @Test
    void validateNamesTheTeamDateAndRule() throws Exception {
        Path f = dir.resolve("rota.yaml");
        Files.writeString(f, "name: rota\nstart: 2026-11-01T00:00\nhorizon: 7d\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "teams: [{name: A, agents: {desk: 2}, rotation: {cycle: [night, day, off, off], from: 2026-11-01}}]\n");
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString());
        assertEquals(0, r.code(), r.err());
        // the line names the file, line and key as an error does, then the team, date and rule
        assertTrue(r.out().contains("warning: " + f + ":7: teams[0]: team A (desk), 2026-11-01: works 24h in a row from 2026-11-01T20:00, more than 12h (labour.max_stint)"), r.out());
        // the same facts in Chinese, durations in hours (小时), not "24h"
        CliRunner.Result zh = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("警告：" + f + ":7: teams[0]: A 组（desk），2026-11-01：自 2026-11-01T20:00 起连续工作 24小时，超过 12小时（labour.max_stint）"), zh.out());
    }

    @Test
    void runReportsWorstHoursCostPerDayAndHoursPerAgent() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--replications", "3", "--out", dir.toString(),
                "--set", "roster[0].agents=2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Service level below 80.0% in "), r.out());
        Path run;
        try (var l = Files.list(dir.resolve("classroom-response-time"))) {
            run = l.findFirst().orElseThrow();
        }
        JsonNode sum = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        JsonNode worst = sum.get("worst_intervals");
        assertTrue(worst.get("intervals_short").asInt() > 0, worst.toString());
        assertEquals(worst.get("intervals_short").asInt(), sum.get("worst_intervals").get("intervals_short").asInt());
        double days = 0;
        for (JsonNode d : sum.get("by_day")) days += d.get("labour_cost").get("mean").asDouble();
        assertEquals(sum.get("totals").get("labour_cost").get("mean").asDouble(), days, 1e-6, "the days' labour cost adds up to the run's");
        assertTrue(sum.get("totals").get("paid_hours_per_agent_week").get("mean").asDouble() > 0);
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("id=\"worst-intervals\""), "the report has the worst-hours callout");
    }
}
