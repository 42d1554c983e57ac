package io.kefusim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The house stays clean: no package of {@code io.kefusim} depends on itself through others, the
 * event loop knows nothing of files, words or the command line, and presentation writes no
 * files. Read from the sources (imports and fully qualified names in code, not in comments or
 * strings), so a new dependency shows here before it shows as a tangle.
 */
class LayersTest {
    private static final Path MAIN = Path.of("src/main/java/io/kefusim");
    private static final Pattern USE = Pattern.compile("\\bio\\.kefusim\\.([a-z]+)\\.");

    /** Packages the simulation itself is made of: they may use only each other and the scenario. */
    private static final Set<String> CORE = Set.of("engine", "service", "metrics", "demand", "roster", "analytic", "scenario");
    /** What the core must never reach: files, words, pages, commands, servers, records. */
    private static final Set<String> ABOVE_CORE = Set.of("output", "report", "cli", "studio", "cluster", "fit", "forecast", "whatif", "staffing", "run", "sanity");

    @Test
    void noPackageDependsOnItself() throws IOException {
        Map<String, Set<String>> uses = uses();
        List<String> cycles = new ArrayList<>();
        for (String p : uses.keySet()) {
            List<String> path = pathBack(uses, p);
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertEquals(List.of(), cycles, "package cycles; uses: " + uses);
    }

    @Test
    void theEventLoopKnowsNothingAboveIt() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.containsKey("engine") && uses.containsKey("service"), uses.keySet().toString());
        Set<String> wrong = new TreeSet<>();
        for (String p : CORE) {
            for (String q : uses.getOrDefault(p, Set.of())) if (ABOVE_CORE.contains(q)) wrong.add(p + " uses " + q);
        }
        for (String q : uses.getOrDefault("engine", Set.of())) if (!q.equals("scenario")) wrong.add("engine uses " + q);
        assertEquals(Set.of(), wrong);
    }

    @Test
    void presentationWritesNoFilesAndRunsNoCommands() throws IOException {
        Map<String, Set<String>> uses = uses();
        List<String> wrong = new ArrayList<>();
        for (String q : uses.getOrDefault("report", Set.of())) {
            if (Set.of("output", "cli", "studio", "cluster", "fit", "forecast").contains(q)) wrong.add("report uses " + q);
        }
        assertEquals(List.of(), wrong);
    }

    /** A way from p back to p, if there is one. */
    private static List<String> pathBack(Map<String, Set<String>> uses, String p) {
        java.util.ArrayDeque<List<String>> todo = new java.util.ArrayDeque<>();
        todo.add(List.of(p));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            List<String> path = todo.poll();
            for (String q : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(q);
                if (q.equals(p)) return longer;
                if (seen.add(q)) todo.add(longer);
            }
        }
        return null;
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f);
                if (rel.getNameCount() < 2) continue; // io.kefusim's own classes (the main class) sit above every package
                String pkg = rel.getName(0).toString();
                Set<String> set = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(code(Files.readString(f)));
                while (m.find()) if (!m.group(1).equals(pkg)) set.add(m.group(1));
            }
        }
        return uses;
    }

    /** The source without comments, string and character literals (a javadoc link is no dependency). */
    static String code(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c) i += src.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void commentsAndStringsAreNoDependency() {
        assertEquals("int a = 1;   \nString s = \"\";\n", code("int a = 1; /* io.kefusim.report.X */ // io.kefusim.cli.Y\nString s = \"io.kefusim.output.Z \\\" //\";\n"));
    }
}
