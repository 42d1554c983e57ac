package io.kefusim.fit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 25's fit pieces with known answers: Weibull patience, the θ check, one-off spikes, overtaking. */
class PatienceAndPatternFitTest {

    /**
     * Censored Weibull waits with known shape 0.7 and scale 300 s (the bank's prospective customers
     * look like this: shape below 1), censored by exponential service at mean 120 s (most buyers
     * are taken first): the profile-likelihood 95% interval of the shape covers 0.7 and the
     * likelihood-ratio test rejects the exponential. With exponential patience (shape 1) it is not
     * rejected and the interval covers 1. Fixed seeds.
     */
    @Test
    void weibullShapeIsRecoveredFromCensoredWaits() {
        double[] wb = censored(0.7, 300, 1);
        System.out.printf("  Weibull fit: shape %.3f [%.3f, %.3f], scale %.1f s, LR p %.3g%n", wb[0], wb[2], wb[3], wb[1], wb[4]);
        assertTrue(wb[2] <= 0.7 && 0.7 <= wb[3], "shape 0.7 inside " + wb[2] + " .. " + wb[3]);
        assertTrue(wb[4] < 0.05, "the exponential is rejected");
        double[] ex = censored(1.0, 300, 2);
        System.out.printf("  exponential data: shape %.3f [%.3f, %.3f], LR p %.3g%n", ex[0], ex[2], ex[3], ex[4]);
        assertTrue(ex[2] <= 1 && 1 <= ex[3], "shape 1 inside " + ex[2] + " .. " + ex[3]);
    }

    /** The fit is worked out once and kept (the fitted text asks for it once per idle gap tried), but a wait added after it is not ignored. */
    @Test
    void theWeibullFitKeptIsTheFitOfEveryWaitAdded() {
        Patience p = new Patience(), fresh = new Patience();
        for (int i = 1; i <= 40; i++) {
            p.gaveUp(10 * i);
            fresh.gaveUp(10 * i);
            p.answeredAfter(5 * i);
            fresh.answeredAfter(5 * i);
        }
        double[] first = p.weibull();
        first[0] = -1; // a caller changing the array it was given changes nothing kept
        assertArrayEquals(fresh.weibull(), p.weibull());
        for (int i = 1; i <= 40; i++) {
            p.gaveUp(1000 + i);
            p.answeredAfter(2000 + i);
        }
        double[] later = p.weibull();
        Patience all = new Patience();
        for (int i = 1; i <= 40; i++) {
            all.gaveUp(10 * i);
            all.answeredAfter(5 * i);
        }
        for (int i = 1; i <= 40; i++) {
            all.gaveUp(1000 + i);
            all.answeredAfter(2000 + i);
        }
        assertArrayEquals(all.weibull(), later, "the fit after more waits is the fit of all of them");
        assertNotEquals(fresh.weibull()[1], later[1], "and not the one kept before");
    }

    private static double[] censored(double shape, double scale, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Patience p = new Patience();
        for (int i = 0; i < 20_000; i++) {
            double patience = scale * Math.pow(-Math.log(1 - rng.nextDouble()), 1 / shape);
            double taken = -120 * Math.log(1 - rng.nextDouble());
            if (patience < taken) p.gaveUp(patience); else p.answeredAfter(taken);
        }
        double[] wb = p.weibull();
        assertNotNull(wb);
        return wb;
    }

    /** Hours where the abandonment share is exactly θ times the mean time in queue give θ back, with a zero-width interval. */
    @Test
    void thetaCheckRecoversAnExactSlope() {
        Map<Long, double[]> hours = new LinkedHashMap<>();
        double theta = 1 / 240.0;
        double[] waits = {12, 30, 45, 80, 120};
        for (int h = 0; h < waits.length; h++) {
            double n = 100 * (h + 1), w = waits[h];
            hours.put((long) h, new double[]{n, n * theta * w, n * w});
        }
        ThetaCheck c = ThetaCheck.of(hours);
        assertEquals(theta, c.theta(), 1e-15);
        assertEquals(240, c.meanPatience()[0], 1e-9);
        assertEquals(c.low(), c.high(), 1e-15);
    }

    /**
     * Two Mondays of 10 chats every hour, but one has 60 at 10:00: 60 > 1.5 × 10 and 60 − 10 = 50 >
     * 4 √70 = 33.5, a spike. It is listed and counted as 10 (the other Monday's) in the pattern. An
     * hour at 18 against 10 (18 − 10 = 8 < 4 √28 = 21.2) is noise and kept: (18 + 10) / 2 = 14.
     */
    @Test
    void aOneOffHourIsListedNotCopiedIntoTheWeekday() {
        Fitter f = new Fitter();
        long monday1 = java.time.LocalDate.of(2026, 11, 2).toEpochDay(), monday2 = monday1 + 7;
        for (long day = monday1; day <= monday2; day++) { // every date of the period: each other weekday has one
            for (int h = 0; h < 24; h++) {
                int n = day == monday1 && h == 10 ? 60 : day == monday2 && h == 15 ? 18 : 10;
                for (int i = 0; i < n; i++) f.add(chat(day * 86400.0 + h * 3600 + i));
            }
        }
        FitResult r = new FitResult(f, "spiky");
        assertEquals(1, r.spikes.size(), r.spikes.toString());
        assertEquals(new FitResult.Spike(monday1, 10, 60, 10), r.spikes.get(0));
        assertEquals(10, r.weekdayPattern[0][10], 1e-12);
        assertEquals(14, r.weekdayPattern[0][15], 1e-12);
    }

    private static Observed chat(double t) {
        return new Observed(t, "chat", RecordFormat.Outcome.ANSWERED, 0, 1, 1, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, null);
    }

    /**
     * Overtaking by hand. Strict classes: every later "vip" that met an earlier "ordinary" waiting
     * was taken first, and within each type nobody overtook: vip ranks above ordinary. Records where
     * buyers of one type overtake each other often are not one queue: no classes.
     */
    @Test
    void classesComeFromOvertakingOnlyInOneQueue() {
        Overtaking o = new Overtaking();
        for (int k = 0; k < 40; k++) {
            double t = k * 1000;
            o.add("ordinary", t, 100);      // waits 0..100
            o.add("ordinary", t + 1, 149);  // waits 1..150, behind the first
            o.add("vip", t + 10, 20);       // arrives while both wait, taken at 30: first
        }
        Overtaking.Found f = o.find();
        assertEquals(1, f.classes().get("vip"));
        assertEquals(0, f.classes().get("ordinary"));
        assertEquals(0, f.withinShare(), 1e-12);

        Overtaking mixed = new Overtaking();
        for (int k = 0; k < 40; k++) {
            double t = k * 1000;
            mixed.add("ordinary", t, 100);
            mixed.add("ordinary", t + 1, 20);   // overtakes the ordinary before it: not one queue
            mixed.add("vip", t + 10, 20);
        }
        Overtaking.Found g = mixed.find();
        assertTrue(g.notOneQueue());
        assertFalse(g.classes().values().stream().anyMatch(c -> c > 0));
    }
}
