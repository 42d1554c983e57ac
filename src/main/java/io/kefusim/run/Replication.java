package io.kefusim.run;

import io.kefusim.demand.ArrivalSource;
import io.kefusim.demand.DemandDraw;
import io.kefusim.demand.PatternArrivals;
import io.kefusim.demand.RateProfile;
import io.kefusim.demand.TraceArrivals;
import io.kefusim.engine.RandomStreams;
import io.kefusim.engine.RandomStreams.Source;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Scenario;
import io.kefusim.service.ChatObserver;
import io.kefusim.service.ContactCentre;

/** Wires one replication: its random streams, duty plan, arrivals and metrics. */
public final class Replication {
    private Replication() {}

    public static ReplicationMetrics run(Scenario s, RateProfile profile, int index, ChatObserver observer) {
        return run(s, profile, index, observer, true);
    }

    /**
     * @param histograms false for counters only (no percentiles); the random streams and every
     *                   counter are the same either way
     */
    public static ReplicationMetrics run(Scenario s, RateProfile profile, int index, ChatObserver observer, boolean histograms) {
        long t0 = System.nanoTime();
        RandomStreams rs = RandomStreams.forReplication(s.seed(), index);
        DutyPlan plan = DutyPlan.build(s, rs.get(Source.ABSENCE));
        ReplicationMetrics m = newMetrics(s, histograms);
        stints(plan, m);
        try (ArrivalSource arrivals = s.demand().isTrace()
                ? new TraceArrivals(s, rs.get(Source.MIX))
                : new PatternArrivals(s, s.demand().isUncertain() ? DemandDraw.profile(s, index) : profile,
                        rs.get(Source.ARRIVALS), rs.get(Source.MIX))) {
            new ContactCentre(s, plan, arrivals, rs, m, observer).run();
            m.settleHistograms();
        }
        m.wallSeconds = (System.nanoTime() - t0) / 1e9;
        return m;
    }

    /**
     * Tells the metrics every agent's group and stints. A method of its own so that {@link #run}
     * has no loop: run once per replication, it then stays below C2's thresholds (with this loop
     * inside, C2 compiled it, on-stack and whole, 31 kB of machine code in a staffing search).
     */
    private static void stints(DutyPlan plan, ReplicationMetrics m) {
        for (int a = 0; a < plan.agents(); a++) {
            m.agentsByGroup[plan.group(a)]++;
            for (double[] st : plan.stints(a)) m.onStint(plan.group(a), st[0], st[1], st[2], st[3], st[4], st[5]);
        }
    }

    /**
     * What the run's labour cost ({@link io.kefusim.metrics.Figures#labourCost}) pays a group for its
     * roster as scheduled, nobody absent, without the after-shift time and commission only a simulation
     * knows: the duty plan's stints go into the run's own metrics as {@link #run} puts them there, and
     * the labour cost is read from them. The staffing search prices a team member with it, so its
     * "scheduled pay" and the run's labour cost come from one code path and cannot drift apart.
     */
    public static double scheduledPay(Scenario s, int group) {
        Scenario plain = s.withRoster(s.roster(), s.teams(), 0);
        DutyPlan plan = DutyPlan.build(plain, org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(0L));
        // one reporting interval over the whole window: the pay reads no interval, and a window of a long cycle stays small
        ReplicationMetrics m = new ReplicationMetrics(s.buyers().size(), s.groups().size(), s.warmup(), s.horizon(), s.horizon(),
                s.startOfFirstDay(), s.serviceLevelTarget(), s.firstResponseDeadlines(), s.replyDeadline(), false);
        stints(plan, m);
        return io.kefusim.metrics.Figures.labourCost(plain, m, group);
    }

    public static ReplicationMetrics newMetrics(Scenario s) {
        return newMetrics(s, true);
    }

    public static ReplicationMetrics newMetrics(Scenario s, boolean histograms) {
        return new ReplicationMetrics(s.buyers().size(), s.groups().size(), s.warmup(), s.horizon(), s.interval(),
                s.startOfFirstDay(), s.serviceLevelTarget(), s.firstResponseDeadlines(), s.replyDeadline(), histograms);
    }
}
