package io.kefusim.demand;

/**
 * Excel's date-time numbers ({@code 46337.25}: days since 1899-12-30, the time of day as the fraction), as an
 * export of a sheet whose time column is formatted "General" writes them. One rule for every reader: {@code fit}'s
 * records and a {@code demand.trace}'s times are told apart from other numbers the same way.
 */
public final class ExcelDates {
    /** Days from 1899-12-30 (Excel's day 0) to 1970-01-01. */
    private static final int EPOCH_DAY = 25569;
    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("\\d{5}(\\.\\d+)?");

    private ExcelDates() {}

    /** Seconds since 1970-01-01 on the local wall clock, when {@code text} is an Excel date-time number (five digits of days, 1927 to 2173); NaN otherwise. */
    public static double epochSeconds(String text) {
        String t = text.trim();
        if (!SERIAL.matcher(t).matches()) return Double.NaN;
        return (Double.parseDouble(t) - EPOCH_DAY) * 86400;
    }
}
