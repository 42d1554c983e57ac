package io.kefusim.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefusim.TestScenarios;
import io.kefusim.cli.CliRunner;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.report.DemandSpreadText;
import io.kefusim.report.HtmlReport;
import io.kefusim.report.Text;
import io.kefusim.run.DemandSpread;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader.Plan;
import io.kefusim.whatif.Comparison;
import io.kefusim.whatif.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 31: the split of each figure's spread into demand's share and the simulation's own noise
 * is on the compare, sweep and staff pages and in their JSON, with the run report's words and
 * figures (report.DemandSpreadText over run.DemandSpread), per plan; nothing when demand is known.
 */
class DemandSpreadPagesTest {
    @TempDir Path dir;

    static Scenario desk(int agents, boolean uncertain) {
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(60);
        return TestScenarios.yaml("name: desk\nstart: 2026-11-01T08:00\nhorizon: 4h\nreplications: 12\nseed: 31\nservice_level_target: 20s\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {presale: 1.0}"
                + (uncertain ? ", uncertainty: {scale: {dist: lognormal, mean: 1, sd: 0.2}}" : "") + "}\n"
                + "buyers:\n  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}, conversion: 0.2, order_value: 100}\n"
                + "agents:\n  - {group: desk, skills: [presale], channel: phone, concurrency: 1, reply_time: {dist: exponential, mean: 3m}, monthly_pay: 4500}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + agents + "}]\n");
    }

    @SuppressWarnings("unchecked")
    static void sameFigures(Map<String, Object> expected, JsonNode got) {
        Map<String, Object> figs = (Map<String, Object>) expected.get("figures");
        assertEquals(figs.keySet(), iterable(got.get("figures").fieldNames()));
        for (Map.Entry<String, Object> f : figs.entrySet()) {
            Map<String, Object> e = (Map<String, Object>) f.getValue();
            for (String k : List.of("mean", "sd_demand", "sd_simulation", "demand_share_of_variance")) {
                assertEquals((Double) e.get(k), got.get("figures").get(f.getKey()).get(k).asDouble(), 1e-12, f.getKey() + "." + k);
            }
        }
    }

    static java.util.Set<String> iterable(java.util.Iterator<String> it) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    @Test
    void compareSaysEachPlansSplitInBothLanguagesAndNothingWhenDemandIsKnown() throws Exception {
        Comparison.Result r = Comparison.run(List.of(new Plan("base", desk(4, true)), new Plan("five", desk(5, true)), new Plan("known", desk(5, false))), 2, null);
        for (String lang : List.of("en", "zh")) {
            Text text = new Text(lang);
            Path d = Files.createDirectories(dir.resolve("compare-" + lang));
            WhatIfWriter.writeComparison(d, r, text, false);
            JsonNode du = ResultsWriter.JSON.readTree(d.resolve("compare.json").toFile()).get("demand_uncertainty");
            assertNotNull(du, "compare.json has demand_uncertainty");
            for (int k = 0; k < 2; k++) {
                Map<String, Object> expected = DemandSpread.json(r.plans().get(k).scenario(), r.runs().get(k));
                sameFigures(expected, du.get(r.plans().get(k).name()));
            }
            assertTrue(du.get("known").isNull(), "a plan with known demand has no split: " + du.get("known"));
            String html = Files.readString(d.resolve("compare.html"));
            assertTrue(html.contains(HtmlReport.esc(text.get("ds_plans_head"))), html);
            for (int k = 0; k < 2; k++) {
                for (String line : DemandSpreadText.figureLines(text, DemandSpread.json(r.plans().get(k).scenario(), r.runs().get(k)))) {
                    assertTrue(html.contains(HtmlReport.esc(line)), lang + ": " + line);
                }
            }
            assertTrue(html.contains(HtmlReport.esc(text.get("ds_known", "known"))), html);
        }
        assertTrue(Files.readString(dir.resolve("compare-zh/compare.html")).contains("方差中"), "the Chinese page says it in Chinese");

        // nothing when no plan's demand is uncertain
        Comparison.Result known = Comparison.run(List.of(new Plan("a", desk(4, false)), new Plan("b", desk(5, false))), 2, null);
        Path d = Files.createDirectories(dir.resolve("known"));
        WhatIfWriter.writeComparison(d, known, new Text("en"), false);
        assertFalse(ResultsWriter.JSON.readTree(d.resolve("compare.json").toFile()).has("demand_uncertainty"));
        assertFalse(Files.readString(d.resolve("compare.html")).contains("demand-uncertainty"));
    }

    @Test
    void sweepSaysEachPointsSplit() throws Exception {
        Sweep.Vary v = Sweep.parseVary("roster[0].agents=4,5");
        List<Sweep.Point> planned = List.of(new Sweep.Point(List.of("4"), desk(4, true), null, null), new Sweep.Point(List.of("5"), desk(5, true), null, null));
        Sweep.Result r = Sweep.run(List.of(v), planned, 2, null);
        for (String lang : List.of("en", "zh")) {
            Text text = new Text(lang);
            Path d = Files.createDirectories(dir.resolve("sweep-" + lang));
            WhatIfWriter.writeSweep(d, r, text, false);
            JsonNode points = ResultsWriter.JSON.readTree(d.resolve("sweep.json").toFile()).get("points");
            String html = Files.readString(d.resolve("sweep.html"));
            assertTrue(html.contains(HtmlReport.esc(text.get("ds_plans_head"))), html);
            for (int k = 0; k < 2; k++) {
                Sweep.Point p = r.points().get(k);
                Map<String, Object> expected = DemandSpread.json(p.scenario(), p.reps());
                sameFigures(expected, points.get(k).get("demand_uncertainty"));
                for (String line : DemandSpreadText.figureLines(text, expected)) assertTrue(html.contains(HtmlReport.esc(line)), lang + ": " + line);
            }
        }
    }

    @Test
    void staffSaysTheOriginalsAndTheOptimisedRostersSplit() throws Exception {
        for (String lang : List.of("en", "zh")) {
            Path out = dir.resolve("staff-" + lang);
            CliRunner.Result r = CliRunner.kefusim("staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8", "--per", "run",
                    "--set", "replications=10", "--set", "demand.uncertainty.scale.dist=lognormal", "--set", "demand.uncertainty.scale.mean=1",
                    "--set", "demand.uncertainty.scale.sd=0.2", "--lang", lang, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            Path run;
            try (var s = Files.list(out.resolve("classroom-response-time-staff"))) {
                run = s.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
            }
            JsonNode du = ResultsWriter.JSON.readTree(run.resolve("staffing.json").toFile()).get("demand_uncertainty");
            assertNotNull(du, "staffing.json has demand_uncertainty");
            assertTrue(du.has("original") && du.has("optimised"), du.toString());
            assertTrue(du.get("optimised").get("figures").get("arrived").get("demand_share_of_variance").asDouble() > 0.5,
                    "the day's scale explains most of the buyers' spread: " + du.get("optimised"));
            Text text = new Text(lang);
            String html = Files.readString(run.resolve("staff.html"));
            assertTrue(html.contains(HtmlReport.esc(text.get("ds_plans_head"))), html);
            assertTrue(html.contains("<b>" + HtmlReport.esc(text.get("sp_plan_optimised")) + "</b>"), html);
        }
    }
}
