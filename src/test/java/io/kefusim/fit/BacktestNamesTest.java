package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backtest names what it tested on what: its folder the scenario and the records' first date
 * (week 1's fit replayed over week 2 was filed as "w1-backtest", and backtest.json said "scenario":
 * "w1-backtest"), backtest.json the scenario by its own name and the records; the console's service
 * level its target, as run's does.
 */
class BacktestNamesTest {
    @TempDir
    Path dir;

    @Test
    void theFolderJsonAndServiceLevelSayWhatWasTested() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        Path out = dir.resolve("bt");
        CliRunner.Result r = CliRunner.kefusim("backtest", shop.records().toString(), "--scenario", shop.fitted().toString(), "--replications", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path run = FittedShop.backtestRun(out);
        assertEquals("shop-backtest-2026-11-11", run.getParent().getFileName().toString());
        JsonNode json = new ObjectMapper().readTree(run.resolve("backtest.json").toFile());
        assertEquals("shop", json.get("scenario").asText());
        assertEquals(shop.records().toString(), json.get("records").get(0).asText());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  Answered within 2 min (service level)  observed ")), r.out());
        CliRunner.Result zh = CliRunner.kefusim("backtest", shop.records().toString(), "--scenario", shop.fitted().toString(), "--replications", "2",
                "--out", out.toString(), "--lang", "zh");
        assertTrue(zh.out().lines().anyMatch(l -> l.startsWith("  2分钟内首次回复（服务水平）") && l.contains("实际")), zh.out());
    }
}
