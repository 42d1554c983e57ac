package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The standard working-time system (标准工时制) for a team member (a person), week by calendar
 * week (Monday to Sunday) of the rotation as scheduled — the whole week, even where the run
 * covers two days of it. The week has five working days and two rest days (双休, 国务院关于职工
 * 工作时间的规定 art. 3, 7): the days worked beyond the week's fifth are rest days worked, all their
 * hours paid at the rest-day factor (at least 200%, 劳动法 art. 44 (2)); the rotation names no
 * rest days, so they are the week's last days worked, as 双休 puts them at the week's end. On the
 * five working days a day's hours beyond 8 are extended hours at the overtime factor (150%,
 * art. 36, 41, 44 (1)), on the shift itself; the week's hours beyond 40 are then all counted
 * already (five days' hours not beyond 8 a day are at most 40, so the rest of any excess is a
 * day's extended hours or a rest day's). No hour is paid twice. The rest-day hours are spread
 * over the week's shifts in proportion to their hours, so a run pays the part of the week
 * inside it whichever days it covers.
 * <ul>
 * <li>6 days of 8 h: the sixth is a rest day, 8 h at the rest-day factor (1h20m on each shift); no extended hours.</li>
 * <li>7 days of 8 h: 16 h at the rest-day factor.</li>
 * <li>4 days of 12 h: 4 h a day extended (16 h); the week's 48 − 40 = 8 h are inside those 16 h, nothing more.</li>
 * </ul>
 */
final class WeeklyOvertime {
    private WeeklyOvertime() {}

    /** Working days in a week of the standard system (双休: two rest days). */
    static final int WORKING_DAYS = 5;

    /**
     * Seconds of the team's shift on {@code date} paid at the overtime factor (its own hours
     * beyond 8, unless it is a rest day) and at the rest-day factor (its share of the week's
     * rest-day hours), as {extended, restDay}.
     */
    static double[] shareOf(Scenario s, Team team, LocalDate date) {
        String today = DutyPlan.shiftOn(team, date);
        if (today.equals(ScenarioLoader.OFF)) return new double[]{0, 0};
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        double total = 0, rest = 0;
        int days = 0;
        boolean todayRest = false;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            String name = DutyPlan.shiftOn(team, d);
            if (name.equals(ScenarioLoader.OFF)) continue;
            double w = DutyPlan.worked(s.shifts().get(name));
            total += w;
            if (++days > WORKING_DAYS) {
                rest += w;
                if (d.equals(date)) todayRest = true;
            }
        }
        double worked = DutyPlan.worked(s.shifts().get(today));
        double extended = todayRest ? 0 : Math.max(0, worked - DutyPlan.STANDARD_DAY);
        return new double[]{extended, total > 0 ? rest * worked / total : 0};
    }
}
