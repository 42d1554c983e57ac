package io.kefusim.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench --report} writes a whole run folder as {@code kefusim run} does (every file of a
 * run but run.json's timing keys), times it, and leaves nothing behind in the temporary folder.
 */
class BenchReportTest {

    @Test
    void timesTheWholeRunFolderAndCleansUp() throws Exception {
        long before = leftovers();
        CliRunner.Result r = CliRunner.kefusim("bench", "--report", "--scenario", "scenarios/small-shop-ordinary-day.yaml",
                "--repeat", "2", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        Matcher first = Pattern.compile("first write \\(cold, as in a fresh kefusim run\\): [0-9.]+ s for (\\d+) files").matcher(r.out());
        assertTrue(first.find(), r.out());
        // summary.json, run.json, scenario.yaml, four CSV files, results.xlsx, report.html and the charts
        assertTrue(Integer.parseInt(first.group(1)) >= 10 + 6, "the whole folder is written: " + r.out());
        assertTrue(r.out().contains("1 later writes: median"), r.out());
        assertEquals(before, leftovers(), "the temporary run folders are deleted");

        CliRunner.Result zh = CliRunner.kefusim("bench", "--report", "--scenario", "scenarios/small-shop-ordinary-day.yaml",
                "--repeat", "1", "--threads", "1", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("首次写出（冷启动"), zh.out());

        CliRunner.Result bad = CliRunner.kefusim("bench", "--report", "--repeat", "0");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("--repeat") && bad.err().contains("1 or more"), bad.err());
        CliRunner.Result cluster = CliRunner.kefusim("bench", "--report", "--cluster", "127.0.0.1:5701");
        assertEquals(2, cluster.code(), cluster.out());
        assertTrue(cluster.err().contains("leave out --cluster"), cluster.err());
    }

    private static long leftovers() throws Exception {
        try (Stream<Path> l = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return l.filter(p -> p.getFileName().toString().startsWith("kefusim-report-bench")).count();
        }
    }
}
