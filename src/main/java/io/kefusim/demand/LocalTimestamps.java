package io.kefusim.demand;

/**
 * Allocation-free parsing of the common trace timestamp {@code YYYY-MM-DD[T ]HH:MM[:SS[.fff]]}
 * into wall-clock seconds since 1970-01-01 00:00 (local). Anything else returns NaN so the
 * caller can fall back to java.time.
 */
final class LocalTimestamps {
    private LocalTimestamps() {}

    static double secondsSinceEpochDay0(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':') {
            return Double.NaN;
        }
        int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2), mi = digits(s, 14, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59) return Double.NaN;
        double sec = 0;
        int pos = 16;
        if (pos < n) {
            if (s.charAt(pos) != ':' || pos + 3 > n) return Double.NaN;
            int ss = digits(s, pos + 1, 2);
            if (ss < 0 || ss > 59) return Double.NaN;
            sec = ss;
            pos += 3;
            if (pos < n) {
                if (s.charAt(pos) != '.' || pos + 1 >= n) return Double.NaN;
                double scale = 0.1;
                for (int i = pos + 1; i < n; i++) {
                    char c = s.charAt(i);
                    if (c < '0' || c > '9') return Double.NaN;
                    sec += (c - '0') * scale;
                    scale /= 10;
                }
            }
        }
        return epochDay(y, mo, d) * 86400.0 + h * 3600 + mi * 60 + sec;
    }

    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
