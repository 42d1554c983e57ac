package io.kefusim.cli;

import io.kefusim.report.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code --help} in Chinese: a picocli resource bundle made from the help texts in {@link Text}
 * (keys {@code help.<declaring class>[.<option>]}), for a command line and all its subcommands.
 * An option keeps its English description where Text has no Chinese for it (HelpTextTest says so).
 */
final class HelpInChinese {
    private HelpInChinese() {}

    /** The bundle for {@code cl} and its subcommands, as picocli looks texts up: by qualified command name. */
    static ResourceBundle bundle(CommandLine cl) {
        return bundle(cl, true);
    }

    /**
     * The help texts of {@code cl} and its subcommands, in Chinese or English, as a picocli bundle
     * whose file names keep whole: picocli wraps at the places java.text.BreakIterator allows, which
     * include after every dot ("fitted." / "yaml", "summary." / "json", "--set demand." /
     * "scale=1.5"). A dot inside a word is written as {@link #DOT}, which allows no break, and
     * {@link #wholeWords} turns it back into a dot once the help is laid out.
     */
    static ResourceBundle bundle(CommandLine cl, boolean chinese) {
        Map<String, String> texts = new HashMap<>();
        if (chinese) {
            put(texts, "usage.synopsisHeading", "help.usage.synopsisHeading");
            put(texts, "usage.commandListHeading", "help.usage.commandListHeading");
        }
        add(texts, cl.getCommandSpec(), chinese);
        Object[][] contents = texts.entrySet().stream().map(e -> new Object[]{e.getKey(), keepWhole(e.getValue())}).toArray(Object[][]::new);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }

    /**
     * A dot picocli's wrapping cannot break after (a private-use character, one column wide; never
     * in a help text itself), and after it the same for the other marks of {@link #WORD_MARKS}.
     */
    static final char DOT = '\uE000';

    /** The marks a word such as roster[0].agents is broken at: each stands in for as DOT + its index. */
    private static final String WORD_MARKS = ".[]";

    /**
     * Every dot followed by more of the word ("fitted.yaml", "1.5"), and a bracket inside a word
     * ("roster[0].agents"), as a character that allows no break; a dot that ends a sentence stays.
     */
    static String keepWhole(String s) {
        if (s == null || s.indexOf('.') < 0) return s;
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i + 1 < b.length(); i++) {
            char c = b.charAt(i);
            boolean joined = !Character.isWhitespace(b.charAt(i + 1)) && (c == '.' || i > 0 && !Character.isWhitespace(b.charAt(i - 1)));
            if (joined && WORD_MARKS.indexOf(c) >= 0) b.setCharAt(i, (char) (DOT + WORD_MARKS.indexOf(c)));
        }
        return b.toString();
    }

    /** Every section of the help of {@code cl} (and its subcommands) with {@link #DOT} written as the dot it stands for. */
    static void wholeWords(CommandLine cl) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, CommandLine.IHelpSectionRenderer> e : cl.getHelpSectionMap().entrySet()) sections.put(e.getKey(), new Dotted(e.getValue()));
        cl.setHelpSectionMap(sections); // picocli passes it on to the subcommands
    }

    /** A help section with {@link #DOT} made a dot again (a class, not a lambda: see Main's converters). */
    private record Dotted(CommandLine.IHelpSectionRenderer section) implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            String s = section.render(help);
            for (int i = 0; i < WORD_MARKS.length(); i++) s = s.replace((char) (DOT + i), WORD_MARKS.charAt(i));
            return s;
        }
    }

    /** The Text key of an option's or parameter's help: its declaring class and its name. */
    static String key(ArgSpec arg) {
        String owner = arg.userObject() instanceof Field f ? f.getDeclaringClass().getSimpleName() : "?";
        String name = arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : ((PositionalParamSpec) arg).paramLabel();
        return "help." + owner + "." + name;
    }

    /** The Text key of a command's own description. */
    static String key(CommandSpec spec) {
        return "help." + spec.userObject().getClass().getSimpleName();
    }

    private static void add(Map<String, String> texts, CommandSpec spec, boolean chinese) {
        String q = spec.qualifiedName(".") + ".";
        String description = chinese ? Text.raw(key(spec), true) : null;
        if (description == null) {
            Command c = spec.userObject() == null ? null : spec.userObject().getClass().getAnnotation(Command.class);
            String[] english = c != null && c.description().length > 0 ? c.description() : escaped(spec.usageMessage().description());
            if (english.length > 0) description = String.join("\n", english);
        }
        if (description != null) {
            String[] lines = description.split("\n");
            for (int i = 0; i < lines.length; i++) texts.put(q + "usage.description." + i, lines[i]);
            if (spec.usageMessage().header().length > 0) { // the command list shows a header where there is one
                texts.put(q + "usage.header", chinese && Text.raw(key(spec), true) != null ? lines[0] : String.join(" ", escaped(spec.usageMessage().header())));
            }
        }
        for (OptionSpec o : spec.options()) {
            String lookup = o.descriptionKey() == null || o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            putLines(texts, q + lookup, chinese ? Text.raw(key(o), true) : null, english(o));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String lookup = p.descriptionKey() == null || p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
            putLines(texts, q + lookup, chinese ? Text.raw(key(p), true) : null, english(p));
        }
        for (CommandLine sub : spec.subcommands().values()) add(texts, sub.getCommandSpec(), chinese);
    }

    /** An option's English help as written (picocli formats it again: "25%%" stays "25%%"). */
    private static String[] english(ArgSpec a) {
        if (a.userObject() instanceof Field f) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null && o.description().length > 0) return o.description();
            CommandLine.Parameters p = f.getAnnotation(CommandLine.Parameters.class);
            if (p != null && p.description().length > 0) return p.description();
        }
        return escaped(a.description());
    }

    /** Texts picocli has formatted, to be formatted once more: a % written twice. */
    private static String[] escaped(String[] lines) {
        String[] e = new String[lines.length];
        for (int i = 0; i < lines.length; i++) e[i] = lines[i].replace("%", "%%");
        return e;
    }

    /** A description of several lines as picocli's numbered keys (key.0, key.1, ...), else the key itself; the English where there is no Chinese. */
    private static void putLines(Map<String, String> texts, String bundleKey, String zh, String[] english) {
        String[] lines = zh != null ? zh.split("\n") : english;
        if (lines.length == 0) return;
        if (lines.length == 1) texts.put(bundleKey, lines[0]);
        else for (int i = 0; i < lines.length; i++) texts.put(bundleKey + "." + i, lines[i]);
    }

    private static void put(Map<String, String> texts, String bundleKey, String textKey) {
        texts.put(bundleKey, Text.raw(textKey, true));
    }

    /** Every command's and option's Text key under {@code spec}, for tests: hidden options have no help. */
    static List<String> keysUnder(CommandSpec spec) {
        List<String> keys = new ArrayList<>();
        keys.add(key(spec));
        for (OptionSpec o : spec.options()) if (!o.hidden()) keys.add(key(o));
        for (PositionalParamSpec p : spec.positionalParameters()) if (!p.hidden()) keys.add(key(p));
        for (CommandLine sub : spec.subcommands().values()) keys.addAll(keysUnder(sub.getCommandSpec()));
        return keys;
    }
}
