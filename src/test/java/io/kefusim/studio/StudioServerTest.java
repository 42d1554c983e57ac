package io.kefusim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The studio's server without a browser: a page setting is the command line's override (the
 * same figures as {@code kefusim run --set}), breaks off is every shift's breaks set to none,
 * a replaced setting is never shown, and bad input gets the command line's line.
 */
class StudioServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final RunSaver NO_SAVE = (f, n, o, l) -> { throw new AssertionError("this test saves nothing"); };
    static final Pattern SERVICE_LEVEL = Pattern.compile("data-key=\"totals.service_level\" data-mean=\"([^\"]+)\"");
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** The classroom example with a lunch break, 6 replications (quick). */
    Path withBreaks() throws Exception {
        String yaml = Files.readString(Path.of("scenarios", "classroom-response-time.yaml"))
                .replace("replications: 30", "replications: 6")
                .replace("workday: {from: \"09:00\", to: \"17:00\"}", "workday: {from: \"09:00\", to: \"17:00\", breaks: [{at: \"12:00\", for: 1h}]}");
        assertTrue(yaml.contains("breaks:"), "the example still has the shift this test adds a break to");
        return Files.writeString(dir.resolve("classroom-breaks.yaml"), yaml);
    }

    @Test
    void aSettingShowsWhatTheCommandLineComputesAndBreaksOffIsNoBreaks() throws Exception {
        Path file = withBreaks();
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            JsonNode state = get(studio.url() + "api/state");
            List<String> keys = new ArrayList<>();
            state.get("controls").forEach(c -> keys.add(c.get("key").asText()));
            assertEquals(List.of("roster[0].agents", "agents[0].reply_time.mean", "agents[0].concurrency", "buyers.presale.patience.mean",
                    "buyers.presale.bot_deflection", "demand.scale", "breaks", "service_level_target", "service_level_goal", "deadlines.first_response"), keys);
            double withBreaks = serviceLevel(studio, state.get("id").asInt());

            int off = post(studio.url() + "api/setting", Map.of("sets", Map.of("breaks", "off", "roster[0].agents", "3"))).get("id").asInt();
            double shown = serviceLevel(studio, off);
            assertTrue(get(studio.url() + "api/view?id=" + state.get("id").asInt()).has("replacedBy"), "the replaced setting's view is not served");

            Path out = dir.resolve("cli");
            CliRunner.Result run = CliRunner.kefusim("run", file.toString(), "--set", "shifts.workday.breaks=[]", "--set", "roster[0].agents=3", "--out", out.toString());
            assertEquals(0, run.code(), run.err());
            Path folder;
            try (var s = Files.list(out.resolve("classroom-response-time"))) {
                folder = s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).findFirst().orElseThrow(); // not the `latest` link
            }
            double cli = JSON.readTree(folder.resolve("summary.json").toFile()).at("/totals/service_level/mean").asDouble();
            assertEquals(cli, shown, 0.0, "the page's figure is the command line's, to the last digit");
            assertNotEquals(withBreaks, shown, "the setting changed the figure");
        }
    }

    @Test
    void badInputGetsTheCommandLinesLine() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            HttpResponse<String> r = send(studio.url() + "api/setting?lang=zh", JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "-2"))));
            assertEquals(400, r.statusCode());
            String cli = CliRunner.kefusim("run", withBreaks().toString(), "--set", "demand.scale=-2", "--lang", "zh").err().lines().findFirst().orElseThrow();
            assertEquals(cli, JSON.readTree(r.body()).get("error").asText());

            HttpResponse<String> notFolder = send(studio.url() + "api/results", dir.toString());
            assertEquals(400, notFolder.statusCode());
            assertEquals("error: " + dir + ": is not a kefusim results folder (it has no scenario.yaml); allowed: a folder written by kefusim run",
                    JSON.readTree(notFolder.body()).get("error").asText());
        }
    }

    @Test
    void theScenariosWarningsReachThePageAndItsJsonAsSummaryJsonHoldsThem() throws Exception {
        // a bound only staff reads, beside a roster of 4 that breaks it: the studio runs 4 and says so
        Path file = Files.writeString(dir.resolve("bounded.yaml"), Files.readString(Path.of("scenarios", "classroom-response-time.yaml"))
                .replace("replications: 30", "replications: 6") + "\nstaffing:\n  bounds:\n    - {group: class, shift: workday, min: 6}\n");
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            int id = get(studio.url() + "api/state").get("id").asInt();
            JsonNode v = get(studio.url() + "api/view?id=" + id);
            JsonNode list = v.get("warning_list");
            assertEquals(1, list.size(), v.toString());
            assertEquals("staffing.bound_ignored", list.get(0).get("code").asText());
            assertEquals(file.toString(), list.get(0).get("where").get("file").asText());
            assertEquals("staffing.bounds[0]", list.get(0).get("where").get("key").asText());
            assertTrue(list.get(0).get("message_zh").asText().startsWith("排班中 class 组在"), list.toString());
            assertTrue(v.get("warnings").asText().contains("only kefusim staff reads staffing.bounds"), v.get("warnings").asText());
            assertTrue(get(studio.url() + "api/view?lang=zh&id=" + id).get("warnings").asText().contains("只有 kefusim staff 读取 staffing.bounds"));
        }
    }

    @Test
    void aQueryOrBodyThatDoesNotParseGetsALineNamingItAndWhatIsAllowed() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            String u = studio.url();
            String id = "allowed: a setting's id, a whole number (the id of /api/state)";
            assertBad(get400(u + "api/view?id=abc"), "error: id: 'abc' is not a whole number; " + id);
            assertBad(get400(u + "api/view"), "error: id: missing; " + id);
            assertBad(get400(u + "api/view?id=99999999999"), "error: id: 99999999999 is too large; " + id);
            assertBad(get400(u + "api/view?id=abc&lang=zh"), "错误：id: 'abc' 不是整数；允许：设置的编号，一个整数（即 /api/state 中的 id）");
            assertBad(send(u + "api/lesson?step=x", ""), "error: step: 'x' is not a whole number; allowed: a lesson step, 1 to 3");
            assertBad(send(u + "api/lesson", ""), "error: step: missing; allowed: a lesson step, 1 to 3");
            assertBad(send(u + "api/lesson?step=4", ""), "error: step: 4 is not a lesson step; allowed: 1 to 3");
            assertBad(send(u + "api/lesson?step=x&lang=zh", ""), "错误：step: 'x' 不是整数；允许：课程的步骤，1 到 3");
            String body = "error: body: not a JSON object with \"sets\"; allowed: {\"sets\": {\"KEY\": \"VALUE\", ...}}, each KEY a control's --set key";
            assertBad(send(u + "api/setting", "abc"), body);
            assertBad(send(u + "api/setting", "{\"sets\": [1]}"), body);
            assertBad(send(u + "api/setting", "null"), body);
            assertBad(send(u + "api/results", "a\0b"), "error: body: 'a?b' is not a path; allowed: the path of a folder written by kefusim run");
            assertEquals(0, get(u + "api/state").get("sets").size(), "nothing changed");
        }
    }

    @Test
    void anUnknownLangIsSaidNotReadAsEnglish() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            String u = studio.url();
            String fr = "error: lang: 'fr' is not a language kefusim speaks; allowed: en, zh";
            assertBad(get400(u + "?lang=fr"), fr);
            assertBad(get400(u + "api/texts?lang=fr"), fr);
            assertBad(get400(u + "api/state?lang=fr"), fr);
            assertBad(get400(u + "api/view?id=1&lang=fr"), fr);
            assertBad(send(u + "api/setting?lang=fr", JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "2")))), fr);
            assertBad(get400(u + "api/state?lang="), "error: lang: '' is not a language kefusim speaks; allowed: en, zh");
            assertBad(get400(u + "api/state?lang=a%00b%0Ac"), "error: lang: 'a?b' is not a language kefusim speaks; allowed: en, zh");
            assertEquals("zh", get(u + "api/texts?lang=ZH").get("lang").asText(), "en and zh as the command line reads them");
            assertEquals("en", get(u + "api/texts").get("lang").asText(), "no lang is English");
            // the setting's body has no language of its own: a "lang" in it is said, in the query's language
            String body = JSON.writeValueAsString(Map.of("sets", Map.of("demand.scale", "2"), "lang", "fr"));
            assertBad(send(u + "api/setting", body), "error: body: \"lang\" is not read; allowed: {\"sets\": {\"KEY\": \"VALUE\", ...}} and nothing else"
                    + " (the page's language is the query's lang: en or zh)");
            assertBad(send(u + "api/setting?lang=zh", body), "错误：body: \"lang\" 不会被读取；允许：{\"sets\": {\"KEY\": \"VALUE\", ...}}，不能有其他键"
                    + "（页面的语言由查询参数 lang 指定：en 或 zh）");
            assertEquals(0, get(u + "api/state").get("sets").size(), "nothing changed");
        }
    }

    private HttpResponse<String> get400(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBad(HttpResponse<String> r, String line) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(line, JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void anotherSitesPageOrAForeignHostIsRefusedAndChangesNothing() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            int port = URI.create(studio.url()).getPort();
            String setting = "{\"sets\":{\"demand.scale\":\"0.3\"}}";
            String origin = "error: a page from Origin 'http://evil.example' may not use the studio; allowed: the studio's own page (http://localhost:"
                    + port + ", http://127.0.0.1:" + port + ", http://[::1]:" + port + "), or no Origin";
            String[] evil = raw(port, "POST", "/api/setting?tab=t1", "127.0.0.1:" + port, "http://evil.example", setting);
            assertEquals("403", evil[0], evil[1]);
            assertEquals(origin, JSON.readTree(evil[1]).get("error").asText());
            assertEquals(0, get(studio.url() + "api/state?tab=t1").get("sets").size(), "the setting did not change");
            for (String api : List.of("/api/pin?tab=t1", "/api/save?tab=t1", "/api/example?tab=t1&name=classroom-breaks.yaml")) {
                String[] r = raw(port, "POST", api, "127.0.0.1:" + port, "http://evil.example", "");
                assertEquals("403", r[0], api + ": " + r[1]);
            }
            assertEquals(0, get(studio.url() + "api/state?tab=t1").get("pinnedId").asInt(), "nor was it pinned");
            assertEquals("403", raw(port, "GET", "/api/state?tab=t1", "127.0.0.1:" + port, "http://127.0.0.1:" + (port + 1), null)[0], "another port is another origin");
            assertEquals("403", raw(port, "GET", "/api/state?tab=t1", "127.0.0.1:" + port, "null", null)[0]);

            String[] rebound = raw(port, "GET", "/api/state?tab=t1&lang=zh", "evil.example:" + port, null, null);
            assertEquals("403", rebound[0], rebound[1]);
            assertEquals("错误：Host 'evil.example:" + port + "' 不是本机的名字；允许：localhost、127.0.0.1、[::1]，可带或不带端口号 " + port + "（工作台只应答在本机打开的页面）",
                    JSON.readTree(rebound[1]).get("error").asText());
            assertEquals("403", raw(port, "GET", "/", "evil.example", null, null)[0], "the page itself neither");
            assertEquals("403", raw(port, "GET", "/api/texts", "127.0.0.1:" + (port + 1), null, null)[0], "nor this computer on another port");

            // this computer's names, with or without the port, and the studio's own page: served
            String[] same = raw(port, "POST", "/api/setting?tab=t1", "127.0.0.1:" + port, "http://127.0.0.1:" + port, setting);
            assertEquals("200", same[0], same[1]);
            assertEquals("0.3", get(studio.url() + "api/state?tab=t1").get("sets").get("demand.scale").asText());
            assertEquals("200", raw(port, "POST", "/api/pin?tab=t1", "localhost:" + port, "http://localhost:" + port, "")[0]);
            assertEquals("200", raw(port, "GET", "/api/state?tab=t1", "LocalHost", null, null)[0]);
            assertEquals("200", raw(port, "GET", "/api/state?tab=t1", "[::1]:" + port, "http://[::1]:" + port, null)[0]);
            assertEquals("200", raw(port, "GET", "/", "[::1]", null, null)[0]);
        }
    }

    /** One HTTP/1.1 request over a socket (the JDK's client will not send another Host): its status and body. */
    private static String[] raw(int port, String method, String path, String host, String origin, String body) throws Exception {
        byte[] b = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        if (origin != null) req.append("Origin: ").append(origin).append("\r\n");
        if (body != null) req.append("Content-Type: text/plain\r\nContent-Length: ").append(b.length).append("\r\n");
        req.append("\r\n");
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.getOutputStream().write(req.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.getOutputStream().write(b);
            s.getOutputStream().flush();
            String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String status = all.substring(all.indexOf(' ') + 1, all.indexOf(' ') + 4);
            String rest = all.substring(all.indexOf("\r\n\r\n") + 4);
            if (all.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) rest = unchunk(rest);
            return new String[]{status, rest};
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int n = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (n == 0) return out.toString();
            out.append(chunked, eol + 2, eol + 2 + n);
            at = eol + 2 + n + 2;
        }
    }

    /** Polls a setting's view until every replication is in; its service-level card's mean. */
    private double serviceLevel(Studio studio, int id) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            JsonNode v = get(studio.url() + "api/view?id=" + id);
            assertEquals(id, v.get("id").asInt(), "a view is tagged with its own setting");
            if (v.path("finished").asBoolean()) {
                Matcher m = SERVICE_LEVEL.matcher(v.get("headline").asText());
                assertTrue(m.find(), v.get("headline").asText());
                return Double.parseDouble(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("setting " + id + " did not finish in 60 s");
    }

    @Test
    void anUploadTheParserCannotReadGetsTheCommandLinesLineInThePagesLanguage() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            String tab = "name: x\nstart: 2026-11-11T00:00\n\thorizon: 24h\n";
            HttpResponse<String> en = send(studio.url() + "api/upload?name=mine.yaml", tab);
            assertEquals(400, en.statusCode(), en.body());
            assertEquals("error: mine.yaml:3:1: not valid YAML: a tab character; allowed: spaces only, to indent", JSON.readTree(en.body()).get("error").asText());
            HttpResponse<String> zh = send(studio.url() + "api/upload?name=mine.yaml&lang=zh", "name: x\nhorizon: {24h\n");
            assertEquals(400, zh.statusCode(), zh.body());
            assertEquals("错误：mine.yaml:2:10: 不是有效的 YAML：这个“{”没有配对的“}”；允许：{presale: 0.6, aftersale: 0.4}，用“}”收尾",
                    JSON.readTree(zh.body()).get("error").asText());
        }
    }

    @Test
    void anUploadIsReadAsTheCommandLineReadsAFileUtf16WithAByteOrderMarkIncluded() throws Exception {
        // the same scenario saved as "Unicode" by Notepad: UTF-16 LE with a byte order mark
        String yaml = java.nio.file.Files.readString(Path.of("scenarios", "classroom-response-time.yaml"));
        byte[] utf16 = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        Path file = java.nio.file.Files.write(dir.resolve("notepad.yaml"), withMark);
        io.kefusim.cli.CliRunner.Result cli = io.kefusim.cli.CliRunner.kefusim("validate", file.toString());
        assertEquals(2, cli.code(), cli.err());
        String line = "notepad.yaml:1: not UTF-8 text: the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); allowed: UTF-8 text; save the file again as UTF-8";
        assertEquals("error: " + dir.resolve(line), cli.err().strip());
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            HttpResponse<String> en = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/upload?name=notepad.yaml"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(withMark)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, en.statusCode(), en.body());
            assertEquals("error: " + line, JSON.readTree(en.body()).get("error").asText());
            HttpResponse<String> zh = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/upload?name=notepad.yaml&lang=zh"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(withMark)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("错误：notepad.yaml:1: 不是 UTF-8 文本：文件存成了 UTF-16（开头是 UTF-16 的字节顺序标记）；允许：UTF-8 文本；请把文件另存为 UTF-8",
                    JSON.readTree(zh.body()).get("error").asText());
            // the same text in UTF-8 opens, as on the command line
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/upload?name=classroom.yaml"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
        }
    }

    @Test
    void eachTabKeepsItsOwnSettingAndPin() throws Exception {
        try (Studio studio = Studio.start(withBreaks(), "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            String a = studio.url() + "api/%s?tab=tab-a", b = studio.url() + "api/%s?tab=tab-b";
            int shownInB = get(String.format(b, "state")).get("id").asInt();
            int changed = post(String.format(a, "setting"), Map.of("sets", Map.of("roster[0].agents", "3"))).get("id").asInt();
            post(String.format(a, "pin"), Map.of());
            JsonNode stateA = get(String.format(a, "state")), stateB = get(String.format(b, "state"));
            assertEquals("3", stateA.get("sets").get("roster[0].agents").asText());
            assertEquals(changed, stateA.get("pinnedId").asInt());
            assertEquals(0, stateB.get("sets").size(), "the other tab's settings are its own: " + stateB.get("sets"));
            assertEquals(0, stateB.get("pinnedId").asInt(), "nor is the pin shared");
            assertEquals(shownInB, stateB.get("id").asInt(), "the other tab's setting still runs: " + stateB);
            assertFalse(get(String.format(b, "view") + "&id=" + shownInB).has("replacedBy"), "and is still served");
            assertEquals(0, get(studio.url() + "api/state").get("sets").size(), "a request naming no tab has the studio's first state");
        }
    }

    @Test
    void aNewTabWhoseStartingScenarioWasBrokenSinceGetsTheLoadersLine() throws Exception {
        Path file = withBreaks();
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            Files.writeString(file, "name: x\n\thorizon: 24h\n");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/state?tab=late&lang=zh")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("错误：" + file + ":2:1: 不是有效的 YAML：用了 Tab 字符；只能用空格缩进", JSON.readTree(r.body()).get("error").asText());
            assertEquals("classroom-breaks.yaml", JSON.readTree(r.body()).get("examples").get(0).asText(), "and what the page may open instead");
            // the page's own words load for that tab (the page says the line in them)
            HttpResponse<String> texts = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/texts?tab=late&lang=zh")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, texts.statusCode(), texts.body());
            assertEquals("工作台启动时使用的方案文件现在打不开。请改正后刷新本页，或在左侧打开示例、上传文件。", JSON.readTree(texts.body()).get("studio_start_fix").asText());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(studio.url() + "?tab=late")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            // nothing to change or save in that tab: the same line, in English here
            HttpResponse<String> pin = send(studio.url() + "api/pin?tab=late", "");
            assertEquals(400, pin.statusCode(), pin.body());
            assertEquals("error: " + file + ":2:1: not valid YAML: a tab character; allowed: spaces only, to indent", JSON.readTree(pin.body()).get("error").asText());
            // the file corrected, the same tab's reload shows it
            Files.writeString(file, Files.readString(Path.of("scenarios", "classroom-response-time.yaml")).replace("replications: 30", "replications: 6"));
            JsonNode state = get(studio.url() + "api/state?tab=late");
            assertEquals("classroom-response-time", state.get("scenario").asText(), state.toString());
        }
    }

    @Test
    void aTabWhoseStartingFileBrokeCanStillOpenAnExample() throws Exception {
        Path file = withBreaks();
        try (Studio studio = Studio.start(file, "127.0.0.1", 0, dir, dir.resolve("saved"), NO_SAVE)) {
            Files.writeString(file, "name: x\nreplications: abc\n");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(studio.url() + "api/state?tab=other")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            Path example = Files.writeString(dir.resolve("good.yaml"), Files.readString(Path.of("scenarios", "classroom-response-time.yaml")).replace("replications: 30", "replications: 6"));
            HttpResponse<String> opened = send(studio.url() + "api/example?name=" + example.getFileName() + "&tab=other", "");
            assertEquals(200, opened.statusCode(), opened.body());
            assertEquals("good.yaml", JSON.readTree(opened.body()).get("example").asText());
            assertEquals("classroom-response-time", get(studio.url() + "api/state?tab=other").get("scenario").asText());
        }
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String url, Object body) throws Exception {
        HttpResponse<String> r = send(url, JSON.writeValueAsString(body));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
