package io.kefusim.studio;

import io.kefusim.output.ResultsWriter;
import io.kefusim.report.Text;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Node;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.TreeReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The studio's one state: the scenario file on show, the page's settings over it (as
 * {@code --set} overrides), the setting being run and the pinned one. Every change is loaded
 * exactly as {@code kefusim run FILE --set ...} loads it, so bad input gets the command line's
 * line, and replaces the running setting under a new id.
 */
final class Session {
    private final ExecutorService pool;
    private final Path out;
    private final RunSaver saver;
    private final Path uploads;
    private Path file;
    /** Issue 27: the folder of the scenario the studio was started with; an upload's relative trace path is read from here. */
    private Path startFolder;
    private Map<String, String> sets = new LinkedHashMap<>();
    private LiveRun current, pinned;
    private int nextId = 1;

    Session(ExecutorService pool, Path out, RunSaver saver) throws IOException {
        this.pool = pool;
        this.out = out;
        this.saver = saver;
        this.uploads = Files.createTempDirectory("kefusim-studio");
    }

    /** Shows {@code f} with no settings changed and nothing pinned; throws the loader's one-line error. */
    synchronized void open(Path f) {
        Scenario s = ScenarioLoader.load(f, List.of());
        if (startFolder == null) startFolder = f.toAbsolutePath().getParent();
        file = f;
        sets = new LinkedHashMap<>();
        if (pinned != null) pinned.cancel();
        pinned = null;
        start(s);
    }

    /** Why the starting file did not open in this session (null once anything is on show). */
    private ScenarioException startError;

    /** Opens the studio's starting file; if it does not open, keeps the loader's error and shows nothing. */
    synchronized void openStart(Path start) {
        try {
            open(start);
        } catch (ScenarioException e) {
            startError = e;
        }
    }

    /** The loader's error for the starting file while nothing is on show, else null. */
    synchronized ScenarioException unopened() { return file == null ? startError : null; }

