package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25's round trip: a phone desk with known retrials and priority classes is simulated
 * ({@code run --records}: chats.csv with the buyer_id that ties a retrial to its buyer), fitted,
 * and every known parameter is found inside its fitted 95% interval (fixed seed): each type's
 * retrial probability and mean delay, the priority classes, the patience, the people's mix (the
 * retried contacts taken back out of the arrivals) and the bot's share of people.
 */
class RetrialRoundTripTest {
    @TempDir
    Path dir;

    static final String KNOWN = """
            name: known
            start: 2026-11-02T00:00
            horizon: 2d
            replications: 1
            seed: 2525
            demand:
              pattern: {hourly: [140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140,140]}
              mix: {ordinary: 0.7, vip: 0.3}
            buyers:
              ordinary: {patience: {dist: exponential, mean: 3m}, bot_deflection: 0.1, retrial: {probability: 0.3, delay: {dist: exponential, mean: 4m}}}
              vip: {patience: {dist: exponential, mean: 3m}, bot_deflection: 0.1, priority: 1, retrial: {probability: 0.6, delay: {dist: exponential, mean: 2m}}}
            agents:
              - {group: desk, skills: [ordinary, vip], channel: phone, queue_order: arrival, reply_time: {dist: exponential, mean: 4m}}
            shifts: {all: {from: "00:00", to: "24:00"}}
            roster: [{group: desk, shift: all, agents: 9}]
            """;

    @Test
    void recoversRetrialsAndPriorityClasses() throws Exception {
        Path scenario = dir.resolve("known.yaml");
        Files.writeString(scenario, KNOWN);
        CliRunner.Result run = CliRunner.kefusim("run", scenario.toString(), "--records", "--out", dir.resolve("sim").toString());
        assertEquals(0, run.code(), run.err());
        Path simDir;
        try (var l = Files.list(dir.resolve("sim/known"))) {
            simDir = l.findFirst().orElseThrow();
        }
        assertTrue(Files.readString(simDir.resolve("chats.csv")).lines().findFirst().orElseThrow().endsWith(",buyer_id"));
        CliRunner.Result fit = CliRunner.kefusim("fit", simDir.resolve("chats.csv").toString(), "--out", dir.resolve("fit").toString(), "--name", "refit");
        assertEquals(0, fit.code(), fit.err());
        Path fitDir;
        try (var l = Files.list(dir.resolve("fit/refit-fit"))) {
            fitDir = l.findFirst().orElseThrow();
        }
        JsonNode est = new ObjectMapper().readTree(fitDir.resolve("fit.json").toFile()).get("estimates");
        JsonNode byType = est.get("retrials").get("by_type");
        for (String[] t : new String[][]{{"ordinary", "0.3", "240"}, {"vip", "0.6", "120"}}) {
            JsonNode r = byType.get(t[0]);
            System.out.printf("  retrial round trip %s: p %.4f %s (%d of %d), delay %.1f s %s%n", t[0], r.get("probability").asDouble(), r.get("probability_ci95"),
                    r.get("came_back").asLong(), r.get("gave_up_identified").asLong(), r.get("delay_mean_s").asDouble(), r.get("delay_mean_ci95"));
            assertTrue(r.get("gave_up_identified").asLong() >= 100, "enough buyers gave up to test: " + r);
            inside(t[0] + " retrial probability", Double.parseDouble(t[1]), r.get("probability_ci95"));
            inside(t[0] + " retrial delay mean", Double.parseDouble(t[2]), r.get("delay_mean_ci95"));
        }
        JsonNode prio = est.get("priority");
        assertEquals(1, prio.get("classes").get("vip").asInt(), prio.toString());
        assertEquals(0, prio.get("classes").get("ordinary").asInt(), prio.toString());
        // within one class nobody overtakes (one queue, first come first served)
        assertEquals(0, prio.get("pairs").get("ordinary over ordinary").get("overtook").asLong());

        for (String t : new String[]{"ordinary", "vip"}) {
            JsonNode p = est.get("buyers").get(t).get("patience");
            System.out.printf("  patience %s: %.1f s [%.1f, %.1f]%n", t, p.get("mean_s").asDouble(), p.get("ci95_low_s").asDouble(), p.get("ci95_high_s").asDouble());
            assertTrue(p.get("ci95_low_s").asDouble() <= 180 && 180 <= p.get("ci95_high_s").asDouble(), t + " patience " + p);
            JsonNode bot = est.get("buyers").get(t).get("bot_deflection");
            double share = bot.get("share").asDouble(), n = bot.get("of").asDouble(), h = 1.96 * Math.sqrt(share * (1 - share) / n);
            assertTrue(share - h <= 0.1 && 0.1 <= share + h, t + " bot share of people " + share + " ± " + h);
        }
        long ordinary = est.get("mix").get("ordinary").get("chats").asLong(), vip = est.get("mix").get("vip").get("chats").asLong();
        double mix = (double) ordinary / (ordinary + vip), hm = 1.96 * Math.sqrt(mix * (1 - mix) / (ordinary + vip));
        System.out.printf("  people's mix: ordinary %.4f ± %.4f (truth 0.7)%n", mix, hm);
        assertTrue(Math.abs(mix - 0.7) <= hm, "the people's mix, retrials taken out: " + mix + " ± " + hm);

        String yaml = Files.readString(fitDir.resolve("fitted.yaml"));
        assertTrue(yaml.contains("retrial: {probability:"), yaml);
        assertTrue(yaml.contains("priority: 1"), yaml);
        CliRunner.Result again = CliRunner.kefusim("run", fitDir.resolve("fitted.yaml").toString(), "--replications", "2", "--out", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
    }

    private static void inside(String what, double truth, JsonNode ci) {
        assertTrue(ci.get(0).asDouble() <= truth && truth <= ci.get(1).asDouble(), what + ": true value " + truth + " outside the fitted 95% interval " + ci);
    }
}
