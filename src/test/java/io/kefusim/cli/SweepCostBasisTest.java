package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.report.ChartStyle;
import io.kefusim.report.Format;
import io.kefusim.report.Text;
import io.kefusim.report.WhatIfCharts;
import io.kefusim.report.WhatIfPages;
import io.kefusim.report.Words;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.whatif.Sweep;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * sweep ranks, tabulates and charts one cost, labour + the lost sales in full (+ unanswered buyers):
 * {@code shop_cost_full}, not {@code shop_cost} (labour + only what staffing can recover). Its console
 * head, chart title and legend, verdict and the guides that teach from it must name that basis. Before,
 * the column read "cost to shop" and the teacher's guide defined it as the recoverable part, while the
 * figure was 1,772 = 1,233 + 539 in full (the recoverable basis gives 1,300).
 */
class SweepCostBasisTest {
    private static final Path CLASSROOM = Path.of("scenarios/classroom-response-time.yaml");

    @TempDir
    Path dir;

    @Test
    void theCostSweepShowsIsTheOneItsWordsName() throws Exception {
        Scenario s = ScenarioLoader.load(CLASSROOM, List.of());
        Text en = new Text("en"), zh = new Text("zh");
        assertEquals("shop_cost_full", WhatIfCharts.SWEEP_COST);
        String label = Words.figureShort(en, s, WhatIfCharts.SWEEP_COST), labelZh = Words.figureShort(zh, s, WhatIfCharts.SWEEP_COST);
        assertEquals("cost to shop (lost sales in full)", label);
        assertEquals("店铺成本（流失销售额全额计）", labelZh);
        assertEquals("cost to shop (lost sales staffing can recover)", Words.figureShort(en, s, "shop_cost"));

        // the console: the cost column's head is that label, its cells that figure (which differs from shop_cost here)
        CliRunner.Result r = CliRunner.kefusim("sweep", CLASSROOM.toString(), "--vary", "agents[0].reply_time.mean=15s,90s",
                "--replications", "2", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path folder = Path.of(r.out().lines().filter(l -> l.startsWith("Written to: ")).findFirst().orElseThrow().substring(12));
        JsonNode points = new ObjectMapper().readTree(folder.resolve("sweep.json").toFile()).get("points");
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("  value")).findFirst().orElseThrow());
        assertTrue(lines.get(head).endsWith(" " + label), lines.get(head));
        for (int i = 0; i < 2; i++) {
            JsonNode f = points.get(i).get("figures");
            double full = f.get("shop_cost_full").get("mean").asDouble(), recoverable = f.get("shop_cost").get("mean").asDouble();
            assertTrue(full - recoverable > 100, full + " vs " + recoverable);
            assertTrue(lines.get(head + 1 + i).endsWith(" " + Format.whole(full) + "±" + Format.whole(f.get("shop_cost_full").get("ci95").asDouble())),
                    lines.get(head + 1 + i));
        }
        assertTrue(r.out().contains(": 1,755 CNY (labour 1,223, plus the lost sales in full and unanswered buyers' cost)."), r.out());

        // the chart: its title names the basis, and the curve so labelled holds that figure
        List<Sweep.Vary> varies = List.of(Sweep.parseVary("agents[0].reply_time.mean=15s,90s"));
        Sweep.Result res = Sweep.run(varies, Sweep.plan(CLASSROOM, List.of(Assignment.typed("--replications", "replications", 2)), varies), 1, null);
        JFreeChart chart = WhatIfCharts.sweep(res, en, new ChartStyle(null)).get("sweep_cost");
        assertEquals("Labour cost, lost sales and cost to the shop (lost sales in full) against class group: reply time (mean) (95% CI)", chart.getTitle().getText());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        int series = data.indexOf(label);
        assertTrue(series >= 0, "no curve labelled " + label);
        for (int i = 0; i < 2; i++) {
            assertEquals(points.get(i).get("figures").get("shop_cost_full").get("mean").asDouble(), data.getYValue(series, i), 1e-9);
        }
        assertTrue(String.join("\n", WhatIfPages.sweepVerdict(res, zh)).contains("加上全部流失销售额和未接待损失"));

        // the guides that teach from this table define the cost by the same basis and quote the same label
        String teacher = flat("docs/guides/teacher.md"), teacherZh = flat("docs/guides/teacher.zh.md"), whatIf = flat("docs/reference/what-if.md");
        assertTrue(teacher.contains("**Cost to the shop** (the column `" + label + "`) is labour plus the lost sales in full"), "teacher.md");
        assertFalse(teacher.contains("lost sales a bigger roster could win back (not"), "teacher.md");
        assertTrue(teacherZh.contains("**店铺成本**（表头“" + labelZh + "”）= 人工成本 + 全部流失销售额"), "teacher.zh.md");
        assertFalse(teacherZh.contains("多排人就能挽回的那部分流失销售额（"), "teacher.zh.md");
        assertTrue(whatIf.contains("the cost chart shows the cost to the shop only (labour + the lost sales or margin in full"), "what-if.md");
        assertTrue(whatIf.contains("\"" + label + "\" / " + labelZh), "what-if.md");
        assertFalse(whatIf.contains("margin staffing can recover + unanswered"), "what-if.md");
    }

    private static String flat(String file) throws java.io.IOException {
        return Files.readString(Path.of(file)).replaceAll("\\s+", " ");
    }
}
