package io.kefusim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the YAML parser could not read, said in plain words in English and Chinese, with the
 * line and column where a user should look and what is allowed there. The parser speaks of its
 * own state ("while parsing a flow mapping"); a user needs the mistake in the file and its fix.
 */
record YamlMistake(int line, int column, String english, String chinese) {
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    /** A mark in the text: where the parser was when it began (context) or gave up (problem). */
    private record Mark(int line, int column, char ch) {
        Mark(int line, int column) { this(line, column, (char) 0); }

        String en() { return "line " + line + ", column " + column; }
        String zh() { return "第 " + line + " 行第 " + column + " 列"; }
    }

    /**
     * Reads the parser's message. Its marks say where: the first is the context (the "{" that
     * was opened, the key that was begun), the last the problem (where it gave up). Which one a
     * user should look at depends on the mistake: an unclosed bracket or quote is where it opens.
     *
     * @param fallbackLine, fallbackColumn the parser's location, used when the message has no mark
     * @param text the text parsed, to spot a full-width colon the parser reads as part of a key
     */
    static YamlMistake of(String parserMessage, int fallbackLine, int fallbackColumn, String text) {
        String m = parserMessage == null ? "" : parserMessage;
        List<Mark> marks = new ArrayList<>();
        Matcher mk = MARK.matcher(m);
        while (mk.find()) marks.add(new Mark(Integer.parseInt(mk.group(1)), Integer.parseInt(mk.group(2))));
        Mark problem = marks.isEmpty() ? new Mark(fallbackLine, fallbackColumn) : marks.get(marks.size() - 1);
        Mark context = marks.isEmpty() ? problem : marks.get(0);
        boolean ended = m.contains("<stream end>") || m.contains("end of stream");

        if (m.contains("(TAB)")) {
            return at(problem, "a tab character; allowed: spaces only, to indent", "用了 Tab 字符；只能用空格缩进");
        }
        Mark fullWidth = fullWidthColon(text, problem.line());
        if (fullWidth != null && (m.contains("mapping values are not allowed here") || m.contains("could not find expected ':'")
                || m.contains("expected <block end>"))) {
            return at(fullWidth, "a full-width colon '：' after a key; allowed: an ASCII colon and a space, as in 'name: value'",
                    "键后用了全角冒号“：”；允许：半角冒号加空格，如 name: value");
        }
        if (m.contains("flow mapping") || m.contains("flow sequence")) {
            // a full-width comma or bracket between the '{' or '[' and where the parser gave up: that is the mistake
            Mark punct = fullWidthPunctuation(text, context, problem);
            if (punct != null) return at(punct, fullWidthEnglish(punct.ch), fullWidthChinese(punct.ch));
        } else {
            Mark punct = fullWidthPunctuation(text, new Mark(problem.line(), 1), problem);
            if (punct != null && OPEN.indexOf(punct.ch) >= 0) return at(punct, fullWidthEnglish(punct.ch), fullWidthChinese(punct.ch));
        }
        if (m.contains("flow mapping") || m.contains("flow sequence")) {
            boolean map = m.contains("flow mapping");
            String open = map ? "{" : "[";
            String close = map ? "}" : "]";
            String example = map ? "{presale: 0.6, aftersale: 0.4}" : "[1, 2, 3]";
            if (ended) {
                return at(context, "this '" + open + "' is never closed; allowed: " + example + ", closed by '" + close + "'",
                        "这个“" + open + "”没有配对的“" + close + "”；允许：" + example + "，用“" + close + "”收尾");
            }
            return at(problem, "a comma or '" + close + "' is missing here, in the '" + open + "' opened at " + context.en()
                            + "; allowed: " + example + ", items separated by commas",
                    "这里少了逗号或“" + close + "”（“" + open + "”开在" + context.zh() + "）；允许：" + example + "，各项之间用逗号隔开");
        }
        if (m.contains("quoted scalar")) {
            return at(context, "this quote is never closed; allowed: a quoted value with its closing quote, as in \"text\"",
                    "这个引号没有配对；允许：前后引号成对，如 \"文字\"");
        }
        if (m.contains("could not find expected ':'")) {
            return at(context, "a key without its colon; allowed: 'key: value', a colon and a space after the key",
                    "键后少了冒号；允许：“键: 值”，键后写半角冒号和空格");
        }
        if (m.contains("mapping values are not allowed here")) {
            return at(problem, "a 'key: value' cannot start here; allowed: keys of one level starting in the same column, one 'key: value' a line, and a value holding ': ' in quotes",
                    "这里不能再写“键: 值”；允许：同一层的键从同一列开始，一行一个“键: 值”，值里有“: ”要加引号");
        }
        if (m.contains("expected <block end>") || m.contains("block mapping") || m.contains("block collection")) {
            return at(problem, "this line does not line up with the lines at its level; allowed: keys of one level starting in the same column, list items ('- ') indented under their key",
                    "这一行没有和同一层的行对齐；允许：同一层的键从同一列开始，列表项（“- ”）缩进写在它的键下面");
        }
        return at(problem, "cannot be read as YAML; allowed: 'key: value' lines indented with spaces (look for uneven indentation, a tab, or full-width punctuation)",
                "无法解析；允许：用空格缩进的“键: 值”行（常见原因：缩进不齐、用了 Tab 或全角标点）");
    }

