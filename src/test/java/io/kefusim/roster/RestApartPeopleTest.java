package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dated positions (one person each) take the people who can work them with labour.min_rest between one person's shifts
 * (tester25: the designed by-date answer of s618-design.yaml said "31 people; the run employs 31" of positions that 31
 * people with 11 h of rest cannot fill: interval partitioning gives 33).
 */
class RestApartPeopleTest {
    private static Scenario twoDates(String first, String second, String rest) {
        return TestScenarios.yaml("name: r\nstart: 2026-06-17T00:00\nhorizon: 48h\nreplications: 1\nlabour: {min_rest: " + rest + "}\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}]\n"
                + "shifts: {late: {from: \"22:00\", to: \"06:00\"}, day: {from: \"08:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: " + first + ", agents: 1, dates: [2026-06-17]}, {group: desk, shift: " + second + ", agents: 1, dates: [2026-06-18]}]\n");
    }

    /**
     * 22:00–06:00 on 06-17, then 08:00–16:00 on 06-18: the first ends at 06:00 on 06-18 and its person may start again at
     * 17:00 (11 h of rest), so the day shift needs another: 2 people (they read 1, the busiest day's one position). Two day
     * shifts leave 16 h between them: 1 person; with a 2-hour rest, the night's person takes the day shift at 08:00.
     */
    @Test
    void aPersonTakesASecondDatedPositionOnlyAfterTheRest() {
        Scenario apart = twoDates("late", "day", "11h");
        assertEquals(2, People.employed(apart, 0), 1e-9);
        LocalDate d17 = LocalDate.of(2026, 6, 17), d18 = d17.plusDays(1);
        assertEquals(java.util.List.of(new DailyHeadcount.Day(d17, "desk", 1, 1, 1), new DailyHeadcount.Day(d17, null, 1, 1, 1),
                new DailyHeadcount.Day(d18, "desk", 1, 1, 2), new DailyHeadcount.Day(d18, null, 1, 1, 2)), DailyHeadcount.of(apart));
        assertEquals(1, People.employed(twoDates("day", "day", "11h"), 0), 1e-9);
        assertEquals(1, People.employed(twoDates("late", "day", "2h"), 0), 1e-9);
    }

    /** The tester's designed roster (frozen jar's optimised.yaml): 76 dated positions of service over 06-16 to 06-20. */
    @Test
    void theDesignedRosterEmploysThePeopleItsShiftsNeed() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/io/kefusim/staffing/s618-design-optimised.yaml"), Assignment.sets());
        assertEquals(33, People.employed(s, 0), 1e-9, "interval partitioning with 11 h of rest (was 31)");
        int most = 0;
        for (DailyHeadcount.Day d : DailyHeadcount.of(s)) if (d.group() == null) most = Math.max(most, d.people());
        assertEquals(33, most, "the per-day column's busiest says as many");
    }
}
