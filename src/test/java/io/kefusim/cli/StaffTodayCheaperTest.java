package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Today's roster (3 agents on one 8-hour shift, no break) meets the goal and costs less than what the search found.
 * With --design it was called "Cheapest roster in the bounds that meets the goal (proven …)" above a table where today's
 * 882 CNY met the goal beside the new 1,049, and staffing.json said proven_cheapest true; with --max-simulations 1 it
 * said "No answer" and wrote the bounds' 200-agent roster as optimised.yaml. Today's roster is now said first, "proven"
 * is said of neither, and the 200-agent bound is not written as a plan to run.
 */
class StaffTodayCheaperTest {
    /** The tester's desk: today's three agents meet a 90% goal for 882 CNY. */
    private static final String SCENARIO = io.kefusim.scenario.TestScenarios.DESK;

    @TempDir
    Path dir;

    @Test
    void designedShiftsDearerThanTodaysAreNotCalledProven() throws Exception {
        Path file = scenario();
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.9", "--design", "--replications", "3",
                "--max-simulations", "6", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().startsWith("Today's roster already meets the goal and costs less (882 against 1,049 CNY labour cost): keep it; "
                + "the search's best on the designed shifts costs more. The search's best: 2 shifts designed;"), r.out());
        assertFalse(r.out().contains("Answer:"), r.out());
        assertFalse(r.out().contains("(proven"), r.out());
        assertTrue(r.out().contains("\nThe search's best roster that meets the goal (today's roster meets it too and costs less):\n"), r.out());
        Path st = only(dir.resolve("en/cmp-staff"));
        JsonNode j = new ObjectMapper().readTree(st.resolve("staffing.json").toFile());
        assertFalse(j.get("proven_cheapest").asBoolean());
        assertTrue(j.get("original_cheaper").asBoolean());
        assertTrue(j.get("keep_original").asBoolean());
        assertTrue(j.get("goal_met").asBoolean());
        assertTrue(j.get("optimised_written").asBoolean());
        assertTrue(Files.readString(st.resolve("optimised.yaml")).split("\n")[1].startsWith(
                "# The search's best; today's roster meets the goal too and costs less (882 against 1,049 CNY labour cost): keep today's."));
        String html = Files.readString(st.resolve("staff.html"));
        assertTrue(html.contains("<p class=\"verdict\">Today&#39;s roster already meets the goal and costs less"), html);
        assertFalse(html.contains("proven within the bounds"), html);

        CliRunner.Result zh = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.9", "--design", "--replications", "3",
                "--max-simulations", "6", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().strip().startsWith("现有排班已达到目标，而且更省（人工成本 882 元，对比 1,049 元）：保留现有排班；搜索在设计班次上找到的最佳排班花费更多。"), zh.out());
        assertFalse(zh.out().contains("已证明最省"), zh.out());
    }

    @Test
    void aBoundOnlyRosterLeavesTodaysAsTheOneToKeep() throws Exception {
        Path file = scenario();
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.9", "--max-simulations", "1",
                "--replications", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().startsWith("Today's roster (882 CNY labour cost) meets the goal: keep it; no optimised.yaml is written. "
                + "The simulation budget (1) ran out before the search found a roster that meets the goal"), r.out());
        assertFalse(r.out().contains("No answer"), r.out());
        assertTrue(r.out().contains("(no optimised.yaml: keep today's roster, kefusim run " + file + ")"), r.out());
        Path st = only(dir.resolve("cmp-staff"));
        assertFalse(Files.exists(st.resolve("optimised.yaml")));
        JsonNode j = new ObjectMapper().readTree(st.resolve("staffing.json").toFile());
        assertFalse(j.get("search_result").asBoolean());
        assertFalse(j.get("optimised_written").asBoolean());
        assertTrue(j.get("original_cheaper").asBoolean());
        assertTrue(j.get("keep_original").asBoolean());
        assertTrue(j.get("goal_met").asBoolean());
        assertEquals(0, j.get("warnings").get("optimised").size()); // the bound is not offered to run: its warnings are not said
    }

    @Test
    void withoutDesignTodaysCheaperRosterIsSaidFirst() throws Exception {
        // bounds that keep the search above today's 3 agents: the search's 5 are proven cheapest in the bounds, today's costs less
        Path file = Files.writeString(dir.resolve("cmp.yaml"), SCENARIO + "staffing:\n  bounds:\n    - {group: g, min: 5}\n");
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.9", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().startsWith("Today's roster already meets the goal and costs less (882 against 1,216 CNY labour cost): keep it; "
                + "the best roster the search found costs more. The search's best: 1 of the scenario's shifts used;"), r.out());
        JsonNode j = new ObjectMapper().readTree(only(dir.resolve("out/cmp-staff")).resolve("staffing.json").toFile());
        assertFalse(j.get("proven_cheapest").asBoolean());
        assertTrue(j.get("original_cheaper").asBoolean());
    }

    private Path scenario() throws Exception {
        return Files.writeString(dir.resolve("cmp.yaml"), SCENARIO);
    }

    private static Path only(Path parent) throws Exception {
        try (var s = Files.list(parent)) {
            return s.findFirst().orElseThrow();
        }
    }
}
