package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code kefusim studio} started from a folder of the user's own: its examples, its default
 * starting file and the lesson's file are kefusim's own scenarios/, found from where the running
 * code is, never the user's folder.
 */
class StudioCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** kefusim's own examples, as a checkout's scenarios/ holds them. */
    static List<String> ownExamples() throws Exception {
        return StudioCommand.examples(Path.of("scenarios")).stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void startedElsewhereTheDefaultFileExamplesAndLessonAreKefusimsOwn() throws Exception {
        Path own = Path.of("scenarios").toAbsolutePath();
        Files.writeString(dir.resolve("mine.yaml"), Files.readString(own.resolve("classroom-response-time.yaml")).replace("replications: 30", "replications: 6"));

        String url = null;
        Process p = studio(dir);
        try {
            url = address(p);
            JsonNode state = get(url + "api/state?tab=t1");
            assertEquals(own.resolve("classroom-response-time.yaml").toString(), state.get("file").asText(), state.toString());
            assertEquals("classroom-response-time.yaml", state.get("example").asText());
            assertEquals(ownExamples(), names(state.get("examples")));
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }

        p = studio(dir, "mine.yaml");
        try {
            url = address(p);
            JsonNode state = get(url + "api/state?tab=t1");
            assertEquals("mine.yaml", state.get("file").asText());
            assertEquals(ownExamples(), names(state.get("examples")), "the user's folder is not the examples");
            assertEquals("", state.get("example").asText(), "the user's file is not an example");
            HttpResponse<String> lesson = http.send(HttpRequest.newBuilder(URI.create(url + "api/lesson?step=1&tab=t1"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, lesson.statusCode(), lesson.body());
            JsonNode after = JSON.readTree(lesson.body());
            assertEquals(own.resolve("classroom-response-time.yaml").toString(), after.get("file").asText());
            assertEquals("60s", after.get("sets").get("agents[0].reply_time.mean").asText());
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theExamplesFolderIsTheOneBesideTheJarsFolderWhenTheCurrentFolderHasNone() throws Exception {
        Path install = Files.createDirectories(dir.resolve("kefusim"));
        Files.createDirectories(install.resolve("scenarios"));
        Path jar = Files.createFile(Files.createDirectories(install.resolve("target")).resolve("kefusim.jar"));
        Path user = Files.createDirectories(dir.resolve("user"));
        assertEquals(install.resolve("scenarios"), StudioCommand.scenarios(user, jar));
        Files.createDirectories(user.resolve("scenarios"));
        assertEquals(user.resolve("scenarios"), StudioCommand.scenarios(user, jar), "a current folder's scenarios/ (a checkout) comes first");
        assertEquals(dir.resolve("elsewhere").resolve("scenarios"), StudioCommand.scenarios(dir.resolve("elsewhere"), null), "found nowhere: the path the error names");
    }

    @Test
    void helpSaysTheDefaultFileInBothLanguages() {
        String en = CliRunner.kefusim("studio", "--help").out().replaceAll("\\s+", " ");
        assertTrue(en.contains("Scenario file shown first (default: kefusim's own scenarios/classroom-response-time.yaml, wherever you start it from)."), en);
        String zh = CliRunner.kefusim(java.util.Map.of("KEFUSIM_LANG", "zh"), "studio", "--help").out().replaceAll("\\s+", "");
        assertTrue(zh.contains("首先显示的场景文件（默认：kefusim自带的scenarios/classroom-response-time.yaml，无论从哪里启动）。"), zh);
    }

    /** {@code bench --studio} from a folder of the user's own times kefusim's examples (before, it found none there and timed nothing, without a word). */
    @Test
    void benchStudioStartedElsewhereTimesKefusimsOwnExamples() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.kefusim.cli.Main", "bench", "--studio", "--repeat", "1")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        for (String example : ownExamples()) assertTrue(out.contains("studio, " + example + ": "), example + " not timed: " + out);
    }

    private Process studio(Path folder, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "io.kefusim.cli.Main", "studio", "--port", "0"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true).start();
    }

    /** The address the studio prints first (failing with what it printed instead). */
    private static String address(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        Matcher m = URL.matcher(line == null ? "" : line);
        assertTrue(m.find(), "the studio printed: " + line);
        return m.group(1);
    }

    private static List<String> names(JsonNode list) {
        List<String> n = new ArrayList<>();
        list.forEach(e -> n.add(e.asText()));
        return n;
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
