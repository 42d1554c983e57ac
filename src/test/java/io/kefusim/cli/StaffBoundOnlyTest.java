package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A simulation budget spent before the search simulated any roster that meets the goal: the bounds' largest roster
 * (200 agents for the classroom) is then simulated once, past the budget, and was printed as "Answer: … It meets the
 * goal", the "not proven cheapest" note far below. It is no answer, and every output says so first.
 */
class StaffBoundOnlyTest {
    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    @TempDir
    Path dir;

    @Test
    void theBoundsLargestRosterIsSaidToBeNoAnswerFirst() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "1",
                "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("simulation 1: roster pay 793 CNY, falls short\nsimulation 2: roster pay 52,839 CNY, meets the goal\n", r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals("No answer: the simulation budget (1) ran out before the search found a roster that meets the goal. What follows is only the "
                + "starting bound, the largest roster staffing.bounds allow (every shift at its max), not a search result; run again with a larger "
                + "--max-simulations (default 60). The bounds' largest roster: 1 of the scenario's shifts used; on the busiest day, 2026-03-02, 200 positions, "
                + "at most 200 agents at work at once, which take 280 people (as the labour cost counts them: one shift a day, min_rest between shifts, 5 days and 40 hours a week); the run employs 280 people; labour cost 52,934 CNY. "
                + "It meets the goal; far smaller rosters may too.", lines[0]);
        assertFalse(r.out().contains("Answer:"), r.out());
        assertTrue(r.out().contains("\nThe bounds' largest roster (the starting bound, not a search result: the simulation budget ran out first):\n"
                + "  class @ workday                           200 agents   (now 4)\n"), r.out());
        assertTrue(r.out().contains("\n  2 simulations. simulation budget (1) spent without a roster that meets the goal; simulation 2, past the budget, "
                + "was the bounds' largest roster, to learn whether the goal can be met at all: it can, but no cheaper roster was searched for.\n"), r.out());
        Path st = only(dir.resolve("en/classroom-response-time-staff"));
        JsonNode j = new ObjectMapper().readTree(st.resolve("staffing.json").toFile());
        assertFalse(j.get("search_result").asBoolean());
        assertFalse(j.get("proven_cheapest").asBoolean());
        assertEquals(2, j.get("simulations").asInt());
        assertTrue(j.get("answer").get("sentence").asText().startsWith("No answer: the simulation budget (1) ran out"), j.get("answer").toString());
        assertTrue(Files.readString(st.resolve("optimised.yaml")).split("\n")[1].startsWith("# NOT A SEARCH RESULT: the simulation budget ran out"));
        String html = Files.readString(st.resolve("staff.html"));
        assertTrue(html.contains("<p class=\"verdict\">No answer: the simulation budget (1) ran out before the search found a roster that meets the goal."), html);
        assertTrue(html.contains("That roster, the starting bound and not a search result, costs 52,839 CNY in scheduled pay"), html);

        CliRunner.Result zh = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "1",
                "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().strip().startsWith("没有结论：搜索还没找到达到目标的排班，仿真次数上限（1）就用完了。以下只是搜索的起点上界"), zh.out());
        assertTrue(zh.out().contains("\n范围内最大的排班（搜索的起点上界，不是搜索结果：仿真次数上限先用完了）：\n"), zh.out());
        assertTrue(zh.out().contains("共仿真 2 次。仿真次数上限（1）用完，仍没有达到目标的排班；超出上限的第 2 次仿真是范围内最大的排班"), zh.out());
        assertFalse(zh.out().contains("结论：用了"), zh.out());
    }

    @Test
    void aBudgetThatReachesARosterThatMeetsTheGoalIsAnAnswer() throws Exception {
        // its own 30 replications: the start's second roster (today's 4 agents) meets the goal within a budget of 2
        CliRunner.Result r = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--max-simulations", "2", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().startsWith("Answer: 1 of the scenario's shifts used"), r.out());
        assertFalse(r.out().contains("No answer"), r.out());
        JsonNode j = new ObjectMapper().readTree(only(dir.resolve("classroom-response-time-staff")).resolve("staffing.json").toFile());
        assertTrue(j.get("search_result").asBoolean());
    }

    private static Path only(Path parent) throws Exception {
        try (var s = Files.list(parent)) {
            return s.findFirst().orElseThrow();
        }
    }
}
