package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A --map value listed under two outcomes is one error line naming the map file, the line, the value and both
 * outcomes (data11): before, 未接待 under answered and abandoned was accepted and abandoned silently won.
 */
class MapOutcomeOverlapTest {
    @TempDir
    Path dir;

    @Test
    void aValueUnderTwoOutcomesIsOneErrorLine() throws Exception {
        Path csv = dir.resolve("qn.csv");
        Files.writeString(csv, "咨询时间,客服,首次响应时长,买家消息数,接待状态\n2026-11-02 00:09:10,小王,200,2,已接待\n2026-11-02 00:33:49,小张,125,4,未接待\n");
        Path map = dir.resolve("overlap.yaml");
        Files.writeString(map, "kind: chats\n"
                + "columns: {arrival: 咨询时间, agent: 客服, first_response: 首次响应时长, messages: 买家消息数, outcome: 接待状态}\n"
                + "outcomes:\n"
                + "  answered: [已接待, 已转接, 未接待]\n"
                + "  abandoned: [未接待]\n");
        CliRunner.Result r = CliRunner.kefusim("fit", csv.toString(), "--map", map.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + map + ":5:"), r.err());
        assertTrue(r.err().contains("'未接待' is listed under both answered (line 4) and abandoned; allowed: each value under one outcome"), r.err());
        CliRunner.Result zh = CliRunner.kefusim("fit", csv.toString(), "--map", map.toString(), "--out", dir.resolve("out").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("'未接待' 同时列在 answered（第 4 行）和 abandoned 之下"), zh.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        // the same value twice under one outcome means one thing: read as before
        Files.writeString(map, Files.readString(map).replace("  abandoned: [未接待]\n", "  abandoned: [未回复]\n").replace("已转接", "已接待"));
        assertEquals(RecordFormat.Outcome.ABANDONED, RecordFormat.load(map).outcomes().get("未回复"));
    }
}
