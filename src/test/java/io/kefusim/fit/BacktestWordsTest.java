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
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长,买家消息数,接待状态\n");
        for (int i = 0; i < 200; i++) {
            int minute = (i * 37) % 600;
            csv.append(String.format("2026/11/11 %d:%02d:05,小王,%d,%d,%s\n", 8 + minute / 60, minute % 60, 20 + i % 40, 1 + i % 7, i % 10 == 0 ? "未接待" : "已接待"));
        }
        records = dir.resolve("shop.csv");
        Files.writeString(records, csv.toString());
        CliRunner.Result r = CliRunner.kefusim("fit", records.toString(), "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        try (var l = Files.list(dir.resolve("fit/shop-fit"))) {
            fitted = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow().resolve("fitted.yaml");
        }
    }

    static Path backtestRun(Path out) throws Exception {
        try (var l = Files.list(out.resolve("shop-backtest"))) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
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
        String staffing = "重放的在岗安排：记录自身的在岗时段（逐个客服，不超过10分钟的空闲间隔视为仍在岗）。";
        String talk = "重放的通话时长：fitted（按场景的 reply_time 抽取）。";
        List<String> lines = r.out().lines().map(String::strip).toList();
        assertTrue(lines.contains(staffing), r.out());
        assertTrue(lines.contains(talk), r.out());
        String page = Files.readString(backtestRun(out).resolve("backtest.html"));
        assertTrue(page.contains(staffing), "the page");
        assertTrue(page.contains(talk), "the page");
        assertEquals(List.of(), io.kefusim.cli.EnglishLeft.in(staffing + talk));

        out = dir.resolve("en");
        r = backtest(out, "--replications", "2");
        assertEquals(0, r.code(), r.err());
        lines = r.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("Staffing replayed: the records' own: each agent's on-duty spans, idle gaps up to 10 min bridged."), r.out());
        assertTrue(lines.contains("Talk times replayed: fitted: drawn from the scenario's reply_time."), r.out());
    }
}
