package io.kefusim.metrics;

import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A headline figure computed per replication, as compared between plans and along sweeps.
 * {@code share} figures are fractions.
 */
public record Headline(String key, String unit,
                       ToDoubleBiFunction<Scenario, ReplicationMetrics> perReplication) {

    public double of(Scenario s, ReplicationMetrics m) {
        return perReplication.applyAsDouble(s, m);
    }

    /** The figures for a scenario (one missed-deadline share per first-response deadline). */
    public static List<Headline> of(Scenario s) {
        List<Headline> h = new ArrayList<>();
        h.add(new Headline("service_level", "share", (sc, m) -> Figures.serviceLevel(m.total)));
        String[] labels = s.deadlineLabels();
        for (int i = 0; i < labels.length; i++) {
            final int d = i;
            h.add(new Headline("missed_" + labels[i] + "_share", "share", (sc, m) -> Figures.missedShare(m.total, d)));
        }
        h.add(new Headline("abandon_share", "share", (sc, m) -> Figures.abandonShare(m.total)));
        h.add(new Headline("queue_wait_mean_s", "s", (sc, m) -> Figures.meanWait(m.total)));
        h.add(new Headline("first_response_mean_s", "s", (sc, m) -> Figures.meanFirstResponse(m.total)));
        h.add(new Headline("late_reply_share", "share", (sc, m) -> Figures.lateShare(m.total)));
        h.add(new Headline("occupancy", "share", (sc, m) -> Figures.occupancy(m.agentTotal)));
        h.add(new Headline("agents_on_duty", "agents", (sc, m) -> m.agentTotal.onDuty / (sc.horizon() - sc.warmup())));
        h.add(new Headline("lost_orders", "orders", (sc, m) -> m.total.lostOrders));
        h.add(new Headline("lost_sales", "CNY", (sc, m) -> m.total.lostSales));
        // money beside lost sales (each plan's own margins and reply times: a plan may change either)
        // a plan's Money (its unrecoverable loss integrated over reply times) worked out once, not per replication and figure
        java.util.Map<Scenario, Money> money = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        java.util.function.Function<Scenario, Money> of = sc -> money.computeIfAbsent(sc, Money::new);
        h.add(new Headline("lost_sales_recoverable", "CNY", (sc, m) -> of.apply(sc).recoverableSales(m)));
        if (of.apply(s).marginForAll()) h.add(new Headline("lost_margin", "CNY", (sc, m) -> of.apply(sc).lostMargin(m)));
        h.add(new Headline("unanswered_cost", "CNY", Figures::unansweredCost));
        h.add(new Headline("labour_cost", "CNY", Figures::labourCost));
        // with a warm-up, the labour the cost to the shop counts: the counted part's, beside its buyers
        if (s.warmup() > 0) h.add(new Headline("labour_cost_counted", "CNY", Figures::labourCostCounted));
        h.add(new Headline("labour_cost_plus_lost_sales", "CNY", (sc, m) -> Figures.labourCostCounted(sc, m) + m.total.lostSales));
        h.add(new Headline("shop_cost", "CNY", (sc, m) -> of.apply(sc).shopCost(m)));
        // compare's one total: the lost sales (margin) in full, as a plan may change the reply time and with it what staffing cannot recover
        h.add(new Headline("shop_cost_full", "CNY", (sc, m) -> of.apply(sc).fullCost(m)));
        return h;
    }
}
