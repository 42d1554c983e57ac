package io.kefusim.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The studio re-runs on every change: its demand scale took the loader's range, up to 1,000,000 (the classroom at
 * 480 million chats a replication, a run of hours started by one keystroke). A scale past about 1,000,000 chats per
 * replication is refused as the page's control (HTTP 400), with the range this scenario runs at and the command line.
 */
class StudioScaleBoundTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aScalePastWhatTheStudioRunsAtOnceIsRefusedWithItsRange() throws Exception {
        Path file = Files.writeString(dir.resolve("classroom.yaml"),
                Files.readString(Path.of("scenarios", "classroom-response-time.yaml")).replace("replications: 30", "replications: 2"));
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), StudioServerTest.NO_SAVE)) {
            HttpResponse<String> r = send(studio.url() + "api/setting", JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "5000"))));
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("error: studio: demand.scale: '5000' brings about 2,400,000 chats per replication, more than the studio re-runs at once on a change; "
                    + "allowed here: 0 to 2083.33 (at most 1,000,000 chats per replication, about 2 s of one core each); for more, run it from the command line, "
                    + "which takes up to 1000000: kefusim run " + file + " --set demand.scale=5000", JSON.readTree(r.body()).get("error").asText());
            HttpResponse<String> zh = send(studio.url() + "api/setting?lang=zh", JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "5000"))));
            assertEquals(400, zh.statusCode(), zh.body());
            assertEquals("错误：studio: demand.scale: '5000' 使每次重复约有 2,400,000 个咨询，超过工作台每次改动后能即时重算的量；此处允许：0 至 2083.33"
                    + "（每次重复最多 1,000,000 个咨询，每次约占一个核 2 秒）；需要更大时请在命令行运行（最多 1000000）：kefusim run " + file + " --set demand.scale=5000",
                    JSON.readTree(zh.body()).get("error").asText());
            // within the range: runs
            HttpResponse<String> ok = send(studio.url() + "api/setting", JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "2"))));
            assertEquals(200, ok.statusCode(), ok.body());
        }
    }

    private HttpResponse<String> send(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
