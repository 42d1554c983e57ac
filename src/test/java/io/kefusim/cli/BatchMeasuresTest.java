package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * cmp13: batch set shops side by side measured otherwise with nothing to tell them apart: a service
 * level within 30 s under the header "Service level" beside ones within 2 min, shop_cost_full in
 * margin beside one in revenue in one column (two identical desks 6,522 and 3,269), and "hours
 * short" counting 30-minute intervals ("5 / 12"). Now the target is in the header (shared) or in
 * each row, batch.csv/json say each shop's basis, target and period, the mixed basis is said, and
 * the short column names what it counts.
 */
class BatchMeasuresTest {
    @TempDir
    Path dir;

    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    private Path shop(Path folder, String name, String... replace) throws Exception {
        String s = Files.readString(Path.of(CLASSROOM)).replace("name: classroom-response-time", "name: " + name);
        for (int i = 0; i < replace.length; i += 2) {
            assertTrue(s.contains(replace[i]), replace[i]);
            s = s.replace(replace[i], replace[i + 1]);
        }
        return Files.writeString(folder.resolve(name + ".yaml"), s);
    }

    private static Path run(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.resolve("batch"))) {
            return s.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }

    @Test
    void eachShopSaysWhatItIsMeasuredBy() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        shop(shops, "a-plain");
        shop(shops, "b-in-30s", "service_level_target: 2m", "service_level_target: 30s");
        shop(shops, "c-margin", "    order_value: 100\n", "    order_value: 100\n    margin: 0.3\n");
        CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("        Service level "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  a-plain\\s+94\\.1% in 2 min\\s+.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  b-in-30s\\s+\\d+\\.\\d% in 30 s\\s+.*")), r.out());
        // the console table has no cost to the shop: the line names batch.csv's column (it read "Cost to the shop (shop_cost_full) is in margin for …")
        assertTrue(r.out().contains("\n  batch.csv's shop_cost_full (the cost to the shop, not in the table above) is in margin for c-margin and in revenue for a-plain, b-in-30s "
                + "(its shop_cost_basis column says which): not one measure, so not comparable across them.\n"), r.out());
        List<String> csv = Files.readAllLines(run(dir.resolve("en")).resolve("batch.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        int basis = head.indexOf("shop_cost_basis"), target = head.indexOf("service_level_target_s");
        assertEquals("revenue", csv.get(1).split(",", -1)[basis]);
        assertEquals("30", csv.get(2).split(",", -1)[target]);
        assertEquals("margin", csv.get(3).split(",", -1)[basis]);
        JsonNode j = new ObjectMapper().readTree(run(dir.resolve("en")).resolve("batch.json").toFile());
        assertEquals(30.0, j.at("/shops/1/service_level_target_s").asDouble());
        assertEquals("margin", j.at("/shops/2/shop_cost_basis").asText());
        assertEquals("2026-03-02T09:00", j.at("/shops/0/start").asText());
        assertEquals(28800.0, j.at("/shops/0/horizon_s").asDouble());

        CliRunner.Result zh = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertTrue(zh.out().lines().anyMatch(l -> l.matches("  b-in-30s\\s+\\d+\\.\\d%（30秒内）\\s+.*")), zh.out());
        assertTrue(zh.out().contains("\n  batch.csv 的 shop_cost_full 列（店铺成本，上表未列出）对c-margin按毛利计，对a-plain、b-in-30s按销售额计（见其 shop_cost_basis 列）：口径不同，不能相互比较。\n"), zh.out());
    }

    @Test
    void theShortColumnSaysWhatItCounts() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("half"));
        shop(shops, "a-hourly");
        shop(shops, "b-half-hours", "interval: 1h", "interval: 30m");
        CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("hours short"), r.out());
        assertTrue(r.out().contains(" Within 2 min ") && r.out().contains(" intervals short "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  a-hourly\\s.* \\d+ / 8 × 1 h\\s+\\d+")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  b-half-hours\\s.* \\d+ / 16 × 30 min\\s+\\d+")), r.out());
        Files.delete(shops.resolve("a-hourly.yaml"));
        CliRunner.Result en = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--out", dir.resolve("en1").toString());
        assertTrue(en.out().contains(" 30 min intervals short "), en.out());
        assertTrue(en.out().lines().anyMatch(l -> l.matches("  b-half-hours\\s.* \\d+ / 16\\s+\\d+")), en.out());
    }
}
