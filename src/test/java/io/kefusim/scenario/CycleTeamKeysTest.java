package io.kefusim.scenario;

import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * 'team' and 'swap_every' place a team in a template's cycle. Beside a written 'cycle' they were
 * dropped without a word, so two teams written {cycle: [office, off], team: 0} and {..., team: 1}
 * rested on the same days. They are refused, on the key, with how a cycle places a team instead.
 */
class CycleTeamKeysTest {
    private static String desk(String rotationA, String rotationB) {
        return "name: cyc\nstart: 2026-11-16T00:00\nhorizon: 2d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,20,30,30,30,30,30,30,30,30,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: pre, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts: {office: {from: \"09:00\", to: \"18:00\"}}\n"
                + "teams:\n"
                + "  - {name: A, agents: {pre: 2}, rotation: " + rotationA + "}\n"
                + "  - {name: B, agents: {pre: 2}, rotation: " + rotationB + "}\n";
    }

    @Test
    void teamBesideACycleIsRefusedOnTheKeyWithWhatToWriteInstead() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml(desk(
                "{cycle: [office, off], from: 2026-11-16}", "{cycle: [office, off], team: 1, from: 2026-11-16}")));
        assertEquals(10, e.line());
        assertEquals("teams[1].rotation.team", e.field());
        assertEquals("'team' works only with a 'template' (team k starts k × swap_every days into it); with a 'cycle' only 'cycle' and 'from' are allowed: "
                + "start each team at its own place by its own 'from' date or by rotating its cycle "
                + "(e.g. a team one day further on: cycle: [off, office], or from: 2026-11-15)", e.getMessage());
        assertTrue(e.chinese().startsWith("'team' 只能与 'template' 一起用"), e.chinese());
        assertTrue(e.chinese().endsWith("（例如往后错开一天的组：cycle: [off, office]，或 from: 2026-11-15）"), e.chinese());
    }

    @Test
    void swapEveryBesideACycleIsRefusedOnTheKey() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml(desk(
                "{cycle: [office, off], from: 2026-11-16, swap_every: 3}", "{cycle: [off, office], from: 2026-11-16}")));
        assertEquals(9, e.line());
        assertEquals("teams[0].rotation.swap_every", e.field());
        assertTrue(e.getMessage().startsWith("'swap_every' works only with a 'template'"), e.getMessage());
        assertTrue(e.getMessage().contains("write every day of the cycle out"), e.getMessage());
        assertTrue(e.chinese().contains("把周期的每一天写出来"), e.chinese());
    }

    @Test
    void bothAdvisedPlacementsPutTheSecondTeamOneDayFurtherOn() {
        for (String b : List.of("{cycle: [off, office], from: 2026-11-16}", "{cycle: [office, off], from: 2026-11-15}")) {
            Scenario s = TestScenarios.yaml(desk("{cycle: [office, off], from: 2026-11-16}", b));
            Scenario.Team a = s.teams().get(0), t = s.teams().get(1);
            for (LocalDate d = LocalDate.of(2026, 11, 16); d.isBefore(LocalDate.of(2026, 11, 20)); d = d.plusDays(1)) {
                assertNotEquals(on(a, d), on(t, d), b + " on " + d);
            }
        }
    }

    private static String on(Scenario.Team t, LocalDate d) {
        return t.cycle().get(Math.floorMod(java.time.temporal.ChronoUnit.DAYS.between(t.from(), d), t.cycle().size()));
    }

    @Test
    void templatesStillTakeBoth() {
        Scenario s = TestScenarios.yaml(desk("{template: day_night, team: 0, swap_every: 3, from: 2026-11-16}",
                "{template: day_night, team: 1, swap_every: 3, from: 2026-11-16}"));
        assertEquals(List.of("off", "day", "day", "night", "night", "night"), s.teams().get(0).cycle());
        assertEquals(List.of("night", "night", "night", "off", "day", "day"), s.teams().get(1).cycle());
    }
}
