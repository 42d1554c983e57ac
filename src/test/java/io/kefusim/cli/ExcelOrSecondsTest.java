package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tester26: a trace in seconds from the start whose first value is near 46,000 was read as Excel date-time numbers, as
 * the trace's first number decided: secs.csv (46100.0 … 100083.1 s, a run from 2026-11-10 20:00 for 48 h) was refused
 * at its row 884 ("'100083.1' is not an Excel date-time number, as the trace's first, 46100.0, is"), and secs3.csv
 * (7 rows, 46100–46402.6 s) was "valid" with every row outside the run (2026-03-19 … 2027-01-15). The whole column decides now.
 */
class ExcelOrSecondsTest {
    private static final Path DIR = Path.of("src/test/resources/io/kefusim/trace26");

    @TempDir
    Path dir;

    @Test
    void secondsThatPassFiveDigitsAreSeconds() {
        CliRunner.Result v = CliRunner.kefusim("validate", DIR.resolve("secs.yaml").toString());
        assertEquals(0, v.code(), v.err());
        // not "told": 100083.1 is no Excel date, so the column is plainly seconds, as before a trace whose first was 98
        assertTrue(v.out().endsWith(DIR.resolve("secs.yaml") + " is valid (trace: 1713 chats inside the horizon), with 4 warnings (above)\n"), v.out());
        // one repeated row counted against the rows replayed ("1 of the 1 rows" named the repeat twice, fixN)
        assertTrue(v.out().contains("demand.trace: 1 of the 1,713 rows of secs.csv the run replays repeats an earlier row exactly"), v.out());
    }

    @Test
    void secondsThatAllReadAsDatesOutsideTheRunAreSecondsAndSaidSo() {
        CliRunner.Result v = CliRunner.kefusim("validate", DIR.resolve("secs3.yaml").toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().endsWith(DIR.resolve("secs3.yaml") + " is valid (trace: 7 chats inside the horizon; its times read as seconds from the start: "
                + "read as Excel date-time numbers, none would lie inside the run), with 3 warnings (above)\n"), v.out());
        assertTrue(!v.out().contains("none of the trace's 7 rows lies inside the run"), v.out());
        CliRunner.Result zh = CliRunner.kefusim("validate", DIR.resolve("secs3.yaml").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("校验通过（轨迹：时间范围内有 7 个咨询；时间按从开始起的秒数读取：若按 Excel 日期时间数值读取，没有一条落在模拟时段内），有 3 条警告"), zh.out());
    }

    /** An Excel trace is read as today (t18-serial.csv: 40 rows of 2026-11-11 00:01–01:51), and validate now names the reading. */
    @Test
    void excelNumbersInsideTheRunStayExcel() {
        Path b1d = Path.of("src/test/resources/io/kefusim/trace24/b1d.yaml");
        CliRunner.Result v = CliRunner.kefusim("validate", b1d.toString(), "--set", "demand.trace=t18-serial.csv");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("b1d.yaml is valid (trace: 40 chats inside the horizon; its times read as Excel date-time numbers, days since 1899-12-30)"), v.out());
    }
}
