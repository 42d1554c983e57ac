package io.kefusim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario file as a tree that remembers where each value came from (file and line), so
 * that validation can point at the exact spot. Jackson's own tree forgets locations, which
 * is why the loader builds this instead of a {@code JsonNode}.
 */
public final class Node {
    public enum Kind { MAP, LIST, SCALAR, NULL }

    private final Kind kind;
    private final String file;
    private final int line;
    /** The column (from 1) where the value begins, where the parser knows it (0 when not: an override, a default). */
    private int column;
    /** The column of the key this value is written under in its mapping (0 when none or not known). */
    private int keyColumn;
    private String path;
    private final LinkedHashMap<String, Node> map;
    private final List<Node> list;
    private final String text;

    private Node(Kind kind, String file, int line, String path, String text) {
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.path = path;
        this.text = text;
        this.map = kind == Kind.MAP ? new LinkedHashMap<>() : null;
        this.list = kind == Kind.LIST ? new ArrayList<>() : null;
    }

    public static Node map(String file, int line, String path) { return new Node(Kind.MAP, file, line, path, null); }
    public static Node list(String file, int line, String path) { return new Node(Kind.LIST, file, line, path, null); }
    public static Node scalar(String file, int line, String path, String text) { return new Node(Kind.SCALAR, file, line, path, text); }
    public static Node nul(String file, int line, String path) { return new Node(Kind.NULL, file, line, path, null); }

    /** Where in its line the value (and the key it is written under) begins: the parser's columns, from 1. */
    Node at(int column, int keyColumn) {
        this.column = column;
        this.keyColumn = keyColumn;
        return this;
    }

    public Kind kind() { return kind; }
    public String file() { return file; }
    public int line() { return line; }
    /** The column (from 1) where the value begins in its line, or 0 when not known. */
    public int column() { return column; }
    /** The column of the key this value is under (from 1), or 0 when not known. */
    public int keyColumn() { return keyColumn; }
    public String path() { return path; }
    public boolean isMap() { return kind == Kind.MAP; }
    public boolean isList() { return kind == Kind.LIST; }
    public boolean isScalar() { return kind == Kind.SCALAR; }
    public boolean isNull() { return kind == Kind.NULL; }

    /** Re-roots this subtree under a new path (used when an override replaces a value). */
    void repath(String newPath) {
        this.path = newPath;
        if (map != null) map.forEach((k, v) -> v.repath(childPath(newPath, k)));
        if (list != null) for (int i = 0; i < list.size(); i++) list.get(i).repath(newPath + "[" + i + "]");
    }

    /** A copy of this subtree under {@code newPath}, each value keeping its file, line and columns (a YAML alias: the anchor's). */
    Node copy(String newPath) {
        Node c = new Node(kind, file, line, newPath, text).at(column, keyColumn);
        if (map != null) map.forEach((k, v) -> c.map.put(k, v.copy(childPath(newPath, k))));
        if (list != null) for (int i = 0; i < list.size(); i++) c.list.add(list.get(i).copy(newPath + "[" + i + "]"));
        return c;
    }

    Map<String, Node> rawMap() { return map; }

