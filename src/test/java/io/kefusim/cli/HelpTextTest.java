package io.kefusim.cli;

import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** --help in Chinese for every command: every option has a Chinese description, and the help reads Chinese. */
class HelpTextTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static CommandLine everyCommand() {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : Main.SUBCOMMANDS) cl.addSubcommand(c);
        return cl;
    }

    private static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : Main.SUBCOMMANDS) names.add(c.getAnnotation(Command.class).name());
        return names;
    }

    @Test
    void everyCommandAndOptionHasAChineseDescriptionAndTheEnglishIsTheAnnotations() {
        List<String> missing = new ArrayList<>(), drifted = new ArrayList<>();
        check(everyCommand().getCommandSpec(), missing, drifted);
        assertTrue(missing.isEmpty(), "no Chinese help in report/Text.java for: " + missing);
        assertTrue(drifted.isEmpty(), "report/Text.java's English help differs from the annotation (change both): " + drifted);
    }

    private static void check(CommandSpec spec, List<String> missing, List<String> drifted) {
        String commandKey = HelpInChinese.key(spec);
        expect(commandKey, String.join("\n", spec.userObject().getClass().getAnnotation(Command.class).description()), missing, drifted);
        for (ArgSpec a : spec.args()) {
            if (a.hidden()) continue;
            Field f = (Field) a.userObject();
            Option o = f.getAnnotation(Option.class);
            Parameters p = f.getAnnotation(Parameters.class);
            expect(HelpInChinese.key(a), String.join("\n", o != null ? o.description() : p.description()), missing, drifted);
        }
        for (CommandLine sub : spec.subcommands().values()) check(sub.getCommandSpec(), missing, drifted);
    }

    private static void expect(String key, String english, List<String> missing, List<String> drifted) {
        String zh = Text.raw(key, true);
        if (zh == null || !CJK.matcher(zh).find()) missing.add(key);
        // picocli's own texts (--help, --version, the help command) are picocli's English, not an annotation of ours
        else if (!key.startsWith("help.AutoHelpMixin.") && !key.startsWith("help.HelpCommand") && !english.equals(Text.raw(key, false))) {
            drifted.add(key);
        }
    }

    @Test
    void everyCommandsHelpReadsChineseWhereverTheLanguageComesFrom() {
        for (String command : commandNames()) {
            if (command.equals("help")) continue;
            CliRunner.Result typed = CliRunner.kefusim("--lang", "zh", command, "--help");
            assertEquals(0, typed.code(), command + ": " + typed.err());
            String help = typed.out();
            assertTrue(help.startsWith("用法：kefusim " + command), help);
            assertEquals(List.of(), EnglishLeft.in(help), "kefusim --lang zh " + command + " --help left English");
            assertFalse(help.contains("Show this help"), help);
            assertEquals(help, CliRunner.kefusim(Map.of("KEFUSIM_LANG", "zh"), command, "--help").out(), command + " with KEFUSIM_LANG=zh");
            assertEquals(help, CliRunner.kefusim(command, "--lang=zh", "-h").out(), command + " with --lang after it");
            // and English stays English
            assertTrue(CliRunner.kefusim(command, "--help").out().startsWith("Usage: kefusim " + command));
        }
        CliRunner.Result top = CliRunner.kefusim("--lang", "zh", "--help");
        assertEquals(0, top.code(), top.err());
        assertTrue(top.out().contains("命令："), top.out());
        assertEquals(List.of(), EnglishLeft.in(top.out()), "kefusim --lang zh --help left English");
        CliRunner.Result helpRun = CliRunner.kefusim(Map.of("LANG", "zh_CN.UTF-8"), "help", "run");
        assertTrue(helpRun.out().startsWith("用法：kefusim run"), helpRun.out());
        assertTrue(helpRun.err().isEmpty(), "no picocli warning: " + helpRun.err());
    }

    @Test
    void noCommandPrintsTheHelpAndExitsTwo() {
        CliRunner.Result none = CliRunner.kefusim();
        assertEquals(Main.BAD_INPUT, none.code());
        assertTrue(none.err().startsWith("Usage: kefusim"), none.err());
        assertTrue(none.err().contains("Commands:"), none.err());
        CliRunner.Result zh = CliRunner.kefusim("--lang", "zh");
        assertEquals(Main.BAD_INPUT, zh.code());
        assertTrue(zh.err().startsWith("用法：kefusim"), zh.err());
        assertEquals(zh.err(), CliRunner.kefusim(Map.of("KEFUSIM_LANG", "zh")).err());
        // --help itself is asked for: exit 0, on stdout
        assertEquals(0, CliRunner.kefusim("--help").code());
    }

    @Test
    void theCommandListSaysWholeSentencesAndStaffSaysWhatItsReplicationsAreFor() {
        // the command list shows each description's first line: a whole sentence, in both languages
        String top = CliRunner.kefusim("--help").out().replaceAll("\\s+", " ");
        assertTrue(top.contains("forecast Forecast buyers per hour for the days asked, with prediction intervals per hour and for the day, "
                + "from a shop's records (read as kefusim fit reads them). bench "), top);
        String zhTop = String.join("", CliRunner.kefusim("--lang", "zh", "--help").out().lines().map(String::strip).toList());
        assertTrue(zhTop.contains("forecast  按店铺的记录（读法与 kefusim fit 相同）预测所问日期每小时的买家数，并给出每小时和全天的预测区间。bench"), zhTop);
        // staff has no plans or points: its --replications are per roster it tries
        String staff = CliRunner.kefusim("staff", "--help").out().replaceAll("\\s+", " ");
        assertTrue(staff.contains("--replications=N Replications per simulation: of each plan (run, compare, batch), sweep point or roster staff tries "
                + "(overrides the scenario)."), staff);
        String zhStaff = String.join("", CliRunner.kefusim("--lang", "zh", "staff", "--help").out().lines().map(String::strip).toList());
        assertTrue(zhStaff.contains("每次仿真的重复次数：run、compare、batch 的每个方案，sweep 的每个扫描点，staff 试算的每个排班（覆盖场景中的设置）。"), zhStaff);
    }

    /**
     * Picocli wraps where java.text.BreakIterator allows, which is after every dot: "fitted." / "yaml",
     * "--set demand." / "scale=1.5". No help, in either language, breaks a file name or a key.
     */
    @Test
    void noHelpBreaksAFileNameOrAKeyAcrossLines() {
        Pattern broken = Pattern.compile("[\\w\\]>](?<!e\\.g)\\.\\n\\s*[a-z0-9]|\\w\\n\\s*\\[\\d|\\]\\n\\s*\\.");
        List<String> commands = new ArrayList<>(commandNames());
        commands.add(""); // kefusim --help: the command list
        List<String> found = new ArrayList<>();
        for (String command : commands) {
            for (String lang : List.of("en", "zh")) {
                String help = (command.isEmpty() ? CliRunner.kefusim("--lang", lang, "--help") : CliRunner.kefusim("--lang", lang, command, "--help")).out();
                help = help.replace("\r\n", "\n");
                // the command list's last line of one command, then the next command's name, is no broken word
                var m = broken.matcher(help);
                while (m.find()) if (!command.isEmpty() || !help.substring(m.end() - 1).matches("(?s)[a-z]+ {2,}.*")) found.add(lang + " " + command + ": " + m.group());
                assertFalse(help.chars().anyMatch(c -> c >= 0xE000 && c < 0xE010), lang + " " + command + ": a stand-in character left in the help");
                assertFalse(help.contains("[picocli WARN]"), help);
            }
        }
        assertTrue(found.isEmpty(), "broken across lines: " + found);
        assertTrue(CliRunner.kefusim("run", "--help").out().lines().anyMatch(l -> l.strip().startsWith("demand.scale=1.5 --set roster[0].agents=8")));
        assertTrue(CliRunner.kefusim("fit", "--help").out().lines().anyMatch(l -> l.contains("fitted.yaml, fit.json")));
        assertTrue(CliRunner.kefusim("--lang", "zh", "compare", "--help").out().lines().anyMatch(l -> l.strip().equals("demand.scale=1.5（可多次使用）。")));
    }
}
