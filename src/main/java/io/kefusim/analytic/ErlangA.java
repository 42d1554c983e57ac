package io.kefusim.analytic;

/**
 * The M/M/c+M queue (Erlang A): Poisson arrivals (rate lambda), c agents with exponential
 * service (rate mu), and exponential patience (rate theta) while waiting, first come first
 * served. The birth-death chain is solved exactly by {@link SlotQueue} with completion rate
 * j mu when j agents are busy; beyond the usual P(wait), P(abandon) and mean queue length,
 * it gives the mean wait of <em>served</em> buyers (what kefusim reports as queue wait) and
 * the service level by uniformization.
 */
public final class ErlangA {
    private final SlotQueue q;

    public ErlangA(int c, double lambda, double mu, double theta) {
        if (c < 1 || lambda <= 0 || mu <= 0 || theta < 0) throw new IllegalArgumentException("bad Erlang A parameters");
        double[] rate = new double[c + 1];
        for (int j = 1; j <= c; j++) rate[j] = j * mu;
        q = new SlotQueue(lambda, rate, theta);
    }

    /** Probability an arriving buyer is taken by an agent within t seconds (abandoning buyers count as not taken). */
    public double serviceLevel(double t) { return q.acceptedWithin(t); }
    /** Probability an arriving buyer is not answered at once. */
    public double probabilityOfWait() { return q.probabilityOfWait(); }
    /** Probability an arriving buyer abandons. */
    public double probabilityOfAbandon() { return q.probabilityOfAbandon(); }
    /** Mean number waiting. */
    public double meanQueueLength() { return q.meanQueueLength(); }
    /** Mean wait of buyers who were served (0 for those served at once included). */
    public double meanWaitOfServed() { return q.meanWaitOfServed(); }
    /** Mean time in queue over all buyers, served or abandoning (Little: Lq / lambda). */
    public double meanWaitOfAll() { return q.meanWaitOfAll(); }
}
