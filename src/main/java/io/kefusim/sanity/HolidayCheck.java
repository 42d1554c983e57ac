package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.WorkingTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A run over a fixed-date national holiday (元旦 1 January; 劳动节 1–2 May, 1 May alone before
 * 2025; 国庆 1–3 October) that {@code costs.holidays} does not list: its hours are paid as on an
 * ordinary day (a third of what is due at hourly pay, nothing on top of a salary; at least
 * 300%, 劳动法 art. 44 (3)), and nothing else says so. The lunar-calendar holidays (春节, 清明, 端午, 中秋) move from year to year and kefusim
 * has no table of them, so they are never warned of: the user lists them. Quiet when every
 * agent works under the flexible system, which pays no holiday premium.
 */
final class HolidayCheck {
    private HolidayCheck() {}

    static List<Warning> check(Scenario s) {
        if (!paysHolidays(s)) return List.of();
        LocalDateTime from = s.start(), to = s.start().plusNanos(Math.round(s.horizon() * 1e9));
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate d = from.toLocalDate(); d.atStartOfDay().isBefore(to); d = d.plusDays(1)) {
            if (fixedHoliday(d) && !s.costs().isHoliday(d)) missing.add(d);
        }
        if (missing.isEmpty()) return List.of();
        String key = s.origins().written("costs.holidays") ? "costs.holidays" : "start";
        String dates = String.join(", ", missing.stream().map(LocalDate::toString).toList());
        return List.of(new Warning("pay.holiday_not_listed", s.origins().at(key), missing.get(0),
                new Said("wn_holiday_not_listed", dates, RunWindow.num(s.costs().holidayFactor()))));
    }

    /** 1 January, 1 May (and 2 May from 2025), 1–3 October: the statutory holidays on fixed dates (全国年节及纪念日放假办法 art. 2). */
    static boolean fixedHoliday(LocalDate d) {
        int m = d.getMonthValue(), day = d.getDayOfMonth();
        return m == 1 && day == 1 || m == 5 && (day == 1 || day == 2 && d.getYear() >= 2025) || m == 10 && day <= 3;
    }

    /** Does anyone work under a system that pays holidays (standard or comprehensive)? */
    private static boolean paysHolidays(Scenario s) {
        if (s.labour().workingTime() != WorkingTime.FLEXIBLE) return true;
        return s.teams().stream().anyMatch(t -> t.workingTime(s) != WorkingTime.FLEXIBLE);
    }
}
