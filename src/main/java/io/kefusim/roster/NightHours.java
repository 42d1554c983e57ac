package io.kefusim.roster;

import io.kefusim.scenario.Scenario;

import java.util.List;

/**
 * Time worked at night for the night allowance (夜班津贴, {@code costs.night_allowance}): the part
 * of a stint between 22:00 and 06:00 by the clock, less its breaks there. 20:00–08:00 is 8 hours
 * of night (22:00–06:00); with a 30-minute break at 02:00, 7.5.
 */
public final class NightHours {
    /** The night's start (22:00) and end (06:00, the next day), seconds after a midnight. */
    static final double FROM = 22 * 3600, TO = 30 * 3600;

    private NightHours() {}

    /** Seconds of [a, b) (run time), less the breaks' time in it, between 22:00 and 06:00; 0 without an allowance. */
    public static double worked(Scenario s, double a, double b, List<double[]> breaks) {
        if (s.costs().nightAllowance() <= 0 || b <= a) return 0;
        double sum = 0;
        // nights starting the day before a's date up to b's date
        double first = s.startOfFirstDay() + Math.floor((a - s.startOfFirstDay()) / 86400) * 86400 - 86400;
        for (double mid = first; mid + FROM < b; mid += 86400) {
            double lo = Math.max(a, mid + FROM), hi = Math.min(b, mid + TO);
            if (hi <= lo) continue;
            sum += hi - lo;
            for (double[] br : breaks) sum -= Math.max(0, Math.min(hi, br[1]) - Math.max(lo, br[0]));
        }
        return Math.max(0, sum);
    }
}
