package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A break with {@code split: n} is taken in n consecutive slots: agent i of a roster entry (or of a
 * team's group) at at + (i mod n) x length. Four agents, 08:00-16:00, a 30-minute break at 12:00
 * in two slots: agents 0 and 2 off 12:00-12:30, agents 1 and 3 off 12:30-13:00; two always on duty.
 */
class StaggeredBreakTest {
    private static Scenario desk(String split, boolean teams) {
        return TestScenarios.yaml("name: breaks\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,50,50,50,50,50,50,50,50,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 4500}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"16:00\", breaks: [{at: \"12:00\", for: 30m" + split + "}]}, "
                + "night: {from: \"16:00\", to: \"08:00\"}}\n"
                + (teams ? "teams: [{name: A, agents: {desk: 4}, rotation: {cycle: [day], from: 2026-11-01}}]\n"
                         : "roster: [{group: desk, shift: day, agents: 4}, {group: desk, shift: night, agents: 1}]\n"));
    }

    private static double at(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 3600 + Integer.parseInt(hhmm.substring(3)) * 60;
    }

    @Test
    void agentsTakeTheBreakInTurnsByTheirPlace() {
        for (boolean teams : new boolean[]{false, true}) {
            DutyPlan plan = DutyPlan.build(desk(", split: 2", teams), null);
            for (int a = 0; a < 4; a++) {
                boolean first = a % 2 == 0;
                assertTrue(plan.onDuty(a, at("11:59")), "agent " + a);
                assertEquals(!first, plan.onDuty(a, at("12:15")), "agent " + a + " at 12:15, teams " + teams);
                assertEquals(first, plan.onDuty(a, at("12:45")), "agent " + a + " at 12:45, teams " + teams);
                assertTrue(plan.onDuty(a, at("13:01")), "agent " + a);
                assertEquals(7.5 * 3600, plan.onDutySegments(a).stream().mapToDouble(p -> p[1] - p[0]).sum(), 1e-9, "each still breaks 30 minutes");
            }
        }
    }

    @Test
    void aSplitBreakIsNoLongerWarnedAsTogether() {
        for (boolean teams : new boolean[]{false, true}) {
            assertEquals(1, ScenarioSanity.check(desk("", teams)).stream().filter(w -> w.code().equals("breaks.together")).count(), "teams " + teams);
            assertEquals(0, ScenarioSanity.check(desk(", split: 2", teams)).stream().filter(w -> w.code().equals("breaks.together")).count(), "teams " + teams);
        }
    }

    @Test
    void slotsMustEndInsideTheShift() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> desk(", split: 9", false));
        assertTrue(e.describe().contains("split: 9 slots of 30m from 12:00 end past the shift 08:00-16:00"), e.describe());
    }
}
