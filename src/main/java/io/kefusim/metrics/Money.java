package io.kefusim.metrics;

import io.kefusim.scenario.Scenario;

/**
 * What slow replies cost a shop, per replication, beside lost sales (revenue): lost margin (the
 * part of lost sales the shop would have kept, by each type's {@code margin}), and the part of
 * lost sales (or margin) staffing can recover: lost sales minus what is lost even with an agent
 * free for every buyer ({@link Unrecoverable}). Lost margin is only a total when every type that
 * converts has a margin: a sum of some types' margin and others' revenue would be neither.
 */
public final class Money {
    private final Scenario s;
    /** Per type: expected sales lost per buyer reaching the queue even with an agent free for every buyer (CNY). */
    private final double[] unrecoverableSalesPerBuyer;
    private final boolean marginForAll;

    public Money(Scenario s) {
        this.s = s;
        int types = s.buyers().size();
        unrecoverableSalesPerBuyer = new double[types];
        for (int t = 0; t < types; t++) {
            unrecoverableSalesPerBuyer[t] = Unrecoverable.ordersPerBuyer(s, t) * s.buyers().get(t).orderValue();
        }
        marginForAll = marginForAll(s);
    }

    /**
     * Whether every type that converts has a margin (and some type has one): the cost to the shop then
     * counts lost margin, else lost revenue, so its label must say which.
     */
    public static boolean marginForAll(Scenario s) {
        boolean any = false, all = true;
        for (Scenario.BuyerType b : s.buyers()) {
            any |= b.hasMargin();
            if (b.converts() && !b.hasMargin()) all = false;
        }
        return any && all;
    }

    /**
     * Whether the scenario puts no money on slow or unanswered buyers: no type converts (conversion and
     * order value both above 0) and none has an unanswered_cost, so lost sales and unanswered buyers'
     * cost are 0 whatever the roster and a cost to the shop is labour alone.
     */
    public static boolean noMoneyOnBuyers(Scenario s) {
        for (Scenario.BuyerType b : s.buyers()) if (b.converts() || b.unansweredCost() > 0) return false;
        return true;
    }

    /** True when every type that converts has a margin: lost margin is then a total, and the staffing objective uses it. */
    public boolean marginForAll() { return marginForAll; }

    public boolean hasMargin(int type) { return s.buyers().get(type).hasMargin(); }

    /** Lost margin of one type's chats in a cell (NaN if the type has no margin). */
    public double lostMargin(ChatCell c, int type) { return c.lostSales * s.buyers().get(type).margin(); }

    /** Lost sales minus what is lost even with an agent free for every buyer, for one type's chats in a cell. */
    public double recoverableSales(ChatCell c, int type) {
        return c.lostSales - c.storiesEnded() * unrecoverableSalesPerBuyer[type]; // per buyer, as the lost sales
    }

    /** The recoverable part in margin (NaN if the type has no margin). */
    public double recoverableMargin(ChatCell c, int type) { return recoverableSales(c, type) * s.buyers().get(type).margin(); }

    public double lostMargin(ReplicationMetrics m) { return sum(m.byType, this::lostMargin, true); }
    public double recoverableSales(ReplicationMetrics m) { return sum(m.byType, this::recoverableSales, false); }
    public double recoverableMargin(ReplicationMetrics m) { return sum(m.byType, this::recoverableMargin, true); }

    /** Over an interval's cells of every type. */
    public double lostMargin(ReplicationMetrics m, int interval) { return sumAt(m, interval, this::lostMargin, true); }
    public double recoverableSales(ReplicationMetrics m, int interval) { return sumAt(m, interval, this::recoverableSales, false); }

    /** What no roster can recover, in the units of {@link #objectiveLoss} (margin or revenue). */
    public double unrecoverableLoss(ReplicationMetrics m) { return (marginForAll ? lostMargin(m) : m.total.lostSales) - objectiveLoss(m); }

    /**
     * What slow replies and staff cost the shop in one replication, as {@code staff --target
     * lost-sales} minimises it and sweep ranks points by it: labour + the lost sales
     * (margin, when every converting type has one) staffing can recover + unanswered buyers' cost.
     * Not labour + lost revenue: revenue is not what a shop loses, and part of it no roster saves.
     */
    public double shopCost(ReplicationMetrics m) {
        return Figures.labourCostCounted(s, m) + objectiveLoss(m) + Figures.unansweredCost(s, m); // labour over the buyers' window
    }

    /**
     * What slow replies and staff cost the shop in one replication, as compare ranks plans by it:
     * labour + the lost sales (margin, when every converting type has one) in full + unanswered
     * buyers' cost. Unlike {@link #shopCost} nothing is left out: compare's plans may change the
     * reply time itself, and with it the part no roster recovers, so that part no longer cancels
     * between plans (between plans that differ only in staffing it does, and the differences are
     * those of {@link #shopCost}).
     */
    public double fullCost(ReplicationMetrics m) {
        return Figures.labourCostCounted(s, m) + (marginForAll ? lostMargin(m) : m.total.lostSales) + Figures.unansweredCost(s, m);
    }

    /**
     * What the lost-sales staffing goal counts as lost: the recoverable part, in margin when every
     * converting type has one, else in revenue. The unrecoverable part is left out because it is
     * the same for every roster (buyers are the same for every roster: common random numbers) and
     * cannot change the choice; left in, it would make every roster look that much worse.
     */
    public double objectiveLoss(ReplicationMetrics m) { return marginForAll ? recoverableMargin(m) : recoverableSales(m); }

    private interface PerType { double of(ChatCell c, int type); }

    private double sum(ChatCell[] byType, PerType f, boolean margin) {
        if (margin && !marginForAll) return Double.NaN;
        double sum = 0;
        for (int t = 0; t < byType.length; t++) if (!margin || s.buyers().get(t).converts()) sum += f.of(byType[t], t);
        return sum;
    }

    private double sumAt(ReplicationMetrics m, int interval, PerType f, boolean margin) {
        ChatCell[] cells = new ChatCell[m.byTypeInterval.length];
        for (int t = 0; t < cells.length; t++) cells[t] = m.byTypeInterval[t][interval];
        return sum(cells, f, margin);
    }
}
