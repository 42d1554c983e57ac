package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Under the standard working-time system (标准工时制) a week's hours beyond 40 are overtime as
 * well as a day's beyond 8 (劳动法 art. 36, 41, 44). For a team member (a person) the weekly
 * part is the week's hours worked beyond 40 that are not already a day's overtime, counted on
 * the rotation as scheduled over the calendar week (Monday to Sunday) of the shift's date —
 * the whole week, even where the run covers two days of it — and spread over the week's
 * shifts in proportion to their hours, so a run pays the part of the week inside it.
 * A rota of 6 days of 8 h is 48 h: 8 h of weekly overtime, 1h20m on each shift.
 */
final class WeeklyOvertime {
    private WeeklyOvertime() {}

    /** Seconds of the week's overtime (beyond the daily rule) that fall to the team's shift on {@code date}. */
    static double shareOf(Scenario s, Team team, LocalDate date) {
        String today = DutyPlan.shiftOn(team, date);
        if (today.equals(ScenarioLoader.OFF)) return 0;
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        double total = 0, daily = 0;
        for (int i = 0; i < 7; i++) {
            String name = DutyPlan.shiftOn(team, monday.plusDays(i));
            if (name.equals(ScenarioLoader.OFF)) continue;
            double w = DutyPlan.worked(s.shifts().get(name));
            total += w;
            daily += Math.max(0, w - DutyPlan.STANDARD_DAY);
        }
        double weekly = Math.max(0, total - DutyPlan.STANDARD_WEEK - daily);
        return total > 0 ? weekly * DutyPlan.worked(s.shifts().get(today)) / total : 0;
    }
}
