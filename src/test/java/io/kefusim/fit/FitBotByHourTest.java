package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code fit} writes the bot's share by clock hour ({@code bot_deflection: {hourly: [...]}}) for a
 * type whose own hours differ materially from its day, and the one number otherwise
 * (docs/reference/fitting.md, "The bot's share by the hour").
 */
class FitBotByHourTest {
    @TempDir
    Path dir;

    /** Presale: the bot ends every chat 0:00-5:59, a tenth by day; aftersale a tenth all day. */
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
              presale: {patience: {dist: exponential, mean: 3m}, bot_deflection: {hourly: [1, 1, 1, 1, 1, 1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]}}
              aftersale: {patience: {dist: exponential, mean: 3m}, bot_deflection: 0.1}
            agents:
              - {group: desk, skills: [presale, aftersale], concurrency: 3, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}
            shifts: {all: {from: "00:00", to: "24:00"}}
            roster: [{group: desk, shift: all, agents: 7}]
            """;

    @Test
    void aTypeWhoseNightDiffersIsFittedByTheHourAndTheOtherByOneNumber() throws Exception {
        Path sim = RoundTrip.simulate(dir, KNOWN);
        Path fit = RoundTrip.fit(dir, sim.resolve("chats.csv"), sim.resolve("messages.csv"));
        Scenario s = ScenarioLoader.load(fit.resolve("fitted.yaml"), List.of());
        Scenario.BuyerType presale = s.buyers().get(s.typeIndex("presale")), aftersale = s.buyers().get(s.typeIndex("aftersale"));
        assertTrue(presale.botHourly());
        for (int h = 0; h < 6; h++) assertEquals(1.0, presale.botDeflection(h), "hour " + h);
        for (int h = 6; h < 24; h++) assertEquals(0.1, presale.botDeflection(h), 0.1, "hour " + h); // 30-500 chats an hour
        // aftersale's own hours are all about a tenth: one number (its night hours are few; another type's night does not decide)
        assertFalse(aftersale.botHourly());
        assertEquals(0.1, aftersale.botDeflection(), 0.03);
        JsonNode bot = RoundTrip.estimates(fit).get("buyers").get("presale").get("bot_deflection");
        assertEquals(24, bot.get("hourly").size());
        assertEquals(1.0, bot.get("hourly").get(0).asDouble());
        assertFalse(RoundTrip.estimates(fit).get("buyers").get("aftersale").get("bot_deflection").has("hourly"));
    }

    static final Path BANK = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");

    @Test
    void theBanksWeekOneIsFittedByTheHourWithItsClosedNights() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BANK), "the bank's records are not beside the project: " + BANK.toAbsolutePath());
        List<String> lines = Files.readAllLines(BANK, StandardCharsets.UTF_8);
        List<String> first = new ArrayList<>(List.of(lines.get(0)));
        int dateColumn = List.of(lines.get(0).split("\t")).indexOf("date");
        for (String l : lines.subList(1, lines.size())) if (Integer.parseInt(l.split("\t")[dateColumn]) <= 990207) first.add(l);
        Path w1 = dir.resolve("week1.tsv");
        Files.write(w1, first, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.kefusim("fit", w1.toString(), "--name", "week1", "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        Path fitted;
        try (var l = Files.list(dir.resolve("fit/week1-fit"))) {
            fitted = l.findFirst().orElseThrow().resolve("fitted.yaml");
        }
        Scenario s = ScenarioLoader.load(fitted, List.of());
        // regular service (PS): 11 of 11 calls at 0:00 and 20 of 20 at 6:00 ended in the voice-response unit,
        // 1-5 am are quiet (under 10 calls of the type an hour; 1 and 5 am have 10 or more of all types, 2-4 am are
        // pooled, 13 calls), all ended there; 0 of 190 at 7:00
        Scenario.BuyerType ps = s.buyers().get(s.typeIndex("ps"));
        assertTrue(ps.botHourly());
        for (int h = 0; h < 7; h++) assertEquals(1.0, ps.botDeflection(h), "hour " + h);
        assertEquals(0.0, ps.botDeflection(7));
        assertEquals(0.0107, ps.botDeflection(8)); // 4 of the 374 arrivals fit counts at 8:00 (379 rows less the callers' retrials, which the model adds back)
        // prospective customers (NW): 14 of 17 at 0:00
        assertEquals(14.0 / 17, s.buyers().get(s.typeIndex("nw")).botDeflection(0), 1e-4);
        // English-speaking regular service (PE, 54 calls): no hour of its own has 10 calls: one number, as before
        Scenario.BuyerType pe = s.buyers().get(s.typeIndex("pe"));
        assertFalse(pe.botHourly());
        assertEquals(0.0926, pe.botDeflection(), 1e-4);
    }
}
