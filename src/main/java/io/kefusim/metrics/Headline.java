package io.kefusim.metrics;

import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A headline figure computed per replication, as compared between plans and along sweeps.
 * {@code share} figures are fractions; {@code higherIsBetter} says which way is good.
 */
public record Headline(String key, String unit, boolean higherIsBetter,
                       ToDoubleBiFunction<Scenario, ReplicationMetrics> perReplication) {

    public double of(Scenario s, ReplicationMetrics m) {
        return perReplication.applyAsDouble(s, m);
    }

    /** The figures for a scenario (one missed-deadline share per first-response deadline). */
    public static List<Headline> of(Scenario s) {
        List<Headline> h = new ArrayList<>();
        h.add(new Headline("service_level", "share", true, (sc, m) -> Figures.serviceLevel(m.total)));
        String[] labels = s.deadlineLabels();
        for (int i = 0; i < labels.length; i++) {
            final int d = i;
            h.add(new Headline("missed_" + labels[i] + "_share", "share", false, (sc, m) -> Figures.missedShare(m.total, d)));
        }
        h.add(new Headline("abandon_share", "share", false, (sc, m) -> Figures.abandonShare(m.total)));
        h.add(new Headline("queue_wait_mean_s", "s", false, (sc, m) -> Figures.meanWait(m.total)));
        h.add(new Headline("first_response_mean_s", "s", false, (sc, m) -> Figures.meanFirstResponse(m.total)));
        h.add(new Headline("late_reply_share", "share", false, (sc, m) -> Figures.lateShare(m.total)));
        h.add(new Headline("occupancy", "share", true, (sc, m) -> Figures.occupancy(m.agentTotal)));
        h.add(new Headline("agents_on_duty", "agents", false, (sc, m) -> m.agentTotal.onDuty / (sc.horizon() - sc.warmup())));
        h.add(new Headline("lost_orders", "orders", false, (sc, m) -> m.total.lostOrders));
        h.add(new Headline("lost_sales", "CNY", false, (sc, m) -> m.total.lostSales));
        h.add(new Headline("labour_cost", "CNY", false, Figures::labourCost));
        h.add(new Headline("labour_cost_plus_lost_sales", "CNY", false, (sc, m) -> Figures.labourCost(sc, m) + m.total.lostSales));
        return h;
    }
}
