package io.kefusim.studio;

import com.fasterxml.jackson.databind.JsonNode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio API's loose ends (data11), in StudioServerTest's pattern: an id never issued is "unknown", not
 * "replaced"; /api/setting takes the page's controls only (before, {"replications": "100000"} ran and grew the
 * studio to 1.5 GB); a lesson whose example is missing names the full path and the fix; /api/example with no
 * examples says there are none and why (before: "allowed: " and nothing).
 */
class StudioLooseEndsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private Path small() throws Exception {
        String yaml = Files.readString(Path.of("scenarios", "classroom-response-time.yaml")).replace("replications: 30", "replications: 2");
        return Files.writeString(dir.resolve("mine.yaml"), yaml);
    }

    @Test
    void unknownIdsOtherKeysAMissingLessonAndNoExamplesAreEachOneLine() throws Exception {
        Path file = small();
        Path noExamples = dir.resolve("elsewhere/scenarios"); // where the studio looked: not there
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, noExamples, dir.resolve("saved"), StudioServerTest.NO_SAVE)) {
            String u = studio.url();
            int id = get(u + "api/state").get("id").asInt();
            assertEquals(1, id);
            assertBad(get400(u + "api/view?id=999"), "error: id: 999 is not a setting's id: none was given with it; allowed: an id /api/state or /api/setting gave, 1 to 1");
            assertBad(get400(u + "api/view?id=0&lang=zh"), "错误：id: 0 不是任何设置的编号：从未发出过；允许：/api/state 或 /api/setting 给出的编号，1 到 1");

            String controls = "roster[0].agents, agents[0].reply_time.mean, agents[0].concurrency, buyers.presale.patience.mean, buyers.presale.bot_deflection, "
                    + "demand.scale, service_level_target, service_level_goal, deadlines.first_response";
            assertBad(send(u + "api/setting", JSON.writeValueAsString(Map.of("sets", Map.of("replications", "100000")))),
                    "error: sets: 'replications' is not a control of this page; allowed: " + controls + " (other keys are changed in the scenario file, or with kefusim run --set)");
            assertBad(send(u + "api/setting?lang=zh", JSON.writeValueAsString(Map.of("sets", Map.of("horizon", "3650d")))),
                    "错误：sets: 'horizon' 不是本页可调整的设置；允许：" + controls.replace(", ", "、") + "（其他键请在场景文件中修改，或用 kefusim run --set）");
            assertEquals(1, get(u + "api/state").get("id").asInt(), "nothing started");
            assertEquals(2, JSON.readTree(send(u + "api/setting", JSON.writeValueAsString(Map.of("sets", Map.of("roster[0].agents", "5")))).body()).get("id").asInt(),
                    "a control is taken as before");

            String where = noExamples.resolve("classroom-response-time.yaml").toAbsolutePath().normalize().toString();
            assertBad(send(u + "api/lesson?step=1", ""), "error: step: the lesson needs kefusim's example " + where + ", which is not there; allowed: start the studio"
                    + " in kefusim's folder (the one holding scenarios/), or run the kefusim.jar kept in target/ beside scenarios/");
            assertBad(send(u + "api/example?name=x.yaml", ""), "error: --example: 'x.yaml' is not an example: there are no examples here, as kefusim's scenarios/ folder is not at "
                    + noExamples.toAbsolutePath().normalize() + " (nor beside the running jar's folder); allowed: start the studio in kefusim's folder (the one holding scenarios/),"
                    + " or run the kefusim.jar kept in target/ beside scenarios/; your own files open with Upload");
            HttpResponse<String> zh = send(u + "api/example?name=x.yaml&lang=zh", "");
            assertTrue(JSON.readTree(zh.body()).get("error").asText().startsWith("错误：--example: 'x.yaml' 不是示例：这里没有示例"), zh.body());
        }
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(get400(url).body());
    }

    private HttpResponse<String> get400(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBad(HttpResponse<String> r, String line) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(line, JSON.readTree(r.body()).get("error").asText());
    }
}
