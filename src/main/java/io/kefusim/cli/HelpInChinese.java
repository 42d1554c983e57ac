package io.kefusim.cli;

import io.kefusim.report.Text;
import picocli.CommandLine;
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
        Map<String, String> texts = new HashMap<>();
        put(texts, "usage.synopsisHeading", "help.usage.synopsisHeading");
        put(texts, "usage.commandListHeading", "help.usage.commandListHeading");
        add(texts, cl.getCommandSpec());
        Object[][] contents = texts.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toArray(Object[][]::new);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
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

    private static void add(Map<String, String> texts, CommandSpec spec) {
        String q = spec.qualifiedName(".") + ".";
        String description = Text.raw(key(spec), true);
        if (description != null) {
            String[] lines = description.split("\n");
            for (int i = 0; i < lines.length; i++) texts.put(q + "usage.description." + i, lines[i]);
            if (spec.usageMessage().header().length > 0) texts.put(q + "usage.header", lines[0]); // the command list shows a header where there is one
        }
        for (OptionSpec o : spec.options()) {
            String lookup = o.descriptionKey() == null || o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            putLines(texts, q + lookup, key(o));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String lookup = p.descriptionKey() == null || p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
            putLines(texts, q + lookup, key(p));
        }
        for (CommandLine sub : spec.subcommands().values()) add(texts, sub.getCommandSpec());
    }

    /** A description of several lines as picocli's numbered keys (key.0, key.1, ...), else the key itself. */
    private static void putLines(Map<String, String> texts, String bundleKey, String textKey) {
        String zh = Text.raw(textKey, true);
        if (zh == null) return;
        String[] lines = zh.split("\n");
        if (lines.length == 1) texts.put(bundleKey, zh);
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
