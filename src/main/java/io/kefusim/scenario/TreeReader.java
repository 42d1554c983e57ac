package io.kefusim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads YAML or JSON into a {@link Node} tree, keeping each value's line. Scalars are kept
 * as their source text (YAML 1.1 would otherwise turn "08:00" into 480), and the binder
 * converts them with errors that say what is allowed.
 */
public final class TreeReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private TreeReader() {}

    public static Node read(Path file) {
        String name = file.toString();
        String content = InputFiles.readWhole(file);
        Node early = takeReadAhead(file, content);
        if (early != null) return early;
        return parse(name, content, isJson(name), "", true);
    }

    private static boolean isJson(String name) {
        return name.toLowerCase().endsWith(".json");
    }

    /** A file's text and its tree, as read ahead. */
    private record Parsed(String content, Node root) {}

    private record ReadAhead(Path file, CompletableFuture<Parsed> parsed) {}

    private static final AtomicReference<ReadAhead> readAhead = new AtomicReference<>();

    /**
     * Starts reading and parsing a scenario file on another thread, for the next {@link #read}
     * of it. A cold JVM takes tens of milliseconds to parse its first YAML (the parser's classes
     * are set up and run slowly at first); the command line is meanwhile being set up on the
     * main thread, which takes as long. The tree is used only once, and only if the file's
     * text is still what was parsed; a file that cannot be read or parsed is left to the
     * ordinary read, which reports it.
     */
    public static void readAhead(Path file) {
        ReadAhead r = new ReadAhead(file, new CompletableFuture<>());
        if (!readAhead.compareAndSet(null, r)) return;
        Thread t = new Thread(() -> {
            try {
                Parsed parsed = null;
                if (InputFiles.refusal(file, InputFiles.MAX_WHOLE_BYTES) == null) { // not a pipe, say: that is read once, by the ordinary read
                    String content = InputFiles.readWhole(file);
                    parsed = new Parsed(content, parse(file.toString(), content, isJson(file.toString()), "", true));
                }
                r.parsed().complete(parsed);
            } catch (Throwable e) {
                // whatever went wrong (a thread's smaller stack, say, on deeply nested YAML), the ordinary read tries again
                r.parsed().complete(null);
            }
        }, "kefusim-read-ahead");
        t.setDaemon(true);
        t.start();
    }

    private static Node takeReadAhead(Path file, String content) {
        ReadAhead r = readAhead.get();
        if (r == null || !r.file().equals(file) || !readAhead.compareAndSet(r, null)) return null;
        Parsed p = r.parsed().join();
        return p != null && p.content().equals(content) ? p.root() : null;
    }

    /**
     * Parses a value given on the command line ({@code --set key=value}), as YAML flow text.
     * Its nodes name the option as their origin and carry no line: there is no file to point into.
     */
    public static Node parseValue(String origin, String text, String path) {
        return parse(origin, text, false, path, false);
    }

    static Node parse(String name, String text, boolean json, String rootPath, boolean lines) {
        if (!json) text = separatingTabs(text);
        try (JsonParser p = json ? JSON.createParser(new StringReader(text)) : YAML.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) return Node.nul(name, lines ? 1 : 0, rootPath);
            Node root = readValue(p, name, rootPath, lines, json ? null : text.split("\n", -1), false, new java.util.HashMap<>());
            // a scalar root ("name：x" with a full-width colon) is read in one token: reading on finds the mistake after it
            p.nextToken();
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            if (json) {
                // the parser's "Unexpected character ('}' (code 125))" is its own state; the place and the usual causes help more
                throw new ScenarioException(name, line, column, null, "not valid JSON: " + JSON_PROBLEM_EN, "不是有效的 JSON：" + JSON_PROBLEM);
            }
            // the parser says what it was doing, not what is wrong in the file: YamlMistake says that, in both languages
            YamlMistake mistake = YamlMistake.of(e.getOriginalMessage(), line, column, text);
            // a --set value has no file to point into: the option and its key say where
            throw new ScenarioException(name, lines ? mistake.line() : 0, lines ? mistake.column() : 0, lines ? null : rootPath,
                    "not valid YAML: " + mistake.english(), "不是有效的 YAML：" + mistake.chinese());
        } catch (IOException e) {
            throw new ScenarioException(name, 0, null, "cannot read: " + e.getMessage(), "无法读取：" + e.getMessage());
        }
    }

    /**
     * A plain scalar the parser read whole that holds full-width punctuation meant as YAML's own: "[10，5, 3]" reads as
     * the items "10，5" and "3" (one value short, and "found 23" where the user counts 24), "【10, 5】" as one word.
     * Refused at the character: in a flow collection a full-width comma or 、 (a value meant to hold one is quoted), and
     * anywhere a value that opens with a full-width bracket and holds a comma or ": " (a list or mapping meant).
     */
    private static void fullWidth(String value, boolean inFlow, String name, String path, boolean lines, String[] src, int line, int column) {
        if (value == null || value.isEmpty()) return;
        int at = -1;
        if (inFlow) {
            int c = value.indexOf('，'), e = value.indexOf('、');
            at = c < 0 ? e : e < 0 ? c : Math.min(c, e);
        }
        if (at < 0 && "【（［｛".indexOf(value.charAt(0)) >= 0
                && (value.contains(",") || value.contains("，") || value.contains("、") || value.contains(": "))) at = 0;
        if (at < 0) return;
        char ch = value.charAt(at);
        // the character's own place where the value sits on one line as written; else the value's
        int col = column;
        if (line >= 1 && line <= src.length && column >= 1) {
            int i = src[line - 1].indexOf(ch, column - 1);
            if (i >= 0) col = i + 1;
        }
        throw new ScenarioException(name, lines ? line : 0, lines ? col : 0, lines ? null : path,
                "not valid YAML: " + YamlMistake.fullWidthEnglish(ch), "不是有效的 YAML：" + YamlMistake.fullWidthChinese(ch));
    }

    /**
     * tester24: the YAML reader (SnakeYAML's, YAML 1.1) refuses a tab anywhere but inside text ("found character '\\t'
     * that cannot start any token"), where YAML 1.2 allows one between a key's colon and its value, before a comment,
     * or between flow items; the file was refused "a tab character; allowed: spaces only, to indent" for a tab that
     * indents nothing. Such a tab is read as the space it stands for, one character for one, so every column stays:
     * a tab outside quotes, after the line's first other character, with a colon, comma, bracket, brace, dash or quote
     * before it (the nearest other character) or nothing, a comment, a comma, a colon or a closing bracket after it.
     * A tab that indents (only blanks before it on its line), a tab inside a word or in quotes, and the lines of a
     * block scalar ({@code |}, {@code >}) are left as written: the first is refused as before, the others are text.
     */
    static String separatingTabs(String text) {
        if (text.indexOf('\t') < 0) return text;
        String[] rows = text.split("\n", -1);
        int blockIndent = -1; // inside a block scalar: the indent of the key that opened it
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r];
            int indent = 0;
            while (indent < row.length() && (row.charAt(indent) == ' ' || row.charAt(indent) == '\t')) indent++;
            if (blockIndent >= 0) {
                if (indent == row.length() || indent > blockIndent) continue;
                blockIndent = -1;
            }
            char[] c = row.toCharArray();
            char quote = 0;
            for (int i = indent; i < c.length; i++) {
                char ch = c[i];
                if (quote != 0) {
                    if (ch == quote) quote = 0;
                    continue;
                }
                if ((ch == '"' || ch == '\'') && (i == indent || " \t:[{,-".indexOf(c[i - 1]) >= 0)) { quote = ch; continue; }
                if (ch == '#' && (i == indent || c[i - 1] == ' ' || c[i - 1] == '\t')) break; // a comment: text to the end
                if (ch != '\t') continue;
                int b = i - 1, a = i + 1;
                while (b >= indent && (c[b] == ' ' || c[b] == '\t')) b--;
                while (a < c.length && (c[a] == ' ' || c[a] == '\t')) a++;
                boolean before = b >= indent && ":,[{-]}\"'?".indexOf(c[b]) >= 0;
                boolean after = a == c.length || "#,:]}".indexOf(c[a]) >= 0;
                if (before || after) c[i] = ' ';
            }
            String read = new String(c);
            rows[r] = read;
            String bare = read.replaceAll("\\s+#.*$", "").stripTrailing();
            if (bare.matches(".*(:|-)\\s+[|>][-+0-9]*")) blockIndent = indent;
        }
        return String.join("\n", rows);
    }

    private static final String JSON_PROBLEM = "无法解析（常见原因：缺少逗号或引号、括号没有配对、用了全角标点）";
    private static final String JSON_PROBLEM_EN = "cannot be read here (often: a missing or extra comma, a missing quote, unpaired brackets, or full-width punctuation)";

    /**
     * @param src the YAML text's lines (null for JSON), to tell a flow collection ("[", "{") from a block one and a plain
     *            scalar from a quoted one
     * @param inFlow whether the value is an item of a flow collection
     */
    private static Node readValue(JsonParser p, String name, String path, boolean lines, String[] src, boolean inFlow, java.util.Map<String, Node> anchors) throws IOException {
        JsonToken t = p.currentToken();
        int srcLine = p.currentTokenLocation().getLineNr(), srcColumn = p.currentTokenLocation().getColumnNr();
        int line = lines ? srcLine : 0;
        int column = lines ? Math.max(0, srcColumn) : 0; // where the value begins: errors about it name it, as YAML's own errors do
        char opens = src == null || srcLine < 1 || srcLine > src.length || srcColumn < 1 || srcColumn > src[srcLine - 1].length() ? 0 : src[srcLine - 1].charAt(srcColumn - 1);
        boolean flow = opens == '[' || opens == '{';
        YAMLParser yaml = p instanceof YAMLParser y ? y : null;
        if (yaml != null && yaml.isCurrentAlias()) {
            // tester24: "*buyer" is the value written at "&buyer", with the anchor's lines (the parser reads it as the word "buyer")
            Node anchored = anchors.get(p.getText());
            if (anchored == null) throw new ScenarioException(name, line, column, path,
                    "the alias *" + p.getText() + " names no anchor before it; allowed: an alias after the value it repeats, marked &" + p.getText(),
                    "别名 *" + p.getText() + " 之前没有同名的锚点；允许：先在要重复的值前写 &" + p.getText() + "，再在后面写别名");
            return anchored.copy(path);
        }
        String anchor = yaml == null ? null : yaml.getCurrentAnchor();
        Node read = readValue(p, t, name, path, line, column, lines, src, inFlow, flow, anchors);
        if (anchor != null) anchors.put(anchor, read);
        return read;
    }

    private static Node readValue(JsonParser p, JsonToken t, String name, String path, int line, int column, boolean lines, String[] src, boolean inFlow,
                                  boolean flow, java.util.Map<String, Node> anchors) throws IOException {
        int srcLine = p.currentTokenLocation().getLineNr(), srcColumn = p.currentTokenLocation().getColumnNr();
        char opens = src == null || srcLine < 1 || srcLine > src.length || srcColumn < 1 || srcColumn > src[srcLine - 1].length() ? 0 : src[srcLine - 1].charAt(srcColumn - 1);
        switch (t) {
            case START_OBJECT: {
                Node n = Node.map(name, line, path).at(column, 0);
                java.util.Map<String, Integer> keyLines = new java.util.HashMap<>();
                java.util.Set<String> merged = new java.util.HashSet<>(); // keys a merge key ("<<: *buyer") gave, which a key written here replaces
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    int keyLine = lines ? p.currentTokenLocation().getLineNr() : 0;
                    int keyColumn = lines ? p.currentTokenLocation().getColumnNr() : 0;
                    String childPath = Node.childPath(path, key);
                    if (key.equals("<<") && p instanceof YAMLParser) {
                        p.nextToken();
                        Node from = readValue(p, name, childPath, lines, src, flow, anchors);
                        List<Node> maps = from.isList() ? from.rawList() : List.of(from);
                        for (Node m : maps) {
                            if (!m.isMap()) throw new ScenarioException(name, keyLine, keyColumn, childPath,
                                    "a merge key takes a mapping (<<: *name, where &name marks a mapping) or a list of them; found " + (m.isScalar() ? "'" + m.text() + "'" : m.isList() ? "a list" : "nothing"),
                                    "合并键只接受映射（<<: *名称，&名称 标在一个映射上）或映射的列表；实际是" + (m.isScalar() ? "“" + m.text() + "”" : m.isList() ? "列表" : "空值"));
                            for (java.util.Map.Entry<String, Node> e : m.rawMap().entrySet()) {
                                if (n.rawGet(e.getKey()) != null) continue; // written before the merge key, or by an earlier mapping of it: that one holds
                                n.put(e.getKey(), e.getValue().copy(Node.childPath(path, e.getKey())));
                                merged.add(e.getKey());
                            }
                        }
                        continue;
                    }
                    if (merged.remove(key)) {
                        // a key written beside a merge key replaces the merged one, in the merged one's place
                        keyLines.put(key, keyLine);
                        p.nextToken();
                        Node value = readValue(p, name, childPath, lines, src, flow, anchors);
                        value.at(value.column(), keyColumn);
                        n.put(key, value);
                        continue;
                    }
                    if (n.rawGet(key) != null) {
                        int first = keyLines.getOrDefault(key, 0);
                        throw new ScenarioException(name, keyLine, keyColumn, childPath,
                                "key given twice" + (first > 0 ? " (first at line " + first + ")" : "") + "; allowed: each key once at its level",
                                "同一个键写了两次" + (first > 0 ? "（第一次在第 " + first + " 行）" : "") + "；允许：同一层每个键只写一次");
                    }
                    keyLines.put(key, keyLine);
                    p.nextToken();
                    Node value = readValue(p, name, childPath, lines, src, flow, anchors);
                    value.at(value.column(), keyColumn);
                    n.put(key, value);
                }
                return n;
            }
            case START_ARRAY: {
                Node n = Node.list(name, line, path).at(column, 0);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    n.add(readValue(p, name, path + "[" + i++ + "]", lines, src, flow, anchors));
                }
                return n;
            }
            case VALUE_NULL:
                return Node.nul(name, line, path).at(column, 0);
            default:
                if (src != null && opens != '"' && opens != '\'') fullWidth(p.getText(), inFlow, name, path, lines, src, srcLine, srcColumn);
                return Node.scalar(name, line, path, p.getText()).at(column, 0);
        }
    }
}
