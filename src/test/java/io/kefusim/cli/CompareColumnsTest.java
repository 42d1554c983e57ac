package io.kefusim.cli;

import io.kefusim.report.Columns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * compare's console table: a cell as wide as its column ran into its neighbour, one space between
 * ("94.1% within 2 min 56.8% within 30 s (not compared)"). Now at least two spaces part every cell, and the rows line
 * up on a terminal in both languages (a Chinese character two columns wide).
 */
class CompareColumnsTest {
    @TempDir
    Path dir;

    @Test
    void longCellsArePartedByTwoSpacesAndRowsLineUp() throws Exception {
        String text = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        Path f = dir.resolve("tgt.yaml");
        Files.writeString(f, text.substring(0, text.indexOf("variants:"))
                + "variants:\n  - name: fifth-in-30s\n    set:\n      \"roster[0].agents\": 5\n      service_level_target: 30s\n");
        for (String lang : List.of("en", "zh")) {
            CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "2", "--out", dir.resolve(lang).toString(), "--lang", lang);
            assertEquals(0, r.code(), r.err());
            List<String> table = r.out().lines().dropWhile(l -> !l.startsWith("  figure") && !l.startsWith("  指标")).takeWhile(l -> !l.isBlank()).toList();
            assertEquals(17, table.size(), r.out());
            int width = Columns.width(table.get(0));
            for (String row : table) assertEquals(width, Columns.width(row), "every row ends at the same column:\n" + String.join("\n", table));
            if (lang.equals("en")) {
                assertEquals("  Service level (each plan within its own target)              94.1% within 2 min  56.8% within 30 s (not compared)", table.get(1));
            } else {
                assertEquals("  服务水平（各方案按自身目标）                                 94.1%（2分钟内）    56.8%（30秒内）（不作比较）", table.get(1));
            }
        }
    }
}
