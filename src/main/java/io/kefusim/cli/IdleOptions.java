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
        for (String o : overrides) {
            String key = o.contains("=") ? o.substring(0, o.indexOf('=')).trim() : o.trim();
            if (!staff && (key.equals("staffing") || key.startsWith("staffing.") || key.startsWith("staffing["))) {
                say(err, text, "io_set_unread", key, "kefusim staff");
            } else if (key.equals("availability") || key.startsWith("availability.")) {
                say(err, text, "io_set_unread", key, "kefusim backtest");
            }
        }
    }
}
