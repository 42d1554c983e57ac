package io.kefusim.staffing;

import io.kefusim.analytic.Staffing;
import io.kefusim.demand.RateProfile;
import io.kefusim.demand.TraceArrivals;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Agents needed per group and reporting interval, from Erlang A: the starting point of the
 * optimiser, not its answer. Each buyer type's load goes to the first group with that type
 * as primary skill (else the first that has it at all). A chat holds a slot for about
 * M x reply + (M - 1) x think + wrap-up; with concurrency K an agent counts as K servers
 * (an approximation: the simulation decides). The first reply comes one reply time after
 * acceptance, so the wait allowed for the goal is the target minus that reply time (a call is
 * answered when picked up, so for a phone group the wait allowed is the target). And since
 * one person types one reply at a time, there must also be enough agents to type every reply
 * at no more than {@value #MAX_TYPING_OCCUPANCY} occupancy, however many chats each may hold.
 */
public final class Requirements {
    /** Typing occupancy the starting point plans for; above it, replies queue behind each other. */
    public static final double MAX_TYPING_OCCUPANCY = 0.85;

    private Requirements() {}

    /** Agents required, [group][interval]. */
    public static int[][] of(Scenario s, Goal goal) {
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        int types = s.buyers().size(), groups = s.groups().size();
        double[][] offered = offeredPerInterval(s, intervals); // [interval][type], buyers reaching the queue
        int[] groupOf = new int[types];
        for (int t = 0; t < types; t++) groupOf[t] = owner(s, s.buyers().get(t).name());
        int[][] req = new int[groups][intervals];
        for (int i = 0; i < intervals; i++) {
            double len = Math.min((i + 1) * s.interval(), s.horizon()) - i * s.interval();
            if ((i + 1) * s.interval() <= s.warmup()) continue;
            for (int g = 0; g < groups; g++) {
                Scenario.AgentGroup ag = s.groups().get(g);
                double reply = ag.replyTime().mean() * ag.speedFactor();
                double lambda = 0, handleSum = 0, patienceSum = 0, typing = 0;
                boolean anyPatience = false;
                for (int t = 0; t < types; t++) {
                    if (groupOf[t] != g || offered[i][t] <= 0) continue;
                    Scenario.BuyerType b = s.buyers().get(t);
                    double rate = offered[i][t] / len;
                    double m = b.messages().mean();
                    double handle = m * reply + (m - 1) * b.thinkTime().mean() + ag.wrapUp().mean();
                    lambda += rate;
                    handleSum += rate * handle;
                    typing += rate * m * reply; // agent-seconds of typing per second
                    double p = b.patience().mean();
                    if (Double.isFinite(p)) {
                        patienceSum += rate * p;
                        anyPatience = true;
                    } else {
                        patienceSum += rate * 1e9; // effectively never
                    }
                }
                if (lambda <= 0) continue;
                double handle = handleSum / lambda;
                Double patience = anyPatience ? patienceSum / lambda : null;
                Staffing.Goal a = goal.analytic(s);
                double toFirstResponse = ag.phone() ? 0 : reply;
                Staffing.Goal shifted = new Staffing.Goal(Math.max(0, a.seconds() - toFirstResponse), a.level(), a.maxAbandon());
                int most = (int) Math.ceil(lambda * handle * 4 + 50);
                int servers = Staffing.serversNeeded(lambda, handle, patience, shifted, most);
                if (servers < 0) servers = most; // a starting point only: the simulation decides
                int bySlots = (servers + ag.concurrency() - 1) / ag.concurrency();
                int byTyping = (int) Math.ceil(typing / MAX_TYPING_OCCUPANCY - 1e-9);
                req[g][i] = Math.max(bySlots, byTyping);
            }
        }
        return req;
    }

    static int owner(Scenario s, String type) {
        return s.ownerGroup(type);
    }

    /** Expected buyers reaching the queue per interval and type (counted from the trace for trace scenarios). */
    static double[][] offeredPerInterval(Scenario s, int intervals) {
        int types = s.buyers().size();
        double[][] out = new double[intervals][types];
        if (s.demand().isTrace()) {
            try (TraceArrivals t = new TraceArrivals(s, RandomSource.SPLIT_MIX_64.create(s.seed()))) {
                while (t.next()) {
                    int i = Math.min(intervals - 1, (int) (t.time() / s.interval()));
                    out[i][t.type()] += 1 - s.buyers().get(t.type()).botDeflection(t.hour());
                }
            }
            return out;
        }
        RateProfile profile = RateProfile.of(s);
        double day0 = s.startOfFirstDay();
        for (int i = 0; i < intervals; i++) {
            double a = i * s.interval(), b = Math.min(s.horizon(), (i + 1) * s.interval());
            double n = profile.expectedArrivals(a, b);
            int hour = (int) (((a - day0) % 86400) / 3600);
            double[] mix = s.demand().mixByHour()[Math.min(23, hour)];
            for (int t = 0; t < types; t++) out[i][t] = n * mix[t] * (1 - s.buyers().get(t).botDeflection(Math.min(23, hour)));
        }
        return out;
    }
}
