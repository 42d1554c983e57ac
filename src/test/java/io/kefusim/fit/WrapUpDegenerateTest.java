package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fitF, item 1: kefusim's own chats.csv of a desk with no after-chat work (wrap_up 0s, buyers who retry) gave an
 * interval-censored lognormal from every pause with σ at its bound 4: wrap_up mean 1408.1 s, sd 4197501.2 s, from
 * pauses every one of which is at most 5 min. Such a fit is not written: here the pauses before a buyer already
 * waiting show no after-chat work, so none is, and fitted.yaml and fit.json say why.
 */
class WrapUpDegenerateTest {
    @TempDir
    Path dir;

    private static final String RETRY_SHOP = """
            name: retry-shop
            start: 2026-11-10T09:00
            horizon: 8h
            replications: 1
            seed: 5
            demand:
              pattern:
                hourly: [0,0,0,0,0,0,0,0,0,80,80,80,80,80,80,80,80,0,0,0,0,0,0,0]
              mix: {presale: 0.7, complaint: 0.3}
            buyers:
              presale:
                patience: {dist: exponential, mean: 2m}
                messages: {dist: geometric, mean: 4}
                think_time: {dist: constant, value: 60s}
                conversion: 0.4
                order_value: 100
                conversion_factor: [{within: 1m, factor: 1}, {otherwise: 0.5}]
                retrial: {probability: 0.5, delay: {dist: exponential, mean: 5m}}
              complaint:
                priority: 5
                patience: {dist: exponential, mean: 2m}
                messages: {dist: geometric, mean: 4}
                think_time: {dist: constant, value: 60s}
            agents:
              - group: all
                skills: [presale, complaint]
                concurrency: 3
                reply_time: {dist: exponential, mean: 30s}
                monthly_pay: 5000
            shifts:
              d: {from: "09:00", to: "17:00"}
            roster:
              - {group: all, shift: d, agents: 3}
            """;

    @Test
    void noWrapUpFromADegenerateFit() throws Exception {
        Path sc = Files.writeString(dir.resolve("retry.yaml"), RETRY_SHOP);
        CliRunner.Result r = CliRunner.kefusim("run", sc.toString(), "--records", "--replications", "1", "--seed", "5", "--out", dir.resolve("runs").toString());
        assertEquals(0, r.code(), r.err());
        Path chats = CliRunner.newestRun(dir.resolve("runs/retry-shop")).resolve("chats.csv");
        r = CliRunner.kefusim("fit", chats.toString(), "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        Path out = CliRunner.newestRun(dir.resolve("fit/chats-fit"));
        String line = Files.readAllLines(out.resolve("fitted.yaml")).stream().filter(l -> l.trim().startsWith("wrap_up:")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("mean: ([0-9.]+)s").matcher(line);
        if (m.find()) assertTrue(Double.parseDouble(m.group(1)) <= AgentWork.WRAP_UP_MAX, line);
        assertTrue(line.startsWith("    wrap_up: {dist: constant, value: 0s}"), line);
        assertTrue(line.contains("lognormal fit is degenerate") && line.contains("show no after-chat work"), line);
        JsonNode w = new ObjectMapper().readTree(out.resolve("fit.json").toFile()).get("estimates").get("wrap_up");
        assertEquals("none", w.get("written").asText(), w.toString());
        assertEquals(0.0, w.get("mean_s").asDouble(), 0, w.toString());
        assertTrue(w.get("every_pause_fit_not_written").get("why_not_written").asText().length() > 0, w.toString());
        String zh = new io.kefusim.report.Text("zh").get("fy_wrap_degenerate", 1, "5m", 4.0, "x", "y", "z");
        assertTrue(zh.contains("退化"), zh);
    }
}