    private static YamlMistake at(Mark mark, String english, String chinese) {
        return new YamlMistake(mark.line(), mark.column(), english, chinese);
    }

    /** Full-width punctuation a Chinese keyboard types where YAML wants its own: commas, the enumeration comma, brackets. */
    static final String FULL_WIDTH = "，、【】（）［］｛｝";
    private static final String OPEN = "【（［｛";

    /** What the character is and what is allowed instead, in English. */
    static String fullWidthEnglish(char c) {
        if (c == '，') return "a full-width comma '，'; allowed: an ASCII comma ',' between items, as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}";
        if (c == '、') return "an enumeration comma '、'; allowed: an ASCII comma ',' between items, as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}";
        return "a full-width bracket '" + c + "'; allowed: ASCII brackets, [1, 2, 3] for a list and {presale: 0.6, aftersale: 0.4} for a mapping";
    }

    /** The same, in Chinese. */
    static String fullWidthChinese(char c) {
        if (c == '，') return "用了全角逗号“，”；允许：各项之间用半角逗号“,”，如 [1, 2, 3] 或 {presale: 0.6, aftersale: 0.4}";
        if (c == '、') return "用了顿号“、”；允许：各项之间用半角逗号“,”，如 [1, 2, 3] 或 {presale: 0.6, aftersale: 0.4}";
        return "用了全角括号“" + c + "”；允许：半角括号，列表用 [1, 2, 3]，映射用 {presale: 0.6, aftersale: 0.4}";
    }

    /**
     * The first full-width comma or bracket from {@code from} up to {@code to} (lines and columns from 1),
     * outside quotes and comments; null when none.
     */
    private static Mark fullWidthPunctuation(String text, Mark from, Mark to) {
        if (text == null || from.line() <= 0 || to.line() < from.line()) return null;
        String[] lines = text.split("\n", -1);
        for (int l = from.line(); l <= Math.min(to.line(), lines.length); l++) {
            int start = l == from.line() ? Math.max(0, from.column() - 1) : 0;
            int end = l == to.line() ? Math.min(lines[l - 1].length(), Math.max(0, to.column())) : lines[l - 1].length();
            int at = fullWidthIn(lines[l - 1], start, end);
            if (at >= 0) return new Mark(l, at + 1, lines[l - 1].charAt(at));
        }
        return null;
    }

    /** The index of the first full-width comma or bracket in {@code s} from {@code start} to {@code end}, outside quotes and a comment; -1 when none. */
    static int fullWidthIn(String s, int start, int end) {
        char quote = 0;
        for (int i = 0; i < end && i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return -1;
            } else if (i >= start && FULL_WIDTH.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A full-width colon at the problem's line or the line above it, outside quotes: the parser
     * takes "name：x" for one plain word and stumbles only at the next "key: value".
     */
    private static Mark fullWidthColon(String text, int problemLine) {
        if (text == null || problemLine <= 0) return null;
        String[] lines = text.split("\n", -1);
        for (int l = Math.min(problemLine, lines.length); l >= Math.max(1, problemLine - 1); l--) {
            String s = lines[l - 1];
            int hash = s.indexOf(" #");
            if (hash >= 0) s = s.substring(0, hash);
            int at = s.indexOf('：');
            int ascii = s.indexOf(':');
            // "name：x" is a key written with a full-width colon; "name: 小店：旗舰" is a value holding one
            if (at >= 0 && (ascii < 0 || ascii > at) && s.indexOf('"') < 0 && s.indexOf('\'') < 0) return new Mark(l, at + 1);
        }
        return null;
    }
}
