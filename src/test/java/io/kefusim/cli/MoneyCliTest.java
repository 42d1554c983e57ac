package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Money as a shop reads it: lost margin, what staffing can recover, unanswered buyers' cost, and no "met" without a goal. */
class MoneyCliTest {
    @TempDir
    Path dir;

    private Path only(Path parent) throws IOException {
        try (var l = Files.list(parent)) {
            return l.findFirst().orElseThrow();
        }
    }

    @Test
    void runShowsLostMarginRecoverableAndUnansweredCostInBothLanguages() throws IOException {
        CliRunner.Result en = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "3", "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        for (String label : List.of("Estimated lost sales (CNY)", "  of it recoverable by staffing (CNY)", "Estimated lost margin (CNY)",
                "Cost of unanswered buyers (CNY)")) {
            assertTrue(en.out().contains(label), label + " in\n" + en.out());
        }
        Path run = only(dir.resolve("en").resolve("double11-medium-shop"));
        JsonNode totals = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("totals");
        for (String key : List.of("lost_sales", "lost_sales_recoverable", "lost_margin", "lost_margin_recoverable", "unanswered_cost")) {
            assertTrue(totals.path(key).path("mean").isNumber(), "totals." + key + ".mean");
        }
        double lost = totals.get("lost_sales").get("mean").asDouble();
        // the example's only converting type keeps 30% of an order
        assertEquals(0.3 * lost, totals.get("lost_margin").get("mean").asDouble(), 1e-6 * lost);
        double recoverable = totals.get("lost_sales_recoverable").get("mean").asDouble();
        assertTrue(recoverable > 0 && recoverable < lost, recoverable + " of " + lost);
        JsonNode presale = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("by_type").get("presale");
        assertTrue(presale.path("lost_margin").path("mean").isNumber());
        String header = Files.readAllLines(run.resolve("intervals.csv")).get(0);
        assertTrue(header.endsWith("lost_margin,lost_sales_recoverable,unanswered_cost"), header);
        String html = Files.readString(run.resolve("report.html"));
        for (String key : List.of("totals.lost_margin", "totals.unanswered_cost")) assertTrue(html.contains("data-key=\"" + key + "\""), key);
        assertTrue(html.contains("recoverable by staffing"));

        CliRunner.Result zh = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "3", "--lang", "zh",
                "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        for (String label : List.of("预计流失毛利（元）", "其中增加人手可挽回（元）", "未接待买家的损失（元）")) assertTrue(zh.out().contains(label), label + " in\n" + zh.out());
        assertTrue(Files.readString(only(dir.resolve("zh").resolve("double11-medium-shop")).resolve("report.html")).contains("未接待买家的损失"));
    }

    @Test
    void lostSalesGoalIsNeverMetOnlyTheLowestFound() throws IOException {
        CliRunner.Result en = CliRunner.kefusim("staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "lost-sales", "--replications", "4",
                "--max-simulations", "4", "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("lowest found"), en.out());
        assertFalse(en.out().matches("(?s).*\\bmet\\b.*"), "no 'met' for a goal without a threshold:\n" + en.out());
        // the example small shop has no margins: the objective says it counted revenue
        assertTrue(en.out().contains("in revenue, because not every buyer type that orders has a margin"), en.out());
        assertTrue(en.out().contains("Cost of unanswered buyers (CNY)"), en.out());
        Path run = only(dir.resolve("en").resolve("small-shop-ordinary-day-staff"));
        JsonNode json = new ObjectMapper().readTree(run.resolve("staffing.json").toFile());
        assertTrue(json.get("goal_met").isNull(), "goal_met is null for lost-sales: " + json.get("goal_met"));
        assertEquals("labour_cost + lost_sales_recoverable + unanswered_cost", json.get("objective").asText());
        assertTrue(Files.readString(run.resolve("comparison.csv")).contains(",lowest,"));
        String page = Files.readString(run.resolve("staff.html"));
        assertTrue(page.contains("lowest found") && !page.contains(">met<"), "staff.html says lowest found, never met");

        CliRunner.Result zh = CliRunner.kefusim("staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "lost-sales", "--replications", "4",
                "--max-simulations", "4", "--set", "buyers.presale.margin=0.3", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("找到的最低"), zh.out());
        assertFalse(zh.out().contains("达成"), "no 达成 for a goal without a threshold:\n" + zh.out());
        assertTrue(zh.out().contains("可挽回的流失毛利"), "with every converting type's margin, margin is what it minimises:\n" + zh.out());
        assertTrue(zh.out().contains("未接待买家的损失（元）"), zh.out());
    }
}
