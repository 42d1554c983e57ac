package io.kefusim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set key=value} overrides to a scenario tree before it is bound. Keys use
 * dots and list indexes: {@code demand.scale=1.2}, {@code roster[0].agents=8},
 * {@code buyers.presale.patience.mean=2m}. A value is read as YAML, so lists and maps work:
 * {@code deadlines.first_response=[1m,5m]}.
 */
public final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");
    private static final String ORIGIN = Assignment.SET;

    private Overrides() {}

    /** Applies {@code key=value}; errors name the option it came from ({@code --set}, {@code --replications}, ...). */
    public static void apply(Node root, Assignment assignment) {
        apply(root, assignment.text(), assignment.option());
    }

    private static void apply(Node root, String assignment, String origin) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(origin, 0, assignment, "expected key=value, e.g. demand.scale=1.5 or roster[0].agents=8",
                    "应为 键=值，如 demand.scale=1.5 或 roster[0].agents=8");
        }
        String key = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1);
        set(root, key, value, null, origin);
    }

    /** Sets {@code key} (dotted path) to the YAML {@code value}; creates missing map keys. */
    public static void set(Node root, String key, String value) {
        set(root, key, value, null, ORIGIN);
    }

    /** Sets {@code key} to a value already read as a node (a scenario's {@code variants:}). */
    public static void set(Node root, String key, Node value, String origin) {
        set(root, key, null, value, origin);
    }

    private static void set(Node root, String key, String text, Node node, String origin) {
        List<Object> segments = parseKey(key, origin);
        Node parent = root;
        String path = "";
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            String childPath = seg instanceof Integer idx ? path + "[" + idx + "]" : Node.childPath(path, (String) seg);
            if (last) {
                Node v = node != null ? node : TreeReader.parseValue(origin, text, childPath);
                v.repath(childPath);
                put(parent, seg, v, key, origin);
                return;
            }
            Node next = get(parent, seg, key, origin);
            if (next == null || next.isNull()) {
                // a left-out distribution is its default, filled in before one field of it changes;
                // not when the field is 'dist' itself: a new kind of distribution starts empty
                boolean newKind = i + 1 == segments.size() - 1 && "dist".equals(segments.get(i + 1));
                Node dflt = newKind ? null : DefaultDistributions.tree(segments.subList(0, i + 1), origin, childPath);
                next = dflt != null ? dflt
                        : segments.get(i + 1) instanceof Integer ? Node.list(origin, 0, childPath)
                        : Node.map(origin, 0, childPath);
                put(parent, seg, next, key, origin);
            }
            parent = next;
            path = childPath;
        }
    }

    /** A key as the tree writes its path ({@code roster.0.agents} → {@code roster[0].agents}), to tell when two assignments meet. */
    public static String path(String key) {
        String path = "";
        for (Object seg : parseKey(key, ORIGIN)) path = seg instanceof Integer idx ? path + "[" + idx + "]" : Node.childPath(path, (String) seg);
        return path;
    }

    /** Whether two paths meet: the same key, or one a key inside the other ({@code roster[0]} and {@code roster[0].agents}). */
    public static boolean meet(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    /** Whether {@code a} is a key inside {@code b}. */
    public static boolean inside(String a, String b) {
        return a.startsWith(b) && a.length() > b.length() && (a.charAt(b.length()) == '.' || a.charAt(b.length()) == '[');
    }

    private static ScenarioException pastTheEnd(String key, int idx, String list, int size, String origin) {
        String allowed = size == 0 ? "allowed: [0] to add the first entry"
                : "allowed: [0] to [" + (size - 1) + "], or [" + size + "] to add an entry";
        String allowedZh = size == 0 ? "允许：[0]，添加第一项" : "允许：[0] 到 [" + (size - 1) + "]，或 [" + size + "] 添加一项";
        return new ScenarioException(origin, 0, key, "index " + idx + " is past the end of '" + list + "' (" + size + " entries); " + allowed,
                "下标 " + idx + " 超出了 '" + list + "' 的末尾（共 " + size + " 项）；" + allowedZh);
    }

    private static ScenarioException notA(boolean mapping, Node parent, String key, String origin) {
        return new ScenarioException(origin, 0, key, "'" + parent.path() + "' is not a " + (mapping ? "mapping" : "list"),
                "'" + parent.path() + "' 不是" + (mapping ? "映射" : "列表"));
    }

    private static List<Object> parseKey(String key, String origin) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        int pos = 0;
        Matcher m = SEGMENT.matcher(key);
        while (pos < key.length()) {
            if (key.charAt(pos) == '.') { pos++; continue; }
            if (!m.find(pos) || m.start() != pos) {
                throw new ScenarioException(origin, 0, key, "cannot read this key; use dots and [index], e.g. roster[0].agents",
                        "无法识别这个键；请用点号和 [下标]，如 roster[0].agents");
            }
            if (m.group(1) != null) {
                String s = m.group(1);
                out.add(s.chars().allMatch(Character::isDigit) ? (Object) Integer.parseInt(s) : s);
            } else {
                out.add(Integer.parseInt(m.group(2)));
            }
            pos = m.end();
        }
        if (out.isEmpty()) throw new ScenarioException(origin, 0, key, "empty key", "键是空的");
        return out;
    }

    private static Node get(Node parent, Object seg, String key, String origin) {
        if (seg instanceof Integer idx) {
            if (!parent.isList()) throw notA(false, parent, key, origin);
            List<Node> l = parent.rawList();
            if (idx >= l.size()) throw pastTheEnd(key, idx, parent.path(), l.size(), origin);
            return l.get(idx);
        }
        if (!parent.isMap()) throw notA(true, parent, key, origin);
        return parent.rawGet((String) seg);
    }

    private static void put(Node parent, Object seg, Node value, String key, String origin) {
        if (seg instanceof Integer idx) {
            if (!parent.isList()) throw notA(false, parent, key, origin);
            List<Node> l = parent.rawList();
            if (idx < l.size()) parent.set(idx, value);
            else if (idx == l.size()) parent.add(value);
            else throw pastTheEnd(key, idx, parent.path(), l.size(), origin);
            return;
        }
        if (!parent.isMap()) throw notA(true, parent, key, origin);
        parent.put((String) seg, value);
    }
}
