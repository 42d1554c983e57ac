package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
     * standard: salaries 116 with contributions 30% on them (the contribution base is the salary)
     * = 116 x 1.3 = 150.8, and 3 worked hours beyond 8 at the overtime rate (1.5 x 10) = 45 on
     * top, without contributions: 150.8 + 45 = 195.8 (before, contributions on the overtime too:
     * 161 x 1.3 = 209.3).
     * comprehensive: the position's people average under 40 h a week, so no overtime: 116 x 1.3 = 150.8
     * (a team member's comprehensive overtime is in PayTest). flexible: 150.8.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"standard, 195.8", "comprehensive, 150.8", "flexible, 150.8"})
    void oneDayOfOneAgent(String workingTime, double expected) {
        Scenario s = shop(workingTime, "24h", "0.3");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(expected, Figures.labourCost(s, m), 1e-6);
        assertEquals(expected, Figures.labourCostOfDay(s, m, 0), 1e-6, "one day: the day's cost is the run's");
        assertEquals(11 * 7, Figures.paidHoursPerAgentWeek(s, m), 1e-9, "11 h worked a day (12 h less the 1 h break) is 77 h a week, as overtime counts it (before 84: the break counted)");
        assertEquals(2, Figures.peopleEmployed(s), "77 worked hours a week take two people");
        assertEquals(38.5, Figures.paidHoursPerPersonWeek(s, m), 1e-9, "77 hours worked a week over two people (before 42)");
    }

    /** Three days at 25% contributions: a day is 116 x 1.25 + 45 = 190, the run 570. */
    @Test
    void daysAddUpToTheRun() {
        Scenario s = shop("standard", "72h", "0.25");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(570, Figures.labourCost(s, m), 1e-6);
        double sum = 0;
        for (int d = 0; d < 3; d++) {
            assertEquals(190, Figures.labourCostOfDay(s, m, d), 1e-6, "day " + d);
            sum += Figures.labourCostOfDay(s, m, d);
        }
        assertEquals(Figures.labourCost(s, m), sum, 1e-6);
    }

    /**
     * Contributions are paid on the salary only (社保/公积金: the base, 缴费基数, is fixed for the
     * year, so the overtime and commission earned in the run do not move it). The same position
     * with buyers 08:00-20:00 who order (conversion 0.4, 200 CNY, commission 0.5%): its cost is
     * the salary with contributions, 116 x 1.3 = 150.8, + the 3 h standard overtime at 15 = 45,
     * + after-shift time at 15 an hour, + 0.5% of the sales closed; the contributions alone, the
     * cost at 30% less the cost at 0%, are exactly 0.3 x 116 = 34.8 however much overtime and
     * commission the run earned (before, 0.3 x all of it).
     */
    @Test
    void contributionsAreRateTimesTheProratedSalaryOnly() {
        String busy = "[0,0,0,0,0,0,0,0,30,30,30,30,30,30,30,30,30,30,30,30,0,0,0,0]";
        Scenario with = withBuyers(busy, "0.3"), without = withBuyers(busy, "0");
        ReplicationMetrics m = Replication.run(with, io.kefusim.demand.RateProfile.of(with), 0, null);
        double afterShift = m.agentByGroup[0].overtime, sales = m.salesByGroup[0];
        assertTrue(afterShift > 0, "chats finished after the shift: " + afterShift);
        assertTrue(sales > 0, "sales closed: " + sales);
        assertEquals(3 * 3600, m.premiumByGroup[0], 1e-6, "3 h beyond 8 under the standard system");
        double cost = Figures.labourCost(with, m);
        assertEquals(116 * 1.3 + 45 + afterShift / 3600 * 15 + sales * 0.005, cost, 1e-6);
        ReplicationMetrics same = Replication.run(without, io.kefusim.demand.RateProfile.of(without), 0, null);
        assertEquals(0.3 * 116, cost - Figures.labourCost(without, same), 1e-6, "contributions = rate x prorated salary");
    }

    /**
     * staff prices a decision by the same rule ({@link Payroll#cost}): one more 12-hour position
     * every day takes 77 h / 40 = 1.925 people (not rounded: the optimiser's marginal price), each
     * 58 a day, with contributions on the salary: 1.925 x 58 x 1.3 = 145.145, + the 3 h of
     * overtime at 15 = 45, without contributions: 190.145 (before, (111.65 + 45) x 1.3 = 203.645).
     */
    @Test
    void staffPricesAPositionByTheSameRule() {
        java.util.List<io.kefusim.staffing.Decisions.Decision> ds = io.kefusim.staffing.Decisions.of(shop("standard", "24h", "0.3"), false);
        assertEquals(1, ds.size());
        assertEquals(190.145, ds.get(0).cost(), 1e-6);
    }

    /**
     * A team member on 6 days of 8 h (Monday 9 to Sunday 15 November 2026, standard system, no
     * contributions, 1,740 a month = 10 CNY an hour): the sixth day is a rest day worked, its 8 h
     * at the rest-day factor 2 = 20 CNY: salary 1,740 x 7/30 = 406 + 8 x 20 = 160: 566 (at 1.5,
     * 526). staff's price of one more member of the team and the run's cost of that member agree.
     */
    @Test
    void staffPricesARestDayAsTheRunPaysIt() {
        Scenario s = TestScenarios.yaml("name: pay\nstart: 2026-11-09T00:00\nhorizon: 7d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 1740}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [day, day, day, day, day, day, off], from: 2026-11-09}}]\n"
                + "labour: {working_time: standard}\ncosts: {employer_contributions: 0}\n");
        java.util.List<io.kefusim.staffing.Decisions.Decision> ds = io.kefusim.staffing.Decisions.of(s, false);
        assertEquals(1, ds.size());
        assertEquals(566, ds.get(0).cost(), 1e-6);
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(566, Figures.labourCost(s, m), 1e-6);
    }

    private static Scenario withBuyers(String hourly, String contributions) {
        return TestScenarios.yaml("name: pay\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {pattern: {hourly: " + hourly + "}, mix: {presale: 1}}\n"
                + "buyers: {presale: {conversion: 0.4, order_value: 200}}\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 1740}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\", breaks: [{at: \"12:00\", for: 1h}]}}\n"
                + "roster: [{group: desk, shift: day, agents: 1}]\n"
                + "labour: {working_time: standard}\ncosts: {employer_contributions: " + contributions + ", commission: 0.005}\n");
    }
}
