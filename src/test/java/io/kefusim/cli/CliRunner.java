package io.kefusim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, capturing its output (for tests in other packages). */
public final class CliRunner {
    private CliRunner() {}

    public record Result(int code, String out, String err) {}

    public static Result kefusim(String... args) {
        return kefusim(java.util.Map.of(), args);
    }

    /** With {@code env} as the environment kefusim sees (its language: KEFUSIM_LANG, LANG, …); none other. */
    public static Result kefusim(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Result(code, out.toString(), err.toString());
    }

    /** The newest run folder a command wrote under {@code parent} (the run ids sort by time; the "latest" link left out). */
    public static java.nio.file.Path newestRun(java.nio.file.Path parent) throws java.io.IOException {
        try (var l = java.nio.file.Files.list(parent)) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }
}
