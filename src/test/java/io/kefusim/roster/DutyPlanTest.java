package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.*;

class DutyPlanTest {
    private static final String HEAD = "name: r\nstart: 2026-11-10T00:00\nhorizon: 4d\nreplications: 1\n"
            + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
            + "agents: [{group: g, skills: [presale]}]\n";

    private static double at(Scenario s, String when) {
        return ChronoUnit.SECONDS.between(s.start(), LocalDateTime.parse(when));
    }

    private static DutyPlan plan(Scenario s) {
        return DutyPlan.build(s, RandomSource.SPLIT_MIX_64.create(1L));
    }

    @Test
    void nightShiftCrossesMidnightIncludingTheOneRunningAtTheStart() {
        Scenario s = TestScenarios.yaml(HEAD + "shifts: {night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: g, shift: night, agents: 2}]\n");
        DutyPlan p = plan(s);
        assertEquals(2, p.agents());
        assertTrue(p.onDuty(0, at(s, "2026-11-10T00:00")), "the night shift of 9 Nov is still running at the start");
        assertTrue(p.onDuty(0, at(s, "2026-11-10T07:59")));
        assertFalse(p.onDuty(0, at(s, "2026-11-10T08:00")));
        assertFalse(p.onDuty(0, at(s, "2026-11-10T19:59")));
        assertTrue(p.onDuty(0, at(s, "2026-11-10T20:00")));
        assertTrue(p.onDuty(0, at(s, "2026-11-11T03:00")), "crosses midnight");
        assertFalse(p.onDuty(0, at(s, "2026-11-11T09:00")));
        // paid time inside the 4-day horizon: 8 h on the first morning + 4 nights of 12 h clipped at the end (4 h of the last)
        assertEquals((8 + 12 + 12 + 12 + 4) * 3600.0, p.paidSeconds(0), 1e-9);
    }

    @Test
    void datedRosterEntryAppliesOnlyOnItsDates() {
        Scenario s = TestScenarios.yaml(HEAD + "shifts: {night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: g, shift: night, agents: 1, dates: [2026-11-11]}]\n");
        DutyPlan p = plan(s);
        assertFalse(p.onDuty(0, at(s, "2026-11-10T21:00")));
        assertTrue(p.onDuty(0, at(s, "2026-11-11T21:00")));
        assertTrue(p.onDuty(0, at(s, "2026-11-12T07:00")), "the 11 Nov night shift ends on the morning of the 12th");
        assertFalse(p.onDuty(0, at(s, "2026-11-12T21:00")));
    }

    @Test
    void dayNightRotationHandsOverOnTheRightDayWithARest() {
        // swap every 2 days: a team's cycle is rest, 1 day, 2 nights. Team A from 9 Nov: rest 9, day 10,
        // night 11 and 12, rest 13, day 14. Team B is 2 days on: night 9 and 10, rest 11, day 12, night 13.
        Scenario s = TestScenarios.yaml(HEAD
                + "teams:\n"
                + "  - {name: A, agents: {g: 1}, rotation: {template: day_night, team: 0, swap_every: 2, from: 2026-11-09}}\n"
                + "  - {name: B, agents: {g: 1}, rotation: {template: day_night, team: 1, swap_every: 2, from: 2026-11-09}}\n");
        assertEquals("day", DutyPlan.shiftOn(s.teams().get(0), LocalDate.of(2026, 11, 10)));
        assertEquals("night", DutyPlan.shiftOn(s.teams().get(0), LocalDate.of(2026, 11, 11)));
        assertEquals("off", DutyPlan.shiftOn(s.teams().get(0), LocalDate.of(2026, 11, 13)));
        assertEquals("day", DutyPlan.shiftOn(s.teams().get(0), LocalDate.of(2026, 11, 14)));
        DutyPlan p = plan(s);
        int a = 0, b = 1;
        assertTrue(p.onDuty(a, at(s, "2026-11-10T10:00")));
        assertFalse(p.onDuty(b, at(s, "2026-11-10T10:00")));
        assertTrue(p.onDuty(b, at(s, "2026-11-10T21:00")));
        // hand-over: B comes off its nights on the morning of the 11th and rests; A starts nights that evening
        assertFalse(p.onDuty(a, at(s, "2026-11-11T10:00")));
        assertFalse(p.onDuty(b, at(s, "2026-11-11T10:00")), "the team coming off nights rests: no day-after-night stint");
        assertTrue(p.onDuty(a, at(s, "2026-11-11T21:00")));
        assertTrue(p.onDuty(a, at(s, "2026-11-12T07:00")));
        // every night has a team; never both at once; no stint longer than a 12-hour shift
        for (double t = 0; t < s.horizon(); t += 900) {
            int hour = s.start().plusSeconds((long) t).getHour();
            if (hour >= 20 || hour < 8) assertTrue(p.onDuty(a, t) ^ p.onDuty(b, t), "one team on nights at " + t);
            assertFalse(p.onDuty(a, t) && p.onDuty(b, t));
        }
        for (int agent = 0; agent < 2; agent++) {
            for (double[] seg : p.onDutySegments(agent)) assertTrue(seg[1] - seg[0] <= 12 * 3600 + 1e-9, "stint " + (seg[1] - seg[0]) / 3600 + " h");
        }
    }

    @Test
    void fourTeamThreeShiftCoversEveryHourWithOneTeamResting() {
        StringBuilder teams = new StringBuilder("teams:\n");
        for (int k = 0; k < 4; k++) {
            teams.append("  - {name: T").append(k).append(", agents: {g: 1}, rotation: {template: four_team_three_shift, team: ")
                    .append(k).append(", from: 2026-11-01}}\n");
        }
        Scenario s = TestScenarios.yaml(HEAD + teams);
        assertEquals(8, s.teams().get(0).cycle().size());
        DutyPlan p = plan(s);
        for (double t = 0; t < s.horizon(); t += 1800) {
            int on = 0;
            for (int a = 0; a < 4; a++) if (p.onDuty(a, t)) on++;
            assertEquals(1, on, "one team on duty at " + t);
        }
        LocalDate d = LocalDate.of(2026, 11, 10);
        int resting = 0;
        for (int k = 0; k < 4; k++) if (DutyPlan.shiftOn(s.teams().get(k), d).equals("off")) resting++;
        assertEquals(1, resting);
    }

    @Test
    void absenceRemovesShiftsAtTheGivenRate() {
        Scenario s = TestScenarios.yaml(HEAD + "shifts: {day: {from: \"08:00\", to: \"20:00\"}}\n"
                + "roster: [{group: g, shift: day, agents: 2000}]\nabsence: 0.2\n");
        DutyPlan p = plan(s);
        double full = 2000 * 4 * 12 * 3600.0, paid = 0;
        for (int a = 0; a < p.agents(); a++) paid += p.paidSeconds(a);
        // 8000 shift instances, each missing with p = 0.2: sd of the share = sqrt(.2*.8/8000) = 0.0045
        assertEquals(0.8, paid / full, 4 * 0.0045);
    }
}
