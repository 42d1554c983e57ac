package io.kefusim.metrics;

import io.kefusim.scenario.Scenario;

/**
 * The definitions of the reported figures, per replication, in one place. Shares of buyers
 * are over buyers who reached the queue (arrived minus deflected by the bot), counting
 * abandoned and still-waiting buyers as not answered.
 */
public final class Figures {
    private Figures() {}

    public static double ratio(double a, double b) { return b > 0 ? a / b : Double.NaN; }

    public static double abandonShare(ChatCell c) { return ratio(c.abandoned, c.offered()); }
    public static double serviceLevel(ChatCell c) { return ratio(c.withinTarget, c.offered()); }
    public static double meanWait(ChatCell c) { return ratio(c.sumWait, c.accepted); }
    public static double meanAbandonTime(ChatCell c) { return ratio(c.sumAbandonTime, c.abandoned); }
    public static double meanFirstResponse(ChatCell c) { return ratio(c.sumFirstResponse, c.firstReplied); }
    public static double missedShare(ChatCell c, int deadline) { return ratio(c.missed[deadline], c.offered()); }
    public static double lateShare(ChatCell c) { return ratio(c.lateReplies, c.messagesReplied); }
    public static double avgResponse(ChatCell c) { return ratio(c.sumResponse, c.messagesReplied); }

    public static double occupancy(AgentTime t) { return ratio(t.typing, t.onDuty); }
    public static double meanActiveChats(AgentTime t) { return ratio(t.activeChats, t.onDuty); }

    /**
     * Labour cost of a group: scheduled hours inside the horizon at the hourly rate
     * (monthly pay / monthly paid hours), overtime at that rate times the overtime factor,
     * and commission on the expected sales the group's agents closed.
     */
    public static double labourCost(Scenario s, ReplicationMetrics m, int group) {
        Scenario.AgentGroup g = s.groups().get(group);
        double hourly = g.monthlyPay() / s.costs().monthlyPaidHours();
        return m.paidByGroup[group] / 3600 * hourly
                + m.agentByGroup[group].overtime / 3600 * hourly * s.costs().overtimeFactor()
                + m.salesByGroup[group] * s.costs().commission();
    }

    public static double labourCost(Scenario s, ReplicationMetrics m) {
        double sum = 0;
        for (int g = 0; g < s.groups().size(); g++) sum += labourCost(s, m, g);
        return sum;
    }
}
