package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pay as shops pay, by hand: employed people cost their monthly pay prorated by calendar days
 * whether scheduled or not; temporary staff cost their paid hours; a team member's week beyond
 * 40 hours is overtime under the standard system; a rotation may run under its own system.
 * No buyers, so no after-shift overtime or commission. Monthly pay 3,480 CNY over 174 paid
 * hours is 20 CNY an hour; the week of Monday 9 to Sunday 15 November 2026 (a 30-day month).
 */
class PayTest {
    private static final String HEAD = "name: pay\nstart: 2026-11-09T00:00\nreplications: 1\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n";

    private static ReplicationMetrics run(Scenario s) {
        return Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
    }

    private static String teams(int n, String extra) {
        StringBuilder sb = new StringBuilder("teams:\n");
        String[] cycles = {"[day, day, off]", "[off, day, day]", "[day, off, day]", "[day, day, off]"};
        for (int i = 0; i < n; i++) {
            sb.append("  - {name: T").append(i).append(", agents: {desk: 5}, rotation: {cycle: ").append(cycles[i]).append(", from: 2026-11-09}}\n");
        }
        return sb + extra;
    }

    /** 15 against 20 people: the five more cost exactly five salaries prorated over the week, with contributions. */
    @Test
    void fiveMorePeopleCostFiveProratedSalaries() {
        String common = HEAD + "horizon: 7d\nagents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\ncosts: {employer_contributions: 0.3}\n";
        Scenario fifteen = TestScenarios.yaml(common + teams(3, ""));
        // the fourth team never works (all rest days): employed people are paid whether scheduled or not
        Scenario twenty = TestScenarios.yaml(common + teams(3, "  - {name: idle, agents: {desk: 5}, rotation: {cycle: [off], from: 2026-11-09}}\n"));
        assertEquals(15, Figures.peopleEmployed(fifteen));
        assertEquals(20, Figures.peopleEmployed(twenty));
        double five = 5 * 3480 * 7 / 30.0 * 1.3; // 5,278
        assertEquals(five, Figures.labourCost(twenty, run(twenty)) - Figures.labourCost(fifteen, run(fifteen)), 1e-6);
        // and a fourth working team (fewer hours each, 8-hour days, 40-hour weeks at most): still five salaries more
        Scenario fourTeams = TestScenarios.yaml(common + teams(4, ""));
        assertEquals(20, Figures.peopleEmployed(fourTeams));
        ReplicationMetrics m = run(fourTeams);
        assertEquals(20 * 3480 * 7 / 30.0 * 1.3, Figures.labourCost(fourTeams, m), 1e-6, "no overtime: 4 or 5 days of 8 h a week");
        assertEquals(20 * 3480 * 7 / 30.0 * 1.3 / 20, Figures.labourCostPerPerson(fourTeams, m), 1e-6);
    }

    /**
     * Paid hours per person per week are the rota's, not the stretch the run cuts: trace-replay.yaml's
     * shape, 3 on 16:00–24:00 and 2 on 00:00–08:00 every day, is 5 positions × 8 h × 7 = 280 h a week
     * over 7 people (35 position-days / 5), 40 h each. A 6-hour run 20:00–02:00 and a 16-hour run
     * 16:00–08:00 both pay the 7 people one day (same labour cost) and say 40 h; before, the run's
     * paid time over 7 people × 1 day gave 16 h (3 × 4 h + 2 × 2 h) for the 6-hour run and 40 for the 16.
     * A team of 4 on [day, day, off] (8 h) works 16 h in 3 days: 37.3 h a week on average.
     */
    @Test
    void paidHoursPerPersonWeekDoNotDependOnWhereTheRunCutsAShift() {
        String rota = "agents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {evening: {from: \"16:00\", to: \"24:00\"}, night: {from: \"00:00\", to: \"08:00\"}}\n"
                + "roster: [{group: desk, shift: evening, agents: 3}, {group: desk, shift: night, agents: 2}]\n";
        Scenario six = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-10T20:00") + "horizon: 6h\n" + rota);
        Scenario sixteen = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-10T16:00") + "horizon: 16h\n" + rota);
        assertEquals(7, Figures.peopleEmployed(six));
        assertEquals(7, Figures.peopleEmployed(sixteen));
        ReplicationMetrics m6 = run(six), m16 = run(sixteen);
        assertEquals(Figures.labourCost(sixteen, m16), Figures.labourCost(six, m6), 1e-6, "one day's pay of 7 people either way");
        assertEquals(40, Figures.paidHoursPerPersonWeek(six, m6), 1e-9, "not 16");
        assertEquals(40, Figures.paidHoursPerPersonWeek(sixteen, m16), 1e-9);
        assertEquals(40, Figures.paidHoursPerPersonWeek(six, m6, 0), 1e-9, "the group's figure too");
        Scenario team = TestScenarios.yaml(HEAD + "horizon: 5h\nagents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {desk: 4}, rotation: {cycle: [day, day, off], from: 2026-11-09}}]\n");
        assertEquals(16.0 * 7 / 3, Figures.paidHoursPerPersonWeek(team, run(team)), 1e-9, "a 5-hour run of the team's first day");
    }

