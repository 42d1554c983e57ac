package io.kefusim.cli;

import io.kefusim.report.Text;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/**
 * Options a command accepts but that change nothing in the combination given (--threads when the
 * workers run the replications, --secret-file without --cluster, --draws without --confidence,
 * --set of a key only another command reads): each said in one line, in the reader's language,
 * before the work starts. Said, not refused: a script that passes them still gets its answer.
 */
final class IdleOptions {
    private IdleOptions() {}

    /** Whether the user typed {@code option} (not merely its default). */
    static boolean given(CommandSpec spec, String option) {
        return spec != null && spec.commandLine() != null && spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** "warning: --threads changes nothing with --cluster: …", as the scenario's warnings begin. */
    static void say(PrintWriter err, Text text, String key, Object... args) {
        err.println(text.get("lw_warning") + text.get(key, args));
    }

    /**
     * Each {@code --set} of a key the command never reads: {@code staffing.*} (only staff reads
     * it; {@code staff} passes {@code staff = true}) and {@code availability.*} (only backtest,
     * which reads the file it is given).
     */
    static void sets(List<String> overrides, boolean staff, PrintWriter err, Text text) {
        unread("--set", overrides, staff, err, text);
    }

    /**
     * Each {@code --vary} of sweep that varies nothing: a key sweep never reads (as for --set),
     * or {@code seed} and {@code replications}, which every point takes from the first point.
     */
    static void varies(List<String> varies, PrintWriter err, Text text) {
        unread("--vary", varies, false, err, text);
        for (String v : varies) {
            String key = key(v);
            if (key.equals("seed") || key.equals("replications")) say(err, text, "io_vary_aligned", key);
        }
    }

    private static void unread(String option, List<String> given, boolean staff, PrintWriter err, Text text) {
        for (String o : given) {
            String key = key(o);
            if (!staff && (key.equals("staffing") || key.startsWith("staffing.") || key.startsWith("staffing["))) {
                say(err, text, "io_set_unread", option, key, "kefusim staff");
            } else if (key.equals("availability") || key.startsWith("availability.")) {
                say(err, text, "io_set_unread", option, key, "kefusim backtest");
            }
        }
    }

    private static String key(String keyValue) {
        return keyValue.contains("=") ? keyValue.substring(0, keyValue.indexOf('=')).trim() : keyValue.trim();
    }
}
