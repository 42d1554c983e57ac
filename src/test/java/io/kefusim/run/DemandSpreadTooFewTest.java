package io.kefusim.run;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.report.DemandSpreadText;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * demand.uncertainty.peak with no peaks to scale reaches no buyer: said (inputs.unread) and left out of the
 * split; and a split the replications are too few for says so, and how many it needs, instead of a head and
 * no figure (the tester's unc.yaml at 5 replications: "figures": {}).
 */
class DemandSpreadTooFewTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");

    private static Scenario desk(String uncertainty, String days, int replications) {
        return TestScenarios.yaml("name: uncertain\nstart: 2026-11-11T08:00\nhorizon: 4h\nreplications: " + replications + "\nseed: 3\n"
                + "demand:\n  pattern: {hourly: [60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60]}\n  mix: {presale: 1.0}\n"
                + "  uncertainty: " + uncertainty + "\n" + days
                + "buyers:\n  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}, conversion: 0}\n"
                + "agents:\n  - {group: desk, skills: [presale], channel: phone, reply_time: {dist: exponential, mean: 3m}, monthly_pay: 4500}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 4}]\n");
    }

    private static final String BOTH = "{scale: {dist: lognormal, mean: 1, sd: 0.3}, peak: {dist: uniform, min: 0.8, max: 1.5}}";
    private static final String PEAKS = "  days: [{date: 2026-11-11, peaks: [{from: \"09:00\", to: \"10:00\", scale: 2}]}]\n";

    private static List<Warning> unread(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("inputs.unread")).toList();
    }

    @Test
    void aPeakWithNoPeaksIsSaidAndLeftOutOfTheSplit() {
        Scenario s = desk(BOTH, "", 5);
        List<Warning> ws = unread(s);
        assertEquals(1, ws.size(), ws.toString());
        assertEquals("test.yaml:9: demand.uncertainty.peak", ws.get(0).where().toString());
        assertEquals("no demand.days entry has peaks, so the peaks' size changes nothing: only demand.uncertainty.scale is drawn; "
                + "add the sale day's peaks, or delete peak", WarningText.say(EN, ws.get(0).said()));
        assertEquals("demand.days 中没有高峰，高峰规模不起作用：只抽取 demand.uncertainty.scale；请加上大促日的高峰，或删去 peak",
                WarningText.say(ZH, ws.get(0).said()));
        assertFalse(DemandSpread.peakUncertain(s));
        // 5 replications are enough for the scale alone: every headline figure split
        List<ReplicationMetrics> reps = Experiment.runCounters(s, 1);
        Map<String, Object> du = DemandSpreadText.section(s, reps);
        assertEquals(5, du.get("replications_needed"));
        assertEquals(List.of("arrived", "service_level", "abandon_share", "queue_wait.mean_s", "lost_sales"), List.copyOf(((Map<?, ?>) du.get("figures")).keySet()));
        assertFalse(du.containsKey("no_figures"));
        // with a peak to scale it is said nowhere and the split needs 8
        Scenario peaks = desk(BOTH, PEAKS, 5);
        assertEquals(List.of(), unread(peaks));
        assertTrue(DemandSpread.peakUncertain(peaks));
    }

    @Test
    void tooFewReplicationsSayHowManyTheSplitNeeds() {
        Scenario s = desk(BOTH, PEAKS, 5);
        Map<String, Object> du = DemandSpreadText.section(s, Experiment.runCounters(s, 1));
        assertEquals(Map.of(), du.get("figures"));
        assertEquals(8, du.get("replications_needed"));
        String en = "Not split: 5 replications are too few to tell demand's spread from the simulation's; the split needs at least 8 (--replications 8).";
        assertEquals(en, du.get("no_figures"));
        assertEquals("未拆分：5 次重复太少，无法区分需求的波动与仿真的波动；至少需要 8 次（--replications 8）。", du.get("no_figures_zh"));
        // the console's and report's block: the head, why, the method
        List<String> lines = DemandSpreadText.lines(EN, Map.of("demand_uncertainty", du));
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(en, lines.get(1));
    }
}
