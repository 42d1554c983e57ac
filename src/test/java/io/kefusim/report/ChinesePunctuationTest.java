package io.kefusim.report;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Chinese text takes full-width punctuation: "：" after a Chinese word, "（…）" around Chinese
 * words, "。" at a sentence's end. An ASCII colon stays where it is syntax: a time (00:05), a YAML key (demand.scale: 0.2,
 * 键: 值), a host and port, a file's line and column.
 */
class ChinesePunctuationTest {
    /** A Chinese character (or full-width mark) then an ASCII colon that is not a time's. */
    static final Pattern CJK_COLON = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]\\s*:(?!\\d)");
    /** ASCII brackets around a remark that holds Chinese words (in Chinese text). */
    static final Pattern CJK_IN_ASCII_BRACKETS = Pattern.compile("\\([^()\\u4e00-\\u9fff]*[\\u4e00-\\u9fff][^()]*\\)");
    /** ASCII brackets touching a Chinese word (in any text: an English one may name a Chinese word in brackets, "agent (客服)"). */
    static final Pattern CJK_AT_ASCII_BRACKET = Pattern.compile("[\\u4e00-\\u9fff] ?\\(|\\)[\\u4e00-\\u9fff]");
    /** A Chinese sentence ended with an ASCII full stop (in Chinese text). */
    static final Pattern CJK_FULL_STOP = Pattern.compile("[\\u4e00-\\u9fff]\\.(?=\\s|$)");
    /** Where the colon is syntax, written as a user types it. */
    static final List<String> SYNTAX = List.of("键: 值", "主机:端口");

    /** Where Chinese punctuation goes wrong in a text, if anywhere. */
    static List<String> asciiAfterChinese(String s, boolean chineseText) {
        String t = s;
        for (String syntax : SYNTAX) t = t.replace(syntax, "");
        List<String> found = new ArrayList<>();
        for (Pattern p : chineseText ? List.of(CJK_COLON, CJK_IN_ASCII_BRACKETS, CJK_FULL_STOP) : List.of(CJK_COLON, CJK_AT_ASCII_BRACKET)) {
            Matcher m = p.matcher(t);
            while (m.find()) found.add(t.substring(Math.max(0, m.start() - 20), Math.min(t.length(), m.end() + 20)));
        }
        return found;
    }

    @TempDir
    Path dir;

    /** What a run and a staffing print under --lang zh, and the run's page, as a user reads them. */
    @Test
    void chineseConsolesAndPagesUseFullWidthColonsAndBrackets() throws IOException {
        CliRunner.Result run = CliRunner.kefusim("--lang", "zh", "run", "scenarios/classroom-response-time.yaml", "--replications", "2", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("场景：classroom-response-time（2 次重复）"), run.out());
        CliRunner.Result staff = CliRunner.kefusim("--lang", "zh", "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8",
                "--replications", "3", "--out", dir.toString());
        assertEquals(0, staff.code(), staff.err());
        assertTrue(staff.out().contains("（现为 4）"), staff.out());
        String page;
        try (Stream<Path> files = Files.walk(dir)) {
            page = Files.readString(files.filter(f -> f.getFileName().toString().equals("report.html")).findFirst().orElseThrow());
        }
        page = page.replaceAll("(?s)<script.*?</script>", "");
        assertTrue(page.contains("最差时段："), "the run's page names its worst hours");
        assertEquals(List.of(), asciiAfterChinese(run.out() + "\n" + staff.out() + "\n" + page, true));
    }

    @Test
    void theChineseCatalogueUsesFullWidthColonsAndBrackets() {
        List<String> bad = new ArrayList<>();
        for (String key : Text.keys()) {
            for (String s : asciiAfterChinese(Text.pattern(key, 1), true)) bad.add(key + ": " + s);
        }
        assertEquals(List.of(), bad);
    }

    /**
     * A label looked up in the catalogue and a colon or bracket added in code is Chinese followed
     * by ASCII punctuation under --lang zh: such text is built with the catalogue's "labelled",
     * "label_ends" or "bracketed" instead. The same for Chinese literals outside the catalogue.
     */
    @Test
    void noCodeAddsAnAsciiColonOrBracketToAChineseLabel() throws IOException {
        Pattern lookupThenPunctuation = Pattern.compile(
                "(?:text\\.get\\(\"\\w+\"\\)\\)*\\s*\\+\\s*\"\\s*[:(]|text\\.get\\(\"\\w+\"\\)\\)*\\)?\\.append\\(\"\\s*[:(]|T\\.\\w+\\s*\\+\\s*'\\s*[:(])");
        Pattern chineseLiteral = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*[\\u4e00-\\u9fff](?:[^\"\\\\\\n]|\\\\.)*)\"");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".js")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("//") || line.strip().startsWith("/**")) continue;
                    if (lookupThenPunctuation.matcher(line).find()) bad.add(f + ":" + (i + 1) + ": " + line.strip());
                    if (f.endsWith("Text.java")) continue; // the catalogue is read above, entry by entry
                    Matcher lit = chineseLiteral.matcher(line);
                    while (lit.find()) for (String s : asciiAfterChinese(lit.group(1), false)) bad.add(f + ":" + (i + 1) + ": " + s);
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
