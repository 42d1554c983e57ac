package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.report.Text;
import io.kefusim.studio.Studio;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code kefusim bench --studio}: for each example, the time from a control change posted to the
 * studio to the first view of the new setting with a finished replication (what the page draws
 * first), over HTTP on 127.0.0.1 as the page asks for it. The browser's own drawing is not in it.
 */
final class StudioBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudioBench() {}

    static void run(List<Path> files, int repeat, PrintWriter out, Text text) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Path saved = Files.createTempDirectory("kefusim-studio-bench");
        for (Path f : files) {
            try (Studio studio = Studio.start(f, "127.0.0.1", 0, f.toAbsolutePath().getParent(), saved, StudioCommand::runCommand)) {
                JsonNode first = get(http, studio.url() + "api/state").get("controls").get(0);
                String key = first.get("key").asText(), value = first.get("value").asText();
                boolean whole = first.get("kind").asText().equals("int");
                double[] ms = new double[repeat];
                for (int i = 0; i < repeat; i++) {
                    // alternate the first control (agents on the first roster line) between two values: each change is a new setting
                    String v = whole ? Integer.toString(Integer.parseInt(value) + (i % 2 == 0 ? 1 : 0)) : value;
                    long t0 = System.nanoTime();
                    int id = post(http, studio.url() + "api/setting", JSON.writeValueAsString(Map.of("sets", Map.of(key, v)))).get("id").asInt();
                    while (get(http, studio.url() + "api/view?id=" + id).path("done").asInt() < 1) Thread.sleep(5);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                out.println(text.get("bn_studio", f.getFileName(), repeat, ms[repeat / 2], ms[0], ms[repeat - 1]));
                out.flush();
            }
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode post(HttpClient http, String url, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(http.send(r, HttpResponse.BodyHandlers.ofString()).body());
    }
}
