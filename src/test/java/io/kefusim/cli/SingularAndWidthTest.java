package io.kefusim.cli;

import io.kefusim.report.Columns;
import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One thread, one chat and one replication in the singular; sweep's Chinese "none" without "为"; compare's columns by content width. */
class SingularAndWidthTest {
    @TempDir
    Path dir;

    @Test
    void oneIsSaidInTheSingular() {
        Text en = new Text("en");
        assertEquals("Running 10 replications of shop on 1 thread", en.get("running_one_thread", 10, "shop"));
        assertEquals("Running 1 replication of shop on 2 threads", en.get("running_one", "shop", 2));
        assertEquals("Running 1 replication of shop on 1 thread", en.get("running_one_one", "shop"));
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m", "--messages", "4");
        assertTrue(r.out().startsWith("Model: chat desk, up to 1 chat per agent at once,"), r.out());
        CliRunner.Result four = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "8m", "--concurrency", "4");
        assertTrue(four.out().startsWith("Model: chat desk, up to 4 chats per agent at once,"), four.out());
    }

    @Test
    void aSweepsChineseVerdictWithNoValueSaysNoneWithoutACopula() {
        CliRunner.Result zh = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=2..3", "--vary", "costs.rest_day_factor=1..2",
                "--replications", "2", "--lang", "zh", "--out", dir.toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("取值：“成本·休息日加班倍数” = 1 时：无；“成本·休息日加班倍数” = 2 时：无。"), zh.out());
        assertFalse(zh.out().contains("为 无"), zh.out());
    }

    @Test
    void comparesColumnsAreAsWideAsTheirWidestCellInBothLanguages() throws Exception {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/classroom-response-time.yaml")).replace("name: fifth-agent", "name: 第五位客服-一位新来的全职同事-下周一开始上班"));
        for (String lang : List.of("en", "zh")) {
            CliRunner.Result r = CliRunner.kefusim("compare", file.toString(), "--replications", "2", "--lang", lang, "--out", dir.resolve(lang).toString());
            assertEquals(0, r.code(), r.err());
            List<String> table = r.out().lines().dropWhile(l -> !l.startsWith("  " + (lang.equals("en") ? "figure" : "指标"))).takeWhile(l -> !l.isBlank()).toList();
            assertTrue(table.size() > 10, r.out());
            for (String line : table) assertEquals(Columns.width(table.get(0)), Columns.width(line), "every row as wide as the head: " + line);
            assertTrue(table.get(0).endsWith(" 第五位客服-一位新来的全职同事-下周一开始上班"), table.get(0));
        }
    }
}
