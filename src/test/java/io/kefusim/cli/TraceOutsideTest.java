package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trace rows before the run's start or after its end are never replayed: said at demand.trace
 * (how many of how many, and their dates), wherever the answer goes, and --strict refuses it.
 * The example trace (1,813 rows, 2026-11-10 20:00 to 2026-11-11 02:00) moved part or all of the way.
 */
class TraceOutsideTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String TRACE_LINE = "  trace: traces/synthetic-double11-eve.csv";

    @TempDir
    Path dir;
    String scenario;
    List<String> trace;

    @BeforeEach
    void read() throws IOException {
        scenario = Files.readString(Path.of("scenarios/trace-replay.yaml"));
        trace = Files.readAllLines(Path.of("scenarios/traces/synthetic-double11-eve.csv"));
    }

    /** The example with its trace's times moved by {@code move}, as {@code name}.yaml beside {@code name}.csv. */
    private Path moved(String name, UnaryOperator<LocalDateTime> move) throws IOException {
        List<String> rows = new ArrayList<>(List.of(trace.get(0)));
        for (String row : trace.subList(1, trace.size())) {
            int comma = row.indexOf(',');
            LocalDateTime t = LocalDateTime.parse(row.substring(0, comma).replace(' ', 'T'));
            rows.add(move.apply(t).format(TIME) + row.substring(comma));
        }
        Files.write(dir.resolve(name + ".csv"), rows);
        Path f = dir.resolve(name + ".yaml");
        assertTrue(scenario.contains(TRACE_LINE + "\n"));
        Files.writeString(f, scenario.replace(TRACE_LINE, "  trace: " + name + ".csv"));
        return f;
    }

    private static final LocalDateTime ELEVEN = LocalDateTime.parse("2026-11-10T23:00");

    @Test
    void rowsAfterTheEndAreCountedAndSaidAtTheTrace() throws Exception {
        // the tester's partial case: the rows from 23:00 on moved a day later, 879 of 1,813 dropped
        Path f = moved("late", t -> t.isBefore(ELEVEN) ? t : t.plusDays(1));
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        // the warning first, the verdict after it and counting it: a reader who stops at "valid" has read the warning
        assertEquals("warning: " + f + ":12: demand.trace: 879 of the trace's 1,813 rows lie outside the run (2026-11-10 20:00 – 2026-11-11 02:00): "
                + "879 after its end (2026-11-11 – 2026-11-12); they are not replayed, so the run replays only 934 chats: "
                + "correct the trace's dates, or the scenario's start and horizon\n"
                + f + " is valid (trace: 934 chats inside the horizon), with 1 warning (above)\n", v.out().replace("\r\n", "\n"));
        CliRunner.Result zh = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertTrue(zh.out().startsWith("警告：" + f + ":12: "), zh.out());
        assertTrue(zh.out().replace("\r\n", "\n").endsWith("\n" + f + " 校验通过（轨迹：时间范围内有 934 个咨询），有 1 条警告（见上）\n"), zh.out());
        assertTrue(zh.out().contains("警告：" + f + ":12: demand.trace: 记录文件 1,813 行中有 879 行不在模拟时段（2026-11-10 20:00 – 2026-11-11 02:00）内："
                + "879 行在结束之后（2026-11-11 – 2026-11-12）；这些行不会回放，只回放 934 个咨询：请改正记录中的日期，或方案的 start 和 horizon"), zh.out());
        // --strict refuses it as any warning
        Path out = dir.resolve("strict");
        CliRunner.Result strict = CliRunner.kefusim("run", f.toString(), "--strict", "--replications", "2", "--out", out.toString());
        assertEquals(2, strict.code(), strict.out());
        assertTrue(strict.err().contains("error: " + f + ": --strict: 1 warning, so nothing was run"), strict.err()); // money9: not "1 warnings"
        assertFalse(Files.exists(out));
        CliRunner.Result zhStrict = CliRunner.kefusim("validate", f.toString(), "--strict", "--lang", "zh");
        assertTrue(zhStrict.err().contains("--strict: 有 1 条警告，因此没有运行"), zhStrict.err());
        // run says the one warning in the singular too
        CliRunner.Result run = CliRunner.kefusim("run", f.toString(), "--replications", "2", "--out", dir.resolve("one").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("⚠ 1 warning about the scenario: listed above"), run.out());
        assertFalse(run.out().contains("1 warnings"), run.out());
    }

    @Test
    void aTraceWhollyOutsideIsTheSameWarningAndTravelsToTheRunsFiles() throws Exception {
        // every row two days later: nothing inside, the run is of an empty desk; said, not refused
        Path f = moved("later", t -> t.plusDays(2));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String said = "none of the trace's 1,813 rows lies inside the run (2026-11-10 20:00 – 2026-11-11 02:00): 1,813 after its end (2026-11-12 – 2026-11-13); "
                + "no buyer arrives, so every figure is of an empty desk: correct the trace's dates, or the scenario's start and horizon";
        assertTrue(r.err().contains("warning: " + f + ":12: demand.trace: " + said), r.err());
        Path run;
        try (Stream<Path> l = Files.list(out.resolve("trace-replay-double11-eve"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        for (String json : List.of("summary.json", "run.json")) {
            JsonNode w = JSON.readTree(run.resolve(json).toFile()).get("warnings").get(0);
            assertEquals("demand.trace_outside", w.get("code").asText(), json);
            assertEquals("demand.trace", w.get("where").get("key").asText());
            assertEquals(12, w.get("where").get("line").asInt());
            assertEquals("2026-11-12", w.get("date").asText());
            assertEquals(said, w.get("message").asText());
            assertTrue(w.get("message_zh").asText().startsWith("记录文件的 1,813 行都不在模拟时段"), w.toString());
        }
        assertTrue(Files.readString(run.resolve("report.html")).contains("[demand.trace_outside]"));
    }

    @Test
    void rowsBeforeTheStartAreSaidWithTheirDate() throws Exception {
        // the run starts two hours into the trace: its first 678 rows (20:00-22:00) are skipped
        Path f = moved("early", t -> t);
        Files.writeString(f, Files.readString(f).replace("start: 2026-11-10T20:00", "start: 2026-11-10T22:00"));
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("（轨迹：时间范围内有 1135 个咨询）"), v.out());
        assertTrue(v.out().contains("demand.trace: 记录文件 1,813 行中有 678 行不在模拟时段（2026-11-10 22:00 – 2026-11-11 04:00）内：678 行在开始之前（2026-11-10）；"
                + "这些行不会回放，只回放 1,135 个咨询"), v.out());
        // the example itself: every row inside, nothing said
        CliRunner.Result clean = CliRunner.kefusim("validate", "scenarios/trace-replay.yaml", "--strict");
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertEquals("scenarios/trace-replay.yaml is valid (trace: 1813 chats inside the horizon)\n", clean.out().replace("\r\n", "\n"));
    }

    @Test
    void aRowOutOfOrderPastTheEndIsTheTracesErrorNotSilence() throws Exception {
        // the tester's x2: 2026-11-10 changed to 2026-11-12 and 2026-11-11 left, so the rows run backwards at line 1,152;
        // a run stopped reading at the first row past its end and said nothing (0 chats); the trace is now read to its end
        Path f = moved("backwards", t -> t.toLocalDate().toString().equals("2026-11-10") ? t.plusDays(2) : t);
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, v.code(), v.out());
        assertTrue(v.err().contains("backwards.csv:1152: time: '2026-11-11 00:00:14.955' is earlier than the row before; rows must be in time order"), v.err());
    }
}
