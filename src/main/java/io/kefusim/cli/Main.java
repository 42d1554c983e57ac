package io.kefusim.cli;

import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.TreeReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code kefusim}: the command line. Exit codes: 0 success, 2 bad input (scenario, trace or
 * options; one line naming file, line, field and what is allowed), 1 anything unexpected; 4 and 5
 * a cluster run's workers lost or a result forged ({@link io.kefusim.cluster.ClusterException}).
 */
@Command(name = "kefusim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulates an online shop's customer-service chat desk: how many agents, on which shifts, and what slow replies cost.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int BAD_INPUT = 2;

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, CompareCommand.class, SweepCommand.class,
            StaffCommand.class, ErlangCommand.class, FitCommand.class, BacktestCommand.class, ForecastCommand.class, BenchCommand.class,
            WorkerCommand.class, BatchCommand.class, StudioCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code kefusim} with no command: the help, on stderr, and exit 2 (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // charts are drawn off-screen, also on machines with a display
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** @param env the environment the language may come from (KEFUSIM_LANG, the locale): see {@link Language} */
    static int execute(String[] typed, PrintWriter out, PrintWriter err, Map<String, String> env) {
        boolean chinese = "zh".equalsIgnoreCase(Language.chosen(typed, env));
        String[] args = Language.forHelp(Language.placed(typed, env, SUBCOMMANDS));
        if (args.length > 0 && READS_A_SCENARIO.contains(args[0])) readAhead(args);
        CommandLine cl = new CommandLine(new Main());
        // Picocli reads every option of every subcommand it is given (and loads the classes their
        // fields and methods name): about 0.15 s of each start. A command line that names its
        // subcommand gets that one only; help, --version and mistakes get them all.
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> c : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) cl.addSubcommand(c);
        // picocli says a bad number in Java's words ("'abc' is not a long"): say what is allowed, for every option
        // (classes, not lambdas: the class-data-sharing dump of JDK 17 crashes on a lambda here)
        cl.registerConverter(Integer.class, new IntOption());
        cl.registerConverter(int.class, new IntOption());
        cl.registerConverter(Long.class, new LongOption());
        cl.registerConverter(long.class, new LongOption());
        cl.registerConverter(Double.class, new NumberOption());
        cl.registerConverter(double.class, new NumberOption());
        if (chinese || asksForHelp(args)) { // --help in Chinese, and in either language with file names kept whole on the line
            cl.setResourceBundle(HelpInChinese.bundle(cl, chinese));
            HelpInChinese.wholeWords(cl);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof ScenarioException ? BAD_INPUT : 1);
        // bad usage is bad input: one line naming the option and what is allowed, exit 2, no usage dump
        cl.setParameterExceptionHandler((e, given) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            String message = e.getMessage().lines().findFirst().orElse("bad usage");
            List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            if (givesChinese(given)) {
                String hint = suggestions.isEmpty() ? "" : "；是否想用 " + String.join(" 或 ", suggestions) + "？";
                e.getCommandLine().getErr().println("错误：" + command + "：" + UsageInChinese.of(message) + hint + "（参见：" + command + " --help）");
            } else {
                String hint = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
                e.getCommandLine().getErr().println("error: " + command + ": " + message + hint + " (see: " + command + " --help)");
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ScenarioException se) {
                boolean zh = givesChinese(args);
                // one line per error: batch says every invalid file of a fleet, not only the first
                for (ScenarioException one : se.all()) cmd.getErr().println((zh ? "错误：" : "error: ") + one.describe(zh));
                return BAD_INPUT;
            }
            if (e instanceof io.kefusim.cluster.ClusterException ce) { // lost workers, forged results: their own exit codes
                boolean zh = givesChinese(args);
                cmd.getErr().println((zh ? "错误：" : "error: ") + ce.describe(zh));
                return ce.exitCode();
            }
            cmd.getErr().println("internal error: " + e + (System.getenv("KEFUSIM_DEBUG") != null ? "" : " (set KEFUSIM_DEBUG=1 for details)"));
            if (System.getenv("KEFUSIM_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    /** Whether the command line shows a help: none at all, {@code help ...}, or -h / --help anywhere. */
    private static boolean asksForHelp(String[] args) {
        if (args.length == 0 || args[0].equals("help")) return true;
        for (String a : args) if (a.equals("-h") || a.equals("--help")) return true;
        return false;
    }

    /** A whole number of an option, or a usage error that says it is none or out of range, and the range (UsageInChinese says it in Chinese). */
    static long whole(String value, long min, long max) {
        return whole(value, min, max, "a whole number from " + min + " to " + max);
    }

    /**
     * A whole number from min to max (the type's range), or a usage error that says it is none or
     * out of range and what the option allows ({@link Ranges}: its own range, not the type's).
     */
    static long whole(String value, long min, long max, String allowed) {
        String t = value.trim();
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (!t.matches("[-+]?\\d+")) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number; allowed: " + allowed);
            }
            // too many digits even for a long: a whole number all the same, out of range
            throw new CommandLine.TypeConversionException(value + " is out of range; allowed: " + allowed);
        }
        if (v < min || v > max) throw new CommandLine.TypeConversionException(value + " is out of range; allowed: " + allowed);
        return v;
    }

    static final class IntOption implements CommandLine.ITypeConverter<Integer> {
        @Override public Integer convert(String value) { return (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE); }
    }

    static final class LongOption implements CommandLine.ITypeConverter<Long> {
        @Override public Long convert(String value) { return whole(value, Long.MIN_VALUE, Long.MAX_VALUE); }
    }

    static final class NumberOption implements CommandLine.ITypeConverter<Double> {
        @Override public Double convert(String value) { return number(value); }
    }

    /** A number of an option, or a usage error in words rather than Java's ("is not a double"). */
    static double number(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number; allowed: a number, such as 2.5");
        }
    }

    /**
     * Whether the arguments ask for Chinese ({@code --lang zh} or {@code --lang=zh}), read from the
     * arguments themselves: a command line picocli could not parse has no parse result to ask.
     */
    static boolean givesChinese(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--lang=zh")) return true;
            if (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("zh")) return true;
        }
        return false;
    }

    /** The commands whose first scenario file is worth reading ahead (see {@link TreeReader#readAhead}). */
    private static final Set<String> READS_A_SCENARIO = Set.of("run", "validate", "compare", "sweep", "staff");

    /** Reads ahead the first argument that names a YAML or JSON file, while picocli sets itself up. */
    private static void readAhead(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            if (a.startsWith("-") || !(a.endsWith(".yaml") || a.endsWith(".yml") || a.endsWith(".json"))) continue;
            try {
                TreeReader.readAhead(Path.of(args[i]));
            } catch (InvalidPathException e) {
                // not a path: picocli says so
            }
            return;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"kefusim " + (v == null ? "dev" : v)};
        }
    }
}
