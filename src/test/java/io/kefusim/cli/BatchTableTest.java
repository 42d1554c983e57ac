package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** batch.csv carries the total compare and sweep rank by, shop_cost_full, as its last columns (scripts reading the others keep working). */
class BatchTableTest {
    @TempDir
    Path dir;

    @Test
    void batchCsvEndsWithTheCostToTheShopInFull() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.copy(Path.of("scenarios/classroom-response-time.yaml"), shops.resolve("classroom.yaml"));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--replications", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path b;
        try (Stream<Path> s = Files.list(out.resolve("batch"))) {
            b = s.findFirst().orElseThrow();
        }
        List<String> csv = Files.readAllLines(b.resolve("batch.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        List<String> row = List.of(csv.get(1).split(",", -1));
        // the columns before it as they were: the warnings' count and codes, then the new total and its 95% half-width
        // cmp13: then what the shop is measured by, appended after them (the basis of its money, its target, period and interval);
        // then, appended last, how its goal was judged (by interval here: hourly intervals with buyers enough)
        assertEquals(List.of("warnings", "warning_codes", "shop_cost_full", "shop_cost_full_ci95",
                "shop_cost_basis", "service_level_target_s", "start", "horizon_s", "interval_s", "judged_per"), head.subList(head.size() - 10, head.size()));
        assertEquals(List.of("0", "", "2455.68", "588.018", "revenue", "120", "2026-03-02 09:00", "28800", "3600", "interval"), row.subList(row.size() - 10, row.size()));
        // every shop (one) on one target and hourly intervals: the target in the header, short hours called hours
        assertTrue(r.out().contains(" Within 2 min ") && r.out().contains(" hours short "), r.out());
        // the same figure compare gives the same shop with the same seed and replications ("Cost to the shop (CNY) 2,456")
        CliRunner.Result c = CliRunner.kefusim("compare", "scenarios/classroom-response-time.yaml", "scenarios/classroom-response-time.yaml",
                "--replications", "3", "--out", dir.resolve("c").toString());
        assertTrue(c.out().lines().anyMatch(l -> l.matches("\\s*Cost to the shop \\(CNY\\)\\s+2,456\\s+2,456.*")), c.out());
        assertTrue(Files.readString(b.resolve("batch.json")).contains("\"shop_cost_full\""));
    }
}
