package io.kefusim.analytic;

import java.util.Arrays;

/**
 * A queue in front of {@code c} slots whose total completion rate depends on how many are
 * busy, with exponential patience while waiting, first come first served: the birth-death
 * chain behind Erlang A ({@link ErlangA}, where {@code busyRate[j] = j mu}) and behind the
 * chat-desk approximation ({@link ChatDesk}, where an agent's chats finish more slowly the more
 * of them one person types for). Solved exactly in log space so that a thousand slots neither
 * overflow nor underflow, truncated where the remaining probability is below e^-40 of the
 * largest term.
 *
 * <p>A buyer who finds q others waiting passes stages i = q..0, each ending at rate
 * {@code full + i theta} (someone ahead leaves, {@code full = busyRate[c]}) or theta (the buyer
 * gives up); stage lengths are exponential whatever ends them, so
 * P(served | q) = prod (full + i theta)/(full + (i+1) theta) and
 * E[W; served | q] = P(served | q) * sum 1/(full + (i+1) theta). By PASTA, arrivals see the
 * stationary distribution.
 */
public final class SlotQueue {
    private final double pWait, pAbandon, meanQueue, meanWaitServed, meanWaitAll;
    private final int c;
    private final double full, theta;
    private final double[] pi; // stationary probabilities, n = 0 .. top (.. c when nobody gives up)
    /** lambda / full when nobody gives up (the tail beyond c is geometric), else NaN. */
    private final double geometric;

    /**
     * @param busyRate total completion rate with j slots busy, j = 0..c (busyRate[0] unused)
     * @param theta    abandonment rate of one waiting buyer (0: nobody gives up)
     */
    public SlotQueue(double lambda, double[] busyRate, double theta) {
        int slots = busyRate.length - 1;
        if (slots < 1 || lambda <= 0 || theta < 0) throw new IllegalArgumentException("bad queue parameters");
        for (int j = 1; j <= slots; j++) if (!(busyRate[j] > 0)) throw new IllegalArgumentException("completion rates must be > 0");
        if (theta == 0 && lambda >= busyRate[slots]) throw new IllegalArgumentException("unstable: no abandonment and load >= capacity");
        this.c = slots;
        this.full = busyRate[slots];
        this.theta = theta;
        if (theta == 0) {
            // Nobody gives up: beyond c the chain is geometric with ratio r = lambda/full < 1, so its
            // tail is summed exactly. Walked term by term, a desk near its capacity needs
            // 40/(-ln r) terms (4 million at r = 0.99999: `erlang --rate 100 --think 30s
            // --concurrency 3` stopped with "queue chain did not converge").
            this.geometric = lambda / full;
            double[] logw = new double[c + 1];
            double max = 0;
            for (int n = 1; n <= c; n++) {
                logw[n] = logw[n - 1] + Math.log(lambda) - Math.log(busyRate[n]);
                max = Math.max(max, logw[n]);
            }
            double r = geometric, total = 0;
            for (int k = 0; k <= c; k++) total += Math.exp(logw[k] - max);
            total += Math.exp(logw[c] - max) * r / (1 - r);
            this.pi = new double[c + 1];
            for (int k = 0; k <= c; k++) pi[k] = Math.exp(logw[k] - max) / total;
            this.pWait = pi[c] / (1 - r);                          // sum over k >= c of pi_c r^(k-c)
            this.pAbandon = 0;
            this.meanQueue = pi[c] * r / ((1 - r) * (1 - r));      // sum over q of q pi_c r^q
            this.meanWaitServed = meanQueue / lambda;               // everyone is served: Little
            this.meanWaitAll = meanWaitServed;
            return;
        }
        this.geometric = Double.NaN;
        int cap = c + 1_000_000;
        double[] logw = new double[c + 64];
        double max = 0;
        int n = 0;
        while (true) {
            int next = n + 1;
            double death = next <= c ? busyRate[next] : full + (next - c) * theta;
            double lw = logw[n] + Math.log(lambda) - Math.log(death);
            if (next >= logw.length) logw = Arrays.copyOf(logw, logw.length * 2);
            logw[next] = lw;
            if (lw > max) max = lw;
            n = next;
            if (n > c && lw < max - 40 && lw < logw[n - 1]) break;
            if (n >= cap) throw new IllegalStateException("queue chain did not converge");
        }
        int top = n;
        double total = 0;
        for (int k = 0; k <= top; k++) total += Math.exp(logw[k] - max);
        double pw = 0, lq = 0, served = 0, waitServed = 0;
        this.pi = new double[top + 1];
        for (int k = 0; k <= top; k++) {
            double p = Math.exp(logw[k] - max) / total;
            pi[k] = p;
            if (k < c) {
                served += p;
                continue;
            }
            pw += p;
            int q = k - c; // buyers already waiting when this one arrives
            lq += q * p;
            double ps = 1, sumInv = 0;
            for (int i = q; i >= 0; i--) {
                double leaveAhead = full + i * theta;
                double rate = leaveAhead + theta;
                ps *= leaveAhead / rate;
                sumInv += 1 / rate;
            }
            served += p * ps;
            waitServed += p * ps * sumInv;
        }
        this.pWait = pw;
        this.pAbandon = 1 - served;
        this.meanQueue = lq;
        this.meanWaitServed = waitServed / served;
        this.meanWaitAll = lq / lambda;
    }

