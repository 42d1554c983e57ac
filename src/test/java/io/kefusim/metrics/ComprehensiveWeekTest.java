package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The comprehensive system (综合计算工时制) judges a team member on the rotation's average week,
 * not on the run's few days (tester21): a settlement period (a month, a quarter) is longer than a
 * run. Monthly pay 3,480 CNY over 174 h (20 CNY an hour, overtime 30), no contributions, no buyers,
 * from Monday 16 November 2026 (a 30-day month: a day's salary is 116).
 * <ul>
 * <li>two people on [office × 5, off, off], 08:00–16:00: 40 h a week, no overtime on any run (before,
 * 2 × (40 − 40 × 5/7) = 22.86 h over five days, 2 × (8 − 40/7) = 4.57 h over one);</li>
 * <li>the same two as a roster position on the five weekdays: the same, none;</li>
 * <li>one person on [day, night, off], 12-hour shifts 08:00–20:00 and 20:00–08:00: 24 h in 3 days,
 * 56 h a week, 16 h beyond 40 a week, 16/7 h a day of the run: one day 16/7 = 2.29 h (before, the
 * day's 12 + 4 worked hours less 40/7: 10.29 h), three days 48/7 h, seven days 16 h; a run to 09:00
 * holds one hour of the day shift, and pays no more than that hour as overtime (not 16/7 h).</li>
 * </ul>
 */
class ComprehensiveWeekTest {
    private static final String HEAD = "name: cw\nstart: 2026-11-16T00:00\nreplications: 1\nseed: 3\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
            + "agents: [{group: desk, skills: [presale], monthly_pay: 3480}]\ncosts: {employer_contributions: 0}\n";
    private static final String FIVE_BY_EIGHT = "shifts: {office: {from: \"08:00\", to: \"16:00\"}}\n"
            + "teams: [{name: T, agents: {desk: 2}, rotation: {cycle: [office, office, office, office, office, off, off], from: 2026-11-16}}]\n";
    private static final String FIVE_BY_EIGHT_ROSTER = "shifts: {office: {from: \"08:00\", to: \"16:00\"}}\n"
            + "roster: [{group: desk, shift: office, agents: 2, dates: [2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19, 2026-11-20]}]\n";
    private static final String DAY_NIGHT = "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
            + "teams: [{name: B, agents: {desk: 1}, rotation: {cycle: [day, night, off], from: 2026-11-16}}]\n";

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"team, 24h, 1, 2, 0", "team, 120h, 5, 2, 0", "team, 7d, 7, 2, 0",
            "roster, 24h, 1, 2, 0", "roster, 120h, 5, 2, 0",
            "daynight, 24h, 1, 1, 2.2857142857142857", "daynight, 72h, 3, 1, 6.857142857142857", "daynight, 7d, 7, 1, 16",
            "daynight, 9h, 1, 1, 1"})
    void overtimeIsTheAverageWeekBeyondForty(String rota, String horizon, int days, int people, double overtime) {
        String body = switch (rota) {
            case "team" -> FIVE_BY_EIGHT;
            case "roster" -> FIVE_BY_EIGHT_ROSTER;
            default -> DAY_NIGHT;
        };
        Scenario s = TestScenarios.yaml(HEAD + "horizon: " + horizon + "\nlabour: {working_time: comprehensive}\n" + body);
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(people, Figures.peopleEmployed(s));
        assertEquals(overtime, Figures.paidOvertimeHours(m), 1e-9, "agent-hours of overtime by working-time rules");
        assertEquals(people * 3480 * days / 30.0 + overtime * 30, Figures.labourCost(s, m), 1e-6);
    }
}
