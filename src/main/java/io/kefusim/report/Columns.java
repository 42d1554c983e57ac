package io.kefusim.report;

/** Console columns by display width: a Chinese character takes two, so tables line up in both languages. */
public final class Columns {
    private Columns() {}

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    public static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    public static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }
}
