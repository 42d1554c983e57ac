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

    /** The English word runs in a YAML file's comments (the command the header names, {@code kefusim backtest RECORDS}, is a command, not English). */
    static List<String> englishComments(String yaml) {
        StringBuilder comments = new StringBuilder();
        for (String line : yaml.split("\n")) {
            int hash = line.indexOf('#');
            if (hash >= 0 && !line.contains("kefusim backtest")) comments.append(line.substring(hash)).append('\n');
        }
        return EnglishLeft.in(comments.toString());
    }

    @Test
    void badInputSpeaksChineseOnOneLine() throws Exception {
        // a goal no roster can reach (staffing's ceiling), said before anything is simulated
        CliRunner.Result staff = CliRunner.kefusim("--lang", "zh", "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.999",
                "--out", dir.resolve("out").toString());
        assertEquals(3, staff.code(), staff.err());
        assertTrue(staff.err().contains("没有排班能达到 service-level>=0.999（每个统计时段）："), staff.err());
        assertEquals(List.of(), EnglishLeft.in(staff.out() + "\n" + staff.err()), "staff's ceiling left English");

        // a scenario with a tab, and one with a bad indent: the parser's line and column, the sentence in Chinese
        Path tab = dir.resolve("tab.yaml");
        Files.writeString(tab, "name: x\nstart: 2026-11-11T00:00\n\thorizon: 24h\n");
        CliRunner.Result t = CliRunner.kefusim("--lang", "zh", "run", tab.toString());
        assertEquals(2, t.code());
        assertEquals("错误：" + tab + ":3:1: 不是有效的 YAML：用了 Tab 字符；只能用空格缩进", t.err().strip());
        Path indent = dir.resolve("indent.yaml");
        Files.writeString(indent, "name: x\nstart: 2026-11-11T00:00\n  horizon: 24h\n");
        CliRunner.Result i = CliRunner.kefusim("--lang", "zh", "run", indent.toString());
        assertEquals(2, i.code());
        assertTrue(i.err().strip().startsWith("错误：" + indent + ":3:10: 不是有效的 YAML："), i.err());
        assertEquals(1, i.err().strip().lines().count(), i.err());
        assertEquals(List.of(), EnglishLeft.in(t.err() + "\n" + i.err()), "YAML errors left English");

        // a records file with a row that cannot be read: named in Chinese, file, line and column
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长,买家消息数,接待状态\n");
        for (int n = 0; n < 200; n++) {
            int minute = (n * 37) % 600;
            csv.append(String.format("2026/11/11 %d:%02d:05,小王,%d,%d,%s\n", 8 + minute / 60, minute % 60, 20 + n % 40, 1 + n % 7, n % 10 == 0 ? "未接待" : "已接待"));
        }
        csv.append("昨天下午,小王,20,3,已接待\n");
        Path records = dir.resolve("bad-row.csv");
        Files.writeString(records, csv.toString());
        CliRunner.Result fit = CliRunner.kefusim("--lang", "zh", "fit", records.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.err().contains("提示：1 行无法读取，已略去：bad-row.csv:202: 列 '咨询时间'（arrival）：'昨天下午' 不是日期时间；允许："), fit.err());
        assertEquals(List.of(), EnglishLeft.in(fit.err()), "the bad row left English");
    }

    @Test
    void listsAreJoinedAsTheLanguageJoinsThem() {
        io.kefusim.report.Text zh = new io.kefusim.report.Text("zh"), en = new io.kefusim.report.Text("en");
        assertEquals("a、b、c", zh.list(List.of("a", "b", "c")));
        assertEquals("a, b, c", en.list(List.of("a", "b", "c")));
        // a list given to a message is joined in the message's language
        assertEquals("f.csv：未使用的列：备注、渠道", zh.get("fn_unused", "f.csv", List.of("备注", "渠道")));
        assertEquals("f.csv: columns not used: note, channel", en.get("fn_unused", "f.csv", List.of("note", "channel")));
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
                "--replications", "3", "--max-simulations", "4", "--out", out);
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
        // fitted.yaml speaks the run's language: its opening comments and every comment beside a value
        String fitted = Files.readString(dir.resolve("out/qianniu-fit/latest/fitted.yaml"));
        assertTrue(fitted.startsWith("# 由 kefusim fit 根据 200 条记录拟合（略去 0 行）。\n"), fitted);
        assertEquals(List.of(), englishComments(fitted), "fitted.yaml's comments left English");
        assertTrue(fitted.contains("# 记录中没有（无逐条消息时间）：kefusim 的默认值"), fitted);

        // the scan finds English where there is some: the same run in English
        CliRunner.Result english = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--replications", "1", "--out", out);
        assertTrue(EnglishLeft.in(english.out()).size() > 10, english.out());
    }
}
