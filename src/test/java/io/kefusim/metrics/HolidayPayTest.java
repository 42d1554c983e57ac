package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statutory holidays (costs.holidays, costs.holiday_factor) worked out by hand. 1 October 2026 is
 * a Thursday; the week is Monday 28 September to Sunday 4 October. No buyers, no contributions,
 * so the cost is pay alone. Hourly pay is 20 CNY an hour; monthly pay 1,740 over 174 paid hours
 * is 10 CNY an hour, and a day of October is 1,740 / 31 of salary.
 */
class HolidayPayTest {
    private static final String NO_BUYERS = "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n";
    private static final String TEMPS = "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 20}]\n";

    private static Scenario scenario(String start, String horizon, String agents, String shifts, String staff, String system, String holidays) {
        return TestScenarios.yaml("name: holiday\nstart: " + start + "\nhorizon: " + horizon + "\nreplications: 1\n" + NO_BUYERS + agents
                + "shifts: " + shifts + "\n" + staff + "\nlabour: {working_time: " + system + "}\n"
                + "costs: {employer_contributions: 0" + (holidays == null ? "" : ", holidays: " + holidays) + "}\n");
    }

    private static ReplicationMetrics run(Scenario s) {
        return Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
    }

    private static final String DAY = "{day: {from: \"09:00\", to: \"17:00\"}}";

    /**
     * One temp on one 8-hour day shift on 1 October at 20 CNY an hour: listed, 8 h × 20 × 3 = 480
     * (the 160 of the hours and 8 × 20 × (3 − 1) = 320 on top) under standard and comprehensive;
     * flexible pays no premium, 160; not listed, 160 (the day is an ordinary working day).
     */
    @ParameterizedTest(name = "{0}, holidays {1}")
    @CsvSource(delimiter = ';', value = {"standard; [2026-10-01]; 480; 8", "comprehensive; [2026-10-01]; 480; 8", "flexible; [2026-10-01]; 160; 0",
            "standard; ; 160; 0", "standard; [2026-10-02]; 160; 0"})
    void oneDayShiftOnTheFirstOfOctober(String system, String holidays, double cost, double holidayHours) {
        Scenario s = scenario("2026-10-01T00:00", "24h", TEMPS, DAY, "roster: [{group: desk, shift: day, agents: 1}]", system, holidays);
        ReplicationMetrics m = run(s);
        assertEquals(cost, Figures.labourCost(s, m), 1e-9);
        assertEquals(cost, Figures.labourCostOfDay(s, m, 0), 1e-9);
        assertEquals(holidayHours, Figures.holidayHours(m), 1e-9);
        assertEquals(holidayHours, Figures.paidOvertimeHours(m), 1e-9, "the holiday hours are the paid overtime, nothing else");
    }

    /**
     * Monthly pay: one position on 1 October only (one person) is paid a day of salary, 1,740 / 31,
     * whether the day is a holiday or not; the 8 hours worked on the holiday come on top at the whole
     * factor, 8 × 10 × 3 = 240, as rest-day and extended hours are (the salary pays the holiday as a
     * day off, not the hours worked on it). At holiday_factor 4: 320.
     */
    @ParameterizedTest(name = "holidays {0}, factor {1}")
    @CsvSource(delimiter = ';', value = {"; 3; 0", "[2026-10-01]; 3; 240", "[2026-10-01]; 4; 320"})
    void monthlyPayGetsTheWholeFactorOnTop(String holidays, String factor, double premium) {
        Scenario s = TestScenarios.yaml("name: holiday\nstart: 2026-10-01T00:00\nhorizon: 24h\nreplications: 1\n" + NO_BUYERS
                + "agents: [{group: desk, skills: [presale], monthly_pay: 1740}]\nshifts: " + DAY + "\n"
                + "roster: [{group: desk, shift: day, agents: 1, dates: [2026-10-01]}]\nlabour: {working_time: standard}\n"
                + "costs: {employer_contributions: 0.3, holiday_factor: " + factor + (holidays == null ? "" : ", holidays: " + holidays) + "}\n");
        ReplicationMetrics m = run(s);
        assertEquals(1, Figures.peopleEmployed(s));
        assertEquals(1740 / 31.0 * 1.3 + premium, Figures.labourCost(s, m), 1e-9, "contributions on the salary only");
    }

