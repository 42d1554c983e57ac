package io.kefusim.demand;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.DayAdjust;
import io.kefusim.scenario.Scenario.Peak;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The arrival rate as a step function of time over the horizon: the weekday's pattern
 * value for each hour (or quarter hour), times the date's scale, times every peak that
 * covers the moment, times the global scale. Pieces break at every pattern slot, midnight
 * and peak edge, so the rate is exactly constant on each piece.
 */
public final class RateProfile {
    private final double[] start;   // piece starts (seconds from scenario start); start[n] = horizon
    private final double[] rate;    // chats per second on each piece

    private RateProfile(double[] start, double[] rate) {
        this.start = start;
        this.rate = rate;
    }

    public static RateProfile of(Scenario s) {
        Scenario.Demand d = s.demand();
        double horizon = s.horizon();
        double day0 = s.startOfFirstDay(); // local midnight of the start date, <= 0
        LocalDate firstDate = s.start().toLocalDate();
        int slots = d.patterns()[0].length;
        double slotLen = 86400.0 / slots;
        Map<LocalDate, DayAdjust> byDate = new HashMap<>();
        for (DayAdjust a : d.days()) byDate.put(a.date(), a);

        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(0.0);
        cuts.add(horizon);
        int days = (int) Math.ceil((horizon - day0) / 86400) + 1;
        for (int k = -1; k <= days; k++) {
            double midnight = day0 + k * 86400.0;
            for (int i = 0; i < slots; i++) addCut(cuts, midnight + i * slotLen, horizon);
            DayAdjust adj = byDate.get(firstDate.plusDays(k));
            if (adj != null) {
                for (Peak p : adj.peaks()) {
                    addCut(cuts, midnight + p.fromSec(), horizon);
                    addCut(cuts, midnight + p.toSec() + (p.toSec() <= p.fromSec() ? 86400 : 0), horizon);
                }
            }
        }
        double[] st = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        double[] r = new double[st.length - 1];
        for (int i = 0; i < r.length; i++) {
            double mid = (st[i] + st[i + 1]) / 2;
            r[i] = rateAt(s, byDate, firstDate, day0, slotLen, mid) / 3600.0;
        }
        return new RateProfile(st, r);
    }

    private static void addCut(TreeSet<Double> cuts, double t, double horizon) {
        if (t > 0 && t < horizon) cuts.add(t);
    }

    /** Chats per hour at time t (seconds from start). */
    private static double rateAt(Scenario s, Map<LocalDate, DayAdjust> byDate, LocalDate firstDate, double day0,
                                 double slotLen, double t) {
        Scenario.Demand d = s.demand();
        int dayIndex = (int) Math.floor((t - day0) / 86400);
        LocalDate date = firstDate.plusDays(dayIndex);
        double secOfDay = t - day0 - dayIndex * 86400.0;
        double[] pattern = d.patterns()[date.getDayOfWeek().getValue() - 1];
        double v = pattern[Math.min(pattern.length - 1, (int) (secOfDay / slotLen))] * d.scale();
        DayAdjust today = byDate.get(date);
        if (today != null) {
            v *= today.scale();
            for (Peak p : today.peaks()) {
                boolean crosses = p.toSec() <= p.fromSec();
                if (crosses ? secOfDay >= p.fromSec() : secOfDay >= p.fromSec() && secOfDay < p.toSec()) v *= p.scale();
            }
        }
        // A peak that starts late yesterday and runs past midnight covers the small hours of today.
        DayAdjust yesterday = byDate.get(date.minusDays(1));
        if (yesterday != null) {
            for (Peak p : yesterday.peaks()) {
                if (p.toSec() <= p.fromSec() && secOfDay < p.toSec()) v *= p.scale();
            }
        }
        return v;
    }

    public int pieces() { return rate.length; }
    public double pieceStart(int i) { return start[i]; }
    public double pieceEnd(int i) { return start[i + 1]; }
    /** Chats per second on piece i. */
    public double pieceRate(int i) { return rate[i]; }

    /** Expected number of arrivals in [0, horizon). */
    public double expectedArrivals() {
        double sum = 0;
        for (int i = 0; i < rate.length; i++) sum += rate[i] * (start[i + 1] - start[i]);
        return sum;
    }

    /** Expected arrivals in [a, b). */
    public double expectedArrivals(double a, double b) {
        double sum = 0;
        for (int i = 0; i < rate.length; i++) {
            double lo = Math.max(a, start[i]), hi = Math.min(b, start[i + 1]);
            if (hi > lo) sum += rate[i] * (hi - lo);
        }
        return sum;
    }

    @Override
    public String toString() {
        return "RateProfile" + Arrays.toString(rate);
    }
}
