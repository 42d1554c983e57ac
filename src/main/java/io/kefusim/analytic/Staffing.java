package io.kefusim.analytic;

/**
 * Agents needed for a target, from Erlang C (no abandonment) or Erlang A (exponential
 * patience). Loads are per second; times in seconds. The search starts at the offered load
 * and walks up, so it also works for a thousand agents.
 */
public final class Staffing {
    /** What must hold: service level at least {@code level} within {@code seconds}, and/or abandonment at most {@code maxAbandon}. */
    public record Goal(double seconds, double level, double maxAbandon) {
        public static Goal serviceLevel(double seconds, double level) { return new Goal(seconds, level, 1); }
        public static Goal abandonment(double maxAbandon) { return new Goal(0, 0, maxAbandon); }
    }

    private Staffing() {}

    /**
     * Fewest servers meeting the goal, or -1 if none up to {@code max} does (never {@code max}
     * itself unless it meets it: a capped search must not read as an answer); patienceMean null
     * or infinite means Erlang C.
     */
    public static int serversNeeded(double lambda, double serviceMean, Double patienceMean, Goal goal, int max) {
        if (lambda <= 0) return 0;
        double a = lambda * serviceMean;
        boolean erlangC = patienceMean == null || Double.isInfinite(patienceMean);
        int c = Math.max(1, erlangC ? (int) Math.floor(a) + 1 : (int) Math.floor(a * 0.5));
        for (; c <= max; c++) {
            if (meets(c, lambda, serviceMean, patienceMean, goal)) return c;
        }
        return -1;
    }

    public static boolean meets(int c, double lambda, double serviceMean, Double patienceMean, Goal goal) {
        if (patienceMean == null || Double.isInfinite(patienceMean)) {
            if (lambda * serviceMean >= c) return false;
            return ErlangC.serviceLevel(c, lambda, serviceMean, goal.seconds()) >= goal.level();
        }
        ErlangA e = new ErlangA(c, lambda, 1 / serviceMean, 1 / patienceMean);
        return e.serviceLevel(goal.seconds()) >= goal.level() && e.probabilityOfAbandon() <= goal.maxAbandon();
    }
}
