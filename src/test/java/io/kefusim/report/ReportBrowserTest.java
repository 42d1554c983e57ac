package io.kefusim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.testing.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens report.html of an example run in headless Chromium (Debian's chromium, installed
 * by .ci/run): the page loads without console messages, its headline figures equal those in
 * summary.json, and a screenshot is saved to target/report-screenshot-{en,zh}.png.
 */
class ReportBrowserTest {
    static final Pattern CARD = Pattern.compile(
            "<div class=\"card\" data-key=\"([^\"]+)\" data-mean=\"([^\"]*)\" data-ci95=\"([^\"]*)\">"
                    + "<div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)</div>");

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Chromium.available(), Chromium.MISSING);
    }

    @Test
    void theConsoleCheckCatchesErrors() throws Exception {
        // positive control: the check sees a page's console messages (an error, a plain log line, an
        // uncaught exception), and the next page does not inherit them
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<html><body><script>console.error('deliberate');console.log('said');</script>"
                + "<script>throw new Error('thrown');</script></body></html>");
        List<String> seen = Chromium.open(bad.toUri().toString()).console();
        for (String m : List.of("deliberate", "said", "thrown")) assertTrue(seen.stream().anyMatch(l -> l.contains(m)), m + " in " + seen);
        Path good = dir.resolve("good.html");
        Files.writeString(good, "<html><body><p>quiet</p></body></html>");
        assertEquals(List.of(), Chromium.open(good.toUri().toString()).console(), "a quiet page after a noisy one has no messages");
    }

    @Test
    void englishReport() throws Exception {
        check("en");
    }

    @Test
    void chineseReport() throws Exception {
        check("zh");
    }

    private void check(String lang) throws Exception {
        Path out = dir.resolve("results-" + lang);
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "4",
                "--out", out.toString(), "--lang", lang);
        assertEquals(0, r.code(), r.err());
        Path run;
        try (var runs = Files.list(out.resolve("double11-medium-shop"))) {
            run = runs.findFirst().orElseThrow();
        }
        Path html = run.resolve("report.html");
        Path shot = Path.of("target", "report-screenshot-" + lang + ".png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Chromium.Page b = Chromium.screenshot(html.toUri().toString(), 1200, 2600, shot);
        assertEquals(List.of(), b.console(), "no console messages");
        assertTrue(Files.size(shot) > 50_000, "a screenshot with content");
        assertTrue(b.dom().contains("<svg"), "charts are inline");
        assertEquals(8, b.dom().split("<figure class=\"chart\"").length - 1, "eight charts");

        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        Map<String, String[]> cards = new HashMap<>();
        Matcher m = CARD.matcher(b.dom());
        while (m.find()) cards.put(m.group(1), new String[]{m.group(2), m.group(3), m.group(4)});
        List<String> expected = new ArrayList<>(List.of("totals.service_level", "totals.abandoned", "totals.lost_orders",
                "totals.lost_sales", "totals.labour_cost"));
        for (String key : expected) assertNotNull(cards.get(key), "headline card " + key + " in " + cards.keySet());
        // no card repeats another: the 2-min miss is 1 - service level (the target is 2 min), so it is said on that card
        assertFalse(cards.containsKey("totals.missed_deadlines.2m.share"), "the complement of the service level is not a card of its own");
        List<String> shownValues = cards.values().stream().map(c -> c[2]).toList();
        assertEquals(shownValues.size(), new java.util.HashSet<>(shownValues).size(), "no two cards show the same number: " + shownValues);
        String abandonShown = Format.share(summary.get("totals").get("abandon_share").get("mean").asDouble());
        for (String key : cards.keySet()) {
            if (key.startsWith("totals.missed_deadlines")) assertNotEquals(abandonShown, cards.get(key)[2], key + " repeats the abandon share");
        }
        for (String key : cards.keySet()) {
            String[] card = cards.get(key);
            assertNotNull(card, "headline card " + key + " in " + cards.keySet());
            JsonNode est = node(summary, key);
            assertEquals(est.get("mean").asDouble(), Double.parseDouble(card[0]), 0, key + " data-mean");
            assertEquals(est.get("ci95").asDouble(), Double.parseDouble(card[1]), 0, key + " data-ci95");
            double mean = est.get("mean").asDouble();
            String shown = key.endsWith("share") || key.endsWith("service_level") ? Format.share(mean)
                    : key.endsWith("lost_orders") ? Format.one(mean) : Format.whole(mean);
            assertEquals(shown, card[2], key + " as shown");
        }
    }

    /** "totals.missed_deadlines.2m.share" -> summary["totals"]["missed_deadlines"]["2m"]["share"]. */
    private static JsonNode node(JsonNode root, String key) {
        JsonNode n = root;
        for (String part : key.split("\\.")) n = n.get(part);
        return n;
    }
}