    /**
     * Paid hours per position per week are the rota's too: 3 positions of 8:00–16:00 every day read
     * 56 h for a 24-hour run, a 6-hour run that ends before the shift (before: 0) and a 12-hour run
     * that cuts it (before: 28); 20:00–04:00 the same (before: 56 / 28 / 42).
     */
    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"08:00, 24h", "08:00, 6h", "08:00, 12h", "20:00, 24h", "20:00, 6h", "20:00, 12h"})
    void paidHoursPerAgentWeekDoNotDependOnWhereTheRunCutsAShift(String from, String horizon) {
        int to = (Integer.parseInt(from.substring(0, 2)) + 8) % 24;
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-03-02T00:00") + "horizon: " + horizon + "\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 4000}]\n"
                + "shifts: {s: {from: \"" + from + "\", to: \"" + String.format("%02d:00", to) + "\"}}\n"
                + "roster: [{group: desk, shift: s, agents: 3}]\n");
        ReplicationMetrics m = run(s);
        assertEquals(56, Figures.paidHoursPerAgentWeek(s, m), 1e-9);
        assertEquals(56, Figures.paidHoursPerAgentWeek(s, m, 0), 1e-9, "the group's figure too");
    }

    /**
     * Hours a week count breaks out, as overtime and the people employed do (标准工时制: a 09:00–18:00
     * office day with a lunch hour is the 8-hour day). 5 positions every day: 35 position-days / 5 =
     * 7 people, 5 × 8 h × 7 = 280 h a week, 40 h each (before, shift time: 45). The tester's
     * roster1: day 08:00–17:00 (1 h lunch: 8 h), late 14:00–23:00 and night 22:00–07:00 (30 min: 8.5 h),
     * 4 + 3 + 2 every day and 2 more day shifts on 11-17: 7 × (32 + 25.5 + 17) + 16 = 537.5 h over
     * 14 people (65 position-days / 5 = 13, 537.5 / 40 = 13.4: 14) = 38.4 (before, 585 / 14 = 41.8).
     * A team of 2 on [office, office, off]: 16 h in 3 days, 37.3 h a week (before 42).
     */
    @Test
    void hoursAWeekCountBreaksOutAsOvertimeDoes() {
        String office = "agents: [{group: desk, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts: {office: {from: \"09:00\", to: \"18:00\", breaks: [{at: \"12:00\", for: 1h, split: 2}]}}\n";
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-16T00:00") + "horizon: 7d\n" + office
                + "roster: [{group: desk, shift: office, agents: 5}]\n");
        assertEquals(7, Figures.peopleEmployed(s));
        assertEquals(40, Figures.paidHoursPerPersonWeek(s, null), 1e-9, "not 45");
        assertEquals(56, Figures.paidHoursPerAgentWeek(s, null), 1e-9, "280 h over 5 positions every day, not 63");
        Scenario roster1 = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-16T00:00") + "horizon: 2d\n"
                + "agents: [{group: pre, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"17:00\", breaks: [{at: \"12:00\", for: 1h}]},"
                + " late: {from: \"14:00\", to: \"23:00\", breaks: [{at: \"18:00\", for: 30m, split: 2}]},"
                + " night: {from: \"22:00\", to: \"07:00\", breaks: [{at: \"02:00\", for: 30m, split: 2}]}}\n"
                + "roster: [{group: pre, shift: day, agents: 4}, {group: pre, shift: late, agents: 3}, {group: pre, shift: night, agents: 2},"
                + " {group: pre, shift: day, agents: 2, dates: [2026-11-17]}]\n");
        assertEquals(14, Figures.peopleEmployed(roster1));
        assertEquals(537.5 / 14, Figures.paidHoursPerPersonWeek(roster1, null), 1e-9, "not 585 / 14 = 41.8");
        Scenario team = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-16T00:00") + "horizon: 3d\n" + office
                + "teams: [{name: A, agents: {desk: 2}, rotation: {cycle: [office, office, off], from: 2026-11-16}}]\n");
        assertEquals(16.0 * 7 / 3, Figures.paidHoursPerPersonWeek(team, null), 1e-9, "not 18 × 7 / 3 = 42");
    }

    /**
     * A run shorter than a day (the classroom's 8-hour working day) is a day of pay: 4 positions
     * on one 8-hour shift are 6 people (4 x 7/5, rounded up), each paid 3,480 / 30 for the day,
     * with contributions: 6 x 116 x 1.3 = 904.8, not a third of it. Their paid hours per week:
     * 4 x 8 h = 32 h on a day of 6 people, 32 x 7 / 6 = 37.3 h each, not 32 / 6 / (8/168) = 112.
     */
    @Test
    void aRunShorterThanADayPaysADay() {
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-11-09T00:00", "2026-11-09T09:00") + "horizon: 8h\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\nroster: [{group: desk, shift: day, agents: 4}]\n"
                + "costs: {employer_contributions: 0.3}\n");
        assertEquals(1, io.kefusim.metrics.Payroll.paidDays(s));
        assertEquals(6, Figures.peopleEmployed(s));
        ReplicationMetrics m = run(s);
        assertEquals(6 * 3480 / 30.0 * 1.3, Figures.labourCost(s, m), 1e-6);
        assertEquals(32.0 * 7 / 6, Figures.paidHoursPerPersonWeek(s, m), 1e-9);
        assertEquals(32.0 * 7 / 4, Figures.paidHoursPerAgentWeek(s, m), 1e-9);
    }

    /** Temporary staff: 3 agents x 8 h x 2 days x 25 CNY = 1,200, no contributions, whatever the monthly rules say. */
    @Test
    void hourlyStaffCostTheirPaidHoursTimesTheRate() {
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 48h\nagents: [{group: temps, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\nroster: [{group: temps, shift: day, agents: 3}]\n"
                + "costs: {employer_contributions: 0.3}\n");
        ReplicationMetrics m = run(s);
        assertEquals(1200, Figures.labourCost(s, m), 1e-9);
        assertEquals(600, Figures.labourCostOfDay(s, m, 0), 1e-9);
        assertEquals(600, Figures.labourCostOfDay(s, m, 1), 1e-9);
        // a 10-hour temp shift: 2 h beyond 8 earn the 50% premium on top of the rate
        Scenario longer = TestScenarios.yaml(HEAD + "horizon: 24h\nagents: [{group: temps, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"18:00\"}}\nroster: [{group: temps, shift: day, agents: 1}]\n");
        assertEquals(10 * 25 + 2 * 25 * 0.5, Figures.labourCost(longer, run(longer)), 1e-9);
    }

    /**
     * One person a week (Monday 9 to Sunday 15 November 2026), standard system: five working days
     * and two rest days (双休); the days worked beyond five are rest days worked, paid at 2 x 20 =
     * 40 CNY an hour (劳动法 art. 44 (2)), a working day's hours beyond 8 at 1.5 x 20 = 30 (art. 44 (1)).
     * Salary 3,480 x 7/30 = 812, with contributions on it (the salary is the contribution base;
     * overtime carries none) 812 x 1.3 = 1,055.6.
     * Six days of 8 h (09:00-17:00): the sixth is a rest day, 8 h x 40 = 320 and nothing at 1.5
     * (the five others are 40 h); 1,055.6 + 320 = 1,375.6 (at 1.5 it was 1,295.6).
     * Seven days of 8 h: two rest days, 16 h x 40 = 640; 1,055.6 + 640 = 1,695.6.
     * Four days of 12 h (08:00-20:00, no break): 4 h a day beyond 8 = 16 h x 30 = 480; the week's
     * 48 - 40 = 8 h are inside those 16, nothing more: 1,055.6 + 480 = 1,535.6.
     * Six days of 12 h: five working days 5 x 4 h = 20 h x 30 = 600; the sixth a rest day, all its
     * 12 h x 40 = 480 (not 4 h at 1.5 and 12 at 2: no hour twice); 1,055.6 + 1,080 = 2,135.6.
     * Four days of 12 h with a 1-hour break (11 worked): 3 h a day beyond 8 = 12 h; the week is
     * 44 h, 4 beyond 40 but already paid by the daily rule: 12 h x 30 = 360; 1,055.6 + 360 = 1,415.6.
     * The same team under its own comprehensive system (综合工时制): 44 - 40 = 4 h: 1,055.6 + 120 = 1,175.6;
     * six days of 8 h under it: 48 - 40 = 8 h at 1.5 (rest days count in the period's total): 1,055.6 + 240 = 1,295.6.
     * Flexible: no overtime, 1,055.6.
     */
    @ParameterizedTest(name = "{0} days of {1}-{2} {4}")
    @CsvSource({"6, '09:00', '17:00', '', standard, 1375.6",
            "7, '09:00', '17:00', '', standard, 1695.6",
            "4, '08:00', '20:00', '', standard, 1535.6",
            "6, '08:00', '20:00', '', standard, 2135.6",
            "6, '09:00', '17:00', '', comprehensive, 1295.6",
            "4, '08:00', '20:00', '[{at: \"12:00\", for: 1h}]', standard, 1415.6",
            "4, '08:00', '20:00', '[{at: \"12:00\", for: 1h}]', comprehensive, 1175.6",
            "4, '08:00', '20:00', '[{at: \"12:00\", for: 1h}]', flexible, 1055.6"})
    void weeklyOvertimeByHand(int days, String from, String to, String breaks, String teamSystem, double expected) {
        StringBuilder cycle = new StringBuilder();
        for (int i = 0; i < 7; i++) cycle.append(i == 0 ? "" : ", ").append(i < days ? "day" : "off");
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 7d\nagents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"" + from + "\", to: \"" + to + "\"" + (breaks.isEmpty() ? "" : ", breaks: " + breaks) + "}}\n"
                + "teams: [{name: A, agents: {desk: 1}, working_time: " + teamSystem + ", rotation: {cycle: [" + cycle + "], from: 2026-11-09}}]\n"
                + "labour: {working_time: standard}\ncosts: {employer_contributions: 0.3}\n");
        assertEquals(expected, Figures.labourCost(s, run(s)), 1e-6);
    }

    /**
     * Two days of the same 6 x 8 h week (Monday, Tuesday) pay their part of the week's 8 rest-day
     * hours: 8 x 8/48 each, at 2 x 20 = 40 CNY: 3,480 x 2/30 = 232 + 2 x 8 x 8/48 x 40 = 106 2/3.
     */
    @Test
    void aShortRunPaysItsPartOfTheWeek() {
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 48h\nagents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [day, day, day, day, day, day, off], from: 2026-11-09}}]\n"
                + "costs: {employer_contributions: 0}\n");
        double restDayHours = 2 * 8 * 8 / 48.0;
        ReplicationMetrics m = run(s);
        assertEquals(3480 * 2 / 30.0 + restDayHours * 40, Figures.labourCost(s, m), 1e-6);
        assertEquals(restDayHours, Figures.restDayHours(m), 1e-9);
        assertEquals(restDayHours, Figures.paidOvertimeHours(m), 1e-9);
    }

    /** The rest-day factor is the scenario's: at 3 the six days of 8 h cost 812 + 8 x 60 = 1,292 (no contributions). */
    @Test
    void restDayFactorFromTheScenario() {
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 7d\nagents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [day, day, day, day, day, day, off], from: 2026-11-09}}]\n"
                + "costs: {employer_contributions: 0, rest_day_factor: 3}\n");
        assertEquals(812 + 8 * 60, Figures.labourCost(s, run(s)), 1e-6);
    }
}
