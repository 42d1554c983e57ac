package io.kefusim.metrics;

import java.util.Arrays;

/**
 * Time integrals of agent state, kept per agent group rather than per agent: a group's agent-seconds
 * on duty are the integral of how many of its agents are on duty, and that count changes only at
 * events. So the simulation reports each change of a group's four counts — agents on duty, agents
 * typing while on duty, chats held while on duty, agents in overtime — and the ledger adds
 * count × elapsed time into the current <em>segment</em> of a fixed grid: the union of the
 * reporting intervals, the calendar days, the warm-up and the horizon. A change costs a few
 * additions (a piece crosses a segment boundary only at the grid's times, about once an
 * interval), instead of splitting every agent's every piece over intervals and days. When the
 * replication ends, {@link #settle} sums segments into the per-interval, per-day, per-group and
 * run figures, with the same clipping as before: on-duty figures inside [warm-up, horizon],
 * overtime unclipped and counted on the day it is worked (after the horizon: the last day).
 */
final class AgentTimeLedger {
    private static final int DUTY = 0, TYPING = 1, ACTIVE = 2, OVERTIME = 3, FIELDS = 4;

    /** Segment s is [start[s], start[s + 1]); the last one is [start[n - 1], ∞). */
    private final double[] start;
    /** Segment s ends at end[s] = start[s + 1] (the last one at +∞). */
    private final double[] end;
    /** The reporting interval of a segment, or -1 if it lies before the warm-up or after the horizon. */
    private final int[] interval;
    /** The calendar day of a segment: for on-duty figures (counted segments) and overtime (clamped to the run's days). */
    private final int[] day;
    private final int[] duty, typing, active, overtime, cursor;
    private final double[] last;
    /** Per group, FIELDS agent-seconds a segment, segment-major. */
    private final double[][] acc;

    AgentTimeLedger(int groups, double warmup, double horizon, double interval, double day0, int intervals, int days) {
        double[] cuts = new double[intervals + days + 4];
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = warmup;
        cuts[n++] = horizon;
        for (int i = 1; i < intervals; i++) cuts[n++] = i * interval;
        for (int d = 0; d <= days; d++) {
            double t = day0 + d * 86400.0;
            if (t > 0 && t < horizon) cuts[n++] = t;
        }
        double[] sorted = Arrays.copyOf(cuts, n);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || sorted[i] != sorted[m - 1]) sorted[m++] = sorted[i];
        start = Arrays.copyOf(sorted, m);
        end = new double[m];
        for (int s = 0; s < m; s++) end[s] = s + 1 < m ? start[s + 1] : Double.POSITIVE_INFINITY;
        this.interval = new int[m];
        this.day = new int[m];
        for (int s = 0; s < m; s++) {
            double t = start[s];
            boolean counted = t >= warmup && t < horizon;
            this.interval[s] = counted ? Math.min(intervals - 1, (int) (t / interval)) : -1;
            this.day[s] = Math.max(0, Math.min(days - 1, (int) Math.floor((t - day0) / 86400)));
        }
        duty = new int[groups];
        typing = new int[groups];
        active = new int[groups];
        overtime = new int[groups];
        cursor = new int[groups];
        last = new double[groups];
        acc = new double[groups][m * FIELDS];
    }

    /** The group's counts change by these amounts at time t (not before its last change). */
    void change(int group, double t, int dDuty, int dTyping, int dActive, int dOvertime) {
        advance(group, t);
        duty[group] += dDuty;
        typing[group] += dTyping;
        active[group] += dActive;
        overtime[group] += dOvertime;
    }

    /**
     * Adds the group's counts held over [last change, t) to the segments it spans. Nearly always
     * [last change, t) lies inside one segment (a piece crosses a boundary about once an interval):
     * that case is handled here, the crossing out of line, with the same sums.
     */
    private void advance(int g, double t) {
        double from = last[g];
        int s = cursor[g];
        if (!(t < end[s])) {
            cross(g, t, from, s);
            return;
        }
        // A count of 0, or a piece of no time (t = from: changes at one instant, as at a
        // replication's start), adds 0 × dt = +0.0, which leaves a sum as it is (a sum that starts at
        // +0.0 is never -0.0): the same doubles whether added or skipped. Duty, typing and chats are
        // added without a test, as they are 0 only at a replication's start and end (tests there,
        // never false in the middle of replication 1, were pruned by C2, which then trapped at the end
        // and recompiled); overtime, nearly always 0, is skipped when it is.
        double dt = t - from;
        double[] a = acc[g];
        int b = s * FIELDS;
        a[b + DUTY] += duty[g] * dt;
        a[b + TYPING] += typing[g] * dt;
        a[b + ACTIVE] += active[g] * dt;
        int n;
        if ((n = overtime[g]) != 0) a[b + OVERTIME] += n * dt;
        last[g] = t;
    }

    /** {@link #advance} over one segment boundary or more. */
    private void cross(int g, double t, double from, int s) {
        double[] a = acc[g];
        double d = duty[g], ty = typing[g], ac = active[g], ot = overtime[g];
        boolean idle = duty[g] == 0 && overtime[g] == 0 && active[g] == 0 && typing[g] == 0;
        while (true) {
            double segEnd = end[s];
            double hi = t < segEnd ? t : segEnd;
            if (!idle) {
                double dt = hi - from;
                int b = s * FIELDS;
                a[b + DUTY] += d * dt;
                a[b + TYPING] += ty * dt;
                a[b + ACTIVE] += ac * dt;
                a[b + OVERTIME] += ot * dt;
            }
            if (t < segEnd) break;
            from = segEnd;
            s++;
        }
        cursor[g] = s;
        last[g] = t;
    }

    /** Closes every group's books at {@code end} (the last event) and writes the figures into {@code m}. */
    void settle(double end, ReplicationMetrics m) {
        for (int g = 0; g < acc.length; g++) {
            advance(g, end);
            double[] a = acc[g];
            for (int s = 0; s < start.length; s++) {
                int b = s * FIELDS;
                double ot = a[b + OVERTIME];
                if (ot != 0) {
                    m.agentByGroup[g].overtime += ot;
                    m.agentTotal.overtime += ot;
                    m.overtimeByDayGroup[day[s]][g] += ot;
                    m.agentByDay[day[s]].overtime += ot; // by_day's overtime_h: the days add up to the total
                    if (start[s] >= m.warmup()) m.overtimeCountedByGroup[g] += ot; // after the warm-up (a cut of the grid)
                }
                int iv = interval[s];
                double onDuty = a[b + DUTY];
                if (iv < 0 || onDuty == 0) continue;
                double ty = a[b + TYPING], ac = a[b + ACTIVE];
                add(m.agentByGroup[g], onDuty, ty, ac);
                add(m.agentTotal, onDuty, ty, ac);
                add(m.agentByInterval[iv], onDuty, ty, ac);
                add(m.agentByDay[day[s]], onDuty, ty, ac);
                m.onDutyByGroupInterval[g][iv] += onDuty;
                m.typingByGroupInterval[g][iv] += ty;
            }
        }
    }

    private static void add(AgentTime t, double onDuty, double typing, double active) {
        t.onDuty += onDuty;
        t.typing += typing;
        t.activeChats += active;
    }
}
