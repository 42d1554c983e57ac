package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hours with fewer than 10 buyers (a late evening's three) are shown but not judged, as run's verdict
 * judges hours: not in the share of hours inside the band, nor the error, nor the hours of the day named
 * trustworthy or not; and the verdict says how many were left out.
 */
class BacktestFewBuyersTest {
    @TempDir
    Path dir;

    @Test
    void aLateHourWithThreeBuyersIsShownNotJudged() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        // the shop's 200 chats (about 20 an hour, 08:00-17:59) and three more at 22:00, one of whom gave up
        Path records = dir.resolve("with-evening.csv");
        Files.writeString(records, Files.readString(shop.records())
                + "2026/11/11 22:05:05,小王,30,2,已接待\n2026/11/11 22:25:05,小王,40,1,已接待\n2026/11/11 22:45:05,小王,,1,未接待\n");
        Path out = dir.resolve("bt");
        CliRunner.Result r = CliRunner.kefusim("backtest", records.toString(), "--scenario", shop.fitted().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(FittedShop.backtestRun(out).resolve("backtest.json").toFile());
        assertEquals(10, json.get("min_buyers_per_hour").asInt());
        assertEquals(11, json.get("hours_with_buyers").asInt());
        assertEquals(1, json.get("hours_too_few_buyers").asInt());
        assertEquals(10, json.get("overall").get("abandon_share").get("intervals_compared").asInt(), "08:00-17:00, not 22:00");
        // the hour is still shown: its row and its observed value
        JsonNode late = null;
        for (JsonNode row : json.get("intervals")) if (row.get("interval_start").asText().equals("2026-11-11T22:00")) late = row;
        assertNotNull(late, json.get("intervals").toString());
        assertEquals(3, late.get("buyers_observed").asInt());
        assertEquals(1.0 / 3, late.get("abandon_share_observed").asDouble(), 1e-12);
        String said = "Not judged: 1 of the 11 hours with buyers had fewer than 10 buyers reach the queue (a night hour's few buyers give up or not by chance); "
                + "they are shown, not counted in the hours inside the band or the error.";
        assertTrue(r.out().lines().anyMatch(said::equals), r.out());
        assertFalse(r.out().contains("22:00"), "22:00 is named in no verdict: " + r.out());

        r = CliRunner.kefusim("backtest", records.toString(), "--scenario", shop.fitted().toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(r.out().lines().anyMatch(("未评判：有买家的 11 个小时中，有 1 个小时进入排队的买家少于 10 位（深夜寥寥几位买家是否放弃多属偶然）；"
                + "这些小时照常显示，但不计入落在区间内的小时和误差。")::equals), r.out());
    }
}
