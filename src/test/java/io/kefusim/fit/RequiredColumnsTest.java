package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A records file without a column its format needs is refused in one line naming the file, the
 * missing columns and the format, never read as if nobody gave up (no outcome) or every hang-up
 * were in the voice-response unit (no q_time): for fit and for backtest, which read the same records.
 */
class RequiredColumnsTest {
    @TempDir
    Path dir;

    static final String[] BANK = {
            "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver",
            "AA0101\t1\t23317894\t2\tPS\t990201\t8:09:16\t8:09:22\t6\t8:09:22\t8:09:27\t5\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER",
            "AA0101\t2\t23317895\t2\tPS\t990201\t8:10:16\t8:10:22\t6\t8:10:22\t8:11:27\t65\tAGENT\t8:11:27\t8:14:00\t153\tDORIT",
            "AA0101\t3\t23317896\t2\tPS\t990201\t8:20:16\t8:20:22\t6\t8:20:22\t8:20:52\t30\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER"};

    /** The bank's records without the named column. */
    Path without(String column) throws Exception {
        int drop = List.of(BANK[0].split("\t")).indexOf(column);
        List<String> lines = new ArrayList<>();
        for (String l : BANK) {
            List<String> cells = new ArrayList<>(List.of(l.split("\t")));
            cells.remove(drop);
            lines.add(String.join("\t", cells));
        }
        Path f = dir.resolve("no-" + column + ".tsv");
        Files.write(f, lines);
        return f;
    }

    static String header(String dropped) {
        List<String> h = new ArrayList<>(List.of(BANK[0].split("\t")));
        h.remove(dropped);
        return String.join(", ", h.subList(0, 12)) + ", ...";
    }

    @Test
    void aBankFileWithoutOutcomeOrQueueTimeIsRefusedWithFormatBank() throws Exception {
        for (String[] c : new String[][]{{"outcome", "outcome"}, {"q_time", "q_time (waited)"}, {"server", "server (agent)"}, {"ser_start", "ser_start (service_start)"}}) {
            Path f = without(c[0]);
            Path out = dir.resolve("out-" + c[0]);
            String en = "error: " + f + ":1: --format bank needs the column " + c[1] + ", missing from the header (" + header(c[0])
                    + "); allowed: a file with it, or --map FILE naming the columns it has\n";
            CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--format", "bank", "--out", out.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(en, r.err());
            r = CliRunner.kefusim("backtest", f.toString(), "--format", "bank", "--scenario", "scenarios/classroom-response-time.yaml", "--out", out.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(en, r.err(), "backtest: the one line, no warning before it");
            r = CliRunner.kefusim("fit", f.toString(), "--format", "bank", "--out", out.toString(), "--lang", "zh");
            assertEquals("错误：" + f + ":1: --format bank 需要列 " + c[1] + "，表头（" + header(c[0]).replace(", ", "、")
                    + "）中没有；允许：含这些列的文件，或用 --map FILE 说明已有的列\n", r.err());
            assertFalse(Files.exists(out), "no results folder");
        }
    }

    @Test
    void withoutFormatTheClosestFormatsMissingColumnsAreNamed() throws Exception {
        Path f = without("outcome");
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + f + ":1: the columns (" + header("outcome") + ") match no built-in format; closest: --format bank, which also needs outcome; "
                + "allowed: --format kefusim|kefusim-messages|bank|qianniu, or --map FILE naming your columns\n", r.err());
    }

    @Test
    void aMappedColumnOrAChatsOutcomeMissingIsRefused() throws Exception {
        Path map = dir.resolve("calls.yaml");
        Files.writeString(map, "kind: calls\ncolumns:\n  date: date\n  arrival_time: vru_exit\n  outcome: outcome\n  waited: q_time\n  agent: server\n"
                + "outcomes:\n  answered: [AGENT]\n  abandoned: [HANG]\n");
        Path f = without("server");
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--map", map.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: " + f + ":1: --map calls.yaml needs the column server (agent), missing from the header"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        // a 千牛 export with neither 接待状态 nor 首次响应时长 would be read as every chat abandoned
        Path q = dir.resolve("q.csv");
        Files.writeString(q, "咨询时间,客服\n2026/11/11 8:00:05,小王\n");
        r = CliRunner.kefusim("fit", q.toString(), "--format", "qianniu", "--out", dir.resolve("out").toString());
        assertEquals("error: " + q + ":1: --format qianniu needs the column 接待状态 (outcome) | 首次响应时长 (first_response), missing from the header (咨询时间, 客服); "
                + "allowed: a file with it, or --map FILE naming the columns it has\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")), "no results folder");
    }
}
