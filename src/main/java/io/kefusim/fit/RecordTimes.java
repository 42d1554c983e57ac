package io.kefusim.fit;

/**
 * The date-times and durations real exports write: {@code 2026-11-11 00:00:05},
 * {@code 2026/11/11 0:00:05}, ISO with {@code T}, with or without fractions of a second; Excel
 * serial date-times ({@code 46337.25}: days since 1899-12-30); and durations as seconds
 * ({@code 95}, {@code 95.5}) or clock form ({@code 0:01:35}, {@code 01:35}). Date-times become
 * seconds since 1970-01-01 on the local wall clock (no zone: records are local).
 */
public final class RecordTimes {
    private RecordTimes() {}

    /** Seconds since the epoch day on the local clock; throws IllegalArgumentException with what is allowed. */
    public static double dateTime(String text) {
        String t = text.trim();
        if (t.isEmpty()) throw new Unreadable("empty; allowed: a date-time such as 2026-11-11 00:00:05", "为空；允许：日期时间，如 2026-11-11 00:00:05");
        double excel = io.kefusim.demand.ExcelDates.epochSeconds(t); // Excel serial, read as a trace's are
        if (!Double.isNaN(excel)) return excel;
        java.util.regex.Matcher m = DATE_TIME.matcher(t);
        if (!m.matches()) throw new Unreadable("'" + t + "' is not a date-time; allowed: 2026-11-11 00:00:05, 2026/11/11 0:00:05, "
                + "2026-11-11T00:00:05, or an Excel date-time number",
                "'" + t + "' 不是日期时间；允许：2026-11-11 00:00:05、2026/11/11 0:00:05、2026-11-11T00:00:05 或 Excel 日期时间数值");
        int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
        int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        double frac = m.group(7) == null ? 0 : Double.parseDouble("0." + m.group(7));
        if (mo < 1 || mo > 12 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth() || h > 24 || mi > 59 || sec > 60) {
            throw new Unreadable("'" + t + "' is not a date-time (no such date or time); allowed: 2026-11-11 00:00:05",
                    "'" + t + "' 不是日期时间（没有这个日期或时刻）；允许：2026-11-11 00:00:05");
        }
        return java.time.LocalDate.of(y, mo, d).toEpochDay() * 86400.0 + h * 3600 + mi * 60 + sec + frac;
    }

    private static final java.util.regex.Pattern DATE_TIME = java.util.regex.Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?");

    /** A date written {@code yymmdd} (the bank's {@code 990201}), {@code yyyymmdd} or like {@link #dateTime}: seconds at its midnight. */
    public static double date(String text) {
        String t = text.trim();
        if (t.matches("\\d{6}")) {
            int yy = Integer.parseInt(t.substring(0, 2));
            int y = yy < 70 ? 2000 + yy : 1900 + yy;
            return java.time.LocalDate.of(y, Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(4, 6))).toEpochDay() * 86400.0;
        }
        if (t.matches("\\d{8}")) {
            return java.time.LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6, 8)))
                    .toEpochDay() * 86400.0;
        }
        return Math.floor(dateTime(t.length() <= 10 ? t + " 00:00:00" : t) / 86400) * 86400;
    }

    /** Seconds: {@code 95}, {@code 95.5}, {@code 1:35}, {@code 0:01:35}. */
    public static double duration(String text) {
        String t = text.trim();
        if (t.isEmpty()) throw new Unreadable("empty; allowed: seconds (95) or a clock duration (0:01:35)", "为空；允许：秒数（95）或时钟格式的时长（0:01:35）");
        if (t.indexOf(':') >= 0) {
            String[] p = t.split(":");
            double s = 0;
            for (String part : p) {
                if (!part.matches("\\d+(\\.\\d+)?")) throw new Unreadable("'" + t + "' is not a duration; allowed: seconds (95) or 0:01:35", "'" + t + "' 不是时长；允许：秒数（95）或 0:01:35");
                s = s * 60 + Double.parseDouble(part);
            }
            return s;
        }
        try {
            double v = Double.parseDouble(t);
            if (v >= 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new Unreadable("'" + t + "' is not a duration; allowed: seconds, 0 or more (95), or 0:01:35", "'" + t + "' 不是时长；允许：0 或以上的秒数（95），或 0:01:35");
    }
}
