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
 * money9: the total counted only the lost sales staffing can recover, so 'replies-in-20s' (faster
 * replies: less of the loss no roster recovers) read −201, not distinguishable from 0, beside lost
 * sales −475 (real). The total (shop_cost_full) now counts lost sales in full.
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
        assertEquals("shop_cost_full", j.at("/total").asText());
        // kept for scripts, with the meaning its name says
        assertTrue(j.at("/figures").has("labour_cost_plus_lost_sales"));
        JsonNode f = j.at("/figures");
        String plan = "replies-in-20s";
        double labour = f.at("/labour_cost/difference_to_baseline/" + plan + "/mean").asDouble(),
                unanswered = f.at("/unanswered_cost/difference_to_baseline/" + plan + "/mean").asDouble(),
                total = f.at("/shop_cost_full/difference_to_baseline/" + plan + "/mean").asDouble(),
                lost = f.at("/lost_sales/difference_to_baseline/" + plan + "/mean").asDouble(),
                recoverable = f.at("/lost_sales_recoverable/difference_to_baseline/" + plan + "/mean").asDouble(),
                staffingObjective = f.at("/shop_cost/difference_to_baseline/" + plan + "/mean").asDouble();
        assertEquals(-477, Math.round(total));
        assertEquals(-2, Math.round(labour));
        assertEquals(-475, Math.round(lost));
        assertEquals(total, labour + lost + unanswered, 1e-6); // the parts the sentence names are the total's
        // shop_cost keeps its meaning (the staffing objective's: only what staffing can recover)
        assertEquals(-199, Math.round(recoverable));
        assertEquals(staffingObjective, labour + recoverable + unanswered, 1e-6);
        // a plan that differs only in staffing: the same difference either way (the unrecoverable part cancels)
        String fifth = "fifth-agent";
        assertEquals(f.at("/shop_cost/difference_to_baseline/" + fifth + "/mean").asDouble(),
                f.at("/shop_cost_full/difference_to_baseline/" + fifth + "/mean").asDouble(), 1e-6);
        assertEquals("'replies-in-20s'", j.at("/verdict/0").asText().replaceAll(".*: ('[^']*').*", "$1"));
        String sentence = j.at("/verdict/2").asText();
        assertTrue(sentence.startsWith("'replies-in-20s': cost to the shop −477 CNY (a real difference), of which labour −2, lost sales −475, unanswered buyers ±0;"),
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
        assertTrue(out.contains("1,954（−477 ±205 *）"), out);
        assertTrue(out.contains("  * 95%水平下差异显著；（+d ±h）：方案 − base"), out);
        assertTrue(out.contains("“replies-in-20s”：店铺成本 −477 元（差异显著），其中人工成本 −2 元、流失销售额 −475 元、未接待损失 ±0 元；"), out);
        assertFalse(out.contains("。 "), out);
        assertFalse(out.contains("; "), out);
        assertFalse(out.contains("\"base\""), out);
        String html;
        try (var s = Files.walk(dir.resolve("zh"))) { html = Files.readString(s.filter(p -> p.endsWith("compare.html")).findFirst().orElseThrow()); }
        assertFalse(html.contains("。 "), "compare.html: a space after 。");
        assertTrue(html.contains("* 95%水平下差异显著。差异为各方案"), "compare.html: the footnote in Chinese punctuation");
    }
}
