package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Overlapping exports (data11): a row repeated exactly, in another file or the same one, is counted once and
 * said with its count (console, fit.json, fit.html); the same file given twice is refused in one line. Before,
 * {@code fit w1.tsv w1.tsv} fitted 17,896 records and doubled the arrival pattern without a word.
 */
class RepeatedRecordsTest {
    @TempDir
    Path dir;

    /** Day 1 (60 calls), and a second export holding day 1's last 20 calls again and day 2's 60. */
    private List<Path> overlapping() throws Exception {
        List<String> day1 = RealExportsTest.calls(new String[]{"PS"}, 60, 300, 120, "990201").lines().toList();
        List<String> day2 = RealExportsTest.calls(new String[]{"PS"}, 60, 300, 120, "990202").lines().toList();
        List<String> second = new ArrayList<>(List.of(day1.get(0)));
        second.addAll(day1.subList(41, 61));
        second.addAll(day2.subList(1, 61));
        Path a = dir.resolve("jan.tsv"), b = dir.resolve("feb.tsv");
        Files.write(a, day1);
        Files.write(b, second);
        return List.of(a, b);
    }

    @Test
    void rowsRepeatedAcrossExportsAreCountedOnceAndSaid() throws Exception {
        List<Path> files = overlapping();
        Fit.Read read = Fit.read(files, null, null);
        assertEquals(120, read.fitter().records(), "60 calls a day for two days, not 140");

        CliRunner.Result r = CliRunner.kefusim("fit", files.get(0).toString(), files.get(1).toString(), "--name", "two", "--out", dir.resolve("out").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Fitted 120 records"), r.out());
        assertTrue(r.err().contains("notice: feb.tsv: 20 rows repeat a row read before exactly (every cell the same; overlapping exports?): each counted once"), r.err());
        Path fit;
        try (var l = Files.list(dir.resolve("out/two-fit"))) {
            fit = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode j = new ObjectMapper().readTree(fit.resolve("fit.json").toFile());
        assertTrue(j.get("notices").toString().contains("feb.tsv: 20 rows repeat a row read before exactly"), j.get("notices").toString());
        assertTrue(j.get("notices_zh").toString().contains("feb.tsv：20 行与之前读过的某行完全相同"), j.get("notices_zh").toString());
        assertTrue(Files.readString(fit.resolve("fit.html")).contains("20 rows repeat a row read before exactly"));

        CliRunner.Result zh = CliRunner.kefusim("fit", files.get(0).toString(), files.get(1).toString(), "--name", "two", "--out", dir.resolve("out").toString(), "--threads", "2", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("提示：feb.tsv：20 行与之前读过的某行完全相同（每一格都相同；导出的时段有重叠？）：各只计一次"), zh.err());
    }

    @Test
    void rowsRepeatedInOneFileAreCountedOnce() throws Exception {
        List<String> day1 = new ArrayList<>(RealExportsTest.calls(new String[]{"PS"}, 60, 300, 120, "990201").lines().toList());
        day1.addAll(day1.subList(1, 11));
        Path f = dir.resolve("one.tsv");
        Files.write(f, day1);
        Fit.Read read = Fit.read(List.of(f), null, null);
        assertEquals(60, read.fitter().records());
        assertTrue(read.notices().stream().anyMatch(n -> n.key().equals("fn_duplicates")), read.notices().toString());
    }

    @Test
    void theSameFileTwiceIsOneErrorLine() throws Exception {
        Path a = overlapping().get(0);
        Path again = dir.resolve(".").resolve("jan.tsv"); // another path to the same file
        CliRunner.Result r = CliRunner.kefusim("fit", a.toString(), again.toString(), "--name", "dup", "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("(records file 2) is the same file as " + a + " (records file 1)") && r.err().contains("allowed: each records file once"), r.err());
        assertFalse(Files.exists(dir.resolve("out/dup-fit")), "nothing written");
    }
}
