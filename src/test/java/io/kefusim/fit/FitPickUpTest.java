package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fitG: the Anonymous Bank's week 1 took 50.5% of its answered callers at once; at the chosen idle
 * gap (15 min) fit's replay took 56.7% and the file as run 63.8%, with service levels 58.5% and 63.1%
 * against 57.1%. fit now writes a pick-up for the callers who find an agent free: the share
 * 1 − 50.5 / √(56.7 × 63.8) = 0.1596, exponential, its mean from the records' short waits (11.5 s,
 * the 972 answered who waited 1–20 s) and one secant step to 18.0 s, where the mean of the replay's
 * and the file as run's service level (55.1%, 58.8%) is within half a point of the records'.
 */
class FitPickUpTest {
    @Test
    void weekOneGetsAPickUpThatBringsTheFileAsRunToTheRecords() throws Exception {
        Path run = BankWeekOne.fitRun();
        JsonNode p = new ObjectMapper().readTree(run.resolve("fit.json").toFile()).get("estimates").get("pick_up");
        assertEquals(0.5053, p.get("records").get("answered_at_once").asDouble(), 0.00005);
        assertEquals(972, p.get("records").get("short_waits").asInt());
        assertEquals(11.46, p.get("records").get("short_wait_mean_s").asDouble(), 0.005);
        assertEquals(0.5668, p.get("without").get("replay_answered_at_once").asDouble(), 0.00005);
        assertEquals(0.6378, p.get("without").get("as_run_answered_at_once").asDouble(), 0.00005);
        JsonNode w = p.get("written");
        assertEquals(0.1596, w.get("share").asDouble(), 0.00005);
        assertEquals(17.98, w.get("mean_s").asDouble(), 0.005);
        assertEquals(2, p.get("steps").size());
        // the file as run with it: service level 58.8% (was 63.1%), taken at once 53.0% (was 63.8%); the replay 55.1% and 47.1%
        assertEquals(0.588, w.get("as_run_service_level").asDouble(), 0.0005);
        assertEquals(0.530, w.get("as_run_answered_at_once").asDouble(), 0.0005);
        assertEquals(0.551, w.get("replay_service_level").asDouble(), 0.0005);
        assertEquals(0.471, w.get("replay_answered_at_once").asDouble(), 0.0005);

        String yaml = Files.readString(run.resolve("fitted.yaml"));
        assertTrue(yaml.contains("    pick_up: {dist: exponential, mean: 18.0s}   # a free agent answers some callers only after a few seconds"), yaml);
        assertTrue(yaml.contains("    pick_up_share: 0.1596   # "), yaml);
        Scenario s = ScenarioLoader.fromYaml(yaml, "fitted.yaml", null);
        assertEquals(0.1596, s.groups().get(0).pickUpShare(), 0.00005);
        assertEquals(17.98, s.groups().get(0).pickUp().a(), 0.05);

        String html = Files.readString(run.resolve("fit.html"));
        assertTrue(html.contains("Pick-up (fitted.yaml pick_up): 16.0% of the callers who find an agent free wait for it to answer"), "fit.html says it");
        // and the console, where the fit is read first (tester23: only fit.html, fit.json and fitted.yaml said it)
        assertTrue(BankWeekOne.fitResult.out().contains("Pick-up fitted: 16.0% of the callers who find an agent free wait for it to answer, 18 s on average"
                + " (agents[].pick_up in fitted.yaml), so that the file takes at once about the share the records did (50.5%)"), BankWeekOne.fitResult.out());
    }
}
