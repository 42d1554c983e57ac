package io.kefusim.demand;

import org.apache.commons.rng.UniformRandomProvider;

/** Draws a buyer's type from the mix of the hour of day in which the buyer arrives. */
final class BuyerMix {
    private final double[][] cumulative; // [hour][type]
    private final double day0;
    private final UniformRandomProvider rng;
    private double hourFrom = Double.NaN, hourTo = Double.NaN;
    private double[] hourMix;
    private int hour;
    private final boolean single;

    /** @param day0 seconds from the scenario start to local midnight of the start date (<= 0) */
    BuyerMix(double[][] mixByHour, double day0, UniformRandomProvider rng) {
        this.day0 = day0;
        this.rng = rng;
        cumulative = new double[mixByHour.length][];
        single = java.util.Arrays.stream(mixByHour).allMatch(h -> h.length == 1);
        for (int h = 0; h < mixByHour.length; h++) {
            cumulative[h] = new double[mixByHour[h].length];
            double acc = 0;
            for (int i = 0; i < mixByHour[h].length; i++) {
                acc += mixByHour[h][i];
                cumulative[h][i] = acc;
            }
        }
    }

    int draw(double t) {
        // One type: nothing to draw (the mix's stream decides nothing else, so no other stream moves).
        if (single) return 0;
        // The hour's mix holds for [hourFrom, hourTo): a double remainder is slow, and arrivals
        // come in time order, so it is worked out once an hour rather than once a buyer.
        if (!(t >= hourFrom && t < hourTo)) findHour(t);
        double[] c = hourMix;
        double u = rng.nextDouble() * c[c.length - 1];
        for (int i = 0; i < c.length - 1; i++) if (u < c[i]) return i;
        return c.length - 1;
    }

    /**
     * The local clock hour (0-23) of time t, from the same once-an-hour reckoning as the mix
     * (the bot's hourly share, {@code bot_deflection: {hourly: [...]}}, is looked up by it). It
     * draws nothing.
     */
    int hour(double t) {
        if (!(t >= hourFrom && t < hourTo)) findHour(t);
        return hour;
    }

    /** The mix and the clock hour around t (the same hour as {@code ((t - day0) % 86400) / 3600}, clamped to 0..23). */
    private void findHour(double t) {
        int hour = (int) (((t - day0) % 86400) / 3600);
        this.hour = Math.min(23, Math.max(0, hour));
        hourMix = cumulative[this.hour];
        double from = day0 + Math.floor((t - day0) / 3600) * 3600;
        // Cache only where the formula's answer is certain: inside one clock hour at or after day0,
        // a microsecond clear of its ends (where rounding of t - day0 could tip it into the next).
        double lo = from + 1e-6, hi = from + 3600 - 1e-6;
        if (t - day0 >= 0 && lo <= t && t < hi && (int) (((from - day0) % 86400) / 3600) == hour) {
            hourFrom = lo;
            hourTo = hi;
        } else {
            hourFrom = hourTo = Double.NaN;
        }
    }
}
