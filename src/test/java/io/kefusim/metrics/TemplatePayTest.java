package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rotation templates under each working-time system, by hand. One person (team 0 of the
 * template) for the two weeks Monday 2 to Sunday 15 November 2026; monthly pay 3,480 over 174
 * paid hours = 20 CNY an hour, extended hours at 1.5 = 30 CNY, rest-day work (standard system:
 * the days worked beyond five in a Monday-Sunday week, 劳动法 art. 44 (2)) at 2 = 40 CNY; no
 * contributions, no buyers. The salary is 3,480 x 14 / 30 = 1,624 whatever the system; the
 * overtime hours, as the cycle falls:
 * <ul>
 * <li><b>four_team_three_shift</b>, swap 2 (M M E E off off N N): weeks 1 and 2 each have five
 * 8-hour shifts = 40 h. Standard: no day beyond 8 h, no sixth day: 0. Comprehensive, on the
 * rotation's average week: 6 × 8 = 48 h in 8 days is 42 h a week, 2 beyond 40, two weeks: 4 h at
 * 1.5 (before, the run's own 80 h against 80: 0, since these two weeks happen to hold ten shifts;
 * the next two hold twelve). 四班三倒 is the legal rota under the standard system's
 * weeks as they fall here.</li>
 * <li><b>three_shift</b>, swap 7 (7 M, 6 E, off, 7 N): week 1 seven mornings = 56 h, two rest
 * days (16 h), week 2 six evenings = 48 h, one rest day (8 h): standard 24 h at 2, none at 1.5.
 * Comprehensive, on the rotation's average week (the cycle's 20 × 8 = 160 h in 21 days, 53 1/3 h
 * a week, 13 1/3 beyond 40), over the run's two weeks: 26 2/3 h at 1.5 (before, the run's own 104 h
 * against 80: 24 h, which hung on where the 21-day cycle fell in the run).</li>
 * <li><b>day_night</b>, swap 7 (off, 6 days, 7 nights; 12-hour shifts): week 1 (Tue-Sun days):
 * five working days 4 h beyond 8 each = 20 h at 1.5; Sunday a rest day, 12 h at 2 (spread 2 h a
 * shift). Week 2 seven nights: Monday-Friday 4 h each = 20 h at 1.5; Saturday and Sunday rest
 * days, 24 h at 2, spread 24/7 h a night; six nights lie inside, the last (Sunday 20:00) only 4 of
 * its 12 h: 6 x 24/7 + 24/7 / 3 = 152/7. The night of Sunday 1 November (a rest day of the same
 * pattern of week) runs 8 of its 12 h into the run: 24/7 x 2/3 = 16/7. Standard: 40 h at 1.5 and
 * 12 + 152/7 + 16/7 = 36 h at 2 (76 h in all, as before; 36 of them now at 2).
 * Comprehensive: the cycle's 13 × 12 = 156 h in 14 days, 78 h a week, 38 beyond 40, two weeks:
 * 76 h at 1.5 (rest days count in the period's total under 综合计算工时制).</li>
 * </ul>
 * Flexible (不定时工作制): no scheduled overtime, so 1,624 for every template.
 */
class TemplatePayTest {
    @ParameterizedTest(name = "{0} under {2}")
    @CsvSource({"four_team_three_shift, 2, standard, 0, 0", "four_team_three_shift, 2, comprehensive, 4, 0", "four_team_three_shift, 2, flexible, 0, 0",
            "three_shift, 7, standard, 0, 24", "three_shift, 7, comprehensive, 26.666666666666668, 0", "three_shift, 7, flexible, 0, 0",
            "day_night, 7, standard, 40, 36", "day_night, 7, comprehensive, 76, 0", "day_night, 7, flexible, 0, 0"})
    void templateUnderEachSystem(String template, int swap, String system, double extendedHours, double restDayHours) {
        Scenario s = TestScenarios.yaml("name: t\nstart: 2026-11-02T00:00\nhorizon: 14d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale], monthly_pay: 3480}]\n"
                + "teams: [{name: A, agents: {desk: 1}, working_time: " + system + ", rotation: {template: " + template + ", team: 0, swap_every: " + swap
                + ", from: 2026-11-02}}]\n"
                + "costs: {employer_contributions: 0}\n");
        ReplicationMetrics m = Replication.run(s, io.kefusim.demand.RateProfile.of(s), 0, null);
        assertEquals(3480 * 14 / 30.0 + extendedHours * 30 + restDayHours * 40, Figures.labourCost(s, m), 1e-6);
        assertEquals(extendedHours + restDayHours, Figures.paidOvertimeHours(m), 1e-9);
        assertEquals(restDayHours, Figures.restDayHours(m), 1e-9);
    }
}
