package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotating teams with a roster line beside them (tester25: small-shop-four-teams.yaml, 四班三倒, plus one hourly part-timer
 * 19:00–23:00). staff sizes the teams, their rotation kept, and decides the roster line beside them. Until staffM the one
 * line made staff drop the teams: it answered service @ morning 2, evening 4, night 2 "(now 0)", priced today's plan at
 * 120 (the part-timer alone) against its labour cost of 1,893, and wrote an optimised.yaml without teams.
 */
class TeamsBesideRosterTest {
    private static final Path FILE = Path.of("src/test/resources/io/kefusim/staffing/four-teams-plus-pt.yaml");

    @TempDir
    Path dir;

    @Test
    void theTeamsAreDecidedAndTheLineBesideThem() throws Exception {
        Scenario s = ScenarioLoader.load(FILE, Assignment.sets());
        List<Decisions.Decision> ds = Decisions.of(s, false);
        // the four teams, each member priced as without the line (TeamPayTest: 209.19), then the part-timer's group on each shift
        for (int k = 0; k < 4; k++) {
            assertEquals("service", ds.get(k).group());
            assertEquals("ABCD".substring(k, k + 1), ds.get(k).team());
            assertEquals(209.19, ds.get(k).cost(), 0.005);
        }
        assertEquals(List.of("parttime @ morning", "parttime @ evening", "parttime @ night", "parttime @ pt"),
                ds.subList(4, ds.size()).stream().map(Decisions.Decision::label).toList(), "no service shift: service is the teams'");
        assertEquals(120, ds.get(7).cost(), 1e-9, "4 hours at 30 CNY");
        // a roster of these decisions keeps the rotation and the line
        Scenario back = Decisions.apply(s, ds, new int[]{3, 3, 3, 3, 0, 0, 0, 2});
        assertEquals(4, back.teams().size());
        for (Scenario.Team t : back.teams()) assertEquals(Map.of("service", 3), t.agents());
        assertEquals(s.teams().get(2).cycle(), back.teams().get(2).cycle());
        assertEquals(1, back.roster().size());
        assertEquals(new Scenario.RosterEntry("parttime", "pt", 2, null), back.roster().get(0));
    }

    @Test
    void theAnswerListsEveryLineWithItsNowAndPricesTodayWithItsTeams() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", FILE.toString(), "--target", "service-level>=0.8", "--replications", "3",
                "--max-simulations", "1", "--out", dir.toString());
        Path run;
        try (var l = Files.list(dir.resolve("four-teams-plus-pt-staff"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        List<String> csv = Files.readAllLines(run.resolve("staffing.csv"));
        // the search's first roster (one simulation): teams of 4, as without the line (staffing.md), and no part-timer
        assertEquals(List.of("service,,,A,0,200,209.19,4,2", "service,,,B,0,200,209.19,4,2", "service,,,C,0,200,209.19,4,2",
                "service,,,D,0,200,209.19,4,2", "parttime,morning,,,0,200,240,0,0", "parttime,evening,,,0,200,240,0,0",
                "parttime,night,,,0,200,240,0,0", "parttime,pt,,,0,200,120,0,1"), csv.subList(1, csv.size()));
        assertTrue(r.out().contains("parttime @ pt") && r.out().contains("(now 1)"), r.out());
        assertTrue(r.out().contains("service @ team A"), r.out());
        // today's scheduled pay: 8 members at 209.19 and the part-timer's 120 (was 120 alone)
        assertTrue(r.out().matches("(?s).*today's\\s+1,794\\s+1,896\\s.*"), r.out());
        String yaml = Files.readString(run.resolve("optimised.yaml"));
        assertTrue(yaml.contains("\nteams:") && yaml.contains("\n- name: \"D\""), yaml);
    }

    /** Shift design does not know teams: a file with teams and roster lines is refused (before staffM it was designed, its teams dropped). */
    @Test
    void designIsRefusedBesideTeams() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", FILE.toString(), "--target", "service-level>=0.8", "--design", "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + FILE + ": teams: shift design chooses shifts for roster positions; with rotating teams the rotation fixes the shifts "
                + "(to design shifts, give roster lines or staffing alone, without teams)", r.err().strip());
        assertTrue(!Files.exists(dir.resolve("four-teams-plus-pt-staff")), "no results folder");
    }
}
