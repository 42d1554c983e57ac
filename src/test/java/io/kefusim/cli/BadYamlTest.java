package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A scenario the YAML parser cannot read gets one line in the reader's language: file, line and
 * column, the mistake in plain words and what is allowed. The parser's own words ("while parsing
 * a flow mapping") say what it was doing, not what is wrong in the file, and are never shown.
 */
class BadYamlTest {
    @TempDir
    Path dir;

    private static final String HEAD = "name: x\nstart: 2026-11-11T00:00\n";

    /** A mistake, the line a user is shown in English and in Chinese (after "file:"). */
    private record Case(String name, String yaml, String english, String chinese) {}

    private static final List<Case> CASES = List.of(
            new Case("brace", HEAD + "horizon: {24h\n",
                    "3:10: not valid YAML: this '{' is never closed; allowed: {presale: 0.6, aftersale: 0.4}, closed by '}'",
                    "3:10: 不是有效的 YAML：这个“{”没有配对的“}”；允许：{presale: 0.6, aftersale: 0.4}，用“}”收尾"),
            new Case("comma", HEAD + "demand:\n  mix: {presale: 0.6 aftersale: 0.4}\n",
                    "4:31: not valid YAML: a comma or '}' is missing here, in the '{' opened at line 4, column 8; allowed: {presale: 0.6, aftersale: 0.4}, items separated by commas",
                    "4:31: 不是有效的 YAML：这里少了逗号或“}”（“{”开在第 4 行第 8 列）；允许：{presale: 0.6, aftersale: 0.4}，各项之间用逗号隔开"),
            new Case("tab", HEAD + "\thorizon: 24h\n",
                    "3:1: not valid YAML: a tab character; allowed: spaces only, to indent",
                    "3:1: 不是有效的 YAML：用了 Tab 字符；只能用空格缩进"),
            new Case("indent", HEAD + "  horizon: 24h\n",
                    "3:10: not valid YAML: a 'key: value' cannot start here; allowed: keys of one level starting in the same column, one 'key: value' a line, and a value holding ': ' in quotes",
                    "3:10: 不是有效的 YAML：这里不能再写“键: 值”；允许：同一层的键从同一列开始，一行一个“键: 值”，值里有“: ”要加引号"),
            new Case("quote", HEAD + "zone: \"Asia/Shanghai\nhorizon: 24h\n",
                    "3:7: not valid YAML: this quote is never closed; allowed: a quoted value with its closing quote, as in \"text\"",
                    "3:7: 不是有效的 YAML：这个引号没有配对；允许：前后引号成对，如 \"文字\""),
            new Case("full-width", HEAD + "horizon：24h\nseed: 1\n",
                    "3:8: not valid YAML: a full-width colon '：' after a key; allowed: an ASCII colon and a space, as in 'name: value'",
                    "3:8: 不是有效的 YAML：键后用了全角冒号“：”；允许：半角冒号加空格，如 name: value"),
            // a full-width comma in a flow list is read as part of an item: one value short, never named
            new Case("fw-comma-list", HEAD + "horizon: 24h\ndemand:\n  pattern:\n    hourly: [10，5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]\n",
                    "6:16: not valid YAML: a full-width comma '，'; allowed: an ASCII comma ',' between items, as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}",
                    "6:16: 不是有效的 YAML：用了全角逗号“，”；允许：各项之间用半角逗号“,”，如 [1, 2, 3] 或 {presale: 0.6, aftersale: 0.4}"),
            // ... and in a flow mapping the parser stumbles later, at "a comma or '}' is missing here"
            new Case("fw-comma-map", HEAD + "horizon: 24h\ndemand:\n  mix: {presale: 0.6， aftersale: 0.3, complaint: 0.1}\n",
                    "5:21: not valid YAML: a full-width comma '，'; allowed: an ASCII comma ',' between items, as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}",
                    "5:21: 不是有效的 YAML：用了全角逗号“，”；允许：各项之间用半角逗号“,”，如 [1, 2, 3] 或 {presale: 0.6, aftersale: 0.4}"),
            new Case("fw-enum", HEAD + "horizon: 24h\ndemand:\n  mix: {presale: 0.6、aftersale: 0.4}\n",
                    "5:21: not valid YAML: an enumeration comma '、'; allowed: an ASCII comma ',' between items, as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}",
                    "5:21: 不是有效的 YAML：用了顿号“、”；允许：各项之间用半角逗号“,”，如 [1, 2, 3] 或 {presale: 0.6, aftersale: 0.4}"),
            new Case("fw-brackets", HEAD + "horizon: 24h\ndemand:\n  pattern:\n    hourly: 【10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30】\n",
                    "6:13: not valid YAML: a full-width bracket '【'; allowed: ASCII brackets, [1, 2, 3] for a list and {presale: 0.6, aftersale: 0.4} for a mapping",
                    "6:13: 不是有效的 YAML：用了全角括号“【”；允许：半角括号，列表用 [1, 2, 3]，映射用 {presale: 0.6, aftersale: 0.4}"),
            new Case("fw-paren", HEAD + "horizon: 24h\ndemand:\n  mix: （presale: 0.6, aftersale: 0.4）\n",
                    "5:8: not valid YAML: a full-width bracket '（'; allowed: ASCII brackets, [1, 2, 3] for a list and {presale: 0.6, aftersale: 0.4} for a mapping",
                    "5:8: 不是有效的 YAML：用了全角括号“（”；允许：半角括号，列表用 [1, 2, 3]，映射用 {presale: 0.6, aftersale: 0.4}"),
            new Case("duplicate", HEAD + "name: y\n",
                    "3:1: name: key given twice (first at line 1); allowed: each key once at its level",
                    "3:1: name: 同一个键写了两次（第一次在第 1 行）；允许：同一层每个键只写一次"),
            new Case("number", HEAD + "horizon: 24h\nseed: lots\n",
                    "4:7: seed: 'lots' is not a whole number; allowed: a whole number, such as 7",
                    "4:7: seed: 'lots' 不是整数；允许：整数，如 7"),
            // a whole number with too many digits for the key is out of range, not "not a whole number"
            new Case("too large a count", HEAD + "horizon: 24h\nreplications: 99999999999999999999\n",
                    "4:15: replications: 99999999999999999999 is out of range; allowed: 1 to 100000",
                    "4:15: replications: 99999999999999999999 超出范围；允许：从 1 到 100000"),
            new Case("too large a seed", HEAD + "horizon: 24h\nseed: 99999999999999999999\n",
                    "4:7: seed: 99999999999999999999 is out of range; allowed: a whole number from -9223372036854775808 to 9223372036854775807",
                    "4:7: seed: 99999999999999999999 超出范围；允许：从 -9223372036854775808 到 9223372036854775807 的整数"),
            new Case("list for a value", HEAD + "horizon: [24h]\n",
                    "3:10: horizon: expected a single value, found a list; allowed: one value after the key, such as 3, 2m or presale, not a list or a mapping",
                    "3:10: horizon: 应为单个值，实际是列表；允许：键后的一个值，如 3、2m 或 presale，不能是列表或映射"),
            new Case("value for a list", HEAD + "horizon: 24h\ndeadlines:\n  first_response: 2m\n",
                    "5:19: deadlines.first_response: expected a list, found '2m'; allowed: a list, as [1, 2, 3] or lines starting with '- '",
                    "5:19: deadlines.first_response: 应为列表，实际是 '2m'；允许：列表，如 [1, 2, 3]，或以“- ”开头的各行"),
            new Case("value for a mapping", HEAD + "horizon: 24h\ndemand: 3\n",
                    "4:9: demand: expected a mapping of keys to values, found '3'; allowed: 'key: value' lines indented under it, or {key: value, ...}",
                    "4:9: demand: 应为“键: 值”的映射，实际是 '3'；允许：缩进在它下面的“键: 值”各行，或 {键: 值, ...}"));

