package io.kefusim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
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
        return parse(name, new StringReader(content), isJson(name), "", true);
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
                    parsed = new Parsed(content, parse(file.toString(), new StringReader(content), isJson(file.toString()), "", true));
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
        return parse(origin, new StringReader(text), false, path, false);
    }

    static Node parse(String name, Reader reader, boolean json, String rootPath, boolean lines) {
        try (JsonParser p = json ? JSON.createParser(reader) : YAML.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) return Node.nul(name, lines ? 1 : 0, rootPath);
            return readValue(p, name, rootPath, lines);
        } catch (JsonProcessingException e) {
            String full = e.getOriginalMessage();
            // the YAML parser's own marks say where: the last "line L, column C" is the problem's (Jackson's location can be a line early)
            java.util.regex.Matcher mark = MARK.matcher(full);
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
            String msg = full;
            int nl = msg.indexOf('\n');
            if (nl > 0) msg = msg.substring(0, nl);
            String where = line > 0 && column > 0 ? "（第 " + line + " 行第 " + column + " 列）" : "";
            throw new ScenarioException(name, line, null, "not valid " + (json ? "JSON" : "YAML") + ": " + msg,
                    "不是有效的 " + (json ? "JSON" : "YAML") + where + "：" + (json ? JSON_PROBLEM : yamlProblem(full)));
        } catch (IOException e) {
            throw new ScenarioException(name, 0, null, "cannot read: " + e.getMessage(), "无法读取：" + e.getMessage());
        }
    }

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    private static final String JSON_PROBLEM = "无法解析（常见原因：缺少逗号或引号、括号没有配对、用了全角标点）";

    /** What the YAML parser found, said in Chinese (the parser speaks English only); the file, line and column are said beside it. */
    static String yamlProblem(String parserMessage) {
        String m = parserMessage;
        if (m.contains("(TAB)")) return "用了 Tab 字符；YAML 只能用空格缩进";
        if (m.contains("mapping values are not allowed here")) {
            return "这里不能再写“键: 值”（多半是缩进不齐、值里有冒号却没加引号，或上一行用了全角冒号“：”）";
        }
        if (m.contains("expected <block end>")) return "缩进不齐：这一行没有和上面同一层的行对齐";
        if (m.contains("flow sequence")) return "方括号 [ ] 没有配对，或列表项之间少了逗号";
        if (m.contains("flow mapping")) return "花括号 { } 没有配对，或各项之间少了逗号";
        if (m.contains("quoted scalar")) return "引号没有配对";
        if (m.contains("could not find expected ':'")) return "少了冒号（键后要写“: ”）";
        return "无法解析（常见原因：缩进不齐、用了 Tab 或全角标点）";
    }

    private static Node readValue(JsonParser p, String name, String path, boolean lines) throws IOException {
        JsonToken t = p.currentToken();
        int line = lines ? p.currentTokenLocation().getLineNr() : 0;
        switch (t) {
            case START_OBJECT: {
                Node n = Node.map(name, line, path);
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    int keyLine = lines ? p.currentTokenLocation().getLineNr() : 0;
                    String childPath = Node.childPath(path, key);
                    if (n.rawGet(key) != null) {
                        throw new ScenarioException(name, keyLine, childPath, "key given twice", "同一个键写了两次");
                    }
                    p.nextToken();
                    n.put(key, readValue(p, name, childPath, lines));
                }
                return n;
            }
            case START_ARRAY: {
                Node n = Node.list(name, line, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    n.add(readValue(p, name, path + "[" + i++ + "]", lines));
                }
                return n;
            }
            case VALUE_NULL:
                return Node.nul(name, line, path);
            default:
                return Node.scalar(name, line, path, p.getText());
        }
    }
}
