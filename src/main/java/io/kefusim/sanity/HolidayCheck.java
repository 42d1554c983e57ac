package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.WorkingTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory holidays (全国年节及纪念日放假办法 art. 2, as revised 2024, in force from 2025) a
 * run covers, against {@code costs.holidays}. {@code pay.holiday_not_listed}: a statutory holiday
 * in the run the list leaves out is paid as an ordinary day (a third of what is due at hourly
 * pay, nothing on top of a salary; at least 300%, 劳动法 art. 44 (3)). {@code
 * pay.holiday_not_statutory}: a listed date that is no statutory holiday (the weekend days of a
 * break, a 调休 day, 11-11) is paid at {@code holiday_factor} when the run covers it, though it
 * earns the rest-day rate or the ordinary one; warned of in the run or not, as the list is meant
 * for any week of the year.
 * The fixed-date holidays are known in every year; 春节, 清明, 端午 and 中秋 from a table for
 * {@link #FIRST}–{@link #LAST} (checked against ICU4J's Chinese calendar and the sun's longitude in
 * HolidayTableTest); outside it they are not known, and the warning says so. Quiet when every
 * agent works under the flexible system, which pays no holiday premium.
 */
final class HolidayCheck {
    private HolidayCheck() {}

    /** The years whose lunar-calendar holidays and 清明 kefusim knows. */
    static final int FIRST = 2014, LAST = 2035;

    /**
     * For each year from {@link #FIRST}: 正月初一, 清明 (the sun at longitude 15°), 端午 (五月初五)
     * and 中秋 (八月十五), as MM-dd in China's time (UTC+8).
     */
    private static final String[] LUNAR = {
            "01-31 04-05 06-02 09-08", // 2014
            "02-19 04-05 06-20 09-27", // 2015
            "02-08 04-04 06-09 09-15", // 2016
            "01-28 04-04 05-30 10-04", // 2017
            "02-16 04-05 06-18 09-24", // 2018
            "02-05 04-05 06-07 09-13", // 2019
            "01-25 04-04 06-25 10-01", // 2020
            "02-12 04-04 06-14 09-21", // 2021
            "02-01 04-05 06-03 09-10", // 2022
            "01-22 04-05 06-22 09-29", // 2023
            "02-10 04-04 06-10 09-17", // 2024
            "01-29 04-04 05-31 10-06", // 2025
            "02-17 04-05 06-19 09-25", // 2026
            "02-07 04-05 06-09 09-15", // 2027
            "01-26 04-04 05-28 10-03", // 2028
            "02-13 04-04 06-16 09-22", // 2029
            "02-02 04-05 06-05 09-12", // 2030
            "01-23 04-05 06-24 10-01", // 2031
            "02-11 04-04 06-12 09-19", // 2032
            "01-31 04-04 06-01 09-08", // 2033
            "02-19 04-05 06-20 09-27", // 2034
            "02-08 04-05 06-10 09-16", // 2035
    };

    static List<Warning> check(Scenario s) {
        if (!paysHolidays(s)) return List.of();
        LocalDateTime from = s.start(), to = s.start().plusNanos(Math.round(s.horizon() * 1e9));
        List<LocalDate> missing = new ArrayList<>(), run = new ArrayList<>();
        boolean unknown = false;
        for (LocalDate d = from.toLocalDate(); d.atStartOfDay().isBefore(to); d = d.plusDays(1)) {
            run.add(d);
            unknown |= !known(d.getYear());
            if (name(d) != null && !s.costs().isHoliday(d)) missing.add(d);
        }
        List<LocalDate> listed = s.costs().holidays();
        List<LocalDate> wrong = listed.stream().filter(d -> known(d.getYear()) && name(d) == null && !byNotice(d)).toList();
        // the list to write: what is listed, less what is no holiday, with what is left out
        List<LocalDate> right = new ArrayList<>(listed);
        right.removeAll(wrong);
        right.addAll(missing);
        right.sort(null);
        List<Warning> out = new ArrayList<>();
        String factor = RunWindow.num(s.costs().holidayFactor());
        if (!missing.isEmpty()) {
            String key = s.origins().written("costs.holidays") ? "costs.holidays" : "start";
            Object tail = unknown ? new Said("wn_holiday_lunar_unknown", FIRST, LAST) : "";
            out.add(new Warning("pay.holiday_not_listed", s.origins().at(key), missing.get(0),
                    new Said("wn_holiday_not_listed", days(missing), factor, yaml(right), tail)));
        }
        if (!wrong.isEmpty()) {
            List<LocalDate> inRun = wrong.stream().filter(run::contains).toList();
            List<LocalDate> statutory = listed.stream().filter(d -> !wrong.contains(d)).toList();
            Said paid = inRun.isEmpty() ? new Said("wn_holiday_wrong_outside")
                    : new Said("wn_holiday_wrong_in_run", inRun.stream().map(LocalDate::toString).toList(), factor);
            Said those = statutory.isEmpty() ? new Said("wn_holiday_statutory_none") : new Said("wn_holiday_statutory_listed", days(statutory));
            out.add(new Warning("pay.holiday_not_statutory", s.origins().at("costs.holidays"), inRun.isEmpty() ? wrong.get(0) : inRun.get(0),
                    new Said("wn_holiday_not_statutory", wrong.stream().map(LocalDate::toString).toList(), factor,
                            RunWindow.num(s.costs().restDayFactor()), paid, those, yaml(right))));
        }
        return List.copyOf(out);
    }