    /** Stationary probability that an arriving buyer finds j slots busy (j < slots) or j - slots waiting. */
    public double stateProbability(int j) {
        if (!Double.isNaN(geometric) && j > c) return pi[c] * Math.pow(geometric, j - c);
        return j < pi.length ? pi[j] : 0;
    }

    /**
     * Probability an arriving buyer is taken within t seconds (abandoning buyers count as not
     * taken). The sum of the stage times is computed by uniformization at the largest rate,
     * for all queue positions at once (Poisson tail beyond 10 sd cut; accurate to about 1e-9).
     */
    public double acceptedWithin(double t) {
        if (!Double.isNaN(geometric)) {
            // a buyer finding q waiting waits q + 1 completions at rate full; q is geometric, so the
            // wait of those who wait is exponential at full (1 - r) = full - lambda
            return 1 - pWait * Math.exp(-full * (1 - geometric) * Math.max(0, t));
        }
        double within = 0;
        for (int k = 0; k < Math.min(c, pi.length); k++) within += pi[k];
        int maxQ = pi.length - 1 - c;
        if (maxQ < 0 || t <= 0) return within;
        int stages = maxQ + 1;
        double lambdaU = full + stages * theta;
        double lt = lambdaU * t;
        int kMax = (int) Math.ceil(lt + 10 * Math.sqrt(lt) + 20);
        // h[j] = P(absorbed within k ticks | j stages left), updated tick by tick; F[j] = sum_k Pois(k) h_k[j]
        double[] h = new double[stages + 1];
        double[] f = new double[stages + 1];
        h[0] = 1;
        double logPois = -lt; // log Poisson(0; lt)
        for (int k = 0; k <= kMax; k++) {
            double w = Math.exp(logPois);
            for (int j = 0; j <= stages; j++) f[j] += w * h[j];
            for (int j = stages; j >= 1; j--) {
                double move = (full + j * theta) / lambdaU;
                h[j] = move * h[j - 1] + (1 - move) * h[j];
            }
            logPois += Math.log(lt) - Math.log(k + 1);
        }
        for (int q = 0; q <= maxQ; q++) {
            double p = pi[c + q];
            if (p < 1e-300) continue;
            double stay = 1;
            for (int i = q; i >= 0; i--) stay *= (full + i * theta) / (full + (i + 1) * theta);
            within += p * stay * f[q + 1];
        }
        return within;
    }

    /** Probability an arriving buyer is not taken at once. */
    public double probabilityOfWait() { return pWait; }
    /** Probability an arriving buyer abandons. */
    public double probabilityOfAbandon() { return pAbandon; }
    /** Mean number waiting. */
    public double meanQueueLength() { return meanQueue; }
    /** Mean wait of buyers who were served (0 for those served at once included). */
    public double meanWaitOfServed() { return meanWaitServed; }
    /** Mean time in queue over all buyers, served or abandoning (Little: Lq / lambda). */
    public double meanWaitOfAll() { return meanWaitAll; }
}