    static String childPath(String parent, String key) {
        return parent == null || parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * An error at this node, its message in English and in Chinese (shown with {@code --lang zh}):
     * every message about a scenario file is written in both.
     */
    public ScenarioException error(String message, String chinese) {
        return new ScenarioException(file, line, column, path, message, chinese);
    }

    // ---- structure -------------------------------------------------------------------

    public Map<String, Node> entries() {
        if (map == null) throw error("expected a mapping of keys to values, found " + describeKind(false) + "; allowed: 'key: value' lines indented under it, or {key: value, ...}",
                "应为“键: 值”的映射，实际是" + describeKind(true) + "；允许：缩进在它下面的“键: 值”各行，或 {键: 值, ...}");
        return Collections.unmodifiableMap(map);
    }

    public List<Node> items() {
        if (list == null) throw error("expected a list, found " + describeKind(false) + "; allowed: a list, as [1, 2, 3] or lines starting with '- '",
                "应为列表，实际是" + describeKind(true) + "；允许：列表，如 [1, 2, 3]，或以“- ”开头的各行");
        return Collections.unmodifiableList(list);
    }

    void put(String key, Node value) { map.put(key, value); }
    void add(Node value) { list.add(value); }
    void set(int index, Node value) { list.set(index, value); }
    Node rawGet(String key) { return map == null ? null : map.get(key); }
    List<Node> rawList() { return list; }

    public boolean has(String key) {
        Node n = entries().get(key);
        return n != null && !n.isNull();
    }

    /** The child, or null if absent or written as null. */
    public Node opt(String key) {
        Node n = entries().get(key);
        return n == null || n.isNull() ? null : n;
    }

    public Node req(String key) {
        Node n = opt(key);
        if (n == null) throw new ScenarioException(file, line, column, childPath(path, key), "is required", "必须填写");
        return n;
    }

    /** As {@link #req(String)}, the message saying what is allowed when the key is missing ({@code allowed}: "allowed: …"). */
    public Node req(String key, String allowed, String allowedZh) {
        Node n = opt(key);
        if (n == null) throw new ScenarioException(file, line, column, childPath(path, key), "is required; " + allowed, "必须填写；" + allowedZh);
        return n;
    }

    /** Rejects keys other than those allowed: a typo must not be silently ignored. */
    public Node allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, Node> e : entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                Node v = e.getValue();
                throw new ScenarioException(v.file, v.line, v.keyColumn > 0 ? v.keyColumn : v.column, childPath(path, e.getKey()),
                        "unknown key; allowed here: " + String.join(", ", allowed), "无法识别的键；此处可用：" + Lists.join(allowed, true));
            }
        }
        return this;
    }

    public Node allowOnly(String... allowed) { return allowOnly(List.of(allowed)); }

    // ---- scalars ---------------------------------------------------------------------

    public String text() {
        if (kind != Kind.SCALAR) throw error("expected a single value, found " + describeKind(false) + "; allowed: one value after the key, such as 3, 2m or presale, not a list or a mapping",
                "应为单个值，实际是" + describeKind(true) + "；允许：键后的一个值，如 3、2m 或 presale，不能是列表或映射");
        return text;
    }

    public double asDouble(double min, double max) {
        String t = text().trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("'" + t + "' is not a number; allowed: a number from " + fmt(min) + " to " + fmt(max),
                    "'" + t + "' 不是数字；允许：" + rangeZh(min, max) + " 的数");
        }
        if (!(v >= min && v <= max)) {
            throw error(fmt(v) + " is out of range; allowed: " + fmt(min) + " to " + fmt(max), fmt(v) + " 超出范围；允许：" + rangeZh(min, max));
        }
        return v;
    }

    /**
     * A number from {@code min} to {@code max} for a key whose allowed values are narrower than that
     * interval, its caller giving the values between their own message ({@code costs.overtime_factor}
     * reads 0 to 10, and says 1.5 to 10): the not-a-number and out-of-range errors say {@code allowed}.
     */
    public double asDouble(double min, double max, String allowed, String allowedZh) {
        String t = text().trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("'" + t + "' is not a number; allowed: " + allowed, "'" + t + "' 不是数字；允许：" + allowedZh);
        }
        if (!(v >= min && v <= max)) throw error(fmt(v) + " is out of range; allowed: " + allowed, fmt(v) + " 超出范围；允许：" + allowedZh);
        return v;
    }

    /** A whole number as written, however many digits (Integer.parseInt refuses it when it is too large). */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[-+]?\\d+");

    public int asInt(int min, int max) {
        String t = text().trim();
        int v;
        try {
            v = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            // digits too many for the type are a whole number all the same: out of range, not "not a whole number"
            if (WHOLE.matcher(t).matches()) throw error(t + " is out of range; allowed: " + min + " to " + max, t + " 超出范围；允许：" + rangeZh(min, max));
            throw error("'" + t + "' is not a whole number; allowed: a whole number from " + min + " to " + max,
                    "'" + t + "' 不是整数；允许：" + rangeZh(min, max) + " 的整数");
        }
        if (v < min || v > max) throw error(v + " is out of range; allowed: " + min + " to " + max, v + " 超出范围；允许：" + rangeZh(min, max));
        return v;
    }

    public long asLong() {
        String t = text().trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (WHOLE.matcher(t).matches()) {
                throw error(t + " is out of range; allowed: a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                        t + " 超出范围；允许：从 " + Long.MIN_VALUE + " 到 " + Long.MAX_VALUE + " 的整数");
            }
            throw error("'" + t + "' is not a whole number; allowed: a whole number, such as 7", "'" + t + "' 不是整数；允许：整数，如 7");
        }
    }

    /** A duration in seconds; see {@link Durations}. */
    public double asDuration() {
        try {
            return Durations.parse(text());
        } catch (Durations.Unreadable e) {
            throw error(e.getMessage(), e.chinese());
        }
    }

    public String asChoice(Set<String> allowed) {
        String t = text().trim();
        if (!allowed.contains(t)) throw error("'" + t + "' is not allowed; allowed: " + String.join(", ", allowed), "不允许 '" + t + "'；允许：" + Lists.join(allowed, true));
        return t;
    }

    /** What the node is, for an error message: in Chinese if {@code zh}. */
    private String describeKind(boolean zh) {
        return switch (kind) {
            case MAP -> zh ? "映射" : "a mapping";
            case LIST -> zh ? "列表" : "a list";
            case SCALAR -> (zh ? " '" : "'") + text + "'";
            case NULL -> zh ? "空" : "nothing";
        };
    }

    /** "from min to max" in Chinese: 从 min 到 max, or 不小于 min with no upper bound. */
    private static String rangeZh(double min, double max) {
        return fmt(max).equals("any") ? "不小于 " + fmt(min) : "从 " + fmt(min) + " 到 " + fmt(max);
    }

    static String fmt(double v) {
        if (v == Double.MAX_VALUE || v == Double.POSITIVE_INFINITY) return "any";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