    /**
     * A night shift 20:00–08:00 (12 h, no break) from 30 September into 1 October is split by the
     * clock: 4 h on the ordinary day, 8 h on the holiday. Its hours beyond 8 leave the holiday
     * hours out: 4 ordinary hours are not beyond 8, so no extended hours: 12 × 20 + 8 × 20 × 2 =
     * 560 (not listed: 4 h beyond 8 at 1.5, 240 + 40 = 280). From 1 into 2 October with only 1
     * October listed: 4 h on the holiday, 8 ordinary, none beyond 8: 240 + 4 × 40 = 400.
     */
    @ParameterizedTest(name = "from {0}, holidays {1}")
    @CsvSource(delimiter = ';', value = {"2026-09-30; [2026-10-01]; 560; 8; 0", "2026-09-30; ; 280; 0; 4", "2026-10-01; [2026-10-01]; 400; 4; 0"})
    void aNightShiftIsSplitByTheHoursOnEachDate(String date, String holidays, double cost, double holidayHours, double extendedHours) {
        Scenario s = scenario(date + "T00:00", "48h", TEMPS, "{night: {from: \"20:00\", to: \"08:00\"}}",
                "roster: [{group: desk, shift: night, agents: 1, dates: [" + date + "]}]", "standard", holidays);
        ReplicationMetrics m = run(s);
        assertEquals(cost, Figures.labourCost(s, m), 1e-9);
        assertEquals(holidayHours, Figures.holidayHours(m), 1e-9);
        assertEquals(extendedHours, Figures.paidOvertimeHours(m) - Figures.restDayHours(m) - Figures.holidayHours(m), 1e-9);
    }

    /**
     * A run from 1 October 00:00 for 24 h cuts the night shifts: the one from 30 September 20:00
     * is in it from midnight, its last 8 h, all on the holiday; the one from 1 October 20:00 its
     * first 4 h, on the holiday too. 12 h paid, all at 3×: 12 × 20 × 3 = 720 (unlisted: 240 and the
     * shifts' 4 h beyond 8 each, cut in proportion, 8/12 × 4 + 4/12 × 4 = 4 h at 1.5×: 280).
     */
    @ParameterizedTest(name = "holidays {0}")
    @CsvSource(delimiter = ';', value = {"[2026-10-01]; 720; 12", "; 280; 0"})
    void aRunThatCutsANightShiftPaysTheHolidayHoursInside(String holidays, double cost, double holidayHours) {
        Scenario s = scenario("2026-10-01T00:00", "24h", TEMPS, "{night: {from: \"20:00\", to: \"08:00\"}}",
                "roster: [{group: desk, shift: night, agents: 1}]", "standard", holidays);
        ReplicationMetrics m = run(s);
        assertEquals(cost, Figures.labourCost(s, m), 1e-9);
        assertEquals(holidayHours, Figures.holidayHours(m), 1e-9);
    }

    private static final String SIX_DAYS = "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [day, day, day, day, day, day, off], from: 2026-09-28}}]";