    /** A scenario given as text (an upload): kept in a scratch file, named by the upload, and shown. */
    synchronized void upload(String name, String yaml) throws IOException {
        upload(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A scenario file's bytes, as the browser read them: decoded as the command line reads a
     * scenario file ({@link io.kefusim.scenario.InputFiles#readWhole(byte[], Path)}: UTF-8, and a
     * file saved as UTF-16 or GBK refused in the one line that names its encoding), then kept and shown.
     */
    synchronized void upload(String name, byte[] bytes) throws IOException {
        String safe = name == null || !name.matches("[\\p{L}\\p{N}_.\\-]{1,80}") ? "uploaded.yaml" : name;
        String yaml = io.kefusim.scenario.InputFiles.readWhole(bytes, Path.of(safe));
        Path f = Files.createDirectories(uploads.resolve(Integer.toString(nextId))).resolve(safe);
        Files.writeString(f, withTraceFrom(yaml, f), StandardCharsets.UTF_8);
        open(f);
    }

    /**
     * Issue 27: an upload is kept in a scratch folder, so a trace named by a relative path
     * ({@code demand.trace: traces/day.csv}) is read from the folder of the scenario the studio was
     * started with, as if the uploaded file lay there: the path is made absolute in the scratch copy.
     * Anything that does not parse is left as it is (the loader then says what is wrong).
     */
    String withTraceFrom(String yaml, Path scratch) {
        if (startFolder == null) return yaml;
        try {
            io.kefusim.scenario.Node root = io.kefusim.scenario.TreeReader.read(writeTemp(scratch, yaml));
            io.kefusim.scenario.Node d = root.isMap() ? root.opt("demand") : null;
            io.kefusim.scenario.Node t = d != null && d.isMap() ? d.opt("trace") : null;
            if (t == null) return yaml;
            String v = t.text().trim();
            if (v.isEmpty() || Path.of(v).isAbsolute()) return yaml;
            String abs = startFolder.resolve(v).normalize().toString().replace("\\", "\\\\").replace("\"", "\\\"");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\btrace:\\s*)([\"']?)" + java.util.regex.Pattern.quote(v) + "\\2").matcher(yaml);
            return m.find() ? yaml.substring(0, m.start()) + m.group(1) + "\"" + abs + "\"" + yaml.substring(m.end()) : yaml;
        } catch (RuntimeException | IOException e) {
            return yaml;
        }
    }

    /** The scenario file on show and the scenario as loaded (for tests). */
    synchronized Path file() { return file; }

    synchronized io.kefusim.scenario.Scenario scenario() { return current.scenario; }

    private static Path writeTemp(Path scratch, String yaml) throws IOException {
        Files.writeString(scratch, yaml, StandardCharsets.UTF_8);
        return scratch;
    }

    /**
     * A message with the scratch folder of uploads taken out of its file names, so an upload's error
     * names the file the user chose ({@code x.yaml:1: ...}), not {@code /tmp/kefusim-studio.../3/x.yaml}.
     */
    String withoutScratch(String message) {
        String sep = java.io.File.separator;
        return message.replaceAll(java.util.regex.Pattern.quote(uploads.toString() + sep) + "\\d+" + java.util.regex.Pattern.quote(sep), "");
    }

    /** A results folder: its scenario.yaml is the scenario as run, so the same seed shows the same figures. */
    synchronized void openResults(Path folder) {
        Path f = folder.resolve("scenario.yaml");
        if (!Files.isRegularFile(f)) {
            throw new ScenarioException(folder.toString(), 0, null, "is not a kefusim results folder (it has no scenario.yaml); allowed: a folder written by kefusim run",
                    "不是 kefusim 结果文件夹（其中没有 scenario.yaml）；允许：kefusim run 写出的文件夹");
        }
        open(f);
    }

    /** The page's settings replace the old ones; the new setting starts at once under a new id. */
    synchronized int change(Map<String, String> newSets) {
        Node root = TreeReader.read(file);
        Scenario s = ScenarioLoader.load(file, Assignment.sets(Controls.assignments(root, newSets)));
        Controls.interactive(root, s, newSets, file); // a demand scale the studio cannot re-run at once: refused, with the range that it can
        sets = new LinkedHashMap<>(newSets);
        start(s);
        return current.id;
    }

    /** The last setting id issued (0 when none): an id above it was never given to the page. */
    synchronized int issued() { return nextId - 1; }

    /** The keys of the controls the page offers for the scenario on show: the only keys /api/setting takes. */
    synchronized List<String> controlKeys(Text text) {
        return Controls.of(TreeReader.read(file), current.scenario, text).stream().map(Controls.Control::key).toList();
    }

    synchronized void pin() {
        if (pinned != null && pinned != current) pinned.cancel();
        pinned = current;
    }

    synchronized void unpin() {
        if (pinned != null && pinned != current) pinned.cancel();
        pinned = null;
    }

    /** A prepared lesson step: its first setting pinned, its second running against it. */
    synchronized void lesson(int step, Path examples) {
        Lessons.Step st = Lessons.STEPS.get(step - 1);
        open(examples.resolve(Lessons.SCENARIO));
        change(st.pinned());
        pinned = current;
        change(st.current());
    }

    private void start(Scenario s) {
        if (current != null && current != pinned) current.cancel();
        current = new LiveRun(nextId++, s, sets, pool);
    }

    /** Stops every replication still running (the studio is closing). */
    synchronized void close() {
        if (current != null) current.cancel();
        if (pinned != null) pinned.cancel();
    }

    /** The view of setting {@code id}, or a note that it was replaced (the page then asks for the newer one). */
    synchronized Map<String, Object> view(int id, Text text) {
        LiveRun run = current != null && current.id == id ? current : pinned != null && pinned.id == id ? pinned : null;
        if (run == null) return Map.of("id", id, "replacedBy", current == null ? 0 : current.id);
        Map<String, Object> v = View.of(run, pinned, text);
        if (v.get("warnings") instanceof String w) v.put("warnings", withoutScratch(w)); // an upload's warnings name its file, not the scratch copy
        if (v.get("warning_list") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> w && w.get("where") instanceof Map<?, ?> where && where.get("file") instanceof String f) {
                    @SuppressWarnings("unchecked") Map<String, Object> at = (Map<String, Object>) where;
                    at.put("file", withoutScratch(f));
                }
            }
        }
        return v;
    }

    /** What the page draws its controls and header from. */
    synchronized Map<String, Object> state(Text text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file == null ? null : withoutScratch(file.toString()));
        m.put("scenario", current == null ? null : current.scenario.name());
        m.put("id", current == null ? 0 : current.id);
        m.put("pinnedId", pinned == null ? 0 : pinned.id);
        m.put("sets", sets);
        if (file != null) {
            List<Controls.Control> cs = Controls.of(TreeReader.read(file), current.scenario, text);
            m.put("controls", cs.stream().map(c -> new Controls.Control(c.key(), c.label(), sets.getOrDefault(c.key(), c.value()), c.kind())).toList());
        }
        return m;
    }

    /**
     * Saves the current setting as a scenario file (the scenario as run, as results folders keep
     * it) and runs that file with the command line's run command into {@code out}.
     */
    Map<String, Object> save(String lang) throws Exception {
        Scenario s;
        synchronized (this) {
            s = current.scenario;
        }
        Path dir = Files.createDirectories(out);
        Path f = saveNew(dir, s.name(), ResultsWriter.scenarioYaml(s));
        Path results = saver.run(f, s.name(), dir, lang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenarioFile", f.toAbsolutePath().toString());
        m.put("results", results.toAbsolutePath().toString());
        return m;
    }

    /**
     * Writes {@code <name>-studio.yaml}, or {@code <name>-studio-2.yaml}, {@code -3}, … when it is
     * there: a second Save (or one from another tab) never overwrites a file saved before, which a
     * user may have edited or run since. CREATE_NEW, so two saves at once cannot pick one name.
     */
    static Path saveNew(Path dir, String name, String yaml) throws IOException {
        for (int n = 1; ; n++) {
            Path f = dir.resolve(name + "-studio" + (n == 1 ? "" : "-" + n) + ".yaml");
            try {
                Files.writeString(f, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return f;
            } catch (FileAlreadyExistsException taken) {
                // the next number
            }
        }
    }
}
