package io.kefusim.forecast;

import io.kefusim.fit.Fit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** kefusim forecast (issue 31): intervals that hold on held-out real days, and a growth recovered from the pre-heat. */
class ForecastTest {
    static final Path BANK = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");

    @Test
    void stated80PercentIntervalsHoldOnHeldOutDaysOfTheBanksRecords() {
        Assumptions.assumeTrue(Files.isReadable(BANK), "the real records are in ../shared/data");
        SortedMap<LocalDate, long[]> h = Fit.read(List.of(BANK), null, null).fitter().arrivalsByDate();
        Forecaster f = new Forecaster(h, Set.of(), 0.8);
        List<Forecaster.Day> held = f.backtest();
        double cover = Forecaster.intervalCoverage(held);
        assertTrue(cover >= 0.70 && cover <= 0.90, "80% intervals held in " + cover + " of " + Forecaster.openHours(held) + " open hours of " + held.size() + " held-out days");
    }

    /** Last year's Oct 22 – Nov 11 (Nov 11 a sale at 5x) and this year's Oct 22 – Nov 10 at {@code growth}: Poisson hours, day noise lognormal sd 0.1. */
    static SortedMap<LocalDate, long[]> history(double growth, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        SortedMap<LocalDate, long[]> h = new TreeMap<>();
        for (int year = 2025; year <= 2026; year++) {
            for (LocalDate d = LocalDate.of(year, 10, 22); !d.isAfter(LocalDate.of(year, 11, year == 2025 ? 11 : 10)); d = d.plusDays(1)) {
                double level = (year == 2026 ? growth : 1) * (d.getMonthValue() == 11 && d.getDayOfMonth() == 11 ? 5 : 1)
                        * Math.exp(0.1 * normal(rng) - 0.005);
                long[] c = new long[24];
                for (int k = 0; k < 24; k++) c[k] = PoissonSampler.of(rng, level * (30 + 25 * Math.sin(Math.PI * k / 24))).sample();
                h.put(d, c);
            }
        }
        return h;
    }

    private static double normal(UniformRandomProvider rng) {
        return org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    @Test
    void aKnownGrowthIsRecoveredFromThePreHeatWithinItsInterval() {
        LocalDate sale = LocalDate.of(2026, 11, 11), before = LocalDate.of(2025, 11, 11);
        Forecaster f = new Forecaster(history(1.3, 31), Set.of(before), 0.8);
        assertEquals(before, f.earlierSale(sale));
        Forecaster.Growth g = f.estimateGrowth(sale, before, 14);
        assertEquals(14, g.n());
        assertTrue(g.lo() <= 1.3 && 1.3 <= g.hi(), "growth " + g);
        Forecaster.Day day = f.sale(sale, g, f.errors(Set.of(before)));
        // the sale day: last year's shape times the growth
        assertEquals(g.value() * java.util.Arrays.stream(f.sale(sale, Forecaster.setGrowth(1, before), f.errors(Set.of(before))).expected()).sum(),
                day.total(), 1e-6 * day.total(), "shape times growth");
        assertTrue(day.totalLo() < day.total() && day.total() < day.totalHi());
        // and over 200 histories the 95% interval covers the true growth as often as a 95% interval should:
        // inside the central 99.9% of Binomial(200, 0.95)
        int covered = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Forecaster.Growth gs = new Forecaster(history(1.3, seed), Set.of(before), 0.8).estimateGrowth(sale, before, 14);
            if (gs.lo() <= 1.3 && 1.3 <= gs.hi()) covered++;
        }
        BinomialDistribution b = BinomialDistribution.of(200, 0.95);
        assertTrue(covered >= b.inverseCumulativeProbability(0.0005) && covered <= b.inverseCumulativeProbability(0.9995), "covered " + covered + " of 200");
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void theCommandWritesTheBacktestPageAndADemandBlockAScenarioCanRun() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(BANK), "the real records are in ../shared/data");
        var r = io.kefusim.cli.CliRunner.kefusim("forecast", BANK.toString(), "--for", "1999-02-15", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path run;
        try (var l = Files.list(dir.resolve("anonymous-bank-1999-02-01-to-14-forecast"))) {
            run = l.findFirst().orElseThrow();
        }
        for (String f : List.of("forecast.csv", "forecast.json", "forecast.html", "demand-1999-02-15.yaml")) assertTrue(Files.exists(run.resolve(f)), f);
        // forecast.csv: 24 forecast rows, 24 per held-out day
        assertEquals(1 + 24 + 24 * 14, Files.readAllLines(run.resolve("forecast.csv")).size());
        String block = Files.readString(run.resolve("demand-1999-02-15.yaml"));
        var s = io.kefusim.TestScenarios.yaml("name: from-forecast\nstart: 1999-02-15T00:00\nhorizon: 24h\nreplications: 2\nseed: 1\n"
                + block.replace("  scale: 1.0\n", "  scale: 1.0\n  mix: {presale: 1.0}\n")
                + "agents:\n  - {group: desk, skills: [presale], channel: phone, concurrency: 1, reply_time: {dist: exponential, mean: 3m}}\n"
                + "shifts: {day: {from: \"07:00\", to: \"19:00\"}}\nroster: [{group: desk, shift: day, agents: 10}]\n");
        assertTrue(s.demand().isUncertain());
        // the block's spread is the forecast's predictive day-level error, as forecast.json states it
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("forecast.json").toFile()).get("errors");
        double sLog = json.get("day_log_error_sd").asDouble() * Math.sqrt(1 + 1.0 / json.get("held_out_days").asInt());
        assertEquals(Math.sqrt(Math.exp(sLog * sLog) - 1), s.demand().uncertainty().scale().b(), 1e-4, "lognormal sd of mean 1 and log-sd s");
        // a bad date: one line naming the option and what is allowed, exit 2, nothing written
        var bad = io.kefusim.cli.CliRunner.kefusim("forecast", BANK.toString(), "--for", "15/02/1999", "--out", dir.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().strip().endsWith("--for: '15/02/1999' is not a date; allowed: YYYY-MM-DD"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad")));
    }
}
