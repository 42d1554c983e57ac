package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StaffCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesARunnableRosterAndTheComparison() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "service-level>=0.9",
                "--replications", "6", "--out", dir.toString(), "--png");
        assertEquals(0, r.code(), r.err());
        Path run;
        try (var l = Files.list(dir.resolve("small-shop-ordinary-day-staff"))) {
            run = l.findFirst().orElseThrow();
        }
        for (String f : List.of("optimised.yaml", "staffing.csv", "comparison.csv", "staffing.json", "charts/requirement_service.svg",
                "charts/requirement_service.png")) {
            assertTrue(Files.exists(run.resolve(f)), f);
        }
        Scenario optimised = ScenarioLoader.load(run.resolve("optimised.yaml"), List.of());
        assertEquals(2, optimised.teams().size(), "the rotation is kept; only team sizes change");
        assertTrue(Files.readString(run.resolve("comparison.csv")).contains("original"));
        assertTrue(r.out().contains("optimised.yaml"));
        // staff.html opens with the answer, in the same numbers as staffing.json
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("staffing.json").toFile());
        var plans = json.get("plans");
        double pay = plans.get(plans.size() - 1).get("scheduledPay").asDouble();
        String html = Files.readString(run.resolve("staff.html"));
        String verdict = html.substring(html.indexOf("<p class=\"verdict\">"), html.indexOf("</p>", html.indexOf("<p class=\"verdict\">")));
        assertTrue(verdict.contains(io.kefusim.report.Format.whole(pay) + " CNY in scheduled pay"), verdict);
        assertTrue(html.contains("The roster: agents per shift and date"), "the shift plan");
    }

    @Test
    void badGoalsAndOptionsAreOneLine() {
        CliRunner.Result r = CliRunner.kefusim("staff", "scenarios/classroom-response-time.yaml", "--target", "quick", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("error: --target: 'quick' is not a goal; allowed:"), r.err());
        r = CliRunner.kefusim("staff", "scenarios/classroom-response-time.yaml", "--target", "abandon<=0.05", "--per", "hour", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("allowed: interval, day, run"), r.err());
        r = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--handle: '3' has no unit"), r.err());
        try (var l = Files.list(dir)) {
            assertEquals(0, l.count(), "no results folders");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void erlangCalculatorAnswers() {
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "200", "--handle", "3m", "--target", "20s", "--level", "0.8");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Agents needed: 14"), r.out());
        CliRunner.Result a = CliRunner.kefusim("erlang", "--rate", "300", "--handle", "8m", "--patience", "3m", "--concurrency", "3");
        assertTrue(a.out().contains("APPROXIMATION"), a.out());
        // concurrency > 1: one person types one reply at a time; the model is named first, then the desk
        assertTrue(a.out().startsWith("Model: chat desk, up to 3 chats per agent"), a.out());
        assertTrue(a.out().lines().skip(1).findFirst().orElseThrow().startsWith("Chat desk (message model)"), a.out());
    }

    @Test
    void theSameSeedGivesTheSameRoster() throws Exception {
        // by date on the sale: many equally cheap rosters, which a parallel integer solver picked between at random
        String[] args = {"staff", "scenarios/double11-medium-shop.yaml", "--target", "service-level>=0.8", "--by-date",
                "--replications", "3", "--max-simulations", "12"};
        List<String> rosters = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Path out = dir.resolve("same-" + k);
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--out";
            all[args.length + 1] = out.toString();
            CliRunner.Result r = CliRunner.kefusim(all);
            assertTrue(r.code() == 0 || r.code() == 3, r.err());
            try (var l = Files.walk(out)) {
                rosters.add(Files.readString(l.filter(p -> p.endsWith("staffing.json")).findFirst().orElseThrow()));
            }
        }
        assertEquals(rosters.get(0), rosters.get(1), "same seed, same roster");
    }
}
