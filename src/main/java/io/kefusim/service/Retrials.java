package io.kefusim.service;

import io.kefusim.engine.Samplers;
import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Whether a buyer comes back, and after how long (issue 25, key {@code retrial} of a buyer type):
 * after giving up waiting with the type's {@code probability}, and after a first response later
 * than {@code after_late_reply.after} with its {@code probability}. The contact that comes back
 * draws a fresh patience. Every draw is from the replication's own RETRIAL stream, made only for
 * types with retrials, so a scenario without them draws exactly what it drew before, and the
 * buyers who arrive for the first time see the same patience whatever the retrials do.
 */
final class Retrials {
    private final double[] probability, lateAfter, lateProbability;
    private final int[] maxReturns;
    private final ContinuousSampler[] delay, patience;
    private final UniformRandomProvider rng;
    private final boolean any;

    Retrials(Scenario s, UniformRandomProvider rng) {
        int types = s.buyers().size();
        this.rng = rng;
        probability = new double[types];
        lateAfter = new double[types];
        lateProbability = new double[types];
        maxReturns = new int[types];
        delay = new ContinuousSampler[types];
        patience = new ContinuousSampler[types];
        boolean some = false;
        for (int t = 0; t < types; t++) {
            Scenario.BuyerType b = s.buyers().get(t);
            Scenario.Retrial r = b.retrial();
            probability[t] = r.probability();
            lateAfter[t] = r.lateAfter();
            lateProbability[t] = r.lateProbability();
            maxReturns[t] = r.maxReturns();
            if (r.any()) {
                some = true;
                delay[t] = Samplers.time(r.delay(), rng);
                patience[t] = Samplers.time(b.patience(), rng);
            }
        }
        any = some;
    }

    boolean any() { return any; }

    /**
     * The delay after which a buyer of the type who just gave up comes back, or NaN if the buyer
     * does not; {@code returns}: how often the buyer came back already (no draw once at the most).
     */
    double afterAbandon(int type, int returns) {
        if (returns >= maxReturns[type]) return Double.NaN;
        return comesBack(probability[type], type);
    }

    /** The same for a buyer whose chat closed with this first response (NaN: never answered by a human). */
    double afterReply(int type, double firstResponse, int returns) {
        if (returns >= maxReturns[type] || !(firstResponse > lateAfter[type])) return Double.NaN;
        return comesBack(lateProbability[type], type);
    }

    /** The patience of a contact that comes back. */
    double patience(int type) { return patience[type].sample(); }

    private double comesBack(double p, int type) {
        if (p <= 0) return Double.NaN;
        if (rng.nextDouble() >= p) return Double.NaN;
        return Math.max(0, delay[type].sample());
    }
}
