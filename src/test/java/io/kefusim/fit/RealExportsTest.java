package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What real exports do to {@code fit} and {@code backtest} (issue 25): other encodings, Chinese
 * type names, a newline inside a cell, one value in a whole column, a wrong year; and a backtest
 * that replays the scenario's own roster when asked.
 */
class RealExportsTest {
    static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time"
            + "\toutcome\tser_start\tser_exit\tser_time\tserver\n";
    static final Set<String> TOP_LEVEL = Set.of("name", "start", "horizon", "replications", "seed", "interval", "service_level_target", "demand",
            "buyers", "agents", "availability", "shifts", "roster", "teams", "labour");

    @TempDir
    Path dir;

    /** A day of calls, one every {@code every} seconds from 08:00, each waiting 20 s and talking {@code talk} s, by three agents in turn. */
    static String calls(String[] types, int n, int every, int talk, String date) {
        StringBuilder sb = new StringBuilder(HEADER);
        String[] agents = {"DORIT", "TOVA", "客服甲"};
        for (int i = 0; i < n; i++) {
            int t = 8 * 3600 + i * every, q = t + 20, end = q + talk;
            boolean hung = i % 9 == 4;
            sb.append("AA0101\t").append(i).append("\t0\t0\t").append(types[i % types.length]).append('\t').append(date).append('\t')
                    .append(clock(t - 10)).append('\t').append(clock(t)).append("\t10\t").append(clock(t)).append('\t').append(clock(q)).append("\t20\t")
                    .append(hung ? "HANG\t0:00:00\t0:00:00\t0\tNO_SERVER\n"
                            : "AGENT\t" + clock(q) + "\t" + clock(end) + "\t" + talk + "\t" + agents[i % 3] + "\n");
        }
        return sb.toString();
    }

    static String clock(int s) { return (s / 3600) + ":" + String.format("%02d:%02d", s / 60 % 60, s % 60); }

    private CliRunner.Result fit(String text, Charset cs, byte[] bom, String name) throws Exception {
        Path f = dir.resolve(name + ".tsv");
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(f, all);
        return CliRunner.kefusim("fit", f.toString(), "--name", name, "--out", dir.resolve("out").toString(), "--threads", "2");
    }

    private Path fitted(String name) throws Exception {
        try (var l = Files.list(dir.resolve("out/" + name + "-fit"))) {
            return l.findFirst().orElseThrow().resolve("fitted.yaml");
        }
    }

