package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 29: rosters of the refinement stopped after their first 6 replications as clearly short of the goal are said
 * so, in the progress lines, the count line and staffing.json, in English and Chinese (ScreeningTest's day as a file).
 */
class StaffScreeningWordsTest {
    @TempDir
    Path dir;

    private static final String DAY = "name: tiny\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 12\nseed: 5\n"
            + "demand: {pattern: {hourly: [20,20,20,20,20,20,80,120,160,200,240,240,280,320,320,280,240,200,180,160,120,80,40,20]}, mix: {presale: 1}}\n"
            + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}}}\n"
            + "agents: [{group: desk, skills: [presale], concurrency: 1, reply_time: {dist: constant, value: 30s}}]\n"
            + "shifts:\n  early: {from: \"00:00\", to: \"07:00\"}\n  mid: {from: \"06:00\", to: \"17:00\"}\n  late: {from: \"11:00\", to: \"24:00\"}\n"
            + "roster: [{group: desk, shift: mid, agents: 3}]\n"
            + "staffing: {bounds: [{group: desk, min: 0, max: 8}]}\n"
            + "labour: {max_stint: 13h}\n";

    @Test
    void theRostersStoppedEarlyAndTheReplicationsAreCounted() throws Exception {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, DAY);
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "16",
                "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("\nsimulation 1: roster pay 1,008 CNY, meets the goal\nsimulation 2: roster pay 844 CNY, meets the goal\n"
                + "simulation 3: roster pay 680 CNY, falls short clearly: stopped after 6 replications\n"), r.err());
        assertEquals(10, r.err().split("stopped after 6 replications", -1).length - 1, r.err());
        assertTrue(r.out().contains("\n  12 simulations, 10 of them stopped after 6 replications: clearly short of the goal (84 replications in all, not 144). "
                + "no cheaper roster is left"), r.out());
        File[] runs = dir.resolve("en/tiny-staff").toFile().listFiles(f -> !f.getName().equals("latest"));
        JsonNode j = new ObjectMapper().readTree(runs[0].toPath().resolve("staffing.json").toFile());
        assertEquals(12, j.get("simulations").asInt());
        assertEquals(12, j.get("replications_per_simulation").asInt());
        assertEquals(10, j.get("stopped_early").asInt());
        assertEquals(6, j.get("stopped_after_replications").asInt());
        assertEquals(84, j.get("replications_simulated").asInt());
        // staff.html says it too
        assertTrue(java.nio.file.Files.readString(runs[0].toPath().resolve("staff.html")).contains("How it was found: 12 simulations, 10 of them stopped after 6 replications: clearly short of the goal (84 replications in all, not 144). "));

        CliRunner.Result zh = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "16",
                "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("第 3 次仿真：排班计划工资 680 元，明显未达到目标：6 次重复后即停止\n"), zh.err());
        assertTrue(zh.out().contains("共仿真 12 次，其中 10 次在 6 次重复后即停止：明显达不到目标（共 84 次重复，而不是 144 次）。"), zh.out());
    }

    @Test
    void withNoMoreReplicationsThanTheFirstStageNothingIsStopped() throws Exception {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, DAY);
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "6",
                "--replications", "6", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("stopped"), r.err());
        File[] runs = dir.resolve("tiny-staff").toFile().listFiles(f -> !f.getName().equals("latest"));
        JsonNode j = new ObjectMapper().readTree(runs[0].toPath().resolve("staffing.json").toFile());
        assertEquals(0, j.get("stopped_early").asInt());
        assertTrue(j.get("stopped_after_replications").isNull());
        assertEquals(6L * j.get("simulations").asInt(), j.get("replications_simulated").asLong());
    }
}
