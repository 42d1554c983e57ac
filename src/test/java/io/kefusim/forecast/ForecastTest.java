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
        System.out.println("held-out days " + held.size() + ", open hours " + Forecaster.openHours(held) + ", hourly coverage " + cover
                + ", day coverage " + Forecaster.dayCoverage(held));
        assertTrue(cover >= 0.70 && cover <= 0.90, "80% intervals held in " + cover + " of open hours");
    }
}