    /** Each date with its holiday's name, "2026-06-19 (端午)", joined as the reader's language joins a list. */
    private static List<Said> days(List<LocalDate> dates) {
        return dates.stream().map(d -> new Said("wn_holiday_day", d.toString(), name(d))).toList();
    }

    /** Dates as YAML writes a list's items, whatever the language. */
    private static String yaml(List<LocalDate> dates) {
        return String.join(", ", dates.stream().map(LocalDate::toString).toList());
    }

    /** Are the lunar-calendar holidays and 清明 of this year in the table? */
    static boolean known(int year) {
        return year >= FIRST && year <= LAST;
    }

    /**
     * The statutory holiday on this date (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆), or null: the
     * fixed dates in any year, the others in the table's years. 春节 is 除夕 and 正月初一–初三
     * from 2025, 初一–初三 before; 劳动节 1–2 May from 2025, 1 May before.
     */
    static String name(LocalDate d) {
        int m = d.getMonthValue(), day = d.getDayOfMonth();
        if (m == 1 && day == 1) return "元旦";
        if (m == 5 && (day == 1 || day == 2 && d.getYear() >= 2025)) return "劳动节";
        if (m == 10 && day <= 3) return d.equals(lunar(d, 3)) ? "国庆/中秋" : "国庆";
        if (!known(d.getYear())) return null;
        LocalDate newYear = lunar(d, 0);
        if (!d.isBefore(d.getYear() >= 2025 ? newYear.minusDays(1) : newYear) && !d.isAfter(newYear.plusDays(2))) return "春节";
        if (d.equals(lunar(d, 1))) return "清明";
        if (d.equals(lunar(d, 2))) return "端午";
        if (d.equals(lunar(d, 3))) return "中秋";
        return null;
    }

    /**
     * 4 October in a year whose 中秋 falls on 1–3 October (2020, 2028, 2031): the State Council's
     * notice for the year says whether it is paid as the fourth holiday, so it is neither warned
     * of when left out nor when listed.
     */
    static boolean byNotice(LocalDate d) {
        if (!known(d.getYear()) || d.getMonthValue() != 10 || d.getDayOfMonth() != 4) return false;
        LocalDate midAutumn = lunar(d, 3);
        return midAutumn.getMonthValue() == 10 && midAutumn.getDayOfMonth() <= 3;
    }

    /** The table's date of a year: 0 正月初一, 1 清明, 2 端午, 3 中秋; null outside the table. */
    static LocalDate lunar(LocalDate inYear, int which) {
        if (!known(inYear.getYear())) return null;
        String md = LUNAR[inYear.getYear() - FIRST].split(" ")[which];
        return LocalDate.of(inYear.getYear(), Integer.parseInt(md.substring(0, 2)), Integer.parseInt(md.substring(3)));
    }

    /** Does anyone work under a system that pays holidays (standard or comprehensive)? */
    private static boolean paysHolidays(Scenario s) {
        if (s.labour().workingTime() != WorkingTime.FLEXIBLE) return true;
        return s.teams().stream().anyMatch(t -> t.workingTime(s) != WorkingTime.FLEXIBLE);
    }
}
