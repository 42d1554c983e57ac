package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Labour cost worked out by hand: one agent at 1,740 CNY a month over 174 paid hours (10 CNY
 * an hour) on a 12-hour shift 08:00-20:00 with a one-hour break (11 hours worked), no buyers.
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
     * standard: 12 paid hours = 120, 3 worked hours beyond 8 at the 50% premium = 15, contributions 30%: 175.5.
     * comprehensive: 11 worked hours against 40/7 a day: 11 - 40/7 = 5.2857 h at 50%: (120 + 26.43) x 1.3.
     * flexible: no premium: 120 x 1.3 = 156.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"standard, 175.5", "comprehensive, 190.3571428571", "flexible, 156.0"})
    void oneDayOfOneAgent(String workingTime, double expected) {
        Scenario s = shop(workingTime, "24h", "0.3");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(expected, Figures.labourCost(s, m), 1e-6);
        assertEquals(expected, Figures.labourCostOfDay(s, m, 0), 1e-6, "one day: the day's cost is the run's");
        assertEquals(12 * 7, Figures.paidHoursPerAgentWeek(s, m), 1e-9, "12 h a day is 84 h a week");
    }

    @Test
    void daysAddUpToTheRun() {
        Scenario s = shop("standard", "72h", "0.25");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(3 * (120 + 15) * 1.25, Figures.labourCost(s, m), 1e-6);
        double sum = 0;
        for (int d = 0; d < 3; d++) {
            assertEquals((120 + 15) * 1.25, Figures.labourCostOfDay(s, m, d), 1e-6, "day " + d);
            sum += Figures.labourCostOfDay(s, m, d);
        }
        assertEquals(Figures.labourCost(s, m), sum, 1e-6);
    }
}
