package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Labour cost worked out by hand: one position at 1,740 CNY a month over 174 paid hours (10 CNY
 * an hour) on a 12-hour shift 08:00-20:00 with a one-hour break (11 hours worked) every day, no
 * buyers, on 11 November (a 30-day month). On monthly pay the position takes 2 people (77 hours a
 * week / 40 = 1.925, rounded up; {@link io.kefusim.roster.People}), each paid 1,740 / 30 = 58 a
 * day whether scheduled or not: 116 a day. (Before pay followed hours: 12 h x 10 = 120 a day.)
 */
class LabourCostTest {
    private static Scenario shop(String workingTime, String horizon, String contributions) {
        return TestScenarios.yaml("name: pay\nstart: 2026-11-11T00:00\nhorizon: " + horizon + "\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 1740}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\", breaks: [{at: \"12:00\", for: 1h}]}}\n"
                + "roster: [{group: desk, shift: day, agents: 1}]\n"
                + "labour: {working_time: " + workingTime + "}\ncosts: {employer_contributions: " + contributions + "}\n");
    }

    /**
     * standard: salaries 116, 3 worked hours beyond 8 at the overtime rate (1.5 x 10) = 45 on top
     * of the salary, contributions 30%: 161 x 1.3 = 209.3.
     * comprehensive: the position's people average under 40 h a week, so no overtime: 116 x 1.3 = 150.8
     * (a team member's comprehensive overtime is in PayTest). flexible: 150.8.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"standard, 209.3", "comprehensive, 150.8", "flexible, 150.8"})
    void oneDayOfOneAgent(String workingTime, double expected) {
        Scenario s = shop(workingTime, "24h", "0.3");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(expected, Figures.labourCost(s, m), 1e-6);
        assertEquals(expected, Figures.labourCostOfDay(s, m, 0), 1e-6, "one day: the day's cost is the run's");
        assertEquals(12 * 7, Figures.paidHoursPerAgentWeek(s, m), 1e-9, "12 h a day is 84 h a week");
        assertEquals(2, Figures.peopleEmployed(s), "77 worked hours a week take two people");
        assertEquals(42, Figures.paidHoursPerPersonWeek(s, m), 1e-9, "84 paid hours a week over two people");
    }

    @Test
    void daysAddUpToTheRun() {
        Scenario s = shop("standard", "72h", "0.25");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(3 * (116 + 45) * 1.25, Figures.labourCost(s, m), 1e-6);
        double sum = 0;
        for (int d = 0; d < 3; d++) {
            assertEquals((116 + 45) * 1.25, Figures.labourCostOfDay(s, m, d), 1e-6, "day " + d);
            sum += Figures.labourCostOfDay(s, m, d);
        }
        assertEquals(Figures.labourCost(s, m), sum, 1e-6);
    }
}
