package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** backtest's own words (what was replayed) in the run's language, on the console and on backtest.html. */
class BacktestWordsTest {
    @TempDir
    static Path dir;
    static Path records, fitted;

    @BeforeAll
    static void fit() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        records = shop.records();
        fitted = shop.fitted();
    }


    static CliRunner.Result backtest(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", records.toString(), "--scenario", fitted.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRunner.kefusim(args.toArray(String[]::new));
    }

    @Test
    void whatWasReplayedIsSaidInTheRunsLanguage() throws Exception {
        Path out = dir.resolve("zh");
        CliRunner.Result r = backtest(out, "--replications", "2", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        // fitD, fitF: the idle gap chosen on this fixture is 3 min (judged by the file as run too, and no degenerate after-chat work written; 10 min before fitD, 6 before fitF)
        String staffing = "重放的在岗安排：记录自身的在岗时段（逐个客服，不超过3分钟的空闲间隔视为仍在岗）。";
        String talk = "重放的回复时长：拟合值（按场景的 reply_time 抽取）。"; // a chat shop: reply times (tester19)
        List<String> lines = r.out().lines().map(String::strip).toList();
        assertTrue(lines.contains(staffing), r.out());
        assertTrue(lines.contains(talk), r.out());
        String page = Files.readString(FittedShop.backtestRun(out).resolve("backtest.html"));
        assertTrue(page.contains(staffing), "the page");
        assertTrue(page.contains(talk), "the page");
        assertEquals(List.of(), io.kefusim.cli.EnglishLeft.in(staffing + talk));

        out = dir.resolve("en");
        r = backtest(out, "--replications", "2");
        assertEquals(0, r.code(), r.err());
        lines = r.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("Staffing replayed: the records' own: each agent's on-duty spans, idle gaps up to 3 min bridged."), r.out());
        assertTrue(lines.contains("Reply times replayed: fitted: drawn from the scenario's reply_time."), r.out());
    }

    @Test
    void fewReplicationsAreSaidEverywhereInBothLanguages() throws Exception {
        String en = "the band from 3 replications holds an hour's real value only about 50% of the time by chance ((N−1)/(N+1), not 95%), "
                + "so the verdict leans against the model: give --replications 40 or more (the default)";
        String zh = "由 3 次重复得到的范围，仅凭偶然只有约 50% 的时间能包含某小时的真实值（(N−1)/(N+1)，而非 95%），因此结论偏向否定模型：请用 --replications 40 或更多（默认值）";
        Path out = dir.resolve("few-zh");
        CliRunner.Result r = backtest(out, "--replications", "3", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("警告：--replications: " + zh + "\n"), r.err());
        Path run = FittedShop.backtestRun(out);
        com.fasterxml.jackson.databind.JsonNode few = null;
        for (var w : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("backtest.json").toFile()).get("warnings")) {
            if (w.get("code").asText().equals("backtest.few_replications")) few = w;
        }
        assertNotNull(few, "backtest.json");
        assertEquals("--replications", few.get("where").get("key").asText());
        assertEquals(en, few.get("message").asText());
        assertEquals(zh, few.get("message_zh").asText());
        assertTrue(Files.readString(run.resolve("backtest.html")).contains(zh), "the page");

        out = dir.resolve("few-en");
        r = backtest(out, "--replications", "3");
        assertTrue(r.err().contains("warning: --replications: " + en + "\n"), r.err());
        assertTrue(Files.readString(FittedShop.backtestRun(out).resolve("backtest.html")).contains("only about 50% of the time by chance"), "the page");

        // the default 40: nothing to say
        r = backtest(dir.resolve("forty"), "--replications", "40");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("by chance"), r.err());
    }

    @Test
    void oneReplicationIsRefusedNamingTheValue() {
        CliRunner.Result r = backtest(dir.resolve("one"), "--replications", "1");
        assertEquals(2, r.code());
        assertEquals("error: --replications: 1 is below the minimum; allowed: 2 to 10000\n", r.err());
        r = backtest(dir.resolve("one-zh"), "--replications", "1", "--lang", "zh");
        assertEquals("错误：--replications: 1 低于最小值；允许：2 到 10000\n", r.err());
    }

    @Test
    void unitsAreTheReadersOwnAndMaeIsInPoints() throws Exception {
        Path out = dir.resolve("units-zh");
        CliRunner.Result r = backtest(out, "--replications", "2", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String abandon = r.out().lines().filter(l -> l.strip().startsWith("流失率")).findFirst().orElseThrow();
        String wait = r.out().lines().filter(l -> l.strip().startsWith("平均首次响应时长")).findFirst().orElseThrow();
        assertTrue(abandon.matches(".*平均绝对误差 \\d+\\.\\d 个百分点"), abandon);
        assertTrue(wait.matches(".*实际 +\\d+\\.\\d 秒 .*平均绝对误差 \\d+\\.\\d 秒"), wait);
        assertFalse(r.out().contains("MAE") || r.out().contains(" s ") || r.out().contains("fitted"), r.out());
        assertEquals(List.of(), io.kefusim.cli.EnglishLeft.in(r.out()));
        String page = Files.readString(FittedShop.backtestRun(out).resolve("backtest.html"));
        assertTrue(page.contains("<th>平均绝对误差</th>"), "the page's table");
        assertFalse(page.contains(">MAE<") || page.matches("(?s).*\\d s<.*"), "the page");

        out = dir.resolve("units-en");
        r = backtest(out, "--replications", "2");
        abandon = r.out().lines().filter(l -> l.strip().startsWith("Abandon share")).findFirst().orElseThrow();
        assertTrue(abandon.matches(".*MAE \\d+\\.\\d pp"), abandon);
        wait = r.out().lines().filter(l -> l.strip().startsWith("First response")).findFirst().orElseThrow();
        assertTrue(wait.matches(".*MAE \\d+\\.\\d s"), wait);
    }
}
