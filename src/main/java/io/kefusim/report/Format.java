package io.kefusim.report;

import io.kefusim.metrics.Estimate;

import java.util.Locale;

/** How figures are shown to people (console, report, what-if tables): one place, so they agree. */
public final class Format {
    private Format() {}

    /** A share as a percentage: 0.5334 -> "53.3%". */
    public static String share(Double v) { return v == null ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100); }
    /** A count or money, whole: 12345.6 -> "12,346". */
    public static String whole(Double v) { return v == null ? "–" : String.format(Locale.ROOT, "%,.0f", v); }
    /** Seconds, orders and the like, one decimal: 12345.67 -> "12,345.7". */
    /** A pay factor as written: 2.0 as "2", 1.5 as "1.5". */
    public static String factor(double v) { return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }

    public static String one(Double v) { return v == null ? "–" : String.format(Locale.ROOT, "%,.1f", v); }

    /** A difference with its sign, whole: +278, −1,338 (a true minus sign). */
    public static String signedWhole(Double v) {
        if (v == null) return "–";
        String w = whole(Math.abs(v));
        return (Math.round(v) > 0 ? "+" : Math.round(v) < 0 ? "−" : "±") + w;
    }

    /** A difference of shares in percentage points with its sign: +5.8 pts. */
    public static String signedPoints(Double v) { return signedPoints(v, 1); }

    /** The same with {@code decimals} decimals (see {@link #pointDecimals}). */
    public static String signedPoints(Double v, int decimals) {
        if (v == null) return "–";
        String w = points(Math.abs(v), decimals);
        return (Double.parseDouble(w) == 0 ? "±" : v > 0 ? "+" : "−") + w;
    }

    /** A share in percentage points, unsigned: 0.0123 -> "1.2" with one decimal. */
    public static String points(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v * 100);
    }

    /**
     * Decimals for shares shown in percentage points: one, or up to three when a share that is not
     * zero would read 0.0 at one. A real difference of 0.03 points with a half-width of 0.02 read
     * "±0.0 ±0.0 points *": marked real, yet nothing to see; it now reads "−0.03 ±0.02 points *".
     */
    public static int pointDecimals(Double... shares) {
        int d = 1;
        for (Double s : shares) {
            if (s == null || s == 0 || Double.isNaN(s)) continue;
            while (d < 3 && Math.abs(s) * 100 < 0.5 * Math.pow(10, -d)) d++;
        }
        return d;
    }

    /**
     * A confidence half-width of a share: one decimal, or up to three when one would show a
     * half-width that is not zero as "±0.0%" (no uncertainty at all, to a reader): 0.0004 -> "0.04%".
     */
    public static String shareHalfWidth(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%." + pointDecimals(v) + "f%%", v * 100);
    }

    public static String share(Estimate e) { return share(e.mean()); }
    public static String whole(Estimate e) { return whole(e.mean()); }
    public static String one(Estimate e) { return one(e.mean()); }

    /** By a figure's unit ("share", "CNY", anything else one decimal). */
    public static String byUnit(String unit, Double v) {
        return switch (unit) {
            case "share" -> share(v);
            case "CNY" -> whole(v);
            default -> one(v);
        };
    }
}
