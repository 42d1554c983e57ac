package io.kefusim.metrics;

import io.kefusim.roster.People;
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
    /** Mean time in the queue of everyone who left it: taken after their wait, or gone after theirs. */
    public static double meanQueueTimeAll(ChatCell c) { return ratio(c.sumWait + c.sumAbandonTime, c.accepted + c.abandoned); }
    public static double meanFirstResponse(ChatCell c) { return ratio(c.sumFirstResponse, c.firstReplied); }
    public static double missedShare(ChatCell c, int deadline) { return ratio(c.missed[deadline], c.offered()); }
    public static double lateShare(ChatCell c) { return ratio(c.lateReplies, c.messagesReplied); }
    public static double avgResponse(ChatCell c) { return ratio(c.sumResponse, c.messagesReplied); }

    // issue 25: people and contacts, with retrials (a buyer who comes back is one person, two contacts)
    /** Buyers counted once each: contacts that were not a buyer coming back. */
    public static long people(ChatCell c) { return c.arrived - c.retrials; }
    /** Abandoned contacts whose buyer never came back. */
    public static long abandonedForGood(ChatCell c) { return c.abandoned - c.abandonedCameBack; }
    /** People who gave up for good, over people who reached the queue (retrials skip the bot). */
    public static double peopleAbandonShare(ChatCell c) { return ratio(abandonedForGood(c), people(c) - c.deflected); }

    public static double occupancy(AgentTime t) { return ratio(t.typing, t.onDuty); }
    public static double meanActiveChats(AgentTime t) { return ratio(t.activeChats, t.onDuty); }

    /**
     * Labour cost of a group, as shops pay ({@link Payroll}): people employed on monthly pay
     * prorated by calendar days, or temporary staff's paid hours by the hour; the hours the
     * working-time system counts as overtime (standard: beyond 8 h a shift, and for a team
     * member the days worked beyond five a week, at the rest-day rate; comprehensive: beyond
     * 40 h a week on average) and the time spent finishing chats after the shift at the overtime rate; commission on the expected
     * sales the group's agents closed; employer contributions on employed people's prorated salary.
     */
    public static double labourCost(Scenario s, ReplicationMetrics m, int group) {
        return Payroll.cost(s, group, People.employed(s, group), Payroll.months(s),
                m.paidByGroup[group], m.premiumByGroup[group], m.restDayByGroup[group], m.holidayByGroup[group], m.agentByGroup[group].overtime, m.salesByGroup[group])
                + nightAllowance(s, m, group);
    }

    /**
     * The labour cost of the counted part of the run, after the warm-up: what is set beside its
     * buyers (cost per answered buyer, the cost to the shop), whose lost orders and commission are
     * the counted buyers'. Salaries for the months of [warm-up, horizon] ({@link Payroll#monthsCounted}),
     * the scheduled time inside it, each stint's premium, rest-day, holiday and night time by its share
     * inside it, the after-shift time worked after the warm-up, the counted buyers' commission. Without a
     * warm-up, {@link #labourCost} itself. {@link #labourCost} stays what the shop pays for the horizon.
     */
    public static double labourCostCounted(Scenario s, ReplicationMetrics m, int group) {
        if (!(s.warmup() > 0)) return labourCost(s, m, group);
        return Payroll.cost(s, group, People.employed(s, group), Payroll.monthsCounted(s),
                m.paidCountedByGroup[group], m.premiumCountedByGroup[group], m.restDayCountedByGroup[group], m.holidayCountedByGroup[group],
                m.overtimeCountedByGroup[group], m.salesByGroup[group])
                + Payroll.nightAllowance(s, m.nightCountedByGroup[group]);
    }

    public static double labourCostCounted(Scenario s, ReplicationMetrics m) {
        if (!(s.warmup() > 0)) return labourCost(s, m);
        double sum = 0;
        for (int g = 0; g < s.groups().size(); g++) sum += labourCostCounted(s, m, g);
        return sum;
    }

    /** The group's night allowance ({@link Payroll#nightAllowance}). */
    public static double nightAllowance(Scenario s, ReplicationMetrics m, int group) {
        return Payroll.nightAllowance(s, m.nightByGroup[group]);
    }

    public static double nightAllowance(Scenario s, ReplicationMetrics m) {
        double sum = 0;
        for (int g = 0; g < s.groups().size(); g++) sum += nightAllowance(s, m, g);
        return sum;
    }

    /** Hours worked between 22:00 and 06:00 (breaks not counted). */
    public static double nightHours(ReplicationMetrics m, int group) { return m.nightByGroup[group] / 3600; }

    public static double nightHours(ReplicationMetrics m) {
        double sum = 0;
        for (double v : m.nightByGroup) sum += v;
        return sum / 3600;
    }

    public static double labourCost(Scenario s, ReplicationMetrics m) {
        double sum = 0;
        for (int g = 0; g < s.groups().size(); g++) sum += labourCost(s, m, g);
        return sum;
    }

    /** Labour cost of one day: that day's salaries, scheduled time, overtime and sales. */
    public static double labourCostOfDay(Scenario s, ReplicationMetrics m, int day) {
        double sum = 0, months = Payroll.monthsOfDay(s, day);
        for (int g = 0; g < s.groups().size(); g++) {
            sum += Payroll.cost(s, g, People.employed(s, g), months,
                    m.paidByDayGroup[day][g], m.premiumByDayGroup[day][g], m.restDayByDayGroup[day][g], m.holidayByDayGroup[day][g], m.overtimeByDayGroup[day][g], m.salesByDayGroup[day][g])
                    + Payroll.nightAllowance(s, m.nightByDayGroup[day][g]);
        }
        return sum;
    }

    /**
     * Hours the working-time system pays as overtime (not the after-shift time, {@code overtime_h}):
     * extended hours at the overtime factor plus rest-day hours at the rest-day factor plus hours
     * on listed statutory holidays at the holiday factor.
     */
    public static double paidOvertimeHours(ReplicationMetrics m, int group) {
        return (m.premiumByGroup[group] + m.restDayByGroup[group] + m.holidayByGroup[group]) / 3600;
    }

    public static double paidOvertimeHours(ReplicationMetrics m) {
        double sum = 0;
        for (int g = 0; g < m.premiumByGroup.length; g++) sum += paidOvertimeHours(m, g);
        return sum;
    }

    /** Paid overtime hours of one day (the stints that start that day; rest-day hours as their share of the week). */
    public static double paidOvertimeHoursOfDay(ReplicationMetrics m, int day) {
        double sum = 0;
        for (int g = 0; g < m.premiumByDayGroup[day].length; g++) sum += m.premiumByDayGroup[day][g] + m.restDayByDayGroup[day][g] + m.holidayByDayGroup[day][g];
        return sum / 3600;
    }

    /** Of {@link #paidOvertimeHours}, the hours worked on rest days (at the rest-day factor). */
    public static double restDayHours(ReplicationMetrics m, int group) { return m.restDayByGroup[group] / 3600; }

    public static double restDayHours(ReplicationMetrics m) {
        double sum = 0;
        for (double v : m.restDayByGroup) sum += v;
        return sum / 3600;
    }

    /** Of {@link #paidOvertimeHours}, the hours worked on listed statutory holidays (at the holiday factor). */
    public static double holidayHours(ReplicationMetrics m, int group) { return m.holidayByGroup[group] / 3600; }

    public static double holidayHours(ReplicationMetrics m) {
        double sum = 0;
        for (double v : m.holidayByGroup) sum += v;
        return sum / 3600;
    }

    /** Holiday hours of one day (the stints that start that day, as {@link #paidOvertimeHoursOfDay}). */
    public static double holidayHoursOfDay(ReplicationMetrics m, int day) {
        double sum = 0;
        for (double v : m.holidayByDayGroup[day]) sum += v;
        return sum / 3600;
    }

    /**
     * Paid hours per position per week: the hours the rota pays in a week ({@link People#weeklyPaidHours})
     * over the positions it fills ({@link People#weeklyPositions}). A property of the rota, as
     * {@link #paidHoursPerPersonWeek}: 3 positions of 8 hours every day read 56 whether the run
     * covers the day, 12 hours or 6 (before, the run's paid time over agents × whole days: 56, 28
     * and 0 for those runs of small.yaml).
     */
    public static double paidHoursPerAgentWeek(Scenario s, ReplicationMetrics m, int group) {
        return ratio(People.weeklyPaidHours(s, group), People.weeklyPositions(s, group));
    }

    public static double paidHoursPerAgentWeek(Scenario s, ReplicationMetrics m) {
        double paid = 0, positions = 0;
        for (int g = 0; g < s.groups().size(); g++) { paid += People.weeklyPaidHours(s, g); positions += People.weeklyPositions(s, g); }
        return ratio(paid, positions);
    }

    /** People the group employs (team members, or the rota its positions take; {@link People}). */
    public static double peopleEmployed(Scenario s, int group) { return People.employed(s, group); }

    public static double peopleEmployed(Scenario s) {
        double sum = 0;
        for (int g = 0; g < s.groups().size(); g++) sum += People.employed(s, g);
        return sum;
    }

    /**
     * Paid hours per person employed per week: the hours the rota pays its people in a week
     * ({@link People#weeklyPaidHours}) over the people it employs. A property of the rota, not of
     * the stretch the run simulates: a run that cuts a shift pays the same people the same days
     * (labour cost by whole days), so it says the same hours (before, the run's paid time over
     * people × whole days: 14.7 for trace-replay's 6 hours, 39.6 for 16 hours of the same rota).
     */
    public static double paidHoursPerPersonWeek(Scenario s, ReplicationMetrics m, int group) {
        return ratio(People.weeklyPaidHours(s, group), People.employed(s, group));
    }

    public static double paidHoursPerPersonWeek(Scenario s, ReplicationMetrics m) {
        double paid = 0;
        for (int g = 0; g < s.groups().size(); g++) paid += People.weeklyPaidHours(s, g);
        return ratio(paid, peopleEmployed(s));
    }

    /**
     * Labour cost over the buyers an agent took (a chat accepted, a call picked up): both over the
     * counted part of the run, after the warm-up ({@link #labourCostCounted}).
     */
    public static double labourCostPerAnswered(Scenario s, ReplicationMetrics m) { return ratio(labourCostCounted(s, m), m.total.accepted); }

    public static double labourCostPerAnswered(Scenario s, ReplicationMetrics m, int group) { return ratio(labourCostCounted(s, m, group), m.byGroup[group].accepted); }

    /** Labour cost over the people employed. */
    public static double labourCostPerPerson(Scenario s, ReplicationMetrics m) { return ratio(labourCost(s, m), peopleEmployed(s)); }

    public static double labourCostPerPerson(Scenario s, ReplicationMetrics m, int group) { return ratio(labourCost(s, m, group), People.employed(s, group)); }

    /** What unanswered buyers cost beyond lost orders (refunds, bad reviews): abandoned or still waiting, times the type's unanswered_cost. */
    public static double unansweredCost(Scenario s, ReplicationMetrics m) {
        double sum = 0;
        for (int t = 0; t < s.buyers().size(); t++) sum += unansweredCost(s, m.byType[t], t);
        return sum;
    }

    public static double unansweredCost(Scenario s, ChatCell c, int type) {
        // per buyer: an abandoned contact whose buyer came back is not the buyer's last (issue 25)
        return (c.abandoned - c.abandonedCameBack + c.openAtEnd) * s.buyers().get(type).unansweredCost();
    }

    /** The unanswered buyers' cost of one reporting interval, all types. */
    public static double unansweredCost(Scenario s, ReplicationMetrics m, int interval) {
        double sum = 0;
        for (int t = 0; t < s.buyers().size(); t++) sum += unansweredCost(s, m.byTypeInterval[t][interval], t);
        return sum;
    }
}
