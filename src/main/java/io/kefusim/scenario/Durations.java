package io.kefusim.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as written in scenario files: {@code 45s}, {@code 2m}, {@code 1h30m}, {@code 8h}, {@code 2d}, or ISO-8601 {@code PT2M}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(d|h|ms|m|s)");
    private static final String ALLOWED = "a duration like 45s, 2m, 1h30m, 8h, 2d or PT2M";

    private Durations() {}

    /**
     * What {@link #parse} says of text it cannot read, in Chinese (for {@code --lang zh}): one
     * message for every kind of bad duration, naming the text as written.
     */
    public static String notADurationZh(String raw) {
        return "'" + (raw == null ? "" : raw.trim()) + "' 不是时长；允许：如 45s、2m、1h30m、8h、2d 或 PT2M 的时长";
    }

    /** Seconds. Throws {@link IllegalArgumentException} with a message saying what is allowed. */
    public static double parse(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (s.isEmpty()) throw new IllegalArgumentException("empty; expected " + ALLOWED);
        if (s.startsWith("P") || s.startsWith("p")) {
            try {
                Duration d = Duration.parse(s.toUpperCase());
                return d.getSeconds() + d.getNano() / 1e9;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a valid ISO-8601 duration; expected " + ALLOWED);
            }
        }
        if (s.equals("0")) return 0;
        Matcher m = PART.matcher(s);
        int pos = 0;
        double total = 0;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) {
                if (s.matches("-?\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("'" + s + "' has no unit; expected " + ALLOWED);
                }
                throw new IllegalArgumentException("'" + s + "' is not a duration; expected " + ALLOWED);
            }
            double v = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "d" -> v * 86400;
                case "h" -> v * 3600;
                case "m" -> v * 60;
                case "s" -> v;
                default -> v / 1000; // ms
            };
            pos = m.end();
        }
        return total;
    }

    /** The shortest readable label: 120 -> "2m", 5400 -> "1h30m", 45 -> "45s". */
    public static String format(double seconds) {
        if (seconds != Math.rint(seconds)) return trim(seconds) + "s";
        long s = (long) seconds;
        if (s == 0) return "0s";
        StringBuilder sb = new StringBuilder();
        long d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, r = s % 60;
        if (d > 0) sb.append(d).append('d');
        if (h > 0) sb.append(h).append('h');
        if (m > 0) sb.append(m).append('m');
        if (r > 0) sb.append(r).append('s');
        return sb.toString();
    }

    private static String trim(double v) {
        String t = Double.toString(v);
        return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }
}
