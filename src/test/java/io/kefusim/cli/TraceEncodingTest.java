package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trace saved as GBK (Excel's CSV on a Chinese Windows) or UTF-16 ("Unicode text") is read in the
 * encoding its bytes show and said (demand.trace_encoding), its rows as a UTF-8 copy's; before, the
 * run stopped with "cannot read trace: Input length = 1". A file that changes encoding part way is
 * refused at the line where it does.
 */
class TraceEncodingTest {
    private static final String CSV = "time,type,messages\n2026-11-10 09:00:05,售前,3\n2026-11-10 09:10:05,售前,2\n2026-11-10 10:00:00,售后,1\n";
    private static final String YAML = """
            name: encodings
            start: 2026-11-10T09:00
            horizon: 8h
            replications: 1
            seed: 5
            demand:
              trace: tr.csv
              mix: {售前: 0.5, 售后: 0.5}
            buyers:
              售前: {patience: {dist: never}, messages: {dist: constant, value: 1}, think_time: {dist: constant, value: 30s}, conversion: 0}
              售后: {patience: {dist: never}, messages: {dist: constant, value: 1}, think_time: {dist: constant, value: 30s}, conversion: 0}
            agents:
              - {group: all, skills: [售前, 售后], concurrency: 3, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 5000}
            shifts:
              d: {from: "09:00", to: "17:00"}
            roster:
              - {group: all, shift: d, agents: 3}
            """;

    @TempDir
    Path dir;

    private Path scenario(String name, byte[] trace) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.write(d.resolve("tr.csv"), trace);
        Path f = d.resolve("s.yaml");
        Files.writeString(f, YAML);
        return f;
    }

    private static byte[] bytes(Charset cs, byte... bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(CSV.getBytes(cs));
        return out.toByteArray();
    }

    @Test
    void gbkAndUtf16TracesAreReadAndSaid() throws Exception {
        Path utf8 = scenario("utf8", CSV.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result plain = CliRunner.kefusim("validate", utf8.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("(trace: 3 chats inside the horizon)"), plain.out());
        assertFalse(plain.out().contains("not UTF-8"), plain.out());

        Path gbk = scenario("gbk", bytes(Charset.forName("GBK")));
        CliRunner.Result g = CliRunner.kefusim("validate", gbk.toString());
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().contains("(trace: 3 chats inside the horizon)"), g.out());
        assertTrue(g.out().contains("warning: " + gbk + ":7: demand.trace: tr.csv is not UTF-8 text: it was read as GBK (as Excel on a Chinese Windows saves a CSV), "
                + "and its rows run as read; to be sure of its type names, save it again as UTF-8 (Excel: Save As, \"CSV UTF-8\")"), g.out());
        CliRunner.Result gz = CliRunner.kefusim("validate", gbk.toString(), "--lang", "zh");
        assertTrue(gz.out().contains("警告：" + gbk + ":7: demand.trace: tr.csv 不是 UTF-8 文本：已按 GBK 编码读取"), gz.out());

        Path u16 = scenario("u16", bytes(StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        CliRunner.Result u = CliRunner.kefusim("validate", u16.toString());
        assertEquals(0, u.code(), u.err());
        assertTrue(u.out().contains("(trace: 3 chats inside the horizon)"), u.out());
        assertTrue(u.out().contains("demand.trace: tr.csv is not UTF-8 text: it was read as UTF-16LE"), u.out());
    }

    @Test
    void aTraceThatChangesEncodingIsRefusedAtItsLine() throws Exception {
        // UTF-8 for more than the 64 KB its encoding is told from, then a row saved as GBK
        StringBuilder head = new StringBuilder("time,type,messages\n");
        for (int i = 0; i < 2600; i++) head.append("2026-11-10 09:00:05,售前,1\n");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(head.toString().getBytes(StandardCharsets.UTF_8));
        mixed.write("2026-11-10 10:00:00,售后,1\n".getBytes(Charset.forName("GBK")));
        Path f = scenario("mixed", mixed.toByteArray());
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + f.getParent().resolve("tr.csv") + ":2602: bytes on this line are not UTF-8 text, though the file starts as UTF-8 (it may mix two encodings); "
                + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them", r.err().strip());
    }

    /**
     * tester24: a small file, UTF-8 for 20 rows and GBK after, decodes as GBK as a whole (UTF-8 Chinese is mostly valid
     * GBK), so it was read as GBK from the start and refused at line 2 with a mojibake type ('鍞墠'). Three Chinese
     * characters read as UTF-8 before the first byte that is not say the file starts as UTF-8: refused where it changes.
     */
    @Test
    void aSmallTraceThatChangesEncodingIsRefusedWhereItDoes() throws Exception {
        StringBuilder head = new StringBuilder("time,type,messages\n");
        for (int i = 0; i < 20; i++) head.append("2026-11-10 09:00:05,售前,1\n");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(head.toString().getBytes(StandardCharsets.UTF_8));
        mixed.write("2026-11-10 10:00:00,售后,1\n".getBytes(Charset.forName("GBK")));
        Path f = scenario("small-mixed", mixed.toByteArray());
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + f.getParent().resolve("tr.csv") + ":22: bytes on this line are not UTF-8 text, though the file starts as UTF-8 (it may mix two encodings); "
                + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them", r.err().strip());
    }

    @Test
    void aTypeNameReadInAnotherEncodingSaysWhichOne() throws Exception {
        // UTF-8 bytes that do not decode as UTF-8 as a whole, so read as GBK: the names are mojibake
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write("time,type,messages\n2026-11-10 09:00:05,售前,3\n".getBytes(StandardCharsets.UTF_8));
        mixed.write("2026-11-10 10:00:00,售后,1\n".getBytes(Charset.forName("GBK")));
        Path f = scenario("mojibake", mixed.toByteArray());
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, r.code(), r.err());
        String err = r.err().strip();
        assertTrue(err.startsWith("error: " + f.getParent().resolve("tr.csv") + ":2: type: unknown buyer type '鍞"), err);
        assertTrue(err.endsWith("' (the file was read as GBK text); allowed: 售前, 售后"), err);
    }
}
