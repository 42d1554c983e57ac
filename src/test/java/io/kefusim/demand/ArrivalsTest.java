package io.kefusim.demand;

import io.kefusim.TestScenarios;
import io.kefusim.engine.RandomStreams;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ArrivalsTest {
    private static final String FLAT = "[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]";

    @Test
    void rateProfileAppliesDayScalePeaksAndGlobalScale() {
        Scenario s = TestScenarios.yaml("name: d\nstart: 2026-11-10T00:00\nhorizon: 3d\n"
                + "demand:\n  pattern: {hourly: " + FLAT + "}\n  scale: 1.5\n"
                + "  days: [{date: 2026-11-11, scale: 6, peaks: [{from: \"00:00\", to: \"01:00\", scale: 4}, {from: \"20:00\", to: \"22:00\", scale: 2}]},\n"
                + "         {date: 2026-11-12, peaks: [{from: \"23:00\", to: \"01:00\", scale: 3}]}]\n"
                + "  mix: {presale: 1}\n"
                + "agents: [{group: g, skills: [presale]}]\nshifts: {d: {from: \"08:00\", to: \"20:00\"}}\nroster: [{group: g, shift: d, agents: 1}]\n");
        RateProfile p = RateProfile.of(s);
        // 10 Nov: 24 h * 100 * 1.5
        assertEquals(3600, p.expectedArrivals(0, 86400), 1e-6);
        // 11 Nov: 1.5 * 6 * 100 * (1*4 + 2*2 + 21*1) = 26100
        assertEquals(26100, p.expectedArrivals(86400, 2 * 86400), 1e-6);
        // 12 Nov: 23 h plain + 23:00-24:00 x3 (the peak runs past the horizon end)
        assertEquals(1.5 * 100 * (23 + 3), p.expectedArrivals(2 * 86400, 3 * 86400), 1e-6);
    }

    @Test
    void quarterHourlyPatternAndWeekdays() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 96; i++) q.append(i == 0 ? "" : ",").append(i < 4 ? 400 : 0);
        StringBuilder sat = new StringBuilder();
        for (int i = 0; i < 96; i++) sat.append(i == 0 ? "" : ",").append(10);
        // 2026-11-14 is a Saturday
        Scenario s = TestScenarios.yaml("name: q\nstart: 2026-11-13T00:00\nhorizon: 2d\n"
                + "demand: {pattern: {quarter_hourly: [" + q + "], weekdays: {sat: [" + sat + "]}}, mix: {presale: 1}}\n"
                + "agents: [{group: g, skills: [presale]}]\nshifts: {d: {from: \"08:00\", to: \"20:00\"}}\nroster: [{group: g, shift: d, agents: 1}]\n");
        RateProfile p = RateProfile.of(s);
        assertEquals(400, p.expectedArrivals(0, 3600), 1e-9);
        assertEquals(0, p.expectedArrivals(3600, 86400), 1e-9);
        assertEquals(240, p.expectedArrivals(86400, 2 * 86400), 1e-9);
    }

    @Test
    void poissonCountsHaveTheExpectedMeanAndVariance() {
        Scenario s = TestScenarios.yaml("name: n\nstart: 2026-11-11T00:00\nhorizon: 1d\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,50,50,50,50,200,200,50,50,50,50,50,300,300,100,10,10]}, "
                + "days: [{date: 2026-11-11, peaks: [{from: \"20:00\", to: \"20:30\", scale: 5}]}], mix: {presale: 0.7, aftersale: 0.3}}\n"
                + "agents: [{group: g, skills: [presale, aftersale]}]\nshifts: {d: {from: \"08:00\", to: \"20:00\"}}\nroster: [{group: g, shift: d, agents: 1}]\n");
        RateProfile p = RateProfile.of(s);
        double expected = p.expectedArrivals();
        int reps = 400;
        double sum = 0, sumSq = 0, presale = 0;
        for (int r = 0; r < reps; r++) {
            RandomStreams rs = RandomStreams.forReplication(7, r);
            PatternArrivals a = new PatternArrivals(s, p, rs.get(RandomStreams.Source.ARRIVALS), rs.get(RandomStreams.Source.MIX));
            int n = 0;
            double last = -1;
            while (a.next()) {
                assertTrue(a.time() >= last && a.time() < s.horizon());
                last = a.time();
                n++;
                if (a.type() == 0) presale++;
            }
            sum += n;
            sumSq += (double) n * n;
        }
        double mean = sum / reps, var = (sumSq - reps * mean * mean) / (reps - 1);
        // mean: 4 standard errors of a Poisson count's mean; variance of a Poisson count = its mean
        assertEquals(expected, mean, 4 * Math.sqrt(expected / reps));
        assertEquals(1.0, var / expected, 4 * Math.sqrt(2.0 / (reps - 1)));
        assertEquals(0.7, presale / sum, 4 * Math.sqrt(0.21 / sum));
    }
}
