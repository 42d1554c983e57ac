package io.kefusim.staffing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * staff on rotating teams (四班三倒): a team off on the run's day is sized by the shifts it works on
 * the cycle's other days, not left at 0 (the tester's roster was A 4, B 0, C 1, D 4, with B's shifts
 * empty on six days of the eight); and where the bounds keep a team at 0 anyway, the answer says so.
 */
class RotationStaffTest {
    private static final String FOUR = "scenarios/small-shop-four-teams.yaml";

    @TempDir
    Path dir;

    private Path only(Path parent) throws Exception {
        try (var l = Files.list(parent)) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }

    private static List<String> codes(JsonNode warnings) {
        List<String> out = new ArrayList<>();
        warnings.forEach(w -> out.add(w.get("code").asText()));
        return out;
    }

    @Test
    void teamsAreSizedOverTheWholeCycle() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", FOUR, "--target", "service-level>=0.8", "--replications", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path run = only(dir.resolve("small-shop-four-teams-staff"));
        // every team works every shift over the cycle: equal teams, the size today's busiest shift needs
        List<String> csv = Files.readAllLines(run.resolve("staffing.csv"));
        assertEquals("service,,,A,0,200,209.19,4,2", csv.get(1));
        assertEquals("service,,,B,0,200,209.19,4,2", csv.get(2), "team B, off on 2026-11-18, is paid (its members are employed) and sized");
        assertEquals("service,,,C,0,200,209.19,4,2", csv.get(3));
        assertEquals("service,,,D,0,200,209.19,4,2", csv.get(4));
        assertTrue(r.out().contains("Cheapest roster in the bounds that meets the goal (proven"), r.out());
        assertTrue(r.err().contains("simulation 4: ") && !r.err().contains("simulation 5: "), "four simulations: " + r.err());
        JsonNode json = new ObjectMapper().readTree(run.resolve("staffing.json").toFile());
        // 3 replications judge a wide bound, which staff says (staff11); nothing else is said of the new roster
        assertEquals(List.of("staff.few_replications"), codes(json.get("warnings").get("optimised")));
        // the supervisor's check: the roster over the whole cycle has an agent on duty at every hour
        var week = ScenarioLoader.load(run.resolve("optimised.yaml"), Assignment.sets("horizon=8d", "start=2026-11-16T00:00"));
        assertTrue(ScenarioSanity.check(week).stream().noneMatch(w -> w.code().startsWith("coverage.")), ScenarioSanity.check(week).toString());
    }

    @Test
    void lostSalesMovesAGroupsTeamsTogether() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", FOUR, "--target", "lost-sales", "--replications", "3", "--max-simulations", "12",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(only(dir.resolve("small-shop-four-teams-staff")).resolve("staffing.csv"));
        // the start is 4 in each team; one team alone cannot move (the cycle's rule), all four together can
        for (int row = 1; row <= 4; row++) assertTrue(csv.get(row).endsWith(",2,2"), csv.toString());
    }

    @Test
    void aTeamTheBoundsKeepAtZeroIsSaidInEveryPlaceAndInTheVerdict() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", FOUR, "--target", "service-level>=0.8", "--replications", "3",
                "--set", "staffing.bounds=[{team: B, max: 0}]", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path run = only(dir.resolve("small-shop-four-teams-staff"));
        String judged = "Judged on the simulated days only (2026-11-18): on other days of the rotation's cycle some hours have nobody on duty (warning staff.rotation_uncovered).";
        assertTrue(r.out().contains("It meets the goal (judged on the 95% confidence bound). " + judged), r.out());
        assertTrue(r.out().contains("optimised.yaml:148: teams: the rotation leaves nobody on duty 2026-11-20 00:00 – 2026-11-20 08:00 (team B's night shift)"), r.out());
        JsonNode json = new ObjectMapper().readTree(run.resolve("staffing.json").toFile());
        assertEquals(List.of("staff.rotation_uncovered", "staff.rotation_uncovered", "staff.rotation_uncovered", "staff.rotation_uncovered",
                "staff.rotation_uncovered", "staff.rotation_uncovered", "staff.few_replications"), codes(json.get("warnings").get("optimised")));
        assertEquals(List.of(), codes(json.get("warnings").get("original")), "the file's teams of two leave no hour empty");
        assertTrue(json.get("answer").get("sentence").asText().endsWith(judged), json.get("answer").toString());
        String html = Files.readString(run.resolve("staff.html"));
        assertTrue(html.contains("the rotation leaves nobody on duty 2026-11-22 08:00 – 2026-11-22 16:00 (team B&#39;s morning shift)")
                || html.contains("the rotation leaves nobody on duty 2026-11-22 08:00 – 2026-11-22 16:00 (team B's morning shift)"), "staff.html");
        assertTrue(html.contains("Judged on the simulated days only (2026-11-18)"), "the page's verdict");
    }
}
