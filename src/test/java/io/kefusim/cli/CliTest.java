package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {
    @TempDir
    Path dir;

    static CliRunner.Result kefusim(String... args) {
        return CliRunner.kefusim(args);
    }

    static final String GOOD = "name: cli\n"
            + "start: 2026-11-11T00:00\n"
            + "horizon: 6h\n"
            + "replications: 3\n"
            + "demand:\n"
            + "  pattern: {hourly: [40, 20, 10, 6, 4, 4, 8, 20, 60, 110, 140, 130, 100, 110, 130, 140, 130, 110, 100, 120, 160, 180, 150, 90]}\n"
            + "  mix: {presale: 0.7, aftersale: 0.3}\n"
            + "agents:\n"
            + "  - {group: desk, skills: [presale, aftersale], concurrency: 3}\n"
            + "shifts:\n"
            + "  day: {from: \"00:00\", to: \"24:00\"}\n"
            + "roster:\n"
            + "  - {group: desk, shift: day, agents: 2}\n";

    /** chats.csv is replication 1 only; the console says so, with its row count, when the means above are over more (tester18). */
    @Test
    void recordsSayTheyHoldReplicationOneOnly() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        Path out = dir.resolve("results");
        CliRunner.Result r = kefusim("run", file.toString(), "--out", out.toString(), "--records");
        assertEquals(0, r.code(), r.err());
        long rows;
        try (Stream<String> l = Files.lines(out.resolve("cli/latest/chats.csv"))) {
            rows = l.count() - 1;
        }
        assertEquals(88, rows, "six hours of night-time chats, seed fixed");
        assertTrue(r.out().contains("chats.csv holds replication 1 only (" + String.format(java.util.Locale.ROOT, "%,d", rows)
                + " rows): one simulated run, so its counts differ from the means over 3 replications above"), r.out());
        CliRunner.Result one = kefusim("run", file.toString(), "--out", out.toString(), "--records", "--replications", "1", "--lang", "zh");
        assertEquals(0, one.code(), one.err());
        assertFalse(one.out().contains("chats.csv"), "one replication: the file is the run, nothing to say: " + one.out());
        CliRunner.Result zh = kefusim("run", file.toString(), "--out", out.toString(), "--records", "--lang", "zh");
        assertTrue(zh.out().contains("chats.csv 只含第 1 次重复（" + String.format(java.util.Locale.ROOT, "%,d", rows) + " 行）"), zh.out());
    }

    @Test
    void runWritesANewFolderEachTimeAndNeverOverwrites() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        Path out = dir.resolve("results");
        CliRunner.Result r1 = kefusim("run", file.toString(), "--out", out.toString(), "--records", "--threads", "2");
        assertEquals(0, r1.code(), r1.err());
        CliRunner.Result r2 = kefusim("run", file.toString(), "--out", out.toString(), "--seed", "5", "--png");
        assertEquals(0, r2.code(), r2.err());
        Path[] runs;
        try (Stream<Path> l = Files.list(out.resolve("cli"))) {
            runs = l.filter(p -> !p.getFileName().toString().equals("latest")).sorted().toArray(Path[]::new);
        }
        assertEquals(2, runs.length, "two runs, two folders, no leftovers");
        // latest points at the second run, by a relative link
        assertEquals(runs[1].getFileName(), Files.readSymbolicLink(out.resolve("cli/latest")));
        assertTrue(Files.exists(out.resolve("cli/latest/summary.json")));
        for (String f : new String[]{"summary.json", "intervals.csv", "by_type.csv", "by_group.csv", "by_day.csv", "scenario.yaml", "run.json"}) {
            assertTrue(Files.exists(runs[0].resolve(f)), f);
            assertTrue(Files.exists(runs[1].resolve(f)), f);
        }
        Path withRecords = Files.exists(runs[0].resolve("chats.csv")) ? runs[0] : runs[1];
        Path withPng = withRecords == runs[0] ? runs[1] : runs[0];
        // SVG charts always; PNG charts only with --png (drawing them is most of the report's time)
        for (String chart : new String[]{"arrivals_vs_agents", "waits", "first_response_distribution", "service_level", "abandonment",
                "occupancy_by_interval", "lost_orders", "groups"}) {
            assertTrue(Files.exists(withRecords.resolve("charts/" + chart + ".svg")), chart);
            assertFalse(Files.exists(withRecords.resolve("charts/" + chart + ".png")), chart);
            assertTrue(Files.exists(withPng.resolve("charts/" + chart + ".svg")), chart);
            assertTrue(Files.size(withPng.resolve("charts/" + chart + ".png")) > 1000, chart);
        }
        long rows;
        try (Stream<String> lines = Files.lines(withRecords.resolve("chats.csv"))) {
            rows = lines.count() - 1;
        }
        String summary = Files.readString(withRecords.resolve("summary.json"));
        assertTrue(rows > 0);
        assertTrue(r1.out().contains("Results written to"), r1.out());
        assertTrue(r1.out().contains("Service level"));
        assertTrue(summary.contains("\"missed_deadlines\""));
        // 6 intervals of 1 h plus the header
        try (Stream<String> lines = Files.lines(runs[0].resolve("intervals.csv"))) {
            assertEquals(7, lines.count());
        }
    }

    @Test
    void chineseConsoleReport() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        CliRunner.Result r = kefusim("run", file.toString(), "--out", dir.resolve("r").toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("服务水平"), r.out());
        assertTrue(r.out().contains("预计流失订单"));
    }

    @Test
    void unknownLanguageIsBadInput() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        CliRunner.Result r = kefusim("run", file.toString(), "--lang", "fr", "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals("error: --lang: 'fr' is not a language kefusim speaks; allowed: en, zh", r.err().strip());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void validateAndVersionAndHelp() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        assertEquals(0, kefusim("validate", file.toString()).code());
        assertTrue(kefusim("--version").out().startsWith("kefusim"));
        CliRunner.Result help = kefusim("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("run") && help.out().contains("validate"));
    }

    /**
     * Each bad input gives exit code 2, one line naming file, line and field and what is
     * allowed, no stack trace, and no results folder: in English by default, and with
     * {@code --lang zh} in Chinese, the line starting 错误：.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key     | '  mix: {presale: 0.7, aftersale: 0.3}\n' | '  mix: {presale: 0.7, aftersale: 0.3}\n  colour: red\n' | bad.yaml:8:3: demand.colour: unknown key; allowed here: pattern, scale, days, trace, mix | bad.yaml:8:3: demand.colour: 无法识别的键；此处可用：pattern、scale、days、trace、mix",
            "wrong unit      | 'horizon: 6h' | 'horizon: 6x'          | bad.yaml:3:10: horizon: '6x' is not a duration; expected a duration like 45s, 2m, 1h30m, 8h, 2d or PT2M | bad.yaml:3:10: horizon: '6x' 不是时长；允许：如 45s、2m、1h30m、8h、2d 或 PT2M 的时长",
            "no unit         | 'horizon: 6h' | 'horizon: 6'           | bad.yaml:3:10: horizon: '6' has no unit | bad.yaml:3:10: horizon: '6' 不是时长",
            "not a number    | 'replications: 3' | 'replications: three' | bad.yaml:4:15: replications: 'three' is not a whole number; allowed: a whole number from 1 to 100000 | bad.yaml:4:15: replications: 'three' 不是整数；允许：从 1 到 100000 的整数",
            "out of range    | 'replications: 3' | 'replications: 0' | bad.yaml:4:15: replications: 0 is out of range; allowed: 1 to 100000 | bad.yaml:4:15: replications: 0 超出范围；允许：从 1 到 100000",
            "missing key     | 'horizon: 6h\n' | ''                  | horizon: is required | horizon: 必须填写",
            "negative rate   | '[40, 20, 10' | '[40, -20, 10'         | bad.yaml:6:26: demand.pattern.hourly[1]: a rate cannot be -20; allowed: chats per hour, 0 or more | bad.yaml:6:26: demand.pattern.hourly[1]: 咨询量不能为 -20；允许：每小时咨询量，不小于 0",
            "mix sum         | 'presale: 0.7, aftersale: 0.3' | 'presale: 0.7, aftersale: 0.4' | bad.yaml:7:8: demand.mix: shares must add up to 1, they add up to 1.1 | bad.yaml:7:8: demand.mix: 占比之和必须为 1，实际为 1.1",
            "unknown group   | '- {group: desk, shift: day' | '- {group: desks, shift: day' | bad.yaml:13:13: roster[0].group: unknown group 'desks'; groups in 'agents': desk | bad.yaml:13:13: roster[0].group: 未知客服组 'desks'；'agents' 中的组：desk",
            "unknown shift   | 'shift: day, agents' | 'shift: night, agents' | bad.yaml:13:26: roster[0].shift: unknown shift 'night'; shifts defined: day | bad.yaml:13:26: roster[0].shift: 未知班次 'night'；已定义的班次：day",
            "unknown skill   | 'skills: [presale, aftersale]' | 'skills: [presale, refunds]' | bad.yaml:9:37: agents[0].skills[1]: unknown buyer type 'refunds'; known types: presale, aftersale | bad.yaml:9:37: agents[0].skills[1]: 未知买家类型 'refunds'；已有类型：presale、aftersale",
            "bad time of day | 'to: \"24:00\"' | 'to: \"25:00\"'       | bad.yaml:11:28: shifts.day.to: '25:00' is not a time of day; allowed: HH:MM from 00:00 to 24:00 | bad.yaml:11:28: shifts.day.to: '25:00' 不是一天中的时刻；允许：从 00:00 到 24:00 的 HH:MM",
            "bad shift name  | '  day: {from' | '  \"-day\": {from'    | bad.yaml:11:11: shifts.-day: shift name '-day' is not allowed | bad.yaml:11:11: shifts.-day: 班次名 '-day' 不可用",
            "negative warmup | 'horizon: 6h' | 'horizon: 6h\nwarmup: PT-5M' | bad.yaml:4:9: warmup: 'PT-5M' is negative; allowed: 0 or more, a duration like 45s, 2m, 1h30m, 8h, 2d or PT2M | bad.yaml:4:9: warmup: 'PT-5M' 是负的时长；允许：不小于 0，如 45s、2m、1h30m、8h、2d 或 PT2M 的时长",
            "start year huge | 'start: 2026-11-11T00:00' | 'start: +999999999-11-11T00:00' | bad.yaml:2:8: start: year 999999999 is out of range; allowed: dates from 1970-01-01 to 9999-12-31 | bad.yaml:2:8: start: 年份 999999999 超出范围；允许：从 1970-01-01 到 9999-12-31 的日期",
            "start year 1969 | 'start: 2026-11-11T00:00' | 'start: 1969-12-31T23:00' | bad.yaml:2:8: start: year 1969 is out of range; allowed: dates from 1970-01-01 to 9999-12-31 | bad.yaml:2:8: start: 年份 1969 超出范围；允许：从 1970-01-01 到 9999-12-31 的日期",
    })
    void badScenarioInput(String name, String from, String to, String english, String chinese) throws Exception {
        runsBad(from, to, null, "error: ", english);
        runsBad(from, to, "zh", "错误：", chinese);
    }

    /**
     * Runs GOOD with {@code from} replaced by {@code to}, with {@code --lang lang} unless null:
     * exit code 2, one line starting with {@code prefix} and the file's folder and holding
     * {@code expected}, no stack trace, no results folder.
     */
    private void runsBad(String from, String to, String lang, String prefix, String expected) throws Exception {
        Path file = dir.resolve("bad.yaml");
        String text = GOOD.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertNotEquals(GOOD, text, "the test's replacement must apply");
        Files.writeString(file, text);
        Path out = dir.resolve("results");
        CliRunner.Result r = lang == null ? kefusim("run", file.toString(), "--out", out.toString())
                : kefusim("run", file.toString(), "--lang", lang, "--out", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
        assertTrue(line.startsWith(prefix + file.getParent()), line);
        assertTrue(line.contains(expected), "expected «" + expected + "» in «" + line + "»");
        assertFalse(Files.exists(out), "no results folder");
    }

    @Test
    void unreadableTraceRowFailsTheRunAndLeavesNoResults() throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "time,type,messages\n2026-11-11 00:00:01,presale,2\n2026-11-11 00:00:09,presale,two\n");
        Path file = dir.resolve("trace.yaml");
        Files.writeString(file, GOOD.replace("  pattern: {hourly: [40, 20, 10, 6, 4, 4, 8, 20, 60, 110, 140, 130, 100, 110, 130, 140, 130, 110, 100, 120, 160, 180, 150, 90]}\n",
                "  trace: trace.csv\n"));
        Path out = dir.resolve("results");
        CliRunner.Result r = kefusim("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().strip().endsWith("trace.csv:3: messages: 'two' is not allowed; allowed: a whole number of buyer messages, 1 to 10000"), r.err()); // the documented cap
        assertFalse(Files.exists(out), "no results folder");
        CliRunner.Result v = kefusim("validate", file.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("trace.csv:3: messages"), v.err());
    }

    @Test
    void traceOutOfOrderAndUnknownType() throws Exception {
        Path file = dir.resolve("trace.yaml");
        Files.writeString(file, GOOD.replaceAll("  pattern: \\{hourly: \\[[^]]*]}\n", "  trace: trace.csv\n"));
        Files.writeString(dir.resolve("trace.csv"), "time,type\n2026-11-11 00:00:09,presale\n2026-11-11 00:00:01,presale\n");
        assertTrue(kefusim("validate", file.toString()).err().contains("trace.csv:3: time: '2026-11-11 00:00:01' is earlier than the row before"));
        Files.writeString(dir.resolve("trace.csv"), "time,type\n2026-11-11 00:00:09,refund\n");
        assertTrue(kefusim("validate", file.toString()).err().contains("trace.csv:2: type: unknown buyer type 'refund'; allowed: presale, aftersale"));
        Files.writeString(dir.resolve("trace.csv"), "when,type\n2026-11-11 00:00:09,presale\n");
        assertTrue(kefusim("validate", file.toString()).err().contains("trace.csv:1: when: unknown column; allowed: time, type, messages"));
    }

    /** In Chinese too: a trace's rows, a file that is not YAML, and the optimiser's --target. */
    @Test
    void traceSyntaxAndGoalMistakesInChinese() throws Exception {
        Path file = dir.resolve("trace.yaml");
        Files.writeString(file, GOOD.replaceAll("  pattern: \\{hourly: \\[[^]]*]}\n", "  trace: trace.csv\n"));
        Files.writeString(dir.resolve("trace.csv"), "time,type\n2026-11-11 00:00:09,presale\n2026-11-11 00:00:01,presale\n");
        CliRunner.Result r = kefusim("validate", file.toString(), "--lang", "zh");
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("错误：") && r.err().contains("trace.csv:3: time: '2026-11-11 00:00:01' 早于上一行；各行须按时间先后排列"), r.err());
        Files.writeString(dir.resolve("trace.csv"), "when,type\n2026-11-11 00:00:09,presale\n");
        assertTrue(kefusim("validate", file.toString(), "--lang", "zh").err().contains("trace.csv:1: when: 无法识别的列；允许：time、type、messages"));

        Path bad = dir.resolve("indent.yaml");
        Files.writeString(bad, "name: x\nstart: 2026-11-10T00:00\n  horizon: 2d\n");
        CliRunner.Result y = kefusim("validate", bad.toString(), "--lang", "zh");
        assertEquals(2, y.code());
        assertTrue(y.err().strip().startsWith("错误：" + bad + ":3:10: 不是有效的 YAML"), y.err());

        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        CliRunner.Result g = kefusim("staff", good.toString(), "--target", "fast", "--lang", "zh", "--out", dir.resolve("o").toString());
        assertEquals(2, g.code());
        assertEquals("错误：--target: 'fast' 不是目标；允许：service-level>=0.9、missed(2m)<=0.05、abandon<=0.03 或 lost-sales", g.err().strip());
        CliRunner.Result e = kefusim("staff", good.toString(), "--target", "fast", "--out", dir.resolve("o").toString());
        assertEquals("error: --target: 'fast' is not a goal; allowed: service-level>=0.9, missed(2m)<=0.05, abandon<=0.03, or lost-sales", e.err().strip());
        assertFalse(Files.exists(dir.resolve("o")), "no results folder");
        Path none = dir.resolve("no-such-folder");
        CliRunner.Result n = kefusim("batch", none.toString(), "--lang", "zh");
        assertEquals(2, n.code());
        assertEquals("错误：" + none + ": 没有这个文件夹或清单文件", n.err().strip());
        // a shop's own records that fit no format
        Path records = dir.resolve("records.csv");
        Files.writeString(records, "a,b,c\n1,2,3\n");
        CliRunner.Result fit = kefusim("fit", records.toString(), "--lang", "zh", "--out", dir.resolve("o").toString());
        assertEquals(2, fit.code());
        assertTrue(fit.err().strip().startsWith("错误：" + records + ":1: 这些列（a、b、c）不符合任何内置格式"), fit.err());
        // the analytic calculator's options read in Chinese
        CliRunner.Result erlang = kefusim("erlang", "--rate", "0", "--agents", "3", "--lang", "zh");
        assertEquals(2, erlang.code());
        assertEquals("错误：--rate: 不允许 0；允许：大于每小时 0 个咨询", erlang.err().strip());
    }

    @Test
    void badSetOverrideAndMissingFile() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        CliRunner.Result r = kefusim("run", file.toString(), "--set", "roster[3].agents=2", "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("roster[3].agents: index 3 is past the end of 'roster' (1 entries); allowed: [0] to [0], or [1] to add an entry"), r.err());
        CliRunner.Result r2 = kefusim("run", file.toString(), "--set", "demand.scale=-1", "--out", dir.resolve("o").toString());
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("demand.scale: -1 is out of range; allowed: 0 to 1000000"), r2.err());
        CliRunner.Result r3 = kefusim("run", dir.resolve("nope.yaml").toString());
        assertEquals(2, r3.code());
        assertTrue(r3.err().contains("nope.yaml: no such file"), r3.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