    @Test
    void eachMistakeIsOneLineWithWhereWhatAndWhatIsAllowedInBothLanguages() throws Exception {
        Path good = Path.of("scenarios", "classroom-response-time.yaml");
        for (Case c : CASES) {
            Path f = Files.writeString(dir.resolve(c.name() + ".yaml"), c.yaml());
            for (String command : List.of("run", "validate", "compare")) {
                List<String> en = switch (command) {
                    case "compare" -> List.of(command, good.toString(), f.toString(), "--out", dir.resolve("out").toString());
                    case "run" -> List.of(command, f.toString(), "--out", dir.resolve("out").toString());
                    default -> List.of(command, f.toString());
                };
                CliRunner.Result e = CliRunner.kefusim(args(en));
                assertEquals(2, e.code(), c.name() + " " + command + ": " + e.err());
                assertEquals("error: " + f + ":" + c.english(), e.err().strip(), c.name() + " " + command);
                CliRunner.Result z = CliRunner.kefusim(args(List.of("--lang", "zh"), en));
                assertEquals(2, z.code(), c.name() + " " + command + ": " + z.err());
                assertEquals("错误：" + f + ":" + c.chinese(), z.err().strip(), c.name() + " " + command);
                assertEquals(List.of(), EnglishLeft.in(z.err()), c.name() + " " + command + " left English");
            }
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aJsonScenarioSaysWhereAndTheUsualCausesNotTheParsersState() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\",\n \"seed\": 1,}\n");
        CliRunner.Result e = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, e.code(), e.err());
        assertEquals("error: " + f + ":2:12: not valid JSON: cannot be read here (often: a missing or extra comma, a missing quote, unpaired brackets, or full-width punctuation)",
                e.err().strip());
        CliRunner.Result z = CliRunner.kefusim("--lang", "zh", "validate", f.toString());
        assertEquals("错误：" + f + ":2:12: 不是有效的 JSON：无法解析（常见原因：缺少逗号或引号、括号没有配对、用了全角标点）", z.err().strip());
    }

    @Test
    void aFullWidthCommaInASetValueIsNamedAtTheOption() {
        CliRunner.Result set = CliRunner.kefusim("validate", "scenarios/classroom-response-time.yaml", "--set", "demand.scale=[1，2]");
        assertEquals(2, set.code(), set.err());
        assertEquals("error: --set: demand.scale[0]: not valid YAML: a full-width comma '，'; allowed: an ASCII comma ',' between items, "
                + "as in [1, 2, 3] or {presale: 0.6, aftersale: 0.4}", set.err().strip());
    }

    @Test
    void aSetValueSaysItsKeyNotALineOfAFile() {
        CliRunner.Result e = CliRunner.kefusim("validate", "scenarios/classroom-response-time.yaml", "--set", "demand.scale=[1");
        assertEquals(2, e.code(), e.err());
        assertEquals("error: --set: demand.scale: not valid YAML: this '[' is never closed; allowed: [1, 2, 3], closed by ']'", e.err().strip());
    }

    @Test
    void aScenarioSavedAsGbkOrUtf16SaysItIsNotUtf8AndWhere() throws Exception {
        String text = HEAD + "# 双十一 客服\nhorizon: 24h\n";
        Path gbk = Files.write(dir.resolve("gbk.yaml"), text.getBytes(java.nio.charset.Charset.forName("GBK")));
        Path utf16 = Files.write(dir.resolve("utf16.yaml"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16)); // big-endian, with a byte order mark
        Path out = dir.resolve("out");
        for (String command : List.of("validate", "run")) {
            String[] where = command.equals("run") ? new String[] {"--out", out.toString()} : new String[0];
            CliRunner.Result e = CliRunner.kefusim(args(List.of(command, gbk.toString()), List.of(where)));
            assertEquals(2, e.code(), e.err());
            assertEquals("error: " + gbk + ":3: not UTF-8 text: bytes on this line are not UTF-8 (often the file was saved as GBK or UTF-16); "
                    + "allowed: UTF-8 text; save the file again as UTF-8", e.err().strip(), command);
            CliRunner.Result z = CliRunner.kefusim(args(List.of("--lang", "zh", command, gbk.toString()), List.of(where)));
            assertEquals(2, z.code(), z.err());
            assertEquals("错误：" + gbk + ":3: 不是 UTF-8 文本：这一行有不是 UTF-8 的字节（文件多半存成了 GBK 或 UTF-16）；允许：UTF-8 文本；请把文件另存为 UTF-8",
                    z.err().strip(), command);
            e = CliRunner.kefusim(args(List.of(command, utf16.toString()), List.of(where)));
            assertEquals(2, e.code(), e.err());
            assertEquals("error: " + utf16 + ":1: not UTF-8 text: the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); "
                    + "allowed: UTF-8 text; save the file again as UTF-8", e.err().strip(), command);
            z = CliRunner.kefusim(args(List.of("--lang", "zh", command, utf16.toString()), List.of(where)));
            assertEquals(2, z.code(), z.err());
            assertEquals("错误：" + utf16 + ":1: 不是 UTF-8 文本：文件存成了 UTF-16（开头是 UTF-16 的字节顺序标记）；允许：UTF-8 文本；请把文件另存为 UTF-8",
                    z.err().strip(), command);
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aScenarioSavedAsUtf16WithoutAByteOrderMarkOrWithNulBytesSaysSoAndWhere() throws Exception {
        String text = HEAD + "horizon: 24h\n";
        Path le = Files.write(dir.resolve("utf16le.yaml"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)); // Notepad's "Unicode", no mark
        Path be = Files.write(dir.resolve("utf16be.json"), "{\"name\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        Path nul = Files.write(dir.resolve("nul.yaml"), (HEAD + "horizon: 2\0h\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int nulLine = (int) HEAD.lines().count() + 1;
        Path out = dir.resolve("out");
        String en = ": not UTF-8 text: this line has NUL bytes (0x00), which text does not hold (the file was probably saved as UTF-16); "
                + "allowed: UTF-8 text; save the file again as UTF-8";
        String zh = ": 不是 UTF-8 文本：这一行有 NUL 字节（0x00），文本中不会有（文件多半存成了 UTF-16）；允许：UTF-8 文本；请把文件另存为 UTF-8";
        for (String command : List.of("validate", "run", "sweep")) {
            List<String> where = command.equals("validate") ? List.of() : command.equals("run") ? List.of("--out", out.toString())
                    : List.of("--vary", "replications=1,2", "--out", out.toString());
            for (Object[] c : new Object[][] {{le, 1}, {be, 1}, {nul, nulLine}}) {
                CliRunner.Result e = CliRunner.kefusim(args(List.of(command, c[0].toString()), where));
                assertEquals(2, e.code(), e.err());
                assertEquals("error: " + c[0] + ":" + c[1] + en, e.err().strip(), command);
                CliRunner.Result z = CliRunner.kefusim(args(List.of("--lang", "zh", command, c[0].toString()), where));
                assertEquals(2, z.code(), z.err());
                assertEquals("错误：" + c[0] + ":" + c[1] + zh, z.err().strip(), command);
            }
        }
        Path manifest = Files.write(dir.resolve("shops.txt"), (le + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        CliRunner.Result m = CliRunner.kefusim("batch", manifest.toString(), "--out", out.toString());
        assertEquals(2, m.code(), m.err());
        assertEquals("error: " + manifest + ":1" + en, m.err().strip(), "a batch manifest is read the same way");
        assertFalse(Files.exists(out), "nothing written");
    }

    private static String[] args(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all.toArray(String[]::new);
    }

    private static String[] args(List<String> first) {
        return args(first, List.of());
    }
}
