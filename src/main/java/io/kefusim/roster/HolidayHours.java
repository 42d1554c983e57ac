package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Break;
import io.kefusim.scenario.Scenario.Shift;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Time worked on the statutory holidays a run lists ({@code costs.holidays}), by the clock: the
 * part of a shift between a listed date's midnights, less its breaks there. A night shift is
 * split by the hours on each date: 20:00 on 30 September to 08:00 on 1 October is 4 hours of an
 * ordinary day and 8 of the holiday.
 */
public final class HolidayHours {
    private HolidayHours() {}

    /** Seconds of [a, b), less the breaks' time in it, that fall on a listed holiday (run time, 0 = the start). */
    public static double worked(Scenario s, double a, double b, List<double[]> breaks) {
        List<LocalDate> holidays = s.costs().holidays();
        if (holidays.isEmpty() || b <= a) return 0;
        double sum = 0;
        for (LocalDate h : holidays) {
            double from = midnight(s, h), lo = Math.max(a, from), hi = Math.min(b, from + 86400);
            if (hi <= lo) continue;
            sum += hi - lo;
            for (double[] br : breaks) sum -= Math.max(0, Math.min(hi, br[1]) - Math.max(lo, br[0]));
        }
        return Math.max(0, sum);
    }

    /** Seconds the instance of {@code shift} that starts on {@code date} works on listed holidays (agent {@code index}'s break slots). */
    static double ofShift(Scenario s, Shift shift, LocalDate date, int index) {
        if (s.costs().holidays().isEmpty()) return 0;
        double start = midnight(s, date) + shift.fromSec();
        return worked(s, start, start + shift.length(), breaks(shift, start, index));
    }

    /** The breaks of an instance of {@code shift} starting at {@code start}, for agent {@code index}, as [from, to) run times. */
    static List<double[]> breaks(Shift shift, double start, int index) {
        List<double[]> breaks = new ArrayList<>();
        for (Break b : shift.breaks()) {
            double bs = start + Math.floorMod(b.atSec() - shift.fromSec(), 86400) + b.offset(index);
            breaks.add(new double[]{bs, bs + b.duration()});
        }
        return breaks;
    }

    /** Days of listed holidays inside [0, horizon] (a date the run covers in part counts in part). */
    static double daysInRun(Scenario s) {
        double days = 0;
        for (LocalDate h : s.costs().holidays()) {
            double from = midnight(s, h);
            days += Math.max(0, Math.min(s.horizon(), from + 86400) - Math.max(0, from)) / 86400;
        }
        return days;
    }

    /** Run time of the midnight that starts {@code date}. */
    static double midnight(Scenario s, LocalDate date) {
        return s.startOfFirstDay() + ChronoUnit.DAYS.between(s.start().toLocalDate(), date) * 86400.0;
    }
}
