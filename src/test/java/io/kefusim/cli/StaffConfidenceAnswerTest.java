package io.kefusim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * staff --confidence on tester22's classroom (60 buyers an hour, today 4 agents, the day's scale lognormal
 * mean 1 sd 0.1987, as a forecast writes it): the expected-demand roster (5 agents) already meets the goal in
 * every verified outcome, so it is the answer, not the quantile's 6.
 */
class StaffConfidenceAnswerTest {
    static final String CLASSROOM = """
            name: conf-classroom
            start: 2026-03-02T09:00
            horizon: 8h
            replications: 3
            seed: 2026
            interval: 1h
            service_level_target: 2m
            demand:
              pattern:
                hourly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 60, 60, 60, 60, 60, 60, 60, 0, 0, 0, 0, 0, 0, 0]
              mix: {presale: 1.0}
              uncertainty:
                scale: {dist: lognormal, mean: 1.0, sd: 0.1987}
            buyers:
              presale:
                patience: {dist: exponential, mean: 3m}
                messages: {dist: geometric, mean: 4}
                think_time: {dist: constant, value: 60s}
                conversion: 0.40
                order_value: 100
                conversion_interpolation: linear
                conversion_factor:
                  - {within: 0s,  factor: 1.0}
                  - {within: 1m,  factor: 0.9}
                  - {within: 5m,  factor: 0.6}
                  - {otherwise: 0.5}
            agents:
              - group: class
                skills: [presale]
                concurrency: 3
                reply_time: {dist: exponential, mean: 30s}
                monthly_pay: 4500
            shifts:
              workday: {from: "09:00", to: "17:00"}
            roster:
              - {group: class, shift: workday, agents: 4}
            """;

    @TempDir
    static Path dir;
    static CliRunner.Result en, zh;
    static Path enDir, zhDir;

    @BeforeAll
    static void run() throws Exception {
        Path f = dir.resolve("conf-classroom.yaml");
        Files.writeString(f, CLASSROOM);
        en = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--confidence", "0.9", "--draws", "20",
                "--out", dir.resolve("en").toString());
        zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--confidence", "0.9", "--draws", "20",
                "--lang", "zh", "--out", dir.resolve("zh").toString());
        enDir = dir.resolve("en/conf-classroom-staff/latest");
        zhDir = dir.resolve("zh/conf-classroom-staff/latest");
    }

    @Test
    void theExpectedDemandRosterIsTheAnswerWhenItAlreadyMeetsTheConfidence() throws Exception {
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("For the expected demand: 7 people employed (5 positions on the busiest day), labour cost 1,415 CNY; meets the goal in 20 of 20 demand outcomes"), en.out());
        assertTrue(en.out().contains("9 people employed (6 positions on the busiest day), labour cost 1,820 CNY; meets the goal in 20 of 20 demand outcomes"), en.out());
        assertTrue(en.out().contains("The roster for the expected demand already meets the goal in at least 90% of the demand outcomes: no extra cost."), en.out());
        assertFalse(en.out().contains("The extra certainty costs"), en.out());
        assertTrue(en.out().contains("With 7 people employed you meet the goal"), en.out());
        assertTrue(zh.out().contains("按预期需求的排班已在至少 90% 的需求情形下达标：无需额外成本。"), zh.out());
        // optimised.yaml is the 5-agent roster, the same as expected.yaml's
        String yaml = Files.readString(enDir.resolve("optimised.yaml"));
        assertTrue(yaml.contains("roster:\n- group: \"class\"\n  shift: \"workday\"\n  agents: 5\n"), yaml);
        String json = Files.readString(enDir.resolve("confidence.json"));
        assertTrue(json.contains("\"answer\" : \"expected\""), json);
        assertTrue(json.contains("\"verified\" : true"), json);
    }

    @Test
    void thePageAndJsonCarryTheConfidenceBlockTodaysRowAndNoProvenCheapestClaim() throws Exception {
        String page = Files.readString(enDir.resolve("staff.html"));
        assertTrue(page.contains("Against uncertain demand (--confidence)"), "heading");
        assertTrue(en.out().matches("(?s).*\\n[^\\n]*: [^\\n]*staff\\.html\\n.*"), "the console points at the page: " + en.out());
        for (String line : new String[]{"For the expected demand: 7 people employed (5 positions on the busiest day), labour cost 1,415 CNY; meets the goal in 20 of 20 demand outcomes",
                "For 90% of demand outcomes (staffed for the 90% quantile, scale x1.26): 9 people employed (6 positions on the busiest day)", "already meets the goal in at least 90% of the demand outcomes: no extra cost",
                "With 7 people employed you meet the goal unless buyers exceed the forecast"}) {
            assertTrue(page.contains(line), line);
        }
        assertFalse(page.contains("proven within the bounds"), "no proven-cheapest verdict");
        assertFalse(page.contains("the best is the cheapest in the bounds"), "no proof note without its day");
        assertTrue(page.contains("(not proven cheapest)"), "the verdict says what was found");
        assertTrue(page.contains("5 (now 4)"), "today's 4 agents beside the new 5");
        String zhPage = Files.readString(zhDir.resolve("staff.html"));
        assertTrue(zhPage.contains("面对不确定的需求（--confidence）") && zhPage.contains("按预期需求的排班已在至少 90% 的需求情形下达标：无需额外成本"), "zh block");
        assertTrue(zhPage.contains("5（现为 4）"), "zh today's");
        // comparison.csv: today's row (simulated on the day the answer was staffed for) before the new one
        java.util.List<String> csv = Files.readAllLines(enDir.resolve("comparison.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("original,") && csv.get(1).contains(",no,") && csv.get(2).startsWith("optimised,") && csv.get(2).contains(",yes,"), String.join("\n", csv));
        String json = Files.readString(enDir.resolve("staffing.json"));
        assertTrue(json.contains("\"proven_cheapest\" : false"), json);
        assertTrue(json.matches("(?s).*\"confidence\" : \\{.*\"scale_staffed_for\" : 1\\.2.*\"answer\" : \"expected\".*"), json);
        assertTrue(json.matches("(?s).*\"plan\" : \"original\".*"), json);
    }
    @Test
    void theRostersWrittenHaveNoPeakTheInputDidNotHaveAndValidateQuietly() throws Exception {
        for (String f : new String[]{"optimised.yaml", "expected.yaml"}) {
            String yaml = Files.readString(enDir.resolve(f));
            assertTrue(yaml.contains("  uncertainty:\n    scale:\n      dist: \"lognormal\"\n"), yaml);
            assertFalse(yaml.contains("peak:"), f + " writes no peak the input left out");
            CliRunner.Result v = CliRunner.kefusim("validate", enDir.resolve(f).toString());
            assertEquals(0, v.code(), v.err());
            assertFalse((v.out() + v.err()).contains("warning"), v.out() + v.err());
        }
        assertFalse(Files.readString(enDir.resolve("staff.html")).contains("inputs.unread"));
        // a peak the input gave is written back
        var u = new io.kefusim.scenario.DemandUncertainty(io.kefusim.scenario.DemandUncertainty.Multiplier.ONE,
                io.kefusim.scenario.DemandUncertainty.Multiplier.lognormal(1, 0.3), 1);
        assertEquals("{peak={dist=lognormal, mean=1.0, sd=0.3}}", u.written().toString());
    }
}
