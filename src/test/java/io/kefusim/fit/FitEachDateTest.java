package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import io.kefusim.demand.RateProfile;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * With two dates or more of a weekday the pattern is their mean; fit gives each date its own
 * volume ({@code demand.days[].scale}: its calls / its weekday pattern's) and its spike hours as
 * peaks, so that as run each date meets its own demand beside its own roster. Anonymous Bank,
 * both weeks: Wednesday 3 Feb 13:00 had 459 calls (counted) against 99 on 10 Feb.
 */
class FitEachDateTest {
    @TempDir
    Path dir;

    /**
     * By hand (PatienceAndPatternFitTest's two Mondays): 10 chats every hour, Monday 1 has 60 at
     * 10:00 (a spike, counted as 10), Monday 2 18 at 15:00. Pattern: 10 an hour, 14 at 15:00, 244 a
     * day. Monday 1's own volume 240 / 244, its 10:00 a peak of 60 / (10 × 240 / 244) = 6.1;
     * Monday 2's 248 / 244, no peak. The other weekdays have one date each: no scale of their own.
     */
    @Test
    void eachDatesScaleAndPeakByHand() {
        Fitter f = new Fitter();
        long monday1 = java.time.LocalDate.of(2026, 11, 2).toEpochDay(), monday2 = monday1 + 7;
        for (long day = monday1; day <= monday2; day++) {
            for (int h = 0; h < 24; h++) {
                int n = day == monday1 && h == 10 ? 60 : day == monday2 && h == 15 ? 18 : 10;
                for (int i = 0; i < n; i++) {
                    f.add(new Observed(day * 86400.0 + h * 3600 + i, "chat", RecordFormat.Outcome.ANSWERED, 0, 1, 1, null,
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, null));
                }
            }
        }
        FitResult r = new FitResult(f, "spiky");
        assertEquals(java.util.Set.of(monday1, monday2), r.dateScale.keySet());
        assertEquals(240.0 / 244, r.dateScale.get(monday1), 1e-12);
        assertEquals(248.0 / 244, r.dateScale.get(monday2), 1e-12);
        assertEquals(java.util.Set.of(10), r.datePeaks.get(monday1).keySet());
        assertEquals(6.1, r.datePeaks.get(monday1).get(10), 1e-12);
        assertNull(r.datePeaks.get(monday2));
    }

    @Test
    void eachRecordedDateHasItsOwnVolumeAndItsSpikes() throws Exception {
        Path bank = FitBotByHourTest.BANK;
        Assumptions.assumeTrue(Files.isRegularFile(bank), "the bank's records are not beside the project: " + bank.toAbsolutePath());
        CliRunner.Result r = CliRunner.kefusim("fit", bank.toString(), "--name", "both", "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        Path fitted;
        try (var l = Files.list(dir.resolve("fit/both-fit"))) {
            fitted = l.findFirst().orElseThrow().resolve("fitted.yaml");
        }
        Scenario s = ScenarioLoader.load(fitted, List.of());
        assertEquals(14, s.demand().days().size(), "every date of the two weeks");
        Scenario.DayAdjust wed3 = s.demand().days().get(2);
        assertEquals("1999-02-03", wed3.date().toString());
        assertEquals(0.972, wed3.scale());
        assertEquals(1, wed3.peaks().size());
        assertEquals(13 * 3600, wed3.peaks().get(0).fromSec());
        RateProfile rate = RateProfile.of(s);
        double day = 2 * 86400;
        // as run, 3 Feb 13:00-14:00 brings the records' 459 calls (the scales are written to 3 decimals)
        assertEquals(459, rate.expectedArrivals(day + 13 * 3600, day + 14 * 3600), 0.5);
        // and 10 Feb the same hour its own 99 (its weekday's cleaned mean is 99, its scale 1.028)
        assertEquals(99 * 1.028, rate.expectedArrivals(day + 7 * 86400 + 13 * 3600, day + 7 * 86400 + 14 * 3600), 0.05);
    }
}
