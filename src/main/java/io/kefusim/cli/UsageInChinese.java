package io.kefusim.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picocli's usage errors (an unknown option, a missing one, a value of the wrong type) in
 * Chinese, for {@code --lang zh}: picocli writes them in English only. The option names and
 * values they quote stay as typed; a message of another shape is left in English.
 */
final class UsageInChinese {
    private UsageInChinese() {}

    private record Rule(Pattern english, String chinese) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("Unknown options?: (.+)"), "无法识别的选项：$1"),
            new Rule(Pattern.compile("Missing required options?: (.+)"), "缺少必需的选项：$1"),
            new Rule(Pattern.compile("Missing required parameters?: (.+)"), "缺少必需的参数：$1"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is not a whole number; allowed: a whole number from (\\S+) to (\\S+)"),
                    "选项 $1 的值无效：$2 不是整数；允许：从 $3 到 $4 的整数"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is out of range; allowed: a whole number from (\\S+) to (\\S+)"),
                    "选项 $1 的值无效：$2 超出范围；允许：从 $3 到 $4 的整数"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is not a whole number; allowed: a whole number, (\\S+) or more"),
                    "选项 $1 的值无效：$2 不是整数；允许：$3 或更大的整数"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is out of range; allowed: a whole number, (\\S+) or more"),
                    "选项 $1 的值无效：$2 超出范围；允许：$3 或更大的整数"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is not a number; allowed: a number, such as 2.5"),
                    "选项 $1 的值无效：$2 不是数字；允许：数字，如 2.5"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is not an? (?:int|long)"), "选项 $1 的值无效：$2 不是整数"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+) is not an? (?:double|float)"), "选项 $1 的值无效：$2 不是数字"),
            new Rule(Pattern.compile("Invalid value for option (.+?): (.+)"), "选项 $1 的值无效：$2"),
            new Rule(Pattern.compile("Missing required parameter for option (.+)"), "选项 $1 缺少取值"),
            new Rule(Pattern.compile("Unmatched arguments? from index \\d+: (.+)"), "多余的参数：$1"),
            new Rule(Pattern.compile("Unmatched argument at index \\d+: (.+)"), "多余的参数：$1"));

    static String of(String message) {
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(message);
            if (m.matches()) return m.replaceFirst(r.chinese());
        }
        return message;
    }
}
