package io.kefusim.cli;

import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * goalF judges a goal by the hour, the day or the run where the intervals hold too few buyers; batch's
 * "intervals short" column then counted hours under a header that names 5-minute intervals ("1 / 18" under
 * "5 min intervals short"). Now the cell says how its cells were judged, and batch.csv/json carry judged_per.
 */
class BatchPooledGoalTest {
    @TempDir
    Path dir;

    @Test
    void aShopJudgedByTheHourSaysSoInItsShortCell() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.writeString(shops.resolve("thin.yaml"), TestScenarios.thinShopYaml("5m").replace("replications: 3", "replications: 2"));
        for (String lang : new String[]{"en", "zh"}) {
            CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--out", dir.resolve("out-" + lang).toString(), "--lang", lang);
            assertEquals(0, r.code(), r.err());
            String row = r.out().lines().filter(l -> l.contains("base-shop") || l.contains("thin")).reduce((a, b) -> b).orElseThrow();
            assertTrue(row.matches(".*\\d+ / 18" + (lang.equals("en") ? ", by the hour" : "（按小时）") + "\\s+\\d+\\s*$"), r.out());
            String csv;
            try (var w = Files.walk(dir.resolve("out-" + lang))) { csv = Files.readString(w.filter(p -> p.endsWith("batch.csv")).findFirst().orElseThrow()); }
            String[] lines = csv.split("\r?\n");
            assertTrue(lines[0].endsWith(",judged_per"), lines[0]);
            assertTrue(lines[1].endsWith(",hour"), lines[1]);
        }
    }
}
