package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Simulate a desk with known behaviour, write its per-chat and per-message records, fit them,
 * and find every known parameter inside the fitted 95% interval (fixed seed): patience with
 * heavy censoring (most buyers are answered before their patience runs out), messages per
 * chat, the agents' reply time separated from the buyers' wait, think time, bot deflection,
 * the mix and the concurrency.
 */
class FitRoundTripTest {
    @TempDir
    Path dir;

    static final String KNOWN = """
            name: known
            start: 2026-11-02T00:00
            horizon: 7d
            replications: 1
            seed: 77
            demand:
              pattern: {hourly: [20,10,6,4,4,6,12,30,60,90,110,110,100,100,110,110,100,90,90,100,120,120,90,50]}
              mix: {presale: 0.7, aftersale: 0.3}
            buyers:
              presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 60s, sd: 40s}, bot_deflection: 0.1}
              aftersale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 60s, sd: 40s}, bot_deflection: 0.1}
            agents:
              - {group: desk, skills: [presale, aftersale], concurrency: 3, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}
            shifts: {all: {from: "00:00", to: "24:00"}}
            roster: [{group: desk, shift: all, agents: 7}]
            """;

    @Test
    void recoversEveryKnownParameter() throws Exception {
        Path simDir = RoundTrip.simulate(dir, KNOWN);
        Path fitDir = RoundTrip.fit(dir, simDir.resolve("chats.csv"), simDir.resolve("messages.csv"));
        JsonNode est = RoundTrip.estimates(fitDir);
        JsonNode presale = est.get("buyers").get("presale");

        JsonNode p = presale.get("patience");
        double censored = 1 - p.get("gave_up").asDouble() / p.get("waited").asDouble();
        System.out.printf("  fit round trip: patience %.1f s [%.1f, %.1f] (%.0f%% censored); reply %.2f s sd %.2f; think %.2f s sd %.2f; messages %.3f%n",
                p.get("mean_s").asDouble(), p.get("ci95_low_s").asDouble(), p.get("ci95_high_s").asDouble(), censored * 100,
                est.get("reply_time").get("mean_s").asDouble(), est.get("reply_time").get("sd_s").asDouble(),
                est.get("think_time").get("mean_s").asDouble(), est.get("think_time").get("sd_s").asDouble(), presale.get("messages").get("mean").asDouble());
        assertTrue(censored > 0.8, "heavy censoring: " + censored);
        inside("patience mean", 180, p.get("ci95_low_s").asDouble(), p.get("ci95_high_s").asDouble());
        inside("messages per chat", 6, presale.get("messages").get("ci95").get(0).asDouble(), presale.get("messages").get("ci95").get(1).asDouble());
        inside("reply mean", 30, est.get("reply_time").get("mean_ci95").get(0).asDouble(), est.get("reply_time").get("mean_ci95").get(1).asDouble());
        inside("reply sd", 20, est.get("reply_time").get("sd_ci95").get(0).asDouble(), est.get("reply_time").get("sd_ci95").get(1).asDouble());
        inside("think mean", 60, est.get("think_time").get("mean_ci95").get(0).asDouble(), est.get("think_time").get("mean_ci95").get(1).asDouble());
        inside("think sd", 40, est.get("think_time").get("sd_ci95").get(0).asDouble(), est.get("think_time").get("sd_ci95").get(1).asDouble());
        JsonNode bot = presale.get("bot_deflection");
        double share = bot.get("share").asDouble(), n = bot.get("of").asDouble(), h = 1.96 * Math.sqrt(share * (1 - share) / n);
        inside("bot deflection", 0.1, share - h, share + h);
        long presaleChats = est.get("mix").get("presale").get("chats").asLong(), aftersaleChats = est.get("mix").get("aftersale").get("chats").asLong();
        double mix = (double) presaleChats / (presaleChats + aftersaleChats), hm = 1.96 * Math.sqrt(mix * (1 - mix) / (presaleChats + aftersaleChats));
        inside("presale share", 0.7, mix - hm, mix + hm);

        // chats per hour: each weekday has one date here, so each hour's interval is Poisson; about 95% must cover the truth
        int[] truth = {20, 10, 6, 4, 4, 6, 12, 30, 60, 90, 110, 110, 100, 100, 110, 110, 100, 90, 90, 100, 120, 120, 90, 50};
        int covered = 0, total = 0;
        for (JsonNode day : est.get("arrivals_by_weekday")) {
            for (int hr = 0; hr < 24; hr++) {
                total++;
                if (day.get("ci95_low").get(hr).asDouble() <= truth[hr] && truth[hr] <= day.get("ci95_high").get(hr).asDouble()) covered++;
            }
        }
        assertTrue(covered >= 0.88 * total, "hourly arrival intervals cover the true rate in " + covered + " of " + total);

        String yaml = Files.readString(fitDir.resolve("fitted.yaml"));
        assertTrue(yaml.contains("concurrency: 3 "), "the concurrency the records show");
        assertTrue(yaml.contains("# censored MLE:"), yaml);
        // the fitted scenario runs as is
        RoundTrip.runsAsIs(dir, fitDir);
        assertTrue(Files.exists(fitDir.resolve("fit.html")));
    }

    private static void inside(String what, double truth, double low, double high) {
        assertTrue(low <= truth && truth <= high, what + ": true value " + truth + " outside the fitted 95% interval [" + low + ", " + high + "]");
    }
}
