package io.kefusim.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A standing catalogue of hostile, broken and unusual inputs, each with the outcome it must
 * have: bad input exits 2 with one line naming the file (and line, where a line exists) and
 * saying what is allowed, with no stack trace and no results folder; valid but unusual input
 * (Chinese names, a BOM, markup in names) runs.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    static final String BASE = io.kefusim.scenario.TestScenarios.MINIMAL;

    /** A case: what it is, the scenario text, extra files (name, content), and the outcome: "ok" or a fragment of the one error line. */
    record Case(String what, String yaml, List<String[]> files, String expect) {
        @Override
        public String toString() { return what; }
    }

    static Case bad(String what, String yaml, String expect) { return new Case(what, yaml, List.of(), expect); }

    static Case ok(String what, String yaml) { return new Case(what, yaml, List.of(), "ok"); }

    static Case trace(String what, String csv, String expect) {
        return new Case(what, BASE.replace("  pattern: {hourly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}\n",
                "  trace: t.csv\n"), List.<String[]>of(new String[]{"t.csv", csv}), expect);
    }

    static String with(String from, String to) {
        assertTrue(BASE.contains(from), from);
        return BASE.replace(from, to);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // --- the file itself
        c.add(bad("empty file", "", "mapping"));
        c.add(bad("not a map", "- a\n- b\n", "map"));
        c.add(bad("plain text", "hello world\n", "map"));
        c.add(bad("tab indentation", BASE.replace("  mix:", "\tmix:"), "hostile.yaml"));
        c.add(bad("unclosed flow map", BASE.replace("{group: desk, skills: [presale, aftersale]}", "{group: desk, skills: [presale, aftersale]"), "hostile.yaml"));
        c.add(bad("duplicate key", BASE + "name: again\n", "name"));
        c.add(bad("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "hostile.yaml"));
        c.add(bad("anchor and alias used in a scenario", BASE.replace("  - {group: desk, skills: [presale, aftersale]}", "  - &g {group: desk, skills: [presale, aftersale]}\n  - *g"), "hostile.yaml"));
        c.add(bad("unknown top-level key", BASE + "colour: blue\n", "colour"));
        c.add(ok("YAML tags (read as the value written)", BASE.replace("replications: 1", "replications: !!int 1\nseed: !foo 3")));
        c.add(ok("byte-order mark", "\uFEFF" + BASE));
        c.add(ok("Windows line ends", BASE.replace("\n", "\r\n")));
        // --- name
        c.add(bad("name with ../", with("name: hostile", "name: ../../etc"), "name"));
        c.add(bad("name with a slash", with("name: hostile", "name: a/b"), "name"));
        c.add(bad("name with NUL", with("name: hostile", "name: \"a\\0b\""), "name"));
        c.add(bad("empty name", with("name: hostile", "name: \"\""), "name"));
        c.add(bad("name ..", with("name: hostile", "name: \"..\""), "name"));
        c.add(bad("name starting with a dot", with("name: hostile", "name: .hidden"), "name"));
        c.add(bad("group with a leading minus (CSV formula)", with("group: desk, skills", "group: \"-2+3\", skills").replace("group: desk, shift", "group: \"-2+3\", shift"), "group"));
        c.add(bad("shift name with markup", with("day: {from", "\"<script>\": {from").replace("shift: day", "shift: \"<script>\""), "shift name"));
        c.add(bad("name a list", with("name: hostile", "name: [a, b]"), "name"));
        c.add(bad("very long name", with("name: hostile", "name: " + "x".repeat(300)), "name"));
        c.add(ok("Chinese shop name", with("name: hostile", "name: 双十一店铺")));
        // --- start, horizon, warmup, interval, replications, seed
        c.add(bad("start not a date", with("start: 2026-11-11T00:00", "start: tomorrow"), "start"));
        c.add(bad("start February 30", with("start: 2026-11-11T00:00", "start: 2026-02-30T00:00"), "start"));
        c.add(bad("unknown zone", BASE + "zone: Mars/Olympus\n", "zone"));
        c.add(bad("horizon without unit", with("horizon: 2h", "horizon: 2"), "horizon"));
        c.add(bad("horizon negative", with("horizon: 2h", "horizon: -2h"), "horizon"));
        c.add(bad("horizon zero", with("horizon: 2h", "horizon: 0s"), "horizon"));
        c.add(bad("horizon absurd digits", with("horizon: 2h", "horizon: 99999999999999999999999999999d"), "horizon"));
        c.add(bad("horizon a century", with("horizon: 2h", "horizon: 36500d"), "horizon"));
        c.add(bad("horizon NaN", with("horizon: 2h", "horizon: .nan"), "horizon"));
        c.add(bad("warmup longer than horizon", BASE + "warmup: 3h\n", "warmup"));
        c.add(bad("interval 1ms over a month", with("horizon: 2h", "horizon: 30d").replace("replications: 1", "replications: 1\ninterval: 1ms"), "interval"));
        c.add(bad("interval zero", BASE + "interval: 0s\n", "interval"));
        c.add(bad("replications zero", with("replications: 1", "replications: 0"), "replications"));
        c.add(bad("replications negative", with("replications: 1", "replications: -5"), "replications"));
        c.add(bad("replications a fraction", with("replications: 1", "replications: 2.5"), "replications"));
        c.add(bad("replications huge", with("replications: 1", "replications: 99999999999"), "replications"));
        c.add(bad("seed not a number", BASE + "seed: lucky\n", "seed"));
        c.add(bad("seed too big", BASE + "seed: 999999999999999999999999\n", "seed"));
        c.add(bad("service level goal above 1", BASE + "service_level_goal: 80\n", "service_level_goal"));
        c.add(bad("deadlines not increasing", BASE + "deadlines: {first_response: [30m, 2m]}\n", "deadlines"));
        // --- demand
        c.add(bad("pattern of 23 values", with("[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]",
                "[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]"), "24"));
        c.add(bad("negative rate", with("[10, 10, 10, 10,", "[-10, 10, 10, 10,"), "rate"));
        c.add(bad("NaN rate", with("[10, 10, 10, 10,", "[.nan, 10, 10, 10,"), "demand"));
        c.add(bad("infinite rate", with("[10, 10, 10, 10,", "[.inf, 10, 10, 10,"), "demand"));
        c.add(bad("rate a word", with("[10, 10, 10, 10,", "[lots, 10, 10, 10,"), "lots"));
        c.add(bad("demand scale a million", with("  mix:", "  scale: 1e9\n  mix:"), "demand.scale"));
        c.add(bad("demand scale negative", with("  mix:", "  scale: -1\n  mix:"), "scale"));
        c.add(bad("mix not adding up", with("{presale: 0.7, aftersale: 0.3}", "{presale: 0.7, aftersale: 0.2}"), "add up to 1"));
        c.add(bad("mix type with a space", with("{presale: 0.7, aftersale: 0.3}", "{presale: 0.7, \"after sale\": 0.3}"), "letters"));
        c.add(bad("mix type with markup", with("{presale: 0.7, aftersale: 0.3}", "{presale: 0.7, \"<b>x</b>\": 0.3}"), "letters"));
        c.add(bad("peak with a bad time", with("  mix:", "  days: [{date: 2026-11-11, peaks: [{from: \"25:00\", to: \"26:00\", scale: 2}]}]\n  mix:"), "25:00"));
        c.add(bad("day with a bad date", with("  mix:", "  days: [{date: 2026-13-45, scale: 2}]\n  mix:"), "date"));
        c.add(bad("both pattern and trace", with("  mix:", "  trace: x.csv\n  mix:"), "trace"));
        c.add(bad("trace file missing", BASE.replace("  pattern: {hourly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}\n",
                "  trace: nowhere.csv\n"), "nowhere.csv"));
        // --- buyers
        c.add(ok("a buyer type outside the mix (a trace may name it; share 0)", BASE + "buyers: {complaint: {patience: {dist: exponential, mean: 3m}}}\n"));
        c.add(bad("a buyer type with a bad name", BASE + "buyers: {\"a b\": {patience: {dist: exponential, mean: 3m}}}\n", "a b"));
        c.add(bad("patience unknown distribution", BASE + "buyers: {presale: {patience: {dist: cauchy, mean: 3m}}}\n", "cauchy"));
        c.add(bad("patience mean without unit", BASE + "buyers: {presale: {patience: {dist: exponential, mean: 180}}}\n", "unit"));
        c.add(bad("lognormal negative sd", BASE + "buyers: {presale: {think_time: {dist: lognormal, mean: 60s, sd: -5s}}}\n", "sd"));
        c.add(bad("messages mean below 1", BASE + "buyers: {presale: {messages: {dist: geometric, mean: 0.5}}}\n", "mean"));
        c.add(bad("messages mean absurd", BASE + "buyers: {presale: {messages: {dist: geometric, mean: 1e9}}}\n", "mean"));
        c.add(bad("conversion above 1", BASE + "buyers: {presale: {conversion: 1.5}}\n", "conversion"));
        c.add(bad("bot deflection NaN", BASE + "buyers: {presale: {bot_deflection: .nan}}\n", "bot_deflection"));
        c.add(bad("order value negative", BASE + "buyers: {presale: {order_value: -100}}\n", "order_value"));
        c.add(ok("order value 1e-300 (tiny but allowed)", BASE + "buyers: {presale: {order_value: 1e-300}}\n"));
        c.add(ok("order value and unanswered cost at their maximum", BASE + "buyers: {presale: {order_value: 1e9, unanswered_cost: 1e9}}\n"));
        c.add(ok("the smallest double as a rate", with("[10, 10, 10, 10,", "[4.9e-324, 10, 10, 10,")));
        c.add(ok("a think time of 1e-10 s", BASE + "buyers: {presale: {think_time: {dist: constant, value: 0.0000000001s}}}\n"));
        c.add(ok("a first-response deadline of centuries", BASE + "deadlines: {first_response: [0.000000001s, 99999999999999999999d], reply: 0.000000001s}\n"));
        c.add(ok("heavy-tailed reply times (Weibull shape 0.01)", with("skills: [presale, aftersale]}", "skills: [presale, aftersale], reply_time: {dist: weibull, shape: 0.01, scale: 1s}}")));
        c.add(bad("warmup negative (ISO)", BASE + "warmup: PT-5M\n", "warmup: 'PT-5M' is negative"));
        c.add(bad("conversion row within negative", BASE + "buyers: {presale: {conversion_factor: [{within: PT-1M, factor: 1}, {otherwise: 0.5}]}}\n", "negative"));
        c.add(bad("start year 999999999", with("start: 2026-11-11T00:00", "start: +999999999-11-11T00:00"), "1970-01-01 to 9999-12-31"));
        c.add(bad("day in year 10000", with("  mix:", "  days: [{date: +10000-01-01, scale: 2}]\n  mix:"), "year 10000 is out of range"));
        c.add(bad("empirical with no values", BASE + "buyers: {presale: {think_time: {dist: empirical, values: []}}}\n", "values"));
        // --- agents
        c.add(bad("no agents", with("agents:\n  - {group: desk, skills: [presale, aftersale]}\n", "agents: []\n"), "agents"));
        c.add(bad("group twice", with("  - {group: desk, skills: [presale, aftersale]}", "  - {group: desk, skills: [presale]}\n  - {group: desk, skills: [aftersale]}"), "twice"));
        c.add(bad("unknown skill", with("skills: [presale, aftersale]", "skills: [presale, refunds]"), "refunds"));
        c.add(bad("concurrency zero", with("skills: [presale, aftersale]}", "skills: [presale, aftersale], concurrency: 0}"), "concurrency"));
        c.add(bad("concurrency a thousand", with("skills: [presale, aftersale]}", "skills: [presale, aftersale], concurrency: 1000}"), "concurrency"));
        c.add(bad("group with ../", with("group: desk, skills", "group: ../desk, skills").replace("group: desk, shift", "group: ../desk, shift"), "group"));
        c.add(bad("group with a CSV formula", with("group: desk, skills", "group: \"=cmd|' /C calc'!A0\", skills"), "group"));
        c.add(bad("level unknown", with("skills: [presale, aftersale]}", "skills: [presale, aftersale], level: wizard}"), "wizard"));
        c.add(bad("monthly pay NaN", with("skills: [presale, aftersale]}", "skills: [presale, aftersale], monthly_pay: .nan}"), "monthly_pay"));
        // --- shifts, roster, teams
        c.add(bad("shift from equals to", with("day: {from: \"00:00\", to: \"12:00\"}", "day: {from: \"08:00\", to: \"08:00\"}"), "from"));
        c.add(bad("shift time 24:30", with("to: \"12:00\"}", "to: \"24:30\"}"), "24:30"));
        c.add(bad("break outside the shift", with("to: \"12:00\"}", "to: \"12:00\", breaks: [{at: \"13:00\", for: 30m}]}"), "break"));
        c.add(bad("roster unknown group", with("{group: desk, shift: day, agents: 2}", "{group: nobody, shift: day, agents: 2}"), "nobody"));
        c.add(bad("roster unknown shift", with("{group: desk, shift: day, agents: 2}", "{group: desk, shift: night, agents: 2}"), "night"));
        c.add(bad("roster negative agents", with("agents: 2}", "agents: -2}"), "agents"));
        c.add(bad("roster a million agents", with("agents: 2}", "agents: 1000000}"), "agents"));
        c.add(bad("roster 'off' as a shift name", with("day: {from", "off: {from").replace("shift: day", "shift: off"), "off"));
        c.add(bad("team rotation without from", BASE + "teams: [{name: A, agents: {desk: 1}, rotation: {template: day_night}}]\n", "from"));
        c.add(bad("team template unknown", BASE + "teams: [{name: A, agents: {desk: 1}, rotation: {template: five_shift, from: 2026-11-01}}]\n", "five_shift"));
        c.add(bad("absence above 1", BASE + "absence: 2\n", "absence"));
        c.add(bad("labour working time unknown", BASE + "labour: {working_time: whenever}\n", "whenever"));
        c.add(bad("costs contributions negative", BASE + "costs: {employer_contributions: -0.3}\n", "employer_contributions"));
        c.add(ok("Chinese group, type and shift names", "name: 中文店\nstart: 2026-11-11T00:00\nhorizon: 2h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {售前: 1}}\n"
                + "agents: [{group: 客服, skills: [售前]}]\nshifts: {白班: {from: \"00:00\", to: \"12:00\"}}\nroster: [{group: 客服, shift: 白班, agents: 2}]\n"));
        // --- traces
        c.add(trace("trace empty", "", "empty"));
        c.add(trace("trace unknown column", "when,type\n2026-11-11 00:00:01,presale\n", "when"));
        c.add(trace("trace bad time", "time,type\nyesterday,presale\n", "time"));
        c.add(trace("trace rows out of order", "time,type\n2026-11-11 00:10:00,presale\n2026-11-11 00:05:00,presale\n", "order"));
        c.add(trace("trace unknown type", "time,type\n2026-11-11 00:10:00,refund\n", "refund"));
        c.add(trace("trace a billion messages", "time,type,messages\n2026-11-11 00:10:00,presale,1000000000\n", "10000"));
        c.add(trace("trace zero messages", "time,type,messages\n2026-11-11 00:10:00,presale,0\n", "messages"));
        c.add(trace("trace formula in a type", "time,type\n2026-11-11 00:10:00,=HYPERLINK(\"x\")\n", "type"));
        // read in the encoding its bytes show, and said (demand.trace_encoding; TraceEncodingTest): Excel saves a CSV so
        c.add(new Case("trace in UTF-16", c.get(c.size() - 1).yaml(), List.<String[]>of(new String[]{"t.csv", "UTF16:time,type\n2026-11-11 00:10:00,presale\n"}), "ok"));
        c.add(trace("trace with a byte-order mark", "\uFEFFtime,type\n2026-11-11 00:10:00,presale\n", "ok"));
        return c.stream();
    }

    /** Lays out files in the test's folder for a case. */
    interface Setup {
        void in(Path dir) throws Exception;
    }

    /**
     * A command that must end with exactly one line, in English and (with {@code --lang zh}) in
     * Chinese; {@code DIR} in the arguments and lines is the test's folder. {@code --out
     * DIR/results} is added unless the case gives its own {@code --out}.
     */
    record Exact(String what, Setup setup, List<String> args, String english, String chinese) {
        @Override
        public String toString() { return what; }
    }

    static final String GOOD_FILE = "good.yaml";

    static Stream<Exact> exact() {
        // a good file raises no warning, so the error is the only line: pay above the minimum wage, the
        // desk's typing and the buyers' behaviour its own (not the illustrative defaults), and buyers only in the two hours
        // the run reaches (horizon.pattern_outside)
        Setup good = d -> Files.writeString(d.resolve(GOOD_FILE), BASE.replace("hourly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]",
                        "hourly: [10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]").replace("skills: [presale, aftersale]}",
                        "skills: [presale, aftersale], monthly_pay: 4500, " + io.kefusim.scenario.TestScenarios.OWN_DESK + "}")
                .replace("day: {from: \"00:00\", to: \"12:00\"}", "day: {from: \"00:00\", to: \"11:00\"}") // 12 h is over the legal day (labour.daily_overtime)
                + "buyers:\n" + io.kefusim.scenario.TestScenarios.OWN_PRESALE + io.kefusim.scenario.TestScenarios.OWN_AFTERSALE);
        Setup fifo = d -> mkfifo(d.resolve("pipe.yaml"));
        Setup huge = d -> sparse(d.resolve("huge.yaml"), 3L << 30);
        String tooBig = "the file is 3221225472 bytes, more than the limit of 16777216 bytes (16 MB); allowed: a file of at most 16 MB";
        String tooBigZh = "文件有 3221225472 字节，超过上限 16777216 字节（16 MB）；允许：不超过 16 MB 的文件";
        String notOrdinary = "not an ordinary file (a pipe, socket or device); allowed: an ordinary file";
        String notOrdinaryZh = "不是普通文件（而是管道、套接字或设备）；允许：普通文件";
        String outAllowed = "; allowed: a folder kefusim can create or write in";
        String outAllowedZh = "；允许：kefusim 能创建或写入的文件夹";
        return Stream.of(
                new Exact("--out an existing file", d -> { good.in(d); Files.writeString(d.resolve("taken"), "x"); },
                        List.of("run", "DIR/" + GOOD_FILE, "--out", "DIR/taken"),
                        "error: --out: 'DIR/taken' is a file, not a folder" + outAllowed, "错误：--out: 'DIR/taken' 是文件，不是文件夹" + outAllowedZh),
                new Exact("--out inside a file", d -> { good.in(d); Files.writeString(d.resolve("taken"), "x"); },
                        List.of("run", "DIR/" + GOOD_FILE, "--out", "DIR/taken/results"),
                        "error: --out: 'DIR/taken' is a file, not a folder" + outAllowed, "错误：--out: 'DIR/taken' 是文件，不是文件夹" + outAllowedZh),
                new Exact("sweep --out an existing file (refused before the sweep runs)", d -> { good.in(d); Files.writeString(d.resolve("taken"), "x"); },
                        List.of("sweep", "DIR/" + GOOD_FILE, "--vary", "roster[0].agents=1..3", "--out", "DIR/taken"),
                        "error: --out: 'DIR/taken' is a file, not a folder" + outAllowed, "错误：--out: 'DIR/taken' 是文件，不是文件夹" + outAllowedZh),
                // root may write anywhere on disk, so read-only is /proc, where nobody may create a folder
                new Exact("--out where no folder can be made", good, List.of("run", "DIR/" + GOOD_FILE, "--out", "/proc/kefusim-results"),
                        "error: --out: cannot create a folder in '/proc/kefusim-results' (the system refused)" + outAllowed,
                        "错误：--out: 无法在 '/proc/kefusim-results' 中创建文件夹（系统拒绝）" + outAllowedZh),
                new Exact("scenario file a FIFO", fifo, List.of("run", "DIR/pipe.yaml"), "error: DIR/pipe.yaml: " + notOrdinary, "错误：DIR/pipe.yaml: " + notOrdinaryZh),
                new Exact("validate a FIFO", fifo, List.of("validate", "DIR/pipe.yaml"), "error: DIR/pipe.yaml: " + notOrdinary, "错误：DIR/pipe.yaml: " + notOrdinaryZh),
                new Exact("scenario file of 3 GB", huge, List.of("run", "DIR/huge.yaml"), "error: DIR/huge.yaml: " + tooBig, "错误：DIR/huge.yaml: " + tooBigZh),
                new Exact("scenario a folder", d -> Files.createDirectories(d.resolve("folder.yaml")), List.of("run", "DIR/folder.yaml"),
                        "error: DIR/folder.yaml: is a folder; allowed: a file", "错误：DIR/folder.yaml: 是文件夹；允许：文件"),
                new Exact("batch /dev/zero", d -> { }, List.of("batch", "/dev/zero"), "error: /dev/zero: " + notOrdinary, "错误：/dev/zero: " + notOrdinaryZh),
                new Exact("batch manifest a FIFO", d -> mkfifo(d.resolve("list.txt")), List.of("batch", "DIR/list.txt"),
                        "error: DIR/list.txt: " + notOrdinary, "错误：DIR/list.txt: " + notOrdinaryZh),
                new Exact("batch manifest of 3 GB", d -> sparse(d.resolve("list.txt"), 3L << 30), List.of("batch", "DIR/list.txt"),
                        "error: DIR/list.txt: " + tooBig, "错误：DIR/list.txt: " + tooBigZh),
                new Exact("trace a FIFO", d -> { Files.writeString(d.resolve(GOOD_FILE), trace("", "", "").yaml()); mkfifo(d.resolve("t.csv")); },
                        List.of("run", "DIR/" + GOOD_FILE),
                        "error: DIR/" + GOOD_FILE + ":6:10: demand.trace: cannot read trace file DIR/t.csv: " + notOrdinary,
                        "错误：DIR/" + GOOD_FILE + ":6:10: demand.trace: 无法读取记录文件 DIR/t.csv：" + notOrdinaryZh),
                new Exact("records a FIFO", d -> mkfifo(d.resolve("records.csv")), List.of("fit", "DIR/records.csv"),
                        "error: DIR/records.csv: " + notOrdinary, "错误：DIR/records.csv: " + notOrdinaryZh));
    }

    static void mkfifo(Path p) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor(), "mkfifo");
    }

    /** A file of {@code size} bytes that takes no disk space (a hole). */
    static void sparse(Path p, long size) throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exact")
    void endsWithExactlyOneLine(Exact k) throws Exception {
        k.setup().in(dir);
        Path out = dir.resolve("results");
        for (boolean zh : new boolean[]{false, true}) {
            List<String> args = new ArrayList<>(k.args().stream().map(a -> a.replace("DIR", dir.toString())).toList());
            if (!args.contains("--out") && !args.get(0).equals("validate")) args.addAll(List.of("--out", out.toString())); // validate writes nothing
            if (zh) args.addAll(List.of("--lang", "zh"));
            CliRunner.Result r = java.util.concurrent.CompletableFuture.supplyAsync(() -> CliRunner.kefusim(args.toArray(String[]::new)))
                    .get(60, java.util.concurrent.TimeUnit.SECONDS); // a FIFO must not hang the command
            assertEquals(2, r.code(), k.what() + ": exit " + r.code() + ": " + r.err());
            String expected = (zh ? k.chinese() : k.english()).replace("DIR", dir.toString());
            assertEquals(expected, r.err().strip(), k.what());
            assertFalse(Files.exists(out), k.what() + ": no results folder");
        }
    }

    /** Records files for kefusim fit: {what, file content, expected fragment of the one error line, or "ok"}. */
    static Stream<String[]> records() {
        String head = "咨询时间,客服,首次响应时长\n";
        return Stream.of(
                new String[]{"records: empty file", "", "empty"},
                new String[]{"records: header only", head, "no records"},
                new String[]{"records: columns of no known format", "a,b\n1,2\n", "match no built-in format"},
                new String[]{"records: every time unreadable", head + "never,a,10\n".repeat(150), "150 of 150 rows could not be read"},
                new String[]{"records: negative first response on every row", head + "2026-11-11 10:00:00,a,-5\n".repeat(150), "could not be read"},
                new String[]{"records: a billion buyer messages", "咨询时间,客服,首次响应时长,买家消息数\n" + "2026-11-11 10:00:00,a,5,1000000000\n".repeat(150), "could not be read"},
                new String[]{"records: formula in the agent column", head + "2026-11-11 10:00:00,=cmd|' /C calc'!A0,10\n", "ok"},
                new String[]{"records: markup in the agent column", head + "2026-11-11 10:00:00,<script>alert(1)</script>,10\n", "ok"},
                // issue 25: Chinese exports often come as UTF-16 (with a BOM); they are read now, no longer refused as an unknown header
                new String[]{"records: UTF-16", "UTF16:" + head + "2026-11-11 10:00:00,a,10\n", "ok"},
                new String[]{"records: GBK bytes part way through a UTF-8 file", head + "2026-11-11 10:00:00,a,10\n".repeat(5000) + "GBK:客服甲\n", "not UTF-8 text"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordsHaveTheirOutcome(String what, String content, String expect) throws Exception {
        Path f = dir.resolve("records.csv");
        if (content.startsWith("UTF16:")) Files.write(f, content.substring(6).getBytes(StandardCharsets.UTF_16));
        else if (content.contains("GBK:")) { // UTF-8 text, then a line in GBK past the part read to tell the encoding
            String[] parts = content.split("GBK:", 2);
            byte[] a = parts[0].getBytes(StandardCharsets.UTF_8), b = parts[1].getBytes(java.nio.charset.Charset.forName("GBK"));
            byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            Files.write(f, all);
        } else Files.writeString(f, content, StandardCharsets.UTF_8);
        Path out = dir.resolve("results");
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", out.toString());
        if (expect.equals("ok")) {
            assertEquals(0, r.code(), what + ": " + r.err());
            return;
        }
        assertEquals(2, r.code(), what + ": exit " + r.code() + ": " + r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error")).toList();
        assertEquals(1, errors.size(), what + ": " + r.err());
        assertTrue(errors.get(0).startsWith("error: " + f), what + ": names the file: " + errors.get(0));
        assertTrue(errors.get(0).contains(expect), what + ": expected «" + expect + "» in: " + errors.get(0));
        assertFalse(Files.exists(out), what + ": no results folder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hasItsOutcome(Case k) throws Exception {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, k.yaml(), StandardCharsets.UTF_8);
        for (String[] f : k.files()) {
            if (f[1].startsWith("UTF16:")) Files.write(dir.resolve(f[0]), f[1].substring(6).getBytes(StandardCharsets.UTF_16));
            else Files.writeString(dir.resolve(f[0]), f[1], StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("results");
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", out.toString());
        if (k.expect().equals("ok")) {
            assertEquals(0, r.code(), k.what() + ": " + r.err());
            return;
        }
        assertEquals(2, r.code(), k.what() + ": exit " + r.code() + ": " + r.err());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
        assertEquals(1, errors.size(), k.what() + ": one line: " + r.err());
        String line = errors.get(0);
        assertTrue(line.startsWith("error: " + dir), k.what() + ": names the file: " + line);
        assertTrue(line.contains(k.expect()), k.what() + ": expected «" + k.expect() + "» in: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), k.what() + ": no stack trace: " + line);
        assertFalse(Files.exists(out), k.what() + ": no results folder");
    }
}
