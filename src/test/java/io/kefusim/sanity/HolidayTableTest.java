package io.kefusim.sanity;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HolidayCheck's table of the lunar-calendar holidays and 清明, year by year, against ICU4J
 * (a test-scope dependency: it checks the table, it does not ship): 正月初一, 五月初五 (端午) and
 * 八月十五 (中秋) from ICU's Chinese calendar in China's time (UTC+8), 除夕 the last day of the
 * twelfth month, 清明 the day (UTC+8) the sun reaches longitude 15°. And what the table makes of
 * the law (全国年节及纪念日放假办法 art. 2): 11 statutory days a year 2014–2024, 13 from 2025.
 */
class HolidayTableTest {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** The Chinese calendar's month (0 the first), leap flag and day on a date, at noon in China. */
    private static int[] chinese(LocalDate d) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("GMT+08:00"), ULocale.ROOT);
        c.setTimeInMillis(d.atTime(12, 0).toInstant(CHINA).toEpochMilli());
        return new int[]{c.get(Calendar.MONTH), c.get(Calendar.IS_LEAP_MONTH), c.get(Calendar.DAY_OF_MONTH)};
    }

    /**
     * The date, in China, of a day of the Chinese year that begins in this Gregorian year (month 0
     * the first, never a leap month), read back to be sure ICU did not roll it over.
     */
    private static LocalDate first(int year, int month, int day) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("GMT+08:00"), ULocale.ROOT);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, year + 2637); // ICU counts from 2637 BC: the year whose 正月 falls in this one
        c.set(Calendar.MONTH, month);
        c.set(Calendar.IS_LEAP_MONTH, 0);
        c.set(Calendar.DAY_OF_MONTH, day);
        c.set(Calendar.HOUR_OF_DAY, 12);
        LocalDate d = LocalDateTime.ofInstant(Instant.ofEpochMilli(c.getTimeInMillis()), CHINA).toLocalDate();
        assertEquals(List.of(month, 0, day), java.util.Arrays.stream(chinese(d)).boxed().toList(), d.toString());
        return d;
    }

    @Test
    void theTableIsIcusChineseCalendarAndTheSunsLongitude() {
        assertEquals(2014, HolidayCheck.FIRST);
        assertEquals(2035, HolidayCheck.LAST);
        for (int y = HolidayCheck.FIRST; y <= HolidayCheck.LAST; y++) {
            LocalDate jan1 = LocalDate.of(y, 1, 1);
            LocalDate newYear = first(y, 0, 1);
            assertEquals(newYear, HolidayCheck.lunar(jan1, 0), "正月初一 " + y);
            int[] eve = chinese(newYear.minusDays(1));
            assertEquals(11, eve[0], "除夕 is in the twelfth month " + y);
            assertTrue(eve[2] == 29 || eve[2] == 30, "除夕 is its last day " + y);
            assertEquals(first(y, 4, 5), HolidayCheck.lunar(jan1, 2), "端午 " + y);
            assertEquals(first(y, 7, 15), HolidayCheck.lunar(jan1, 3), "中秋 " + y);

            CalendarAstronomer sun = new CalendarAstronomer(LocalDate.of(y, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            LocalDateTime qingming = LocalDateTime.ofInstant(Instant.ofEpochMilli(sun.getSunTime(Math.toRadians(15), true)), CHINA);
            assertEquals(qingming.toLocalDate(), HolidayCheck.lunar(jan1, 1), "清明 " + y);
            // ICU's sun is a few minutes out (2024: 14:44 against the observatories' 15:02): no year's moment is near midnight
            long fromMidnight = Duration.between(qingming.toLocalDate().atStartOfDay(), qingming).toMinutes();
            assertTrue(fromMidnight > 45 && fromMidnight < 24 * 60 - 45, "清明 " + y + " at " + qingming + " is too near midnight to trust");
        }
    }

    @Test
    void theYearsOfTheStateCouncilsNoticesAreAsAnnounced() {
        // 2025: 春节 1月28日（除夕）至31日 (4 days, the first year of the revision); 2024: 2月10日至12日 (3 days, 除夕 not one)
        assertEquals(List.of("2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"), named(2025, "春节"));
        assertEquals(List.of("2024-02-10", "2024-02-11", "2024-02-12"), named(2024, "春节"));
        assertEquals(List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"), named(2026, "春节"));
        assertEquals(List.of("2026-04-05"), named(2026, "清明"));
        assertEquals(List.of("2026-06-19"), named(2026, "端午"));
        assertEquals(List.of("2026-09-25"), named(2026, "中秋"));
        assertEquals(List.of("2025-04-04"), named(2025, "清明"));
        assertEquals(List.of("2025-05-31"), named(2025, "端午"));
        assertEquals(List.of("2025-10-06"), named(2025, "中秋"));
        assertEquals(List.of("2023-09-29"), named(2023, "中秋"));
        assertEquals(List.of("2025-05-01", "2025-05-02"), named(2025, "劳动节"));
        assertEquals(List.of("2024-05-01"), named(2024, "劳动节"));
    }

    @Test
    void elevenDaysAYearTo2024ThirteenFrom2025OneLessWhereMidAutumnMeetsNationalDay() {
        for (int y = HolidayCheck.FIRST; y <= HolidayCheck.LAST; y++) {
            int days = 0;
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) if (HolidayCheck.name(d) != null) days++;
            int overlap = y == 2020 || y == 2028 || y == 2031 ? 1 : 0;
            assertEquals((y >= 2025 ? 13 : 11) - overlap, days, "statutory days in " + y);
            assertEquals(overlap == 1, HolidayCheck.byNotice(LocalDate.of(y, 10, 4)), "4 October " + y);
        }
        assertEquals("国庆/中秋", HolidayCheck.name(LocalDate.of(2020, 10, 1)));
    }

    @Test
    void outsideTheTableOnlyTheFixedDatesAreKnown() {
        assertFalse(HolidayCheck.known(2036));
        assertFalse(HolidayCheck.known(2013));
        assertNull(HolidayCheck.lunar(LocalDate.of(2036, 1, 1), 0));
        assertNull(HolidayCheck.name(LocalDate.of(2036, 1, 28)), "春节 2036 is not known");
        assertEquals("元旦", HolidayCheck.name(LocalDate.of(2036, 1, 1)));
        assertEquals("国庆", HolidayCheck.name(LocalDate.of(2040, 10, 3)));
        assertFalse(HolidayCheck.byNotice(LocalDate.of(2036, 10, 4)));
    }

    private static List<String> named(int year, String name) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (name.equals(HolidayCheck.name(d))) out.add(d.toString());
        }
        return out;
    }
}
