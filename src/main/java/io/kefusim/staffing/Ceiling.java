package io.kefusim.staffing;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.Optional;

/**
 * The best service any headcount could give, found before simulating. With an agent free for
 * every buyer nobody waits, nobody abandons, and the first reply still takes one reply time;
 * so the share answered within t can be no more than the share of first replies typed within
 * t: P(R x speed <= t) of the group that owns the buyer type (slowdown is 1 with one chat).
 * A call is answered when it is picked up, so a phone type's ceiling is 1.
 * Weighted by the buyers each type brings, per run, day or interval as the goal says. A goal
 * above that ceiling is unreachable whatever the roster, and {@code kefusim staff} says so at
 * once (exit 3) instead of simulating up to the bounds.
 */
public final class Ceiling {
    private Ceiling() {}

    /** Share answered within t that no headcount can beat, in the slice of the run given by the buyers per type. */
    static double of(Scenario s, double[] buyersByType, double t, double speedUp) {
        double sum = 0, within = 0;
        for (int k = 0; k < buyersByType.length; k++) {
            if (buyersByType[k] <= 0) continue;
            sum += buyersByType[k];
            within += buyersByType[k] * replyWithin(s, k, t * speedUp);
        }
        return sum > 0 ? within / sum : 1;
    }

    private static double replyWithin(Scenario s, int type, double t) {
        int g = Requirements.owner(s, s.buyers().get(type).name());
        if (g < 0) return 0; // nobody can answer this type
        Scenario.AgentGroup ag = s.groups().get(g);
        if (ag.phone()) return 1; // a free agent picks the call up at once
        return ag.replyTime().cdf(t / ag.speedFactor());
    }

    /** Empty when the goal may be reachable; otherwise the sentence (a message key and its arguments) that says why not and what would make it reachable. */
    public static Optional<Said> unreachable(Scenario s, Goal goal) {
        double t, level;
        switch (goal.kind()) {
            case SERVICE_LEVEL -> { t = s.serviceLevelTarget(); level = goal.threshold(); }
            case MISSED -> { t = s.firstResponseDeadlines()[goal.deadlineIndex()]; level = 1 - goal.threshold(); }
            default -> { return Optional.empty(); } // abandonment: nobody waits with enough agents
        }
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        double[][] offered = Requirements.offeredPerInterval(s, intervals);
        double[][] slices = slices(s, goal, offered);
        double worst = 1;
        int worstSlice = -1;
        for (int i = 0; i < slices.length; i++) {
            if (slices[i] == null) continue;
            double c = of(s, slices[i], t, 1);
            if (c < worst) { worst = c; worstSlice = i; }
        }
        if (worst >= level - 1e-12) return Optional.empty();
        double[] mix = slices[worstSlice];
        // the longest target, and the reply speed-up, at which the ceiling reaches the goal
        double tNeeded = search(x -> of(s, mix, x, 1), t, level);
        double speedUp = search(f -> of(s, mix, t, f), 1, level);
        Object where = switch (goal.per()) {
            case RUN -> "";
            case DAY -> new Said("ce_on_day", s.start().toLocalDate().plusDays(worstSlice).toString());
            case INTERVAL -> new Said("ce_at_interval", s.start().plusSeconds((long) (worstSlice * s.interval())).toString().replace('T', ' '));
        };
        return Optional.of(new Said("ce_unreachable", goal.said(), worst * 100, where, Durations.format(t), level * 100,
                Durations.format(Math.ceil(tNeeded)), speedUp));
    }

    /** Buyers per type in each slice the goal is judged on (null: a slice that does not count). */
    private static double[][] slices(Scenario s, Goal goal, double[][] offered) {
        int types = s.buyers().size();
        return switch (goal.per()) {
            case RUN -> {
                double[] sum = new double[types];
                for (int i = 0; i < offered.length; i++) if ((i + 1) * s.interval() > s.warmup()) for (int k = 0; k < types; k++) sum[k] += offered[i][k];
                yield new double[][]{sum};
            }
            case DAY -> {
                double day0 = s.startOfFirstDay();
                int days = (int) Math.floor((Math.nextDown(s.horizon()) - day0) / 86400) + 1;
                double[][] out = new double[days][types];
                for (int i = 0; i < offered.length; i++) {
                    if ((i + 1) * s.interval() <= s.warmup()) continue;
                    int d = (int) Math.floor((i * s.interval() - day0) / 86400);
                    for (int k = 0; k < types; k++) out[d][k] += offered[i][k];
                }
                yield out;
            }
            case INTERVAL -> {
                double[][] out = new double[offered.length][];
                for (int i = 0; i < offered.length; i++) {
                    double n = 0;
                    for (double v : offered[i]) n += v;
                    if ((i + 1) * s.interval() > s.warmup() && n >= Goal.MIN_BUYERS_PER_INTERVAL) out[i] = offered[i];
                }
                yield out;
            }
        };
    }

    /** Smallest x >= from with f(x) >= level, by doubling then bisection (f grows with x). */
    private static double search(java.util.function.DoubleUnaryOperator f, double from, double level) {
        double lo = from, hi = from * 2;
        for (int i = 0; i < 60 && f.applyAsDouble(hi) < level; i++) { lo = hi; hi *= 2; }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (f.applyAsDouble(mid) >= level) hi = mid; else lo = mid;
        }
        return hi;
    }
}
