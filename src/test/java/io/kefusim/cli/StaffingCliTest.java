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
