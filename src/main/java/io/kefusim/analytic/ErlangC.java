package io.kefusim.analytic;

/**
 * The M/M/c queue (Erlang C). Computed through the Erlang B recursion
 * B(0)=1, B(k) = a B(k-1) / (k + a B(k-1)), which is stable for thousands of agents.
 */
public final class ErlangC {
    private ErlangC() {}

    /** Erlang B blocking probability for c servers and offered load a = lambda/mu. */
    public static double erlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) b = a * b / (k + a * b);
        return b;
    }

    /** Probability an arriving customer waits (C(c, a)); 1 when the load is at or above c. */
    public static double probabilityOfWait(int c, double a) {
        if (a >= c) return 1;
        double b = erlangB(c, a);
        double rho = a / c;
        return b / (1 - rho * (1 - b));
    }

    /** Mean wait in queue over all customers, seconds (mean service time {@code serviceMean}). */
    public static double meanWait(int c, double lambda, double serviceMean) {
        double a = lambda * serviceMean;
        if (a >= c) return Double.POSITIVE_INFINITY;
        return probabilityOfWait(c, a) * serviceMean / (c - a);
    }

    /** P(wait <= t). */
    public static double serviceLevel(int c, double lambda, double serviceMean, double t) {
        double a = lambda * serviceMean;
        if (a >= c) return 0;
        return 1 - probabilityOfWait(c, a) * Math.exp(-(c - a) * t / serviceMean);
    }
}
