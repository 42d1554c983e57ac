package io.kefusim.analytic;

/**
 * The M/M/c+M queue (Erlang A): Poisson arrivals (rate lambda), c agents with exponential
 * service (rate mu), and exponential patience (rate theta) while waiting, first come first
 * served. Solved exactly as a birth-death chain on the number in system, in log space so
 * that a thousand agents neither overflow nor underflow, truncated where the remaining
 * probability is below 1e-16 of the largest term.
 *
 * <p>Beyond the usual P(wait), P(abandon) and mean queue length, it gives the mean wait of
 * <em>served</em> buyers (what kefusim reports as queue wait): a buyer who finds q others
 * waiting passes stages i = q..0, each ending at rate c mu + i theta (someone ahead leaves)
 * or theta (the buyer gives up); stage lengths are exponential whatever ends them, so
 * P(served | q) = prod (c mu + i theta)/(c mu + (i+1) theta) and
 * E[W; served | q] = P(served | q) * sum 1/(c mu + (i+1) theta). By PASTA, arrivals see the
 * stationary distribution.
 */
public final class ErlangA {
    private final double pWait, pAbandon, meanQueue, meanWaitServed, meanWaitAll;
    private final int c;
    private final double mu, theta;
    private final double[] pi; // stationary probabilities, n = 0 .. top

    public ErlangA(int c, double lambda, double mu, double theta) {
        if (c < 1 || lambda <= 0 || mu <= 0 || theta < 0) throw new IllegalArgumentException("bad Erlang A parameters");
        if (theta == 0 && lambda >= c * mu) throw new IllegalArgumentException("unstable: no abandonment and load >= agents");
        // log of unnormalised stationary probabilities, n = 0 .. N
        int cap = c + 1_000_000;
        double[] logw = new double[Math.min(cap, c + 64)];
        logw[0] = 0;
        double max = 0;
        int n = 0;
        while (true) {
            int next = n + 1;
            double death = next <= c ? next * mu : c * mu + (next - c) * theta;
            double lw = logw[n] + Math.log(lambda) - Math.log(death);
            if (next >= logw.length) logw = java.util.Arrays.copyOf(logw, logw.length * 2);
            logw[next] = lw;
            if (lw > max) max = lw;
            n = next;
            if (n > c && lw < max - 40 && lw < logw[n - 1]) break;
            if (n >= cap) throw new IllegalStateException("Erlang A chain did not converge");
        }
        int top = n;
        this.c = c;
        this.mu = mu;
        this.theta = theta;
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
                double leaveAhead = c * mu + i * theta;
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

    /**
     * Probability an arriving buyer is taken by an agent within t seconds (abandoning buyers
     * count as not taken). A buyer who finds q waiting passes stages i = q..0, each lasting
     * Exp(c mu + (i+1) theta) and ending with the buyer still there with probability
     * (c mu + i theta) / (c mu + (i+1) theta). The sum of the stage times is computed by
     * uniformization at the largest rate, for all q at once (Poisson tail beyond 10 sd cut;
     * accurate to about 1e-9, rounding included).
     */
    public double serviceLevel(double t) {
        double within = 0;
        for (int k = 0; k < Math.min(c, pi.length); k++) within += pi[k];
        int maxQ = pi.length - 1 - c;
        if (maxQ < 0) return within;
        if (t <= 0) return within;
        int stages = maxQ + 1;
        double lambdaU = c * mu + stages * theta;
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
            // advance one tick: from j stages left, move to j-1 with prob r_j / lambdaU
            for (int j = stages; j >= 1; j--) {
                double move = (c * mu + j * theta) / lambdaU;
                h[j] = move * h[j - 1] + (1 - move) * h[j];
            }
            logPois += Math.log(lt) - Math.log(k + 1);
        }
        for (int q = 0; q <= maxQ; q++) {
            double p = pi[c + q];
            if (p < 1e-300) continue;
            double stay = 1;
            for (int i = q; i >= 0; i--) stay *= (c * mu + i * theta) / (c * mu + (i + 1) * theta);
            within += p * stay * f[q + 1];
        }
        return within;
    }

    /** Probability an arriving buyer is not answered at once. */
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
