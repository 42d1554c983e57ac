package io.kefusim.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.report.HtmlReport;
import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * {@code kefusim studio}: a page on 127.0.0.1 (Jetty) where a setting is changed and the figures
 * redraw as replications finish. The page asks for a setting's view by its id; the server keeps
 * a {@link Session} for each browser tab ({@link Sessions}). The page's assets are this package's resources and ECharts' WebJar, so it
 * works with no network.
 */
public final class Studio implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Server server;
    private final Sessions sessions;
    private final Path examples;
    private final ExecutorService pool;

    private Studio(Server server, Sessions sessions, Path examples, ExecutorService pool) {
        this.server = server;
        this.sessions = sessions;
        this.examples = examples;
        this.pool = pool;
    }

    /**
     * @param file     the scenario shown first
     * @param port     0 for any free port
     * @param examples the folder whose *.yaml the page offers (the teacher's lesson needs its classroom example)
     * @param out      where saved scenarios and results go
     */
    public static Studio start(Path file, String host, int port, Path examples, Path out, RunSaver saver) throws Exception {
        // Jetty logs through SLF4J; kefusim ships no logger, and SLF4J's note that none is there is not the user's business
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "kefusim-studio-replication");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // the page's requests answer first
            return t;
        });
        Sessions sessions = new Sessions(pool, file, out, saver);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setDaemon(true);
        threads.setName("kefusim-studio-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        Studio studio = new Studio(server, sessions, examples, pool);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                studio.handle(request, response, callback);
                return true;
            }
        });
        server.start();
        return studio;
    }

    /** http://127.0.0.1:PORT/ */
    public String url() {
        ServerConnector c = (ServerConnector) server.getConnectors()[0];
        return "http://" + c.getHost() + ":" + c.getLocalPort() + "/";
    }

    public void join() throws InterruptedException { server.join(); }

    @Override
    public void close() throws Exception {
        server.stop();
        sessions.close();
        pool.shutdownNow();
    }

    /** What a tab with nothing on show may still ask: to open something else. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("/api/example", "/api/upload", "/api/results", "/api/lesson");

    private void handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Fields q = Request.extractQueryParameters(request);
        String lang = q.getValue("lang");
        Text text;
        ScenarioException badLang = null;
        try {
            text = new Text(lang == null ? "en" : lang);
        } catch (ScenarioException e) {
            text = new Text("en"); // the request's language is not known: its line is English
            badLang = said("lang", "lang_unknown", oneLine(lang));
        }
        String refused = refusal(request, text);
        if (refused != null) {
            // another site's page (its Origin) or a name that only points here (DNS rebinding: its Host) may not read or change anything
            json(response, callback, 403, Map.of("error", (text.chinese() ? "错误：" : "error: ") + refused));
            return;
        }
        if (badLang != null) {
            // an unknown lang is said, not read as English: the page, its words and every answer are in the language asked for
            json(response, callback, 400, Map.of("error", "error: " + badLang.describe(false)));
            return;
        }
        try {
            // the page and its words need no scenario: served even when the tab's starting file does not open
            switch (path) {
                case "/" -> { send(response, callback, 200, "text/html; charset=utf-8", resource("page.html")); return; }
                case "/studio.js" -> { send(response, callback, 200, "text/javascript; charset=utf-8", resource("studio.js")); return; }
                case "/studio.css" -> {
                    send(response, callback, 200, "text/css; charset=utf-8",
                            (HtmlReport.CSS + "\n" + new String(resource("studio.css"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case "/echarts.min.js" -> { send(response, callback, 200, "text/javascript; charset=utf-8", classpath(ECHARTS)); return; }
                case "/api/texts" -> { json(response, callback, 200, StudioText.all(text)); return; }
                default -> { }
            }
        } catch (Exception e) {
            json(response, callback, 500, Map.of("error", "internal error: " + e));
            return;
        }
        Session session;
        try {
            session = sessions.of(q.getValue("tab")); // a new tab's session opens the starting scenario: it may have been edited since
        } catch (RuntimeException e) {
            json(response, callback, 500, Map.of("error", "internal error: " + e));
            return;
        }
        ScenarioException unopened = session.unopened();
        if (unopened != null && !OPENERS.contains(path)) {
            // the starting file does not open: the loader's one line, in the page's language, and the examples the page may open instead
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("error", (text.chinese() ? "错误：" : "error: ") + unopened.describe(text.chinese()));
            m.put("examples", examples());
            json(response, callback, 400, m);
            return;
        }
        try {
            switch (path) {
                case "/api/state" -> json(response, callback, 200, withExamples(session.state(text)));
                case "/api/view" -> {
                    int id = whole(q, "id", "studio_allowed_id");
                    // an id never issued is not a replaced one: before, /api/view?id=999 answered {"replacedBy": 6}
                    int issued = session.issued();
                    if (id < 1 || id > issued) throw said("id", "studio_unknown_id", id, issued);
                    json(response, callback, 200, session.view(id, text));
                }
                default -> {
                    if (!"POST".equals(request.getMethod())) {
                        send(response, callback, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    if (path.equals("/api/upload")) { // a file's bytes, read as the command line reads a scenario file (Session.upload)
                        ByteBuffer b = Content.Source.asByteBuffer(request);
                        byte[] bytes = new byte[b.remaining()];
                        b.get(bytes);
                        session.upload(q.getValue("name"), bytes);
                        json(response, callback, 200, withExamples(session.state(text)));
                        return;
                    }
                    post(session, path, q, Content.Source.asString(request, StandardCharsets.UTF_8), text, response, callback);
                }
            }
        } catch (ScenarioException e) {
            // the command line's one line, in the page's language, shown beside the field that was changed
            json(response, callback, 400, Map.of("error", (text.chinese() ? "错误：" : "error: ") + session.withoutScratch(e.describe(text.chinese()))));
        } catch (Exception e) {
            json(response, callback, 500, Map.of("error", "internal error: " + e));
        }
    }

    /** The names this computer answers to on the studio's port (and the host it was bound to, if it is none of them). */
    private List<String> hostNames() {
        List<String> names = new java.util.ArrayList<>(LOOPBACK);
        String bound = ((ServerConnector) server.getConnectors()[0]).getHost();
        String b = bound == null ? null : (bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound).toLowerCase(java.util.Locale.ROOT);
        if (b != null && !names.contains(b) && !b.equals("0.0.0.0") && !b.equals("[::]")) names.add(b);
        return names;
    }

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    /**
     * Why the request is refused, in the request's language; null if it is not: its Host is not a
     * name of this computer (with or without the studio's port), or it carries an Origin that is
     * not the studio's own page (http://one of those names:the port). No Origin is allowed (curl,
     * a script, the page's own GETs).
     */
    private String refusal(Request request, Text text) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        List<String> names = hostNames();
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && !names.contains(withoutPort(host.trim().toLowerCase(java.util.Locale.ROOT), port))) {
            return text.get("studio_refused_host", "'" + host + "'", names, port);
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null) {
            String o = origin.trim().toLowerCase(java.util.Locale.ROOT);
            boolean own = o.startsWith("http://") && names.contains(withoutPort(o.substring("http://".length()), port))
                    && o.endsWith(":" + port); // the port is in a same-origin request's Origin unless it is 80
            if (!own && !(port == 80 && o.startsWith("http://") && names.contains(o.substring("http://".length())))) {
                List<String> pages = names.stream().map(n -> "http://" + n + ":" + port).toList();
                return text.get("studio_refused_origin", "'" + origin + "'", pages);
            }
        }
        return null;
    }

    /** {@code name} of {@code name:port} (or of {@code name} alone); a different port is kept, so the name is not matched. */
    private static String withoutPort(String hostAndPort, int port) {
        return hostAndPort.endsWith(":" + port) ? hostAndPort.substring(0, hostAndPort.length() - (":" + port).length()) : hostAndPort;
    }

    @SuppressWarnings("unchecked")
    private void post(Session session, String path, Fields q, String body, Text text, Response response, Callback callback) throws Exception {
        switch (path) {
            case "/api/setting" -> {
                Object b;
                try {
                    b = JSON.readValue(body, Object.class);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    b = null;
                }
                Object given = b instanceof Map<?, ?> m ? ((Map<String, Object>) m).getOrDefault("sets", Map.of()) : null;
                if (!(given instanceof Map<?, ?>)) throw said("body", "studio_bad_setting_body");
                for (String key : ((Map<String, Object>) b).keySet()) {
                    if (!key.equals("sets")) throw said("body", "studio_body_unread", oneLine(key)); // e.g. a "lang": the language is the query's
                }
                Map<String, String> sets = new java.util.LinkedHashMap<>();
                ((Map<String, Object>) given).forEach((k, v) -> sets.put(k, String.valueOf(v)));
                // only the page's controls: any other key (replications=100000, horizon=3650d) is changed in the file, or with run --set
                List<String> controls = session.controlKeys(text);
                for (String key : sets.keySet()) {
                    if (!controls.contains(key)) throw said("sets", "studio_not_a_control", oneLine(key), controls);
                }
                json(response, callback, 200, Map.of("id", session.change(sets)));
            }
            case "/api/pin" -> { session.pin(); json(response, callback, 200, session.state(text)); }
            case "/api/unpin" -> { session.unpin(); json(response, callback, 200, session.state(text)); }
            case "/api/example" -> {
                String name = q.getValue("name");
                if (examples().isEmpty()) throw said("--example", "studio_no_examples", oneLine(String.valueOf(name)), examplesWhere());
                if (name == null || !examples().contains(name)) {
                    throw new ScenarioException("--example", 0, null, "'" + name + "' is not an example; allowed: " + String.join(", ", examples()),
                            "'" + name + "' 不是示例；允许：" + io.kefusim.scenario.Lists.join(examples(), true));
                }
                session.open(examples.resolve(name));
                json(response, callback, 200, withExamples(session.state(text)));
            }
            case "/api/results" -> {
                Path folder;
                try {
                    folder = Path.of(body.trim());
                } catch (java.nio.file.InvalidPathException e) {
                    throw said("body", "studio_not_a_path", oneLine(body.trim()));
                }
                session.openResults(folder);
                json(response, callback, 200, withExamples(session.state(text)));
            }
            case "/api/lesson" -> {
                int step = whole(q, "step", "studio_allowed_step", Lessons.STEPS.size());
                if (step < 1 || step > Lessons.STEPS.size()) throw said("step", "studio_not_a_step", step, Lessons.STEPS.size());
                Path lesson = examples == null ? null : examples.resolve(Lessons.SCENARIO);
                if (lesson == null || !Files.isRegularFile(lesson)) {
                    throw said("step", "studio_lesson_missing", (examples == null ? Path.of("scenarios") : examples).resolve(Lessons.SCENARIO).toAbsolutePath().normalize().toString());
                }
                session.lesson(step, examples);
                json(response, callback, 200, withExamples(session.state(text)));
            }
            case "/api/save" -> json(response, callback, 200, session.save(text.chinese() ? "zh" : "en"));
            default -> send(response, callback, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A whole-number query parameter; a missing one or one that is not a whole number is the
     * request's one line (400) naming it and what is allowed ({@code allowed}, with its arguments).
     */
    private static int whole(Fields q, String name, String allowed, Object... args) {
        String v = q.getValue(name);
        if (v == null) throw said(name, "studio_param_missing", new Nested(allowed, args));
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            if (v.trim().matches("[-+]?[0-9]+")) throw said(name, "studio_param_too_large", v.trim(), new Nested(allowed, args));
            throw said(name, "studio_param_not_whole", oneLine(v), new Nested(allowed, args));
        }
    }

    /** A value as one line of an error: its first line, a NUL shown as '?'. */
    private static String oneLine(String v) {
        return v.replace('\0', '?').lines().findFirst().orElse("");
    }

    /** A message of the catalogue's inside another's arguments, said in that one's language. */
    private record Nested(String key, Object[] args) {}

    /** The request's one line about {@code field} (a query parameter or "body"), in both languages: {@code field: message}. */
    private static ScenarioException said(String field, String key, Object... args) {
        return new ScenarioException(field, 0, null, say(new Text("en"), key, args), say(new Text("zh"), key, args));
    }

    private static String say(Text text, String key, Object[] args) {
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) if (a[i] instanceof Nested inner) a[i] = say(text, inner.key(), inner.args());
        return text.get(key, a);
    }

    private Map<String, Object> withExamples(Map<String, Object> state) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(state);
        m.put("examples", examples());
        // which example is on show, if any (an upload or a results folder is none, whatever its file's name)
        Object file = state.get("file");
        Path shown = file == null ? null : Path.of(file.toString()).toAbsolutePath().normalize();
        m.put("example", shown != null && examples != null && shown.getParent().equals(examples.toAbsolutePath().normalize())
                ? shown.getFileName().toString() : "");
        return m;
    }

    /** Where the examples were looked for, as a full path (for the line saying there are none). */
    private String examplesWhere() {
        return (examples == null ? Path.of("scenarios") : examples).toAbsolutePath().normalize().toString();
    }

    private List<String> examples() {
        if (examples == null || !Files.isDirectory(examples)) return List.of();
        try (Stream<Path> files = Files.list(examples)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void json(Response response, Callback callback, int status, Object body) {
        try {
            send(response, callback, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            callback.failed(e);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static byte[] resource(String name) throws IOException {
        return classpath("/io/kefusim/studio/" + name);
    }

    private static byte[] classpath(String name) throws IOException {
        try (InputStream in = Studio.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }
}
