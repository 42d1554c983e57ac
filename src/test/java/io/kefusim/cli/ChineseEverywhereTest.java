package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Under --lang zh, what the commands print (results, progress lines, notices) reads Chinese: no
 * run of English words is left beyond names, keys, files and units ({@link EnglishLeft}).
 */
class ChineseEverywhereTest {
    @TempDir
    Path dir;

    private void readsChinese(String what, CliRunner.Result r) {
        assertEquals(0, r.code(), what + ": " + r.err());
        assertEquals(List.of(), EnglishLeft.in(r.out() + "\n" + r.err()), what + " left English");
    }

    @Test
    void awkwardPhrasesAreGone() {
        io.kefusim.report.Text zh = new io.kefusim.report.Text("zh"), en = new io.kefusim.report.Text("en");
        // a group or team already named 组 does not get a second one
        assertEquals("白班组", zh.get("sp_team", "白班组"));
        assertEquals("A 组", zh.get("sp_team", "A"));
        assertEquals("白班组", zh.get("w_group", "白班组"));
        assertEquals("白班组（presale）", zh.get("lw_who_team", "白班组", "presale"));
        // one agent is an agent
        assertEquals("   1 agent", en.get("st_agent", 1));
        assertEquals("   2 agents", en.get("st_agents", 2));
        // a difference of shares is in points, not %
        io.kefusim.metrics.Estimate diff = io.kefusim.metrics.Estimate.of(new double[]{0.05, 0.07});
        assertTrue(io.kefusim.report.WhatIfPages.signed(en, "share", diff).matches("\\+6\\.0 ±\\d+\\.\\d points"), io.kefusim.report.WhatIfPages.signed(en, "share", diff));
        assertTrue(io.kefusim.report.WhatIfPages.signed(zh, "share", diff).endsWith(" 个百分点"));
    }

    @Test
    void runStaffCompareBatchAndFitSpeakChinese() throws Exception {
        String out = dir.resolve("out").toString();
        readsChinese("run", CliRunner.kefusim("--lang", "zh", "run", "scenarios/classroom-response-time.yaml", "--replications", "2", "--out", out));
        CliRunner.Result staff = CliRunner.kefusim("--lang", "zh", "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8",
                "--replications", "2", "--max-simulations", "4", "--out", out);
        assertTrue(staff.err().contains("第 1 次仿真：排班计划工资"), "staff's progress in Chinese: " + staff.err());
        assertEquals(List.of(), EnglishLeft.in(staff.out() + "\n" + staff.err()), "staff left English");
        readsChinese("compare", CliRunner.kefusim("--lang", "zh", "compare", "scenarios/classroom-response-time.yaml",
                "scenarios/small-shop-ordinary-day.yaml", "--replications", "2", "--out", out));
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.copy(Path.of("scenarios/classroom-response-time.yaml"), shops.resolve("a.yaml"));
        readsChinese("batch", CliRunner.kefusim("--lang", "zh", "batch", shops.toString(), "--replications", "1", "--out", out));

        StringBuilder csv = new StringBuilder("\uFEFF咨询时间,客服,首次响应时长,买家消息数,接待状态,备注\n");
        for (int i = 0; i < 200; i++) {
            int minute = (i * 37) % 600;
            csv.append(String.format("2026/11/11 %d:%02d:05,小王,%d,%d,%s,\n", 8 + minute / 60, minute % 60, 20 + i % 40, 1 + i % 7, i % 10 == 0 ? "未接待" : "已接待"));
        }
        Path records = dir.resolve("qianniu.csv");
        Files.writeString(records, csv.toString());
        CliRunner.Result fit = CliRunner.kefusim("--lang", "zh", "fit", records.toString(), "--out", out, "--threads", "1");
        assertTrue(fit.err().contains("提示：qianniu.csv：未使用的列：备注"), fit.err());
        readsChinese("fit", fit);
        // fitted.yaml opens in the run's language (the comments beside the values are English still: not done yet)
        String fitted = Files.readString(dir.resolve("out/qianniu-fit/latest/fitted.yaml"));
        assertTrue(fitted.startsWith("# 由 kefusim fit 根据 200 条记录拟合（略去 0 行）。\n"), fitted);

        // the scan finds English where there is some: the same run in English
        CliRunner.Result english = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--replications", "1", "--out", out);
        assertTrue(EnglishLeft.in(english.out()).size() > 10, english.out());
    }
}
