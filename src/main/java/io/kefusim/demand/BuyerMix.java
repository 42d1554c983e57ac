package io.kefusim.demand;

import org.apache.commons.rng.UniformRandomProvider;

/** Draws a buyer's type from the mix of the hour of day in which the buyer arrives. */
final class BuyerMix {
    private final double[][] cumulative; // [hour][type]
    private final double day0;
    private final UniformRandomProvider rng;

    /** @param day0 seconds from the scenario start to local midnight of the start date (<= 0) */
    BuyerMix(double[][] mixByHour, double day0, UniformRandomProvider rng) {
        this.day0 = day0;
        this.rng = rng;
        cumulative = new double[mixByHour.length][];
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
        int hour = (int) (((t - day0) % 86400) / 3600);
        double[] c = cumulative[Math.min(23, Math.max(0, hour))];
        double u = rng.nextDouble() * c[c.length - 1];
        for (int i = 0; i < c.length - 1; i++) if (u < c[i]) return i;
        return c.length - 1;
    }
}
