package io.kefusim.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the commands of a guide and checks every number the guide quotes against what they
 * produce (see {@code docs/guides/README.md}, "How the guides are tested", for the convention):
 *
 * <ul>
 *   <li>A fenced block opened with {@code ```console} holds commands ({@code $ ./kefusim …}, run
 *       in-process, in document order) and, after each, an excerpt of what it prints: every
 *       excerpt line must match, in order, a line of the output with the same words (numbers and
 *       spacing aside) and the same numbers. A line {@code (exit N)} says the command ends with
 *       exit code N (otherwise 0 is required).</li>
 *   <li>{@code <!--id:NAME-->} on the line before such a block names its last command;
 *       {@code <!--n:NAME:FILE:PATH OPS-->1,234} in the text says 1,234 is the value at PATH of
 *       FILE (a JSON file) in that command's results folder ({@code out:REGEX} reads the
 *       console: group 1). A value {@code {mean, ci95}} gives its mean, and a following
 *       {@code ± 90} is checked against its ci95. A number written with {@code %} is a share
 *       times 100; OPS may be {@code x100}, {@code /60}, {@code /3600}, {@code abs}.</li>
 *   <li>Any other fenced block that holds a kefusim command, and any inline {@code `./kefusim …`}
 *       that is not a command of the guide's console blocks, is a failure — unless the block is
 *       preceded by {@code <!--not-run: REASON-->}, which is reported.</li>
 * </ul>
 *
 * In update mode the numbers written are replaced by the numbers measured, and the files rewritten.
 */
final class GuideChecker {
    static final Pattern NUMBER = Pattern.compile("[+\u2212-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern MARK = Pattern.compile("<!--\\s*(id|not-run)\\s*:\\s*(.*?)\\s*-->");
    private static final Pattern NUM_MARK = Pattern.compile(
            "<!--n:([^:>]+):([^:>]+):(.*?)-->(\\s*)(" + NUMBER.pattern() + "%?)(?:(\\s*±\\s*)(" + NUMBER.pattern() + "%?))?");
    private static final Pattern INLINE = Pattern.compile("`(\\./kefusim [^`]*)`");
    private static final Pattern RUN_ID = Pattern.compile("\\d{8}-\\d{6}(?:-\\d+)?");
    private static final Pattern EXIT = Pattern.compile("^\\(exit (\\d+)\\)$");
    static final Set<String> WRITES_FOLDER = Set.of("run", "compare", "sweep", "staff", "batch", "fit", "backtest");

    private final Path root;
    private final Path results;
    private final boolean update;
    private final Map<String, Run> cache = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    final List<String> failures = new ArrayList<>();
    final List<String> notRun = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    final List<String> timings = new ArrayList<>();
    int commandsRun, commandsShared, linesChecked, numbersChecked;

    /** @param root the project (commands see paths relative to the JVM's working folder, which must be it) */
    GuideChecker(Path root, Path results, boolean update) {
        this.root = root;
        this.results = results;
        this.update = update;
    }

    record Run(String lang, CliRunner.Result result, String output, String out, String err, Path folder) {}

    private record Command(int line, String text, List<String> args, List<Expected> expected, Integer exit) {}

    private record Expected(int line, String text) {}

    /** Checks one guide; in update mode, rewrites it. */
    void check(Path file) throws IOException {
        String name = root.relativize(file.toAbsolutePath()).toString();
        List<String> lines = new ArrayList<>(List.of(Files.readString(file).split("\n", -1)));
        Map<String, Run> ids = new LinkedHashMap<>();
        Set<String> commands = new HashSet<>();
        int checkedBefore = linesChecked + numbersChecked;
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) { i++; continue; }
            String fence = open.group(1), info = open.group(2);
            int start = i + 1, end = start;
            while (end < lines.size() && !lines.get(end).trim().equals(fence)) end++;
            String mark = null, markValue = null;
            for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
                Matcher m = MARK.matcher(lines.get(k).trim());
                if (m.matches()) { mark = m.group(1); markValue = m.group(2); break; }
                if (!lines.get(k).isBlank()) break;
            }
            List<String> body = lines.subList(start, Math.min(end, lines.size()));
            if ("not-run".equals(mark)) {
                if (markValue.isBlank()) failures.add(name + ":" + (i + 1) + ": a not-run block must say why");
                else notRun.add(name + ":" + (i + 1) + ": " + markValue);
            } else if (info.equals("console")) {
                Run last = runBlock(name, lines, start, body, commands);
                if ("id".equals(mark) && last != null) ids.put(markValue, last);
            } else {
                for (int k = 0; k < body.size(); k++) {
                    String t = body.get(k).trim();
                    if (t.startsWith("$ ")) t = t.substring(2).trim();
                    if (t.startsWith("./kefusim") || t.startsWith("kefusim ") || t.startsWith("java -jar")) {
                        failures.add(name + ":" + (start + k + 1) + ": a command outside a ```console block (not run by the guide test; "
                                + "write it as ```console with '$ ', or mark the block <!--not-run: why-->): " + t);
                        break;
                    }
                }
            }
            i = end + 1;
        }
        // commands and numbers in the text
        boolean inFence = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (FENCE.matcher(line).matches()) { inFence = !inFence; continue; }
            if (inFence) continue;
            Matcher inline = INLINE.matcher(line);
            while (inline.find())
                if (!commands.contains(inline.group(1).trim()))
                    failures.add(name + ":" + (n + 1) + ": a command in the text that no ```console block of this guide runs: " + inline.group(1));
            lines.set(n, checkNumbers(name, n + 1, line, ids));
        }
        if (linesChecked + numbersChecked == checkedBefore && notRun.stream().noneMatch(s -> s.startsWith(name + ":")))
            failures.add(name + ": checks nothing (no output excerpt and no marked number)");
        if (update) {
            String text = String.join("\n", lines);
            if (!text.equals(Files.readString(file))) Files.writeString(file, text);
        }
    }

    private Run runBlock(String name, List<String> lines, int start, List<String> body, Set<String> commands) {
        List<Command> cmds = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String t = body.get(k);
            if (t.startsWith("$ ")) {
                int first = k;
                StringBuilder text = new StringBuilder(t.substring(2).trim());
                while (text.toString().endsWith("\\") && k + 1 < body.size()) {
                    text.setLength(text.length() - 1);
                    text.append(' ').append(body.get(++k).trim());
                }
                String cmd = text.toString().replaceAll("\\s+", " ").trim();
                commands.add(cmd);
                cmds.add(new Command(start + first + 1, cmd, split(cmd), new ArrayList<>(), null));
            } else if (cmds.isEmpty()) {
                if (!t.isBlank()) failures.add(name + ":" + (start + k + 1) + ": output before any command in a console block: " + t);
            } else if (!t.isBlank() && !t.trim().equals("...") && !t.trim().equals("…")) {
                Matcher ex = EXIT.matcher(t.trim());
                Command c = cmds.get(cmds.size() - 1);
                if (ex.matches()) cmds.set(cmds.size() - 1, new Command(c.line, c.text, c.args, c.expected, Integer.parseInt(ex.group(1))));
                else c.expected.add(new Expected(start + k, t));
            }
        }
        if (cmds.isEmpty()) failures.add(name + ":" + start + ": a console block with no '$ ' command");
        Run last = null;
        for (Command c : cmds) {
            last = run(name, c);
            if (last == null) continue;
            int want = c.exit == null ? 0 : c.exit;
            if (last.result.code() != want)
                failures.add(name + ":" + c.line + ": `" + c.text + "` exited " + last.result.code() + ", the guide says " + want
                        + "\n" + indent(last.output));
            compareExcerpt(name, lines, c, last);
        }
        return last;
    }

    private Run run(String name, Command c) {
        if (c.args.isEmpty() || !c.args.get(0).equals("./kefusim")) {
            failures.add(name + ":" + c.line + ": only ./kefusim commands can be run by the guide test: " + c.text);
            return null;
        }
        List<String> args = new ArrayList<>();
        String lang = "en", sub = null;
        for (int k = 1; k < c.args.size(); k++) {
            String a = c.args.get(k);
            if (a.equals("--lang") && k + 1 < c.args.size()) { lang = c.args.get(++k); continue; }
            if (sub == null && !a.startsWith("-")) sub = a;
            args.add(resolve(a));
        }
        String key = String.join("\u0000", args);
        Run cached = cache.get(key);
        if (cached != null && (cached.lang.equals(lang) || c.expected.isEmpty())) {
            commandsShared++;
            return cached;
        }
        List<String> full = new ArrayList<>(args);
        if (!lang.equals("en")) { full.add("--lang"); full.add(lang); }
        if (WRITES_FOLDER.contains(sub) && !args.contains("--out")) { full.add("--out"); full.add(results.toString()); }
        Set<Path> before = folders();
        long t0 = System.nanoTime();
        CliRunner.Result r = CliRunner.kefusim(full.toArray(String[]::new));
        commandsRun++;
        timings.add(String.format("%5.1f s  %s", (System.nanoTime() - t0) / 1e9, c.text));
        Set<Path> after = folders();
        after.removeAll(before);
        Path folder = after.size() == 1 ? after.iterator().next() : null;
        Run run = new Run(lang, r, normalise(r.out() + r.err()), normalise(r.out()), normalise(r.err()), folder);
        cache.put(key, run);
        return run;
    }

    /** The run folders under the results folder ({@code results/NAME/RUN-ID}; a batch's shops are inside its own). */
    private Set<Path> folders() {
        Set<Path> all = new HashSet<>();
        if (!Files.isDirectory(results)) return all;
        try (Stream<Path> names = Files.list(results)) {
            for (Path n : names.filter(Files::isDirectory).toList())
                try (Stream<Path> runs = Files.list(n)) {
                    // run folders only: not a staging folder (.partial-…) nor a pointer such as "latest"
                    runs.filter(p -> !Files.isSymbolicLink(p) && Files.isDirectory(p) && RUN_ID.matcher(p.getFileName().toString()).matches())
                            .forEach(all::add);
                }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** {@code results/...} is the test's results folder; {@code <run-id>} or a {@code *} in it is the newest match. */
    private String resolve(String arg) {
        if (!arg.startsWith("results/")) return arg;
        Path p = results;
        for (String part : arg.substring("results/".length()).split("/")) {
            if (!part.contains("*") && !part.equals("<run-id>")) { p = p.resolve(part); continue; }
            Pattern glob = part.equals("<run-id>") ? RUN_ID : Pattern.compile(Pattern.quote(part).replace("*", "\\E.*\\Q"));
            Path dir = p;
            try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
                p = s.filter(x -> glob.matcher(x.getFileName().toString()).matches())
                        .max(Comparator.comparing((Path x) -> x.toFile().lastModified()).thenComparing(Path::toString))
                        .orElse(dir.resolve(part));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p.toString();
    }

    private String normalise(String output) {
        String r = results.toString().replace('\\', '/');
        String abs = results.toAbsolutePath().toString().replace('\\', '/');
        return RUN_ID.matcher(output.replace('\\', '/').replace(abs + "/", "results/").replace(r + "/", "results/"))
                .replaceAll("<run-id>").replace("\r", "");
    }

    static String skeleton(String line) {
        return NUMBER.matcher(RUN_ID.matcher(line).replaceAll("<run-id>")).replaceAll("#").replaceAll("\\s+", " ").trim();
    }

    static List<String> numbers(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(RUN_ID.matcher(line).replaceAll("<run-id>"));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Each excerpt line is looked for in standard output, then in standard error (a terminal interleaves them), in order in each. */
    private void compareExcerpt(String name, List<String> lines, Command c, Run run) {
        List<List<String>> streams = List.of(List.of(run.out.split("\n")), List.of(run.err.split("\n")));
        int[] from = new int[2];
        for (Expected e : c.expected) {
            String sk = skeleton(e.text);
            int found = -1, stream = -1;
            for (int s = 0; s < 2 && found < 0; s++)
                for (int a = from[s]; a < streams.get(s).size(); a++)
                    if (skeleton(streams.get(s).get(a)).equals(sk)) { found = a; stream = s; break; }
            linesChecked++;
            if (found < 0) {
                failures.add(name + ":" + (e.line + 1) + ": no line like this in the output of `" + c.text + "` (after the lines matched before it):\n"
                        + "    written:  " + e.text.trim() + "\n" + "  output was:\n" + indent(run.output));
                continue;
            }
            from[stream] = found + 1;
            String actual = streams.get(stream).get(found);
            List<String> w = numbers(e.text), m = numbers(actual);
            if (!w.equals(m)) {
                if (update) {
                    lines.set(e.line, actual.stripTrailing());
                    changes.add(name + ":" + (e.line + 1) + ": " + e.text.trim() + "  ->  " + actual.trim());
                } else {
                    List<String> diffs = new ArrayList<>();
                    for (int k = 0; k < w.size(); k++) if (!w.get(k).equals(m.get(k))) diffs.add(w.get(k) + " -> measured " + m.get(k));
                    failures.add(name + ":" + (e.line + 1) + ": written " + String.join(", ", diffs) + "\n    written:  " + e.text.trim()
                            + "\n    measured: " + actual.trim());
                }
            }
        }
        warningsShownWhole(name, c, run);
    }

    /**
     * An excerpt of what a command prints shows every warning it prints: a reader told of one warning
     * takes it for the whole list (the Chinese supervisor guide once showed the second of two, leaving
     * out the break warning its section was about), and a reader shown the output without its warning
     * is not told what the command says about trusting it (the fitting guide left out fit's "answers
     * faster than the records", tester19). A command quoted with no output at all is not checked.
     */
    private void warningsShownWhole(String name, Command c, Run run) {
        List<String> shown = c.expected.stream().map(e -> skeleton(e.text)).filter(GuideChecker::isWarning).toList();
        if (c.expected.isEmpty()) return;
        for (String line : run.output.split("\n")) {
            String sk = skeleton(line);
            if (isWarning(sk) && !shown.contains(sk))
                failures.add(name + ": `" + c.text + "` prints a warning its excerpt leaves out (an excerpt of its output shows every warning it prints):\n    " + line.trim());
        }
    }

    private static boolean isWarning(String skeleton) {
        return skeleton.startsWith("warning:") || skeleton.startsWith("警告：");
    }


    private String checkNumbers(String name, int lineNo, String line, Map<String, Run> ids) {
        Matcher m = NUM_MARK.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(line, last, m.start());
            last = m.end();
            String id = m.group(1), file = m.group(2), path = m.group(3), written = m.group(5), pmWritten = m.group(7);
            String measured = null, pmMeasured = null;
            Run run = ids.get(id);
            numbersChecked++;
            try {
                if (run == null) throw new IllegalStateException("no console block marked <!--id:" + id + "--> before this line");
                if (file.equals("out")) {
                    Matcher o = Pattern.compile(path).matcher(run.output);
                    if (!o.find()) throw new IllegalStateException("/" + path + "/ matches nothing in the output of " + id);
                    measured = o.group(1);
                } else {
                    String[] ops = path.trim().split("\\s+");
                    JsonNode node = at(run, file, ops[0]);
                    measured = format(value(node, "mean", ops), written);
                    if (pmWritten != null) pmMeasured = format(value(node, "ci95", ops), pmWritten);
                }
            } catch (RuntimeException | IOException e) {
                failures.add(name + ":" + lineNo + ": <!--n:" + id + ":" + file + ":" + path + "-->: " + e.getMessage());
                out.append(m.group());
                continue;
            }
            boolean same = measured.equals(written) && (pmWritten == null || pmWritten.equals(pmMeasured));
            String w = written + (pmWritten == null ? "" : " ± " + pmWritten), me = measured + (pmWritten == null ? "" : " ± " + pmMeasured);
            if (!same && !update)
                failures.add(name + ":" + lineNo + ": written " + w + ", measured " + me + " (" + id + ":" + file + ":" + path + ")");
            if (!same && update) changes.add(name + ":" + lineNo + ": " + w + "  ->  " + me);
            String num = update ? measured : written, pm = update ? pmMeasured : pmWritten;
            out.append("<!--n:").append(id).append(':').append(file).append(':').append(path).append("-->").append(m.group(4)).append(num);
            if (pmWritten != null) out.append(m.group(6)).append(pm);
        }
        out.append(line, last, line.length());
        return out.toString();
    }

    private JsonNode at(Run run, String file, String path) throws IOException {
        if (run.folder == null) throw new IllegalStateException("the command wrote no results folder");
        JsonNode node = json.readTree(run.folder.resolve(file).toFile());
        Matcher p = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]|\\[\"([^\"]+)\"]").matcher(path);
        int pos = 0;
        while (pos < path.length()) {
            if (!p.find(pos) || p.start() != pos) throw new IllegalStateException("cannot read the path at '" + path.substring(pos) + "'");
            if (p.group(1) != null) node = node.get(p.group(1));
            else if (p.group(2) != null) node = node.get(Integer.parseInt(p.group(2)));
            else node = node.get(p.group(3));
            if (node == null) throw new IllegalStateException(file + " has nothing at " + path.substring(0, p.end()));
            pos = p.end();
        }
        return node;
    }

    private static double value(JsonNode node, String field, String[] ops) {
        JsonNode v = node;
        if (node.isObject()) v = node.has(field) ? node.get(field) : node.get("value");
        else if (field.equals("ci95")) throw new IllegalStateException("a ± needs a {mean, ci95} value");
        if (v == null || !v.isNumber()) throw new IllegalStateException("not a number: " + node);
        double x = v.asDouble();
        for (int k = 1; k < ops.length; k++) {
            String op = ops[k];
            if (op.equals("abs")) x = Math.abs(x);
            else if (op.startsWith("x")) x *= Double.parseDouble(op.substring(1));
            else if (op.startsWith("/")) x /= Double.parseDouble(op.substring(1));
            else throw new IllegalStateException("unknown operation " + op);
        }
        return x;
    }

    /** {@code x} written as {@code like} is: its decimals, a sign if it has one, a share as % (x 100), thousands grouped. */
    static String format(double x, String like) {
        boolean pct = like.endsWith("%");
        String body = pct ? like.substring(0, like.length() - 1) : like;
        if (pct) x *= 100;
        int dot = body.indexOf('.');
        int decimals = dot < 0 ? 0 : body.length() - dot - 1;
        BigDecimal b = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = b.signum() < 0;
        String digits = b.abs().toPlainString();
        int d = digits.indexOf('.');
        String whole = d < 0 ? digits : digits.substring(0, d), frac = d < 0 ? "" : digits.substring(d);
        StringBuilder g = new StringBuilder();
        for (int k = 0; k < whole.length(); k++) {
            if (k > 0 && (whole.length() - k) % 3 == 0) g.append(',');
            g.append(whole.charAt(k));
        }
        char first = body.charAt(0);
        String sign = negative ? (first == '-' ? "-" : "\u2212") : (first == '+' || first == '\u2212' || first == '-') ? "+" : "";
        return sign + g + frac + (pct ? "%" : "");
    }

    static List<String> split(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (int k = 0; k < command.length(); k++) {
            char ch = command.charAt(k);
            if (quote != 0) {
                if (ch == quote) quote = 0;
                else cur.append(ch);
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                any = true;
            } else if (Character.isWhitespace(ch)) {
                if (any || cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else cur.append(ch);
        }
        if (any || cur.length() > 0) out.add(cur.toString());
        return out;
    }

    private static String indent(String text) {
        String[] ls = text.split("\n");
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(ls.length, 60); k++) b.append("      | ").append(ls[k]).append('\n');
        if (ls.length > 60) b.append("      | … (").append(ls.length - 60).append(" more lines)\n");
        return b.toString();
    }
}
