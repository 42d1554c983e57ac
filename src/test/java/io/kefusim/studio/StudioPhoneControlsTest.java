package io.kefusim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * goalF (tester18): the studio labelled a phone desk in chat words ("Mean time to type a reply: tel" for 3 min of
 * talk, "Chats at once per agent: tel", "Service level: first reply within") while the report said "calls picked up
 * within 20 s". Its controls now follow the channel, and a phone group, one call at a time, gets no concurrency control.
 */
class StudioPhoneControlsTest {
    static final String PHONE = """
            name: phone-desk
            start: 2026-11-10T09:00
            horizon: 8h
            replications: 2
            seed: 11
            service_level_target: 20s
            demand:
              pattern:
                hourly: [0,0,0,0,0,0,0,0,0,100,100,100,100,100,100,100,100,0,0,0,0,0,0,0]
              mix: {call: 1.0}
            buyers:
              call:
                patience: {dist: exponential, mean: 3m}
                messages: {dist: constant, value: 1}
                think_time: {dist: constant, value: 1s}
                conversion: 0
            agents:
              - group: tel
                channel: phone
                skills: [call]
                concurrency: 1
                reply_time: {dist: exponential, mean: 3m}
                monthly_pay: 5000
            shifts:
              d: {from: "09:00", to: "17:00"}
            roster:
              - {group: tel, shift: d, agents: 7}
            """;

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPhoneDeskIsLabelledInCallWordsWithNoConcurrencyControl() throws Exception {
        Path file = Files.writeString(dir.resolve("phone.yaml"), PHONE);
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), StudioServerTest.NO_SAVE)) {
            Map<String, String> en = labels(get(studio.url() + "api/state?lang=en"));
            assertEquals("Mean talk time of a call: tel", en.get("agents[0].reply_time.mean"));
            assertFalse(en.containsKey("agents[0].concurrency"), en.toString());
            assertEquals("Service level: call picked up within", en.get("service_level_target"));
            assertEquals("Pick-up deadlines", en.get("deadlines.first_response"));
            assertTrue(en.values().stream().noneMatch(l -> l.contains("chat") || l.contains("reply")), en.toString());
            Map<String, String> zh = labels(get(studio.url() + "api/state?lang=zh"));
            assertEquals("平均通话时长：tel", zh.get("agents[0].reply_time.mean"));
            assertFalse(zh.containsKey("agents[0].concurrency"), zh.toString());
            assertEquals("服务水平：接起电话时限", zh.get("service_level_target"));
            assertEquals("接起时限", zh.get("deadlines.first_response"));
        }
        // a chat desk keeps its words and its control
        Path chat = Files.writeString(dir.resolve("chat.yaml"), PHONE.replace("    channel: phone\n", "").replace("concurrency: 1", "concurrency: 3"));
        try (Studio studio = Studio.start(chat, "127.0.0.1", 0, dir, dir.resolve("saved"), StudioServerTest.NO_SAVE)) {
            Map<String, String> en = labels(get(studio.url() + "api/state?lang=en"));
            assertEquals("Mean time to type a reply: tel", en.get("agents[0].reply_time.mean"));
            assertEquals("Chats at once per agent: tel", en.get("agents[0].concurrency"));
            assertEquals("Service level: first reply within", en.get("service_level_target"));
        }
    }

    private static Map<String, String> labels(JsonNode state) {
        Map<String, String> out = new LinkedHashMap<>();
        state.get("controls").forEach(c -> out.put(c.get("key").asText(), c.get("label").asText()));
        return out;
    }

    private JsonNode get(String url) throws Exception {
        return StudioServerTest.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
