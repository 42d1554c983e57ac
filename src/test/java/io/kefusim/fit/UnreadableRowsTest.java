package io.kefusim.fit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fitM (tester24): rows a shop's export spoils are unreadable, counted and named, never read as something
 * they do not say. bank-30.tsv is the Anonymous Bank's first 30 calls of 1 February 1999 (25 AGENT, 5 HANG
 * after queueing; types PS, NW, NE).
 */
class UnreadableRowsTest {
    @TempDir
    Path dir;

    /** bank-30.tsv's lines (line 1 the header), each changed by {@code change} (file line → new text, or null to keep it). */
    private Path bank(String name, java.util.function.BiFunction<Integer, String, String> change) throws Exception {
        List<String> lines;
        try (InputStream in = UnreadableRowsTest.class.getResourceAsStream("bank-30.tsv")) {
            lines = new ArrayList<>(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        for (int i = 0; i < lines.size(); i++) {
            String c = change.apply(i + 1, lines.get(i));
            if (c != null) lines.set(i, c);
        }
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static String cell(String line, int column, String value) {
        String[] c = line.split("\t", -1);
        c[column] = value;
        return String.join("\t", c);
    }

    /** Item 1: a HANG row cut to its first 8 values and a HANG row with its outcome emptied were read as two answered calls. */
    @Test
    void aRowCutShortAndAnEmptyOutcomeAreUnreadableNotAnswered() throws Exception {
        Path f = bank("cut.tsv", (n, l) -> n == 5 ? String.join("\t", Arrays.copyOf(l.split("\t"), 8)) : n == 16 ? cell(l, 12, "") : null);
        Fit.Read read = Fit.read(List.of(f), null, null);
        Fitter fit = read.fitter();
        assertEquals(2, fit.skipped());
        assertEquals(28, fit.records());
        assertEquals(25, fit.answered); // before: 27, the two hang-ups among them
        assertEquals(3, fit.abandoned);
        assertEquals(List.of("cut.tsv:5: 8 of the header's 17 values (the row is cut short, from column 'vru_time' on); allowed: a value for every column of the header (an empty one still separated)",
                "cut.tsv:16: column 'outcome' (outcome): empty; allowed: agent, hang, phantom"), read.badRows());
        assertEquals("cut.tsv:5: 只有 8 个值，表头有 17 列（这一行被截断，从列 'vru_time' 起缺失）；允许：表头的每一列都有值（空值也要用分隔符隔开）", read.badRowsZh().get(0));
        assertEquals("cut.tsv:16: 列 'outcome'（outcome）：为空；允许：agent、hang、phantom", read.badRowsZh().get(1));
    }

    /** Item 2: an empty type cell became a buyer type "chat" of its own. */
    @Test
    void anEmptyTypeIsUnreadableNeverAMadeUpType() throws Exception {
        Path f = bank("type.tsv", (n, l) -> n == 25 ? cell(l, 4, "") : null);
        Fit.Read read = Fit.read(List.of(f), null, null);
        assertEquals(1, read.fitter().skipped());
        assertEquals(29, read.fitter().records());
        assertEquals(Set.of("PS", "NW", "NE"), read.fitter().arrivalsByTypeHour.keySet()); // before: "chat" too
        assertTrue(read.badRows().get(0).startsWith("type.tsv:25: column 'type' (type): empty; allowed: the buyer type, as the other rows name it"), read.badRows().get(0));
    }

    /** Item 2 in a 千牛 export (GBK, as the shop's tool writes it): one empty 咨询类型. */
    @Test
    void anEmptyTypeInAQianniuExportIsUnreadable() throws Exception {
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长,买家消息数,接待状态,咨询类型\r\n");
        for (int i = 0; i < 12; i++) {
            csv.append(String.format("2026-11-07 %02d:%02d:00,小王,%d,%d,%s,%s\r\n", 9 + i / 4, (i % 4) * 15, 20 + i, 1 + i % 3,
                    i == 5 ? "未接待" : "已接待", i == 7 ? "" : i % 2 == 0 ? "售前" : "售后"));
        }
        Path f = dir.resolve("qn.csv");
        Files.write(f, csv.toString().getBytes(java.nio.charset.Charset.forName("GBK")));
        Fit.Read read = Fit.read(List.of(f), null, null);
        assertEquals(1, read.fitter().skipped());
        assertEquals(Set.of("售前", "售后"), read.fitter().arrivalsByTypeHour.keySet()); // before: "chat" too
        assertTrue(read.badRowsZh().get(0).startsWith("qn.csv:9: 列 '咨询类型'（type）：为空；允许：买家类型"), read.badRowsZh().get(0));
    }

    /** Item 4: an empty date was day 0, 1 January 1970, and the file was refused as running from 1970. */
    @Test
    void anEmptyDateIsAnUnreadableRowNot1970() throws Exception {
        Path f = bank("date.tsv", (n, l) -> n == 18 ? cell(l, 5, "") : null);
        Fit.Read read = Fit.read(List.of(f), null, null);
        assertEquals(1, read.fitter().skipped());
        assertEquals(29, read.fitter().records());
        assertEquals("date.tsv:18: column 'date' (date): empty; a date is needed: yymmdd (990201), yyyymmdd or 2026-11-11", read.badRows().get(0));
        assertEquals(java.time.LocalDate.of(1999, 2, 1), read.fitter().arrivalsByDate().firstKey());
    }

    /** Item 4: blank lines (one in the middle, an export's trailing one, CRLF) are skipped as a trace skips them; lines after them keep their numbers. */
    @Test
    void blankLinesAreSkippedNotUnreadable() throws Exception {
        String csv = "咨询时间,客服,首次响应时长,买家消息数,接待状态\r\n"
                + "2026-11-07 09:00:00,小王,20,2,已接待\r\n"
                + "\r\n"
                + "2026-11-07 09:10:00,小王,30,1,已接待\r\n"
                + "  \r\n"
                + "2026-11-07 25:10:00,小王,30,1,已接待\r\n" // line 6: no such time
                + "2026-11-07 09:20:00,小李,40,3,未接待\r\n"
                + "\r\n";
        Path f = dir.resolve("blank.csv");
        Files.writeString(f, csv);
        Fit.Read read = Fit.read(List.of(f), null, null);
        assertEquals(1, read.fitter().skipped()); // before: 4, three blank lines among them
        assertEquals(3, read.fitter().records());
        assertTrue(read.badRows().get(0).startsWith("blank.csv:6: column '咨询时间' (arrival): '2026-11-07 25:10:00'"), read.badRows().get(0));
    }
}
