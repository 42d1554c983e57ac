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
 * <li>6 days of 8 h, Monday to Saturday, Thursday a listed holiday: 4 working days, so Saturday
 * is a rest day, 8 h at the rest-day factor, and Thursday's 8 h at the holiday factor.</li>
 * </ul>
 */
final class WeeklyOvertime {
    private WeeklyOvertime() {}

    /** Working days in a week of the standard system (双休: two rest days). */
    static final int WORKING_DAYS = 5;

    /**
     * Seconds of the team's shift on {@code date} paid at the overtime factor (its own hours
     * beyond 8, unless it is a rest day) and at the rest-day factor (its share of the week's
     * rest-day hours), as {extended, restDay}, for member {@code index} (whose break slot decides
     * which of its hours fall on a holiday).
     *
     * <p>Listed statutory holidays ({@code costs.holidays}): a holiday is neither a working day
     * nor a rest day — it is a paid day off, and one on a Saturday or Sunday is made up on a
     * working day (补假, 全国年节及纪念日放假办法 art. 6) — so a week with H of them has 5 − H
     * working days (none below 0) and still two rest days. A shift that starts on a holiday is
     * not among the week's days worked; of the others, those beyond the week's working days are
     * rest days. Hours on a holiday (by the clock, {@link HolidayHours}) are paid at the holiday
     * factor and counted in neither the extended nor the rest-day hours. With no holiday listed
     * this is the rule above, to the bit.
     */
    static double[] shareOf(Scenario s, Team team, LocalDate date, int index) {
        String today = DutyPlan.shiftOn(team, date);
        if (today.equals(ScenarioLoader.OFF)) return new double[]{0, 0};
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        int working = WORKING_DAYS;
        for (int i = 0; i < 7; i++) if (s.costs().isHoliday(monday.plusDays(i))) working--;
        working = Math.max(0, working);
        double total = 0, rest = 0;
        int days = 0;
        boolean todayRest = false;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            String name = DutyPlan.shiftOn(team, d);
            if (name.equals(ScenarioLoader.OFF)) continue;
            Scenario.Shift shift = s.shifts().get(name);
            double w = DutyPlan.worked(shift) - HolidayHours.ofShift(s, shift, d, index);
            total += w;
            if (s.costs().isHoliday(d)) continue;
            if (++days > working) {
                rest += w;
                if (d.equals(date)) todayRest = true;
            }
        }
        Scenario.Shift shift = s.shifts().get(today);
        double worked = DutyPlan.worked(shift) - HolidayHours.ofShift(s, shift, date, index);
        double extended = todayRest ? 0 : Math.max(0, worked - DutyPlan.STANDARD_DAY);
        return new double[]{extended, total > 0 ? rest * worked / total : 0};
    }
}
