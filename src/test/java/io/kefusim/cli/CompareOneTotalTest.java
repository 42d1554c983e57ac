package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * compare showed two totals that disagreed: "Labour cost + lost sales" −478 ± 204 (real) beside
 * "Cost to the shop" −201 ± 220 (not), the first adding lost revenue to pay one to one, which
 * money.md says not to do. Now it shows the one total it ranks by, each plan's sentence gives its
 * parts so they add up, compare.json names it, and the Chinese text is punctuated as Chinese.
 */
class CompareOneTotalTest {
    @TempDir
    Path dir;

    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    private JsonNode json(Path out) throws Exception {
        try (var s = Files.walk(out)) {
            return new ObjectMapper().readTree(s.filter(p -> p.endsWith("compare.json")).findFirst().orElseThrow().toFile());
        }
    }

    @Test
    void compareShowsOneTotalWhosePartsAddUp() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("compare", CLASSROOM, "--replications", "4", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Labour cost + lost sales"), r.out());
        assertTrue(r.out().contains("  Cost to the shop (CNY) "), r.out());
        JsonNode j = json(dir.resolve("en"));
        assertEquals("shop_cost", j.at("/total").asText());
        // kept for scripts, with the meaning its name says
        assertTrue(j.at("/figures").has("labour_cost_plus_lost_sales"));
        JsonNode f = j.at("/figures");
        String plan = "replies-in-20s";
        double labour = f.at("/labour_cost/difference_to_baseline/" + plan + "/mean").asDouble(),
                unanswered = f.at("/unanswered_cost/difference_to_baseline/" + plan + "/mean").asDouble(),
                total = f.at("/shop_cost/difference_to_baseline/" + plan + "/mean").asDouble(),
                recoverable = f.at("/lost_sales_recoverable/difference_to_baseline/" + plan + "/mean").asDouble();
        assertEquals(-201, Math.round(total));
        assertEquals(-2, Math.round(labour));
        assertEquals(-199, Math.round(recoverable));
        assertEquals(total, labour + recoverable + unanswered, 1e-6); // the parts the sentence names are the total's
        String sentence = j.at("/verdict/2").asText();
        assertTrue(sentence.startsWith("'replies-in-20s': cost to the shop −201 CNY (not distinguishable from 0), of which labour −2, lost sales staffing can recover −199, unanswered buyers ±0;"),
                sentence);
        assertFalse(sentence.contains("CNY lost sales,"), sentence);
    }

    @Test
    void inChineseTheTableAndSentencesUseChinesePunctuation() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("compare", CLASSROOM, "--replications", "4", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertFalse(out.contains("人工成本 + 流失销售额"), out);
        assertTrue(out.contains("1,228（−2 ±3）"), out);
        assertTrue(out.contains("1,363（−201 ±221）"), out);
        assertTrue(out.contains("  * 95%水平下差异显著；（+d ±h）：方案 − base"), out);
        assertTrue(out.contains("“replies-in-20s”：店铺成本 −201 元（与0无显著差异），其中人工成本 −2 元、增加人手可挽回的流失销售额 −199 元、未接待损失 ±0 元；"), out);
        assertFalse(out.contains("。 "), out);
        assertFalse(out.contains("; "), out);
        assertFalse(out.contains("\"base\""), out);
        String html;
        try (var s = Files.walk(dir.resolve("zh"))) { html = Files.readString(s.filter(p -> p.endsWith("compare.html")).findFirst().orElseThrow()); }
        assertFalse(html.contains("。 "), "compare.html: a space after 。");
        assertTrue(html.contains("* 95%水平下差异显著。差异为各方案"), "compare.html: the footnote in Chinese punctuation");
    }
}
