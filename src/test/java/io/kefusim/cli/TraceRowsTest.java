package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tester24's trace on the way into the model: a 2-hour run replaying tr-base.csv (40 rows, 22 presale and
 * 18 aftersale, every row giving its type and message count), one group g1 of 3 agents.
 */
class TraceRowsTest {
    static final Path DIR = Path.of("src/test/resources/io/kefusim/trace24");
    static final String B = DIR.resolve("b.yaml").toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aTypeNobodyServesIsCountedByTheTracesRowsNotTheMix() {
        String said = "warning: " + B + ":8: demand.trace: 'aftersale' buyers (18 of the 40 chats the trace replays, 45%) need an agent, "
                + "but no agent group lists 'aftersale' in its skills: every one of them will wait and leave unanswered; add it to a group's skills "
                + "(the trace's rows give their types, so demand.mix does not send them)";
        CliRunner.Result v = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains(said), v.out());
        assertFalse(v.out().contains("30%"), v.out()); // the mix's share, which no row follows
        // the old advice followed (the mix gives aftersale 0): the 18 rows still come, and are still said
        CliRunner.Result mix0 = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]", "--set", "demand.mix.presale=1", "--set", "demand.mix.aftersale=0");
        assertTrue(mix0.out().contains(said), mix0.out());
        CliRunner.Result zh = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]", "--lang", "zh");
        assertTrue(zh.out().contains("demand.trace: 买家类型“aftersale”（记录回放的 40 个咨询中的 18 个，45%）需要人工接待，但没有任何客服组的技能包含“aftersale”"), zh.out());
        // a type only the mix names, with no row of it, brings no buyer: not warned as unserved
        CliRunner.Result compl = CliRunner.kefusim("validate", B, "--set", "demand.mix.presale=0.5", "--set", "demand.mix.complaint=0.2");
        assertEquals(0, compl.code(), compl.err());
        assertFalse(compl.out().contains("coverage.type_unserved") || compl.out().contains("'complaint' buyers ("), compl.out());
    }

    @Test
    void whatATraceThatTypesAndSizesEveryRowLeavesUnreadIsSaidInEveryOutput() throws Exception {
        // tester24: the mix and a type's messages changed, and the same console, summary and warnings: [] as without
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", B, "--set", "buyers.presale.messages.mean=50", "--set", "demand.mix.presale=0.1",
                "--set", "demand.mix.aftersale=0.9", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String mix = "every one of the 40 rows of tr-base.csv the run replays gives its buyer type, so demand.mix changes nothing (it types only rows that give none); "
                + "delete it, or leave the type cell empty on rows whose type the mix should draw";
        String messages = "every one of the 40 rows of tr-base.csv the run replays gives its message count, so these change nothing: buyers.presale.messages, "
                + "buyers.aftersale.messages; delete them, or leave the messages cell empty on rows whose count should be drawn";
        assertTrue(r.err().contains("warning: " + B + ":9: demand.mix: " + mix), r.err());
        assertTrue(r.err().contains("warning: " + B + ":13: buyers.presale.messages: " + messages), r.err());
        assertTrue(r.out().contains("2 warnings about the scenario"), r.out());
        Path run = CliRunner.newestRun(out.resolve("t24-b"));
        JsonNode w = JSON.readTree(run.resolve("summary.json").toFile()).get("warnings");
        assertEquals(2, w.size(), w.toString());
        assertEquals("inputs.unread", w.get(0).get("code").asText());
        assertEquals("demand.mix", w.get(0).get("where").get("key").asText());
        assertEquals(mix, w.get(0).get("message").asText());
        assertEquals("buyers.presale.messages", w.get(1).get("where").get("key").asText());
        assertTrue(w.get(1).get("message_zh").asText().startsWith("tr-base.csv 中回放的 40 行都给出了消息条数，因此这些设置不起作用：buyers.presale.messages、buyers.aftersale.messages"), w.toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("[inputs.unread]"));
        // a type written under buyers that no row names brings no buyer; its defaults are not warned of either
        CliRunner.Result zh = CliRunner.kefusim("validate", DIR.resolve("b-compl.yaml").toString(), "--lang", "zh");
        assertTrue(zh.out().contains(":23: buyers.complaint: tr-base.csv 中回放的 40 行都给出了类型，却没有一行是“complaint”买家，因此 buyers.complaint 不会带来任何买家"), zh.out());
        assertTrue(zh.out().contains("有 3 条警告"), zh.out());
        // a trace that types and sizes only some rows reads the mix and the messages for the others: nothing said
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(DIR.resolve("tr-base.csv")));
        rows.set(1, "2026-11-11 00:01:38,,");
        Files.write(dir.resolve("some.csv"), rows);
        Files.writeString(dir.resolve("some.yaml"), Files.readString(DIR.resolve("b.yaml")).replace("trace: tr-base.csv", "trace: some.csv"));
        CliRunner.Result some = CliRunner.kefusim("validate", dir.resolve("some.yaml").toString());
        assertTrue(some.out().endsWith("some.yaml is valid (trace: 40 chats inside the horizon)\n") || some.out().endsWith("some.yaml is valid (trace: 40 chats inside the horizon)\r\n"), some.out());
    }

    @Test
    void anEmptyTraceIsSaidAndStaffRefusesIt() throws Exception {
        // a header only, or a header and blank lines: "valid", 0 buyers and warnings: [], and staff "met the goal" at NaN%
        String empty = "warning: --set: demand.trace: hdronly.csv has no rows (a header and nothing else), so no buyer arrives in the run "
                + "(2026-11-11 00:00 – 2026-11-11 02:00) and every figure is of an empty desk: give the trace its rows, or use a pattern\n";
        CliRunner.Result v = CliRunner.kefusim("validate", B, "--set", "demand.trace=hdronly.csv");
        assertEquals(0, v.code(), v.err());
        assertEquals(empty + B + " is valid (trace: 0 chats inside the horizon), with 1 warning (above)\n", v.out().replace("\r\n", "\n"));
        CliRunner.Result blank = CliRunner.kefusim("validate", B, "--set", "demand.trace=hdrblank.csv", "--lang", "zh");
        assertTrue(blank.out().startsWith("警告：--set: demand.trace: hdrblank.csv 没有数据行（只有表头），模拟时段（2026-11-11 00:00 – 2026-11-11 02:00）内没有买家咨询"), blank.out());
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", B, "--set", "demand.trace=hdronly.csv", "--replications", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode w = JSON.readTree(CliRunner.newestRun(out.resolve("t24-b")).resolve("summary.json").toFile()).get("warnings");
        assertEquals(1, w.size(), w.toString());
        assertEquals("demand.trace_empty", w.get(0).get("code").asText());
        assertEquals("2026-11-11", w.get(0).get("date").asText());
        // staff: one line, exit 2, nothing written
        Path staffOut = dir.resolve("staff");
        CliRunner.Result st = CliRunner.kefusim("staff", B, "--set", "demand.trace=hdronly.csv", "--target", "service-level>=0.8", "--replications", "3", "--out", staffOut.toString());
        assertEquals(2, st.code(), st.out());
        assertEquals("error: --set: demand.trace: hdronly.csv has no rows (a header and nothing else), so no buyer arrives in the run (2026-11-11 00:00 – 2026-11-11 02:00): "
                + "there are no buyers to staff for; give the trace its rows\n", st.err().replace("\r\n", "\n"));
        assertEquals("", st.out());
        assertFalse(Files.exists(staffOut));
        // a trace wholly outside the run is refused the same way (it too "met the goal" with NaN%)
        CliRunner.Result late = CliRunner.kefusim("staff", B, "--set", "start=2026-11-13T00:00", "--target", "service-level>=0.8", "--replications", "3",
                "--out", staffOut.toString(), "--lang", "zh");
        assertEquals(2, late.code(), late.out());
        assertEquals("错误：" + B + ":8: demand.trace: tr-base.csv 的 40 行都不在模拟时段（2026-11-13 00:00 – 2026-11-13 02:00）内，没有买家咨询：没有需要排班接待的买家；"
                + "请改正记录中的日期，或方案的 start 和 horizon\n", late.err().replace("\r\n", "\n"));
    }

    @Test
    void rowsThatRepeatAnEarlierRowExactlyAreReplayedAndSaid() throws Exception {
        // t10-dup.csv: tr-base.csv with its first 10 rows each written twice: 50 buyers, said in every output
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", B, "--set", "demand.trace=t10-dup.csv", "--replications", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String said = "10 of the 50 rows of t10-dup.csv the run replays repeat an earlier row exactly (every cell the same), and each is replayed as another buyer: "
                + "two exports that overlap? Two buyers can arrive in the same second, so they are kept; if they are one chat written twice, delete the repeats";
        assertTrue(r.err().startsWith("warning: --set: demand.trace: " + said + "\n") || r.err().startsWith("warning: --set: demand.trace: " + said + "\r\n"), r.err());
        assertTrue(r.out().contains("Buyers who opened a chat                                     50"), r.out()); // still replayed
        Path run = CliRunner.newestRun(out.resolve("t24-b"));
        JsonNode w = JSON.readTree(run.resolve("summary.json").toFile()).get("warnings").get(0);
        assertEquals("demand.trace_repeated", w.get("code").asText());
        assertEquals(said, w.get("message").asText());
        assertTrue(w.get("message_zh").asText().startsWith("t10-dup.csv 中回放的 50 行里有 10 行与前面某一行完全相同（每个单元格都一样）"), w.toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("[demand.trace_repeated]"));
        // the same second, type and count written once each is no repeat: tr-base.csv says nothing of it
        assertFalse(CliRunner.kefusim("validate", B).out().contains("repeat"));
    }

    @Test
    void excelDateTimeNumbersAreReadAsDateTimesAsFitReadsThem() throws Exception {
        // t18-serial.csv is tr-base.csv with its times as Excel numbers (46337.00113426 for 2026-11-11 00:01:38): read before as
        // seconds from the start, all 40 buyers came at about 12:52, when nobody is on shift; now the same run as tr-base.csv's
        String b1d = DIR.resolve("b1d.yaml").toString();
        CliRunner.Result serial = CliRunner.kefusim("run", b1d, "--set", "demand.trace=t18-serial.csv", "--replications", "2", "--out", dir.resolve("a").toString());
        CliRunner.Result dated = CliRunner.kefusim("run", b1d, "--replications", "2", "--out", dir.resolve("b").toString());
        assertEquals(0, serial.code(), serial.err());
        String figures = dated.out().substring(0, dated.out().indexOf("Results written to"));
        assertTrue(figures.contains("Accepted by an agent                                         40"), figures);
        assertEquals(figures, serial.out().substring(0, serial.out().indexOf("Results written to")));
        // a trace of seconds from the start stays one, whatever some of its values look like (the whole column decides: ExcelOrSecondsTest)
        Files.write(dir.resolve("secs.csv"), List.of("time,type", "98,presale", "46337.5,presale"));
        Files.writeString(dir.resolve("secs.yaml"), Files.readString(DIR.resolve("b1d.yaml")).replace("trace: tr-base.csv", "trace: secs.csv"));
        CliRunner.Result secs = CliRunner.kefusim("validate", dir.resolve("secs.yaml").toString());
        assertTrue(secs.out().contains("is valid (trace: 2 chats inside the horizon)"), secs.out());
        // an Excel trace with a later number that is not one: the column is seconds (tester26), and the row out of order says why
        Files.write(dir.resolve("mixed.csv"), List.of("time,type", "46337.00113426,presale", "130,presale"));
        Files.writeString(dir.resolve("mixed.yaml"), Files.readString(DIR.resolve("b1d.yaml")).replace("trace: tr-base.csv", "trace: mixed.csv"));
        CliRunner.Result mixed = CliRunner.kefusim("validate", dir.resolve("mixed.yaml").toString());
        assertEquals(2, mixed.code(), mixed.out());
        assertTrue(mixed.err().startsWith("error: " + dir.resolve("mixed.csv") + ":3"), mixed.err());
        assertTrue(mixed.err().contains("time: '130' is earlier than the row before; rows must be in time order (the trace's times are read as seconds from the start, "
                + "as its 130 at line 3 is no Excel date-time number near the run, though its first, 46337.00113426, is one: in a trace of Excel numbers, make every time one)"), mixed.err());
        assertEquals(1, mixed.err().strip().lines().count(), mixed.err());
    }
}
