package io.kefusim.staffing;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.DistSpec;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.Optional;

/**
 * The best service any headcount could give, found before simulating. With an agent free for
 * every buyer nobody waits, nobody abandons, and the first reply still takes one reply time;
 * so the share answered within t can be no more than the share of first replies typed within
 * t: P(R x speed <= t) of the group that owns the buyer type (slowdown is 1 with one chat).
 * A call is answered when it is picked up, so a phone type's ceiling is 1, unless its group has a
 * {@code pick_up}: then a free agent answers the share {@code pick_up_share} only after a pick-up
 * draw P, and the ceiling is share x P(P <= t) + (1 - share) (for chat, whose first reply is typed
 * after the pick-up, share x P(P + R x speed <= t) + (1 - share) x P(R x speed <= t); see
 * {@link #within}). A faster reply does not shorten the pick-up.
 * Weighted by the buyers each type brings, per run, day or interval as the goal says. A goal
 * above that ceiling is unreachable whatever the roster, and {@code kefusim staff} says so at
 * once (exit 3) instead of simulating up to the bounds.
 */
public final class Ceiling {
    private Ceiling() {}

    /** Share answered within t that no headcount can beat, in the slice of the run given by the buyers per type; {@code speedUp} speeds up replies, not pick-ups. */
    static double of(Scenario s, double[] buyersByType, double t, double speedUp) {
        return of(s, buyersByType, t, speedUp, true);
    }

    /** As {@link #of(Scenario, double[], double, double)}; {@code pickUp} false: as if no group had a pick-up (to tell which one binds). */
    static double of(Scenario s, double[] buyersByType, double t, double speedUp, boolean pickUp) {
        double sum = 0, within = 0;
        for (int k = 0; k < buyersByType.length; k++) {
            if (buyersByType[k] <= 0) continue;
            sum += buyersByType[k];
            within += buyersByType[k] * firstResponseWithin(s, k, t, speedUp, pickUp);
        }
        return sum > 0 ? within / sum : 1;
    }

    private static double firstResponseWithin(Scenario s, int type, double t, double speedUp, boolean withPickUp) {
        int g = Requirements.owner(s, s.buyers().get(type).name());
        if (g < 0) return 0; // nobody can answer this type
        Scenario.AgentGroup ag = s.groups().get(g);
        double sf = ag.speedFactor() / speedUp; // the reply takes R x sf
        java.util.function.DoubleUnaryOperator reply = ag.phone() ? x -> x >= 0 ? 1 : 0 // a free agent answers the call on picking it up
                : x -> x < 0 ? 0 : ag.replyTime().cdf(x / sf);
        if (!withPickUp || !ag.hasPickUp()) return reply.applyAsDouble(t);
        double share = ag.pickUpShare();
        return share * within(ag.pickUp(), ag.phone() ? null : ag.replyTime(), sf, t) + (1 - share) * reply.applyAsDouble(t);
    }

    /**
     * P(P + R x sf <= t) for a pick-up P and a reply R (null: no reply, a call answered on pick-up),
     * independent, as the simulation draws them. Exact when either is a constant or empirical
     * (a sum over its values of the other's cdf); otherwise a Stieltjes sum over the pick-up's cdf
     * on 4,000 steps of [0, t], the reply's cdf read at each step's middle.
     */
    static double within(DistSpec pick, DistSpec reply, double sf, double t) {
        if (t < 0) return 0;
        if (reply == null) return pick.cdf(t);
        java.util.function.DoubleUnaryOperator r = x -> x < 0 ? 0 : reply.cdf(x / sf);
        double[] pa = atoms(pick), ra = atoms(reply);
        if (pa != null) {
            double p = 0;
            for (double v : pa) p += r.applyAsDouble(t - v);
            return p / pa.length;
        }
        if (ra != null) {
            double p = 0;
            for (double v : ra) p += pick.cdf(t - v * sf);
            return p / ra.length;
        }
        int n = 4000;
        double p = 0, prev = pick.cdf(0);
        p += prev * r.applyAsDouble(t); // a pick-up of 0 (none has an atom there, but be exact)
        for (int i = 1; i <= n; i++) {
            double x = t * i / n, c = pick.cdf(x);
            p += (c - prev) * r.applyAsDouble(t - t * (i - 0.5) / n);
            prev = c;
        }
        return Math.min(1, p);
    }

    /** The values of a distribution made of atoms (constant, empirical), each equally likely; null otherwise. */
    private static double[] atoms(DistSpec d) {
        return switch (d.kind()) {
            case CONSTANT -> new double[]{d.a()};
            case EMPIRICAL -> d.values();
            default -> null;
        };
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
        // the pick-up binds when the goal is reachable without it, or when no reply speed reaches it
        boolean pickUpBinds = !pickUpGroups(s, mix).isEmpty() && (of(s, mix, t, 1, false) >= level || of(s, mix, t, 1e6) < level);
        double speedUp = pickUpBinds ? 0 : search(f -> of(s, mix, t, f), 1, level);
        Object where = switch (goal.per()) {
            case RUN -> "";
            case DAY -> new Said("ce_on_day", s.start().toLocalDate().plusDays(worstSlice).toString());
            case INTERVAL -> new Said("ce_at_interval", s.start().plusSeconds((long) (worstSlice * s.interval())).toString().replace('T', ' '));
        };
        if (pickUpBinds) return Optional.of(new Said("ce_unreachable_pick_up", goal.said(), String.join(", ", pickUpGroups(s, mix)), worst * 100, where,
                Durations.format(t), level * 100, of(s, mix, t, 1, false) * 100, Durations.format(Math.ceil(tNeeded))));
        return Optional.of(new Said("ce_unreachable", goal.said(), worst * 100, where, Durations.format(t), level * 100,
                Durations.format(Math.ceil(tNeeded)), speedUp));
    }

    /** The groups with a pick-up that own a buyer type of the slice, in the file's order. */
    private static java.util.List<String> pickUpGroups(Scenario s, double[] buyersByType) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int k = 0; k < buyersByType.length; k++) {
            if (buyersByType[k] <= 0) continue;
            int g = Requirements.owner(s, s.buyers().get(k).name());
            if (g >= 0 && s.groups().get(g).hasPickUp() && !out.contains(s.groups().get(g).name())) out.add(s.groups().get(g).name());
        }
        return out;
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
