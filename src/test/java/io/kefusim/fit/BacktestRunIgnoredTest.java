package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * backtest draws its band from its own --replications and --seed; a scenario file that writes
 * others is said (backtest.run_ignored) on the console, in backtest.json and on backtest.html, in
 * both languages, unless the option was given (then the user chose).
 */
class BacktestRunIgnoredTest {
    @TempDir
    static Path dir;
    static Path records, fitted;

    @BeforeAll
    static void fit() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        records = shop.records();
        fitted = shop.fitted();
    }


    private static List<JsonNode> ignored(Path run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode w : new ObjectMapper().readTree(run.resolve("backtest.json").toFile()).get("warnings")) {
            if (w.get("code").asText().equals("backtest.run_ignored")) out.add(w);
        }
        return out;
    }

    private static int lineOf(String text, String line) {
        return text.lines().toList().indexOf(line) + 1;
    }

    @Test
    void aFileSeedTheBandDoesNotDrawIsSaidEverywhereInBothLanguages() throws Exception {
        String yaml = Files.readString(fitted).replace("\nseed: 1\n", "\nseed: 7\n");
        Path f = dir.resolve("seed7.yaml");
        Files.writeString(f, yaml);
        int line = lineOf(yaml, "seed: 7");
        assertTrue(line > 0, yaml);
        Path out = dir.resolve("bt-zh");
        CliRunner.Result r = CliRunner.kefusim("backtest", records.toString(), "--scenario", f.toString(), "--replications", "2", "--out", out.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String zh = "文件中的种子 7 用于 run、compare、sweep、staff 和 batch：backtest 使用其自身的 --seed，默认为 1（如要与文件相同，请加 --seed 7）";
        String en = "the file's seed 7 is for run, compare, sweep, staff and batch: backtest runs its own --seed, by default 1 (give --seed 7 to draw as the file does)";
        assertTrue(r.err().contains("警告：" + f + ":" + line + ": seed: " + zh + "\n"), r.err());
        assertFalse(r.err().contains(": replications: "), "--replications given: the user chose it, " + r.err());
        Path run = FittedShop.backtestRun(out);
        List<JsonNode> ws = ignored(run);
        assertEquals(1, ws.size(), ws.toString());
        assertEquals("seed", ws.get(0).get("where").get("key").asText());
        assertEquals(line, ws.get(0).get("where").get("line").asInt());
        assertEquals(en, ws.get(0).get("message").asText());
        assertEquals(zh, ws.get(0).get("message_zh").asText());
        assertEquals(List.of(), io.kefusim.cli.EnglishLeft.in(zh), "no English left in the Chinese line");
        assertTrue(Files.readString(run.resolve("backtest.html")).contains(zh), "the page says it in the run's language");
        assertEquals(1, r.out().lines().filter(l -> l.contains("2 次")).count(), "the band ran 2 replications: " + r.out());
    }

    @Test
    void theFittedFilesReplicationsAreSaidWhenTheBandRunsItsOwnAndNotWhenTheUserGivesThem() throws Exception {
        String yaml = Files.readString(fitted);
        int line = lineOf(yaml, "replications: 10");
        assertTrue(line > 0, yaml);
        Path out = dir.resolve("bt-en");
        CliRunner.Result r = CliRunner.kefusim("backtest", records.toString(), "--scenario", fitted.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String en = "the file's 10 replications are for run, compare, sweep, staff and batch: backtest's band runs its own --replications, by default 40 (give --replications to choose)";
        assertTrue(r.err().contains("warning: " + fitted + ":" + line + ": replications: " + en + "\n"), r.err());
        Path run = FittedShop.backtestRun(out);
        List<JsonNode> ws = ignored(run);
        assertEquals(1, ws.size(), "seed 1 is backtest's own too: " + ws);
        assertEquals("replications", ws.get(0).get("where").get("key").asText());
        assertEquals(en, ws.get(0).get("message").asText());
        assertEquals("文件中的 10 次重复用于 run、compare、sweep、staff 和 batch：backtest 的范围按其自身的 --replications 运行，默认 40 次（可用 --replications 另选）",
                ws.get(0).get("message_zh").asText());
        assertTrue(Files.readString(run.resolve("backtest.html")).contains("the file&#39;s 10 replications are for run"), "the page says it");

        // the user gives them: chosen, nothing to say
        Path chosen = dir.resolve("bt-chosen");
        r = CliRunner.kefusim("backtest", records.toString(), "--scenario", fitted.toString(), "--replications", "3", "--seed", "5", "--out", chosen.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("backtest's band runs") || r.err().contains("backtest runs its own"), r.err());
        assertEquals(List.of(), ignored(FittedShop.backtestRun(chosen)));
    }
}
