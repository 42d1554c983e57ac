package io.kefusim.cli;

import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.studio.RunSaver;
import io.kefusim.studio.Studio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "studio", mixinStandardHelpOptions = true,
        description = "Open a page on this computer (127.0.0.1) where you change agents, reply times, demand and goals and watch the figures redraw as replications finish.")
final class StudioCommand implements Callable<Integer> {
    /** The classroom example: the studio's starting file when none is given, and the teacher's lesson's. */
    static final String CLASSROOM = "classroom-response-time.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Scenario file shown first (default: kefusim's own scenarios/classroom-response-time.yaml, wherever you start it from).")
    Path file;

    @Option(names = "--port", converter = Ranges.StudioPort.class, paramLabel = "N", defaultValue = "8127", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the page: en or zh.")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "Where Save writes the scenario file and its results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Text text = new Text(lang);
        if (port < 0 || port > 65535) {
            throw new ScenarioException("--port", 0, null, port + " is not a port; allowed: 1 to 65535, or 0 for any free port", port + " 不是端口号；允许：1 到 65535，或 0 表示任选空闲端口");
        }
        Path examples = scenarios();
        Path start = file != null ? file : examples.resolve(CLASSROOM);
        Studio studio;
        try {
            studio = Studio.start(start, "127.0.0.1", port, examples, out, StudioCommand::runCommand);
        } catch (IOException e) {
            if (!(e.getCause() instanceof java.net.BindException) && !(e instanceof java.net.BindException)) throw e;
            throw new ScenarioException("--port", 0, null, "port " + port + " is in use; allowed: a free port, or 0 for any free one",
                    "端口 " + port + " 已被占用；允许：空闲端口，或 0 表示任选空闲端口");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(text.get("studio_started", studio.url() + "?lang=" + (text.chinese() ? "zh" : "en")));
        stdout.flush();
        studio.join();
        return 0;
    }

    /** The studio's Save: this command line's own {@code run}, so the folder is exactly what a user typing it gets. */
    static synchronized Path runCommand(Path scenarioFile, String name, Path out, String lang) throws Exception {
        Path base = out.resolve(name);
        Set<Path> before = folders(base);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new String[]{"run", scenarioFile.toString(), "--out", out.toString(), "--lang", lang}, new PrintWriter(o, true), new PrintWriter(e, true));
        if (code != 0) throw new ScenarioException(scenarioFile.toString(), 0, null, e.toString().trim());
        List<Path> made = folders(base).stream().filter(p -> !before.contains(p)).toList();
        if (made.size() != 1) throw new IllegalStateException("expected one new results folder in " + base + ", found " + made);
        return made.get(0);
    }

    /**
     * kefusim's own examples folder: {@code ./scenarios} when the current folder has one (a
     * checkout), otherwise the {@code scenarios} beside the folder the running jar (or classes
     * folder) is in: target/kefusim.jar's parent's parent. A user's own folder is never it.
     */
    static Path scenarios() {
        Path code = null;
        try {
            var source = StudioCommand.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) code = Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            code = null; // no readable location (an unusual class loader): only ./scenarios is looked for
        }
        return scenarios(Path.of(""), code);
    }

    /** {@link #scenarios()} from a given current folder and code location (a jar or a classes folder), for tests. */
    static Path scenarios(Path currentFolder, Path code) {
        Path here = currentFolder.resolve("scenarios");
        if (Files.isDirectory(here)) return here;
        Path root = code == null ? null : code.toAbsolutePath().normalize().getParent();
        root = root == null ? null : root.getParent();
        if (root != null && Files.isDirectory(root.resolve("scenarios"))) return root.resolve("scenarios");
        return here; // not there either: no examples, and the default file's error names this path
    }

    /** The example scenarios the studio offers (and its bench times): the folder's *.yaml, by name. */
    static List<Path> examples(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Set<Path> folders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.list(dir)) {
            // not a staging folder, nor the `latest` pointer to the newest run (a link to a folder)
            return new HashSet<>(s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p) && !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals(io.kefusim.output.RunFolder.LATEST)).toList());
        }
    }
}