    /**
     * Standard system, a team member on 6 days of 8 h, Monday 28 September to Saturday 3 October.
     * Nothing listed: five working days, Saturday a rest day worked: 48 × 20 + 8 × 20 × 1 = 1,120.
     * 1 October listed: the holiday is a paid day off, not a working day, so the week has 4
     * working days (Monday–Wednesday, Friday) and Saturday is still a rest day: 8 h at 2× and
     * Thursday's 8 h at 3×, none of them twice: 960 + 160 + 320 = 1,440 (16 h of paid overtime,
     * 8 of them on the rest day). 1–3 October listed: 2 working days (Monday, Tuesday), Wednesday a
     * rest day, Thursday to Saturday 24 h on holidays: 960 + 160 + 960 = 2,080. Thursday off
     * (five days, 40 h): nothing listed, five working days, 800; 1 October listed, four working
     * days, so Saturday is a rest day worked: 800 + 160 = 960 (the holiday does not count as one of
     * the five).
     */
    @ParameterizedTest(name = "{0}, holidays {1}")
    @CsvSource(delimiter = ';', value = {"day, day, day, day, day, day, off; ; 1120; 8; 0",
            "day, day, day, day, day, day, off; [2026-10-01]; 1440; 8; 8",
            "day, day, day, day, day, day, off; [2026-10-01, 2026-10-02, 2026-10-03]; 2080; 8; 24",
            "day, day, day, off, day, day, off; ; 800; 0; 0",
            "day, day, day, off, day, day, off; [2026-10-01]; 960; 8; 0"})
    void aWeekWithAHolidayPaysNoHourTwice(String cycle, String holidays, double cost, double restDayHours, double holidayHours) {
        Scenario s = scenario("2026-09-28T00:00", "7d", TEMPS, DAY,
                "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [" + cycle + "], from: 2026-09-28}}]", "standard", holidays);
        ReplicationMetrics m = run(s);
        assertEquals(cost, Figures.labourCost(s, m), 1e-9);
        assertEquals(restDayHours, Figures.restDayHours(m), 1e-9);
        assertEquals(holidayHours, Figures.holidayHours(m), 1e-9);
        assertEquals(restDayHours + holidayHours, Figures.paidOvertimeHours(m), 1e-9, "no extended hours");
    }

    /**
     * The same week under the comprehensive system: the holiday's 8 h at 3×, and the hours beyond
     * the week's standard, which a holiday lowers by 8 h (40 − 8 = 32), at 1.5×; the holiday hours
     * are not among them: (48 − 8) − 32 = 8 h, 960 + 320 + 80 = 1,360 (not listed: 48 − 40 = 8 h,
     * 1,040). Thursday off (Monday–Wednesday, Friday–Sunday): nothing worked on the holiday, but 48
     * hours in a week of 32 standard ones, 16 h at 1.5×: 960 + 160 = 1,120 (not listed: 1,040).
     */
    @ParameterizedTest(name = "{0}, holidays {1}")
    @CsvSource(delimiter = ';', value = {"day, day, day, day, day, day, off; [2026-10-01]; 1360",
            "day, day, day, day, day, day, off; ; 1040",
            "day, day, day, off, day, day, day; [2026-10-01]; 1120",
            "day, day, day, off, day, day, day; ; 1040"})
    void comprehensive(String cycle, String holidays, double cost) {
        Scenario s = scenario("2026-09-28T00:00", "7d", TEMPS, DAY,
                "teams: [{name: A, agents: {desk: 1}, rotation: {cycle: [" + cycle + "], from: 2026-09-28}}]", "comprehensive", holidays);
        assertEquals(cost, Figures.labourCost(s, run(s)), 1e-9);
    }

    /** Flexible: no premium on the holiday nor anywhere, 48 × 20 = 960 listed or not. */
    @Test
    void flexiblePaysNoHolidayPremium() {
        Scenario s = scenario("2026-09-28T00:00", "7d", TEMPS, DAY, SIX_DAYS, "flexible", "[2026-10-01]");
        ReplicationMetrics m = run(s);
        assertEquals(960, Figures.labourCost(s, m), 1e-9);
        assertEquals(0, Figures.holidayHours(m), 1e-9);
    }

    /** staff prices a team member's week as the run pays it: the six days with 1 October listed, 1,440. */
    @Test
    void staffPricesAHolidayAsTheRunPaysIt() {
        Scenario s = scenario("2026-09-28T00:00", "7d", TEMPS, DAY, SIX_DAYS, "standard", "[2026-10-01]");
        java.util.List<io.kefusim.staffing.Decisions.Decision> ds = io.kefusim.staffing.Decisions.of(s, false);
        assertEquals(1, ds.size());
        assertEquals(1440, ds.get(0).cost(), 1e-9);
    }
}
