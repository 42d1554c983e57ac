package io.kefusim.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the command line's language comes from, in this order: {@code --lang} after the command
 * (picocli's own place for it), {@code --lang} before the command ({@code kefusim --lang zh run
 * …}, as people type it), {@code KEFUSIM_LANG}, then the locale ({@code LC_ALL}, {@code
 * LC_MESSAGES}, {@code LANG}: {@code zh_CN.UTF-8} reads Chinese). The arguments are rewritten so
 * the language stands after the command, where every command that speaks reads it; one rule, so
 * an error message, the console and the pages always agree.
 */
final class Language {
    private Language() {}

    /** The arguments with the language placed after the command, for commands that take {@code --lang}. */
    static String[] placed(String[] args, Map<String, String> env, List<Class<?>> commands) {
        List<String> out = new ArrayList<>(Arrays.asList(args));
        String before = null;
        if (!out.isEmpty() && out.get(0).startsWith("--lang=")) {
            before = out.remove(0).substring("--lang=".length());
        } else if (out.size() >= 2 && out.get(0).equals("--lang")) {
            out.remove(0);
            before = out.remove(0);
        }
        if (out.isEmpty() || !speaks(out.get(0), commands)) return args; // nothing to place it on: picocli says what is wrong
        if (givesLanguage(out)) return before == null ? args : out.toArray(String[]::new);
        String lang = before != null ? before : fromEnvironment(env);
        if (lang == null) return args;
        out.add(1, "--lang");
        out.add(2, lang);
        return out.toArray(String[]::new);
    }

    /** The language the command line asks for: a typed --lang wherever it stands, else the environment's; null for neither. */
    static String chosen(String[] typed, Map<String, String> env) {
        for (int i = 0; i < typed.length; i++) {
            if (typed[i].startsWith("--lang=")) return typed[i].substring("--lang=".length());
            if (typed[i].equals("--lang") && i + 1 < typed.length) return typed[i + 1];
        }
        return fromEnvironment(env);
    }

    /**
     * Without a leading {@code --lang} that only chooses the help's language: {@code kefusim --lang zh},
     * {@code kefusim --lang zh --help}, {@code kefusim --lang zh help run}, {@code kefusim --lang zh worker --help}. Other arguments are left as they are.
     */
    static String[] forHelp(String[] args) {
        int skip = args.length > 0 && args[0].startsWith("--lang=") ? 1 : args.length > 1 && args[0].equals("--lang") ? 2 : 0;
        if (skip == 0) return args;
        List<String> rest = Arrays.asList(args).subList(skip, args.length);
        boolean help = rest.isEmpty() || List.of("-V", "--version", "help").contains(rest.get(0)) || rest.contains("-h") || rest.contains("--help");
        return help ? rest.toArray(String[]::new) : args;
    }

    /** KEFUSIM_LANG as given (a wrong value is refused by the command, naming it), else zh for a Chinese locale; null for neither. */
    static String fromEnvironment(Map<String, String> env) {
        String own = env.get("KEFUSIM_LANG");
        if (own != null && !own.isBlank()) return own.trim();
        for (String key : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(key);
            // the first one set decides, as for every program: LC_ALL=C with LANG=zh_CN reads English
            if (v != null && !v.isBlank()) return v.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : null;
        }
        return null;
    }

    private static boolean givesLanguage(List<String> args) {
        for (String a : args) if (a.equals("--lang") || a.startsWith("--lang=")) return true;
        return false;
    }

    /** Whether the named command has a {@code --lang} option, its own or in a mixin. */
    private static boolean speaks(String name, List<Class<?>> commands) {
        for (Class<?> c : commands) {
            picocli.CommandLine.Command cmd = c.getAnnotation(picocli.CommandLine.Command.class);
            if (cmd != null && cmd.name().equals(name)) return hasLang(c);
        }
        return false;
    }

    private static boolean hasLang(Class<?> c) {
        for (Field f : c.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && Arrays.asList(o.names()).contains("--lang")) return true;
            if (f.getAnnotation(Mixin.class) != null && hasLang(f.getType())) return true;
        }
        return false;
    }
}
