package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.staffing.ShiftDesigner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The limits of extended working time under the standard system (劳动法 art. 41): at most 11 h of
 * work a day (labour.daily_overtime), at most 36 h extended a month (labour.monthly_overtime), and
 * staff --design offering no longer shift.
 */
class ExtendedHoursTest {
    private static final String HEAD = "name: r\nstart: 2026-11-01T00:00\nreplications: 1\n"
            + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
            + "agents: [{group: g, skills: [presale]}]\n";

    private static List<LabourCheck.Warning> rule(Scenario s, String rule) {
        return LabourCheck.check(s).stream().filter(w -> w.rule().equals(rule)).toList();
    }

    private static Scenario line(String breakFor, String system) {
        return TestScenarios.yaml(HEAD + "horizon: 1d\n" + (system == null ? "" : "labour: {working_time: " + system + "}\n")
                + "shifts: {long: {from: \"09:00\", to: \"21:00\", breaks: [{at: \"13:00\", for: " + breakFor + "}]}}\n"
                + "roster: [{group: g, shift: long, agents: 6}]\n");
    }

    @Test
    void aRosterLineOfElevenAndAHalfHoursWorkedIsWarnedUnderStandardOnly() {
        List<LabourCheck.Warning> w = rule(line("30m", null), "daily_overtime");
        assertEquals(1, w.size(), w.toString());
        assertEquals("roster g on 'long', 2026-11-01: shift 'long' has 11h30m of work (breaks not counted), 3h30m extended: "
                + "more than 8 h + 3 h a day under the standard working-time system (labour.daily_overtime)", w.get(0).toString());
        assertTrue(rule(line("1h", null), "daily_overtime").isEmpty(), "11 h of work is the limit itself");
        assertTrue(rule(line("30m", "comprehensive"), "daily_overtime").isEmpty());
        assertTrue(rule(line("30m", "flexible"), "daily_overtime").isEmpty());
    }

    private static Scenario team(String cycle, String system, String horizon) {
        return TestScenarios.yaml(HEAD + "horizon: " + horizon + "\n" + (system == null ? "" : "labour: {working_time: " + system + "}\n")
                + "shifts: {d12: {from: \"08:00\", to: \"20:00\"}, d11: {from: \"08:00\", to: \"19:00\"}}\n"
                + "teams: [{name: A, agents: {g: 2}, rotation: {cycle: [" + cycle + "], from: 2026-11-01}}]\n");
    }

    @Test
    void aTeamMembersDayAndMonth() {
        // 12 h without a break, two days on and two off: 4 h extended a working day, 3.5 of them a week
        Scenario s = team("d12, d12, off, off", null, "1d");
        List<LabourCheck.Warning> day = rule(s, "daily_overtime");
        assertEquals(1, day.size(), day.toString());
        assertEquals(java.time.LocalDate.of(2026, 11, 1), day.get(0).date());
        assertTrue(day.get(0).message().startsWith("works 12h on 2026-11-01 (shift 'd12', breaks not counted), 4h extended"), day.get(0).message());
        // a one-day run: 4 h in its month; the rotation's average month: 2 h a day x 365.25 / 12 = 60.9 h
        List<LabourCheck.Warning> month = rule(s, "monthly_overtime");
        assertEquals(1, month.size(), month.toString());
        assertEquals("60.9 h extended in an average month of its rotation, more than 36 h a month", month.get(0).message());

        // 11 h (3 extended) two days of three, over the whole of November: no day is beyond 11 h;
        // 20 shifts, none a week's sixth, so 60 h extended in the run's November
        Scenario nov = team("d11, d11, off", null, "30d");
        assertTrue(rule(nov, "daily_overtime").isEmpty());
        List<LabourCheck.Warning> m = rule(nov, "monthly_overtime");
        assertEquals(1, m.size(), m.toString());
        assertEquals("60.0 h extended in 2026-11 (the run's dates in that month), more than 36 h a month", m.get(0).message());

        // one day of 11 h a week: 3 h a week, 13 h a month: within both limits
        assertTrue(rule(team("d11, off, off, off, off, off, off", null, "30d"), "monthly_overtime").isEmpty());
        // neither under comprehensive, nor under flexible
        for (String sys : List.of("comprehensive", "flexible")) {
            assertTrue(rule(team("d12, d12, off, off", sys, "30d"), "daily_overtime").isEmpty(), sys);
            assertTrue(rule(team("d12, d12, off, off", sys, "30d"), "monthly_overtime").isEmpty(), sys);
        }
    }

    @Test
    void shiftDesignOffersNoShiftOverElevenHoursOfWorkUnderStandard() {
        String base = HEAD + "horizon: 1d\nroster: []\nstaffing: {design: {min_length: 10h, max_length: 12h, length_step: 30m}}\n";
        double longest = longestWorked(ShiftDesigner.of(TestScenarios.yaml(base), false).base());
        assertEquals(11 * 3600, longest, 1e-9, "11h30m with its 30-minute break: 11 h of work");
        double comprehensive = longestWorked(ShiftDesigner.of(TestScenarios.yaml(base + "labour: {working_time: comprehensive}\n"), false).base());
        assertEquals(11.5 * 3600, comprehensive, 1e-9, "12 h with its break, as before");
    }

    private static double longestWorked(Scenario s) {
        double most = 0;
        for (Shift sh : s.shifts().values()) most = Math.max(most, DutyPlan.worked(sh));
        return most;
    }
}