    @Test
    void gbkAndUtf16ExportsKeepTheirChineseTypeNames() throws Exception {
        String text = calls(new String[]{"售前", "售后"}, 60, 300, 120, "990201");
        CliRunner.Result gbk = fit(text, Charset.forName("GBK"), new byte[0], "gbk");
        assertEquals(0, gbk.code(), gbk.err());
        assertTrue(gbk.err().contains("read as GBK"), gbk.err());
        CliRunner.Result u16 = fit(text, StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE}, "u16");
        assertEquals(0, u16.code(), u16.err());
        for (String name : new String[]{"gbk", "u16"}) {
            Map<String, Object> y = new Yaml().load(Files.readString(fitted(name)));
            assertEquals(Set.of("售前", "售后"), ((Map<?, ?>) y.get("buyers")).keySet(), name);
        }
    }

    @Test
    void bytesThatAreNoTextAreRefusedInOneLine() throws Exception {
        Path f = dir.resolve("bin.tsv");
        Files.write(f, new byte[]{'d', 'a', 't', 'e', '\t', 'x', '\n', (byte) 0xFF, (byte) 0xFD, (byte) 0x81, '\n'});
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + f + ":2: bytes on this line are not UTF-8, UTF-16 or GBK text (the file may mix two encodings); "
                + "allowed: a CSV or TSV export in one of them (save it again as UTF-8)", r.err().strip(), "the line the bytes are on");
    }

    /** A 千牛-style export with many Chinese headers (its first hundreds of bytes all Chinese), {@code n} chats, lines joined by CRLF as Excel writes them. */
    static List<String> qianniu(int n) {
        List<String> lines = new ArrayList<>();
        lines.add("咨询时间\t客服\t首次响应时长\t买家消息数\t接待状态\t备注\t店铺名称\t买家昵称\t咨询渠道\t咨询商品\t平均响应时长\t会话时长\t是否转接\t满意度评价\t订单编号\t下单金额");
        for (int i = 0; i < n; i++) {
            int minute = (i * 37) % 600;
            lines.add(String.format("2026/11/11 %d:%02d:05\t小王\t%d\t%d\t%s\t\t旗舰店\t买家%d\t手机\t商品\t30\t600\t否\t满意\t\t",
                    8 + minute / 60, minute % 60, 20 + i % 40, 1 + i % 7, i % 10 == 0 ? "未接待" : "已接待", i));
        }
        return lines;
    }

    /** The lines in {@code cs}, except line {@code odd} (from 1; 0 for none) in {@code oddCs}. */
    static byte[] bytes(List<String> lines, Charset cs, int odd, Charset oddCs) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) out.writeBytes((lines.get(i) + "\r\n").getBytes(i + 1 == odd ? oddCs : cs));
        return out.toByteArray();
    }

    @Test
    void excelsUnicodeTextWithoutAMarkIsReadHoweverChineseItsHeaders() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = Files.write(dir.resolve("qianniu-" + cs.name() + ".txt"), bytes(qianniu(200), cs, 0, cs));
            CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("out").toString(), "--threads", "2");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("notice: " + f.getFileName() + ": read as " + cs.name() + " text"), r.err());
            assertTrue(r.out().contains("Fitted 200 records"), r.out());
        }
    }

    @Test
    void mixedEncodingsAndNulBytesAreRefusedWithTheLineTheyAreOn() throws Exception {
        Charset gbk = Charset.forName("GBK");
        Path out = dir.resolve("out");
        // in the first 64 KB: neither UTF-8 nor GBK reads it all
        Path early = Files.write(dir.resolve("early.csv"), bytes(qianniu(200), StandardCharsets.UTF_8, 50, gbk));
        // beyond them: the file starts as UTF-8, and is read so up to the GBK row (the CSV reader is then rows behind it)
        Path late = Files.write(dir.resolve("late.csv"), bytes(qianniu(5000), StandardCharsets.UTF_8, 3001, gbk));
        Path lateGbk = Files.write(dir.resolve("late-gbk.csv"), bytes(qianniu(5000), gbk, 3001, StandardCharsets.UTF_8));
        List<String> withNul = qianniu(200);
        withNul.set(29, "\0" + withNul.get(29));
        Path nul = Files.write(dir.resolve("nul.csv"), bytes(withNul, StandardCharsets.UTF_8, 0, StandardCharsets.UTF_8));
        String[][] cases = {
                {early.toString(), "50", "bytes on this line are not UTF-8, UTF-16 or GBK text (the file may mix two encodings); "
                        + "allowed: a CSV or TSV export in one of them (save it again as UTF-8)",
                        "这一行的字节不是 UTF-8、UTF-16 或 GBK 文本（文件可能混用了两种编码）；允许：以其中一种编码导出的 CSV 或 TSV（请另存为 UTF-8）"},
                {late.toString(), "3001", "bytes on this line are not UTF-8 text, though the file starts as UTF-8 (it may mix two encodings); "
                        + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them",
                        "这一行有不是 UTF-8 编码的字节，而文件开头是 UTF-8（文件可能混用了两种编码）；允许：整个文件统一用 UTF-8（带或不带 BOM）、UTF-16 或 GBK 中的一种——请用其中一种重新保存文件"},
                {lateGbk.toString(), "3001", "bytes on this line are not GBK text, though the file starts as GBK (it may mix two encodings); "
                        + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them",
                        "这一行有不是 GBK 编码的字节，而文件开头是 GBK（文件可能混用了两种编码）；允许：整个文件统一用 UTF-8（带或不带 BOM）、UTF-16 或 GBK 中的一种——请用其中一种重新保存文件"},
                {nul.toString(), "30", "a NUL character (0x00) on this line, which text does not hold (the file was probably saved as UTF-16, or is not text); "
                        + "allowed: a CSV or TSV export in UTF-8, UTF-16 or GBK (save it again as UTF-8)",
                        "这一行有 NUL 字符（0x00），文本中不会有（文件多半存成了 UTF-16，或不是文本）；允许：以 UTF-8、UTF-16 或 GBK 导出的 CSV 或 TSV（请另存为 UTF-8）"}};
        for (String[] c : cases) {
            CliRunner.Result e = CliRunner.kefusim("fit", c[0], "--out", out.toString());
            assertEquals(2, e.code(), e.err());
            assertEquals("error: " + c[0] + ":" + c[1] + ": " + c[2], e.err().strip());
            CliRunner.Result z = CliRunner.kefusim("fit", c[0], "--out", out.toString(), "--lang", "zh");
            assertEquals(2, z.code(), z.err());
            assertEquals("错误：" + c[0] + ":" + c[1] + ": " + c[3], z.err().strip());
        }
        // backtest reads the records as fit does
        Path fitted = Files.write(dir.resolve("ok.csv"), bytes(qianniu(200), StandardCharsets.UTF_8, 0, StandardCharsets.UTF_8));
        assertEquals(0, CliRunner.kefusim("fit", fitted.toString(), "--name", "ok", "--out", out.toString()).code());
        CliRunner.Result b = CliRunner.kefusim("backtest", late.toString(), "--scenario", fitted("ok").toString(), "--replications", "2",
                "--out", dir.resolve("bt").toString());
        assertEquals(2, b.code(), b.err());
        assertEquals("error: " + late + ":3001: " + cases[1][2], b.err().strip().lines().reduce((first, last) -> last).orElse(""), "its last line, after its warnings");
        assertFalse(Files.exists(dir.resolve("bt")), "nothing written");
        try (var l = Files.list(out)) {
            assertEquals(List.of("ok-fit"), l.map(p -> p.getFileName().toString()).toList(), "only the good file's fit written");
        }
    }

    @Test
    void aNewlineInACellCannotAddKeysToTheFittedFile() throws Exception {
        String text = calls(new String[]{"\"PS\nabsence: 0.95\"", "PS"}, 40, 300, 120, "990201");
        CliRunner.Result r = fit(text, StandardCharsets.UTF_8, new byte[0], "inject");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> y = new Yaml().load(Files.readString(fitted("inject")));
        assertTrue(TOP_LEVEL.containsAll(y.keySet()), "top-level keys: " + y.keySet());
        assertFalse(y.containsKey("absence"));
    }

    @Test
    void aConstantColumnFitsAsAConstant() throws Exception {
        CliRunner.Result r = fit(calls(new String[]{"PS"}, 40, 300, 90, "990201"), StandardCharsets.UTF_8, new byte[0], "constant");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(fitted("constant")).contains("reply_time: {dist: constant, value: 1m30s}"), Files.readString(fitted("constant")));
    }

    @Test
    void recordsTwentyYearsApartAreRefusedInOneLine() throws Exception {
        String text = calls(new String[]{"PS"}, 3, 300, 90, "060201") + calls(new String[]{"PS"}, 3, 300, 90, "260201").substring(HEADER.length());
        CliRunner.Result r = fit(text, StandardCharsets.UTF_8, new byte[0], "span");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("2006-02-01") && r.err().contains("2026-02-01") && r.err().contains("at most 731 days")
                && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void unidentifiedCallersWhoHungUpUnqueuedAreFlagged() throws Exception {
        String text = calls(new String[]{"PS"}, 40, 300, 90, "990201").replaceAll("\t20\tHANG", "\t0\tHANG");
        CliRunner.Result r = fit(text, StandardCharsets.UTF_8, new byte[0], "hidden");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("4 calls hung up in the voice-response unit without queueing") && r.err().contains("hidden abandonment"), r.err());
    }

    /** --staffing scenario replays the scenario's roster: halving it changes the answer; --staffing records does not look at it. */
    @Test
    void backtestReplaysTheScenarioRosterWhenAsked() throws Exception {
        String text = calls(new String[]{"PS"}, 300, 60, 150, "990201");
        assertEquals(0, fit(text, StandardCharsets.UTF_8, new byte[0], "desk").code());
        String yaml = Files.readString(fitted("desk"));
        String head = yaml.substring(0, yaml.indexOf("availability:"));
        double[][] abandon = new double[2][2];
        for (int k = 0; k < 2; k++) {
            int agents = k == 0 ? 4 : 2;
            Path s = dir.resolve("desk" + agents + ".yaml");
            Files.writeString(s, head + "shifts: {day: {from: \"07:00\", to: \"24:00\"}}\nroster: [{group: agents, shift: day, agents: " + agents + "}]\n");
            for (int w = 0; w < 2; w++) {
                CliRunner.Result r = CliRunner.kefusim("backtest", dir.resolve("desk.tsv").toString(), "--scenario", s.toString(), "--staffing",
                        w == 0 ? "scenario" : "records", "--replications", "8", "--out", dir.resolve("bt" + agents + w).toString());
                assertEquals(0, r.code(), r.err());
                assertTrue(r.out().contains(w == 0 ? "Staffing replayed: the scenario's roster" : "Staffing replayed: the records' own"), r.out());
                abandon[k][w] = Double.parseDouble(r.out().lines().filter(l -> l.contains("Abandon share")).findFirst().orElseThrow()
                        .replaceAll(".*simulated\\s+([0-9.]+)%.*", "$1"));
            }
        }
        assertTrue(abandon[1][0] > abandon[0][0] + 1, "half the scenario's agents, more give up: " + abandon[0][0] + "% -> " + abandon[1][0] + "%");
        assertEquals(abandon[0][1], abandon[1][1], 1e-9, "the records' staffing does not depend on the scenario's roster");
    }
}
