package io.kefusim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester23: staff --confidence said "For 90% confidence (...): 234 agents" and "With 234 agents you meet the goal",
 * 234 being every roster line added up (each date's lines of a by-date run), none of the answer's own figures
 * (staffing.json: 203 positions on the busiest day, 233 people employed); and "at 21:00" named no date of a
 * two-day run. Now the figures are named (people employed, positions on the busiest day) and the call-in hour
 * has its date. The classroom of {@link StaffConfidenceAnswerTest} over two days (09:00-17:00 each).
 */
class StaffConfidenceFiguresTest {
    @TempDir
    static Path dir;
    static CliRunner.Result en, zh;

    @BeforeAll
    static void run() throws Exception {
        Path f = dir.resolve("conf-two-days.yaml");
        Files.writeString(f, StaffConfidenceAnswerTest.CLASSROOM.replace("start: 2026-03-02T09:00", "start: 2026-03-02T00:00").replace("horizon: 8h", "horizon: 48h"));
        en = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--confidence", "0.9", "--draws", "10", "--replications", "3",
                "--max-simulations", "8", "--out", dir.resolve("en").toString());
        zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--confidence", "0.9", "--draws", "10", "--replications", "3",
                "--max-simulations", "8", "--lang", "zh", "--out", dir.resolve("zh").toString());
    }

    @Test
    void theFiguresAreNamedAndTheCallInHourHasItsDate() throws Exception {
        assertEquals(0, en.code(), en.err());
        // 5 positions of 8 hours every day: 7 people employed (5 x 7 / 5), as staffing.json's answer says
        assertTrue(en.out().contains("For the expected demand: 7 people employed (5 positions on the busiest day), labour cost 2,845 CNY;"), en.out());
        assertTrue(en.out().contains("scale x1.26): 9 people employed (6 positions on the busiest day), labour cost 3,649 CNY;"), en.out());
        assertTrue(en.out().contains("With 7 people employed you meet the goal unless buyers exceed the forecast by more than"), en.out());
        assertFalse(en.out().contains(" agents you meet"), en.out());
        assertTrue(en.out().contains("If buyers come in 30% above the forecast at 09:00 on 2026-03-02, call in 1 more from the standby list (class 1)."), en.out());
        Path run = dir.resolve("en/conf-classroom-staff/latest");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("staffing.json").toFile());
        assertEquals(7, json.get("answer").get("people_employed").asInt());
        com.fasterxml.jackson.databind.JsonNode cf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("confidence.json").toFile());
        assertEquals(7, cf.get("expected").get("people_employed").asInt());
        assertEquals(5, cf.get("expected").get("positions_busiest_day").asInt());
        assertEquals("2026-03-02", cf.get("call_in").get(0).get("date").asText());
        assertTrue(Files.readString(run.resolve("staff.html")).contains("With 7 people employed you meet the goal"), "staff.html");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("按预期需求：雇用 7 人（最忙一天 5 个岗位），人工成本 2,845 元；"), zh.out());
        assertTrue(zh.out().contains("雇用 7 人即可达标，除非买家比预测多出"), zh.out());
        assertTrue(zh.out().contains("如果 2026-03-02 09:00 的买家比预测多 30%，从候补名单再叫 1 人（class 1）。"), zh.out());
    }
}
