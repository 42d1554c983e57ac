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

    /** Text that is not a duration a scenario may hold: the reason in English (the message) and in Chinese. */
    public static final class Unreadable extends IllegalArgumentException {
        private final String chinese;

        Unreadable(String message, String chinese) {
            super(message);
            this.chinese = chinese;
        }

        public String chinese() { return chinese; }
    }

    private static Unreadable notADuration(String raw, String message) {
        return new Unreadable(message, notADurationZh(raw));
    }

    /**
     * Seconds, 0 or more. Throws {@link Unreadable} with a message saying what is allowed: a
     * negative duration (ISO-8601 can write one, {@code PT-5M}) is no waiting time, shift or horizon.
     */
    public static double parse(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (s.isEmpty()) throw notADuration(raw, "empty; expected " + ALLOWED);
        if (s.startsWith("P") || s.startsWith("p")) {
            Duration d;
            try {
                d = Duration.parse(s.toUpperCase());
            } catch (DateTimeParseException e) {
                throw notADuration(raw, "'" + s + "' is not a valid ISO-8601 duration; expected " + ALLOWED);
            }
            if (d.isNegative()) {
                throw new Unreadable("'" + s + "' is negative; allowed: 0 or more, " + ALLOWED,
                        "'" + s + "' 是负的时长；允许：不小于 0，如 45s、2m、1h30m、8h、2d 或 PT2M 的时长");
            }
            return d.getSeconds() + d.getNano() / 1e9;
        }
        if (s.equals("0")) return 0;
        Matcher m = PART.matcher(s);
        int pos = 0;
        double total = 0;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) {
                if (s.matches("-?\\d+(\\.\\d+)?")) {
                    throw notADuration(raw, "'" + s + "' has no unit; expected " + ALLOWED);
                }
                throw notADuration(raw, "'" + s + "' is not a duration; expected " + ALLOWED);
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

    /**
     * The shortest readable label that {@link #parse} reads back as exactly the same double:
     * 120 -> "2m", 5400 -> "1h30m", 45 -> "45s", 1e-10 -> "0.0000000001s". Whole seconds are
     * split into days, hours, minutes and seconds (exact: whole numbers below 2^53); anything
     * else is written in seconds with every digit Java needs to tell the double apart, in plain
     * notation (parse reads no exponent), so a saved scenario repeats its run.
     */
    public static String format(double seconds) {
        if (!Double.isFinite(seconds)) return seconds + "s";
        if (seconds < 0) return "-" + format(-seconds);
        if (seconds != Math.rint(seconds) || seconds >= WHOLE_LIMIT) return plain(seconds) + "s";
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

    /** Below this, whole seconds split into d/h/m/s and parse back exactly (2^53). */
    private static final double WHOLE_LIMIT = 9007199254740992.0;

    /** The double's shortest round-trip decimal, without an exponent. */
    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
