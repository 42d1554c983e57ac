package io.kefusim.metrics;

import org.HdrHistogram.Histogram;

/**
 * Everything one replication measures. The simulation calls the {@code on...} methods with
 * primitives only, a chat's arrival given as its {@link #segmentOf segment}; nothing here
 * allocates while the simulation runs. Chats arriving before the warm-up are not counted;
 * agent time is counted inside [warm-up, horizon].
 */
public final class ReplicationMetrics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final int ABANDONED = 1, CLOSED = 2, OPEN = 3;

    private final double warmup, horizon, interval, day0, slTarget, replyDeadline;
    private final double[] deadlines;
    /** Whether each deadline is later than the one before (always, from a scenario file): a chat then misses the first so many. */
    private final boolean deadlinesIncrease;
    public final ChatCell total;
    public final ChatCell[] byType, byDay, byInterval, byGroup;
    /** [type][interval], counts and means only: lets the staffing optimiser see which type falls short when. */
    public final ChatCell[][] byTypeInterval;
    public final AgentTime agentTotal;
    public final AgentTime[] agentByGroup, agentByInterval, agentByDay;
    /** Seconds on duty and typing per group and interval, [group][interval]: occupancy by hour per group (a day's average hides the peak). */
    public final double[][] onDutyByGroupInterval, typingByGroupInterval;
    /** Expected sales closed by each group (for commission). */
    public final double[] salesByGroup;
    /** Scheduled duty of each group inside [0, horizon], agent-seconds (for pay). */
    public final double[] paidByGroup;
    /** Scheduled time paid at the overtime rate by the working-time system, agent-seconds per group. */
    public final double[] premiumByGroup;
    /** Scheduled time worked on rest days, paid at the rest-day factor (standard system, team members), agent-seconds per group. */
    public final double[] restDayByGroup;
    /** Scheduled time worked on listed statutory holidays, paid at the holiday factor (standard and comprehensive systems), agent-seconds per group. */
    public final double[] holidayByGroup;
    /** Seconds worked (breaks not counted) between 22:00 and 06:00, for costs.night_allowance: per group, and per day and group (by the stint's start). */
    public final double[] nightByGroup;
    public final double[][] nightByDayGroup;
    /** Per day and group: scheduled duty, its premium part, overtime and commissionable sales (for the cost of each day). */
    public final double[][] paidByDayGroup, premiumByDayGroup, restDayByDayGroup, holidayByDayGroup, overtimeByDayGroup, salesByDayGroup;
    /**
     * The same after the warm-up, per group, for the labour cost of the counted part of the run (what
     * is set beside its buyers): scheduled duty inside [warm-up, horizon], and of each stint's premium,
     * rest-day, holiday and night seconds the stint's share inside it; after-shift time worked after the
     * warm-up. Zero without a warm-up (the whole run is counted then).
     */
    public final double[] paidCountedByGroup, premiumCountedByGroup, restDayCountedByGroup, holidayCountedByGroup,
            nightCountedByGroup, overtimeCountedByGroup;
    /** Agents on the roster of each group (positions in roster mode, team members with rotations). */
    public final int[] agentsByGroup;
    /**
     * While the replication runs, waits, first responses and times to abandon are recorded once
     * per chat into a histogram of its (type, group) — index {@code type * (groups + 1) + group + 1},
     * group -1 for chats no agent took — and once into its day's; {@link #settleHistograms} then
     * adds them into the run's, each type's and each group's. Histogram addition is exact, so the
     * percentiles are those of recording every chat four times, at half the recording.
     */
    private BucketCounts[] fineWait, fineFirst, fineAbandon;
    /** The same per day, added into the day cells' histograms when the replication ends. */
    private BucketCounts[] dayWait, dayFirst, dayAbandon;
    /**
     * With few days, types and groups (at most {@value #MAX_JOINT_SLICES} (day, type, group)
     * slices), a duration is counted once, in its (day, type, group) slice — index
     * {@code day * fineSlices + type * (groups + 1) + group + 1} — instead of twice, and
     * {@link #settleHistograms} adds the slices up into the (type, group) and day counts above:
     * whole counts, so the very same counts. Null otherwise (then the two counts are kept as they go).
     */
    private BucketCounts[] jointWait, jointFirst, jointAbandon;
    static final int MAX_JOINT_SLICES = 256;
    /** {@link #MAX_JOINT_SLICES}, or another bound a test sets (0: never joint) to compare the two ways. */
    static int maxJointSlices = MAX_JOINT_SLICES;
    private final int fineGroups, fineSlices;
    /**
     * While the replication runs, a chat's counters go into one cell: its buyer type's cell of the
     * <em>segment</em> it arrived in (its reporting interval, split where a calendar day starts
     * inside it), plus its agent group's cell. {@link #settle} then adds each segment cell into the
     * run's, the type's, the day's and the interval's — one cell updated per chat event instead of
     * six. When no interval spans midnight, the segments are the intervals and the segment cells are
     * {@link #byTypeInterval} itself. Null once settled (so a settled replication sent to another
     * machine carries no segment cells).
     */
    private transient ChatCell[][] segmentCells;
    /** Per interval: its first segment, the day of that segment and how many days (segments) it spans. */
    private final int[] segBase, segFirstDay, segSpan;
    /** Per segment: its interval and its day. */
    private final int[] segInterval, segDay;
    /** Agent counts by group over time, until {@link #settle}. */
    private transient AgentTimeLedger ledger;
    public long events;
    public int maxPendingEvents;
    public double wallSeconds;

    public ReplicationMetrics(int types, int groups, double warmup, double horizon, double interval, double day0,
                              double slTarget, double[] deadlines, double replyDeadline) {
        this(types, groups, warmup, horizon, interval, day0, slTarget, deadlines, replyDeadline, true);
    }

    /**
     * @param histograms false for counters only (no percentiles): what the staffing optimiser's
     *                   goals need, at a fraction of the memory and time of a replication's histograms
     */
    public ReplicationMetrics(int types, int groups, double warmup, double horizon, double interval, double day0,
                              double slTarget, double[] deadlines, double replyDeadline, boolean histograms) {
        this.warmup = warmup;
        this.horizon = horizon;
        this.interval = interval;
        this.day0 = day0;
        this.slTarget = slTarget;
        this.deadlines = deadlines.clone();
        boolean increase = true;
        for (int i = 1; i < deadlines.length; i++) increase &= deadlines[i] > deadlines[i - 1];
        deadlinesIncrease = increase;
        this.replyDeadline = replyDeadline;
        int nd = deadlines.length;
        total = new ChatCell(nd, histograms);
        byType = cells(types, nd, histograms);
        byGroup = cells(groups, nd, histograms);
        int days = dayIndex(Math.nextDown(horizon)) + 1;
        byDay = cells(days, nd, histograms);
        int intervals = intervalCount(horizon, interval);
        byInterval = cells(intervals, nd, false);
        byTypeInterval = new ChatCell[types][];
        for (int t = 0; t < types; t++) byTypeInterval[t] = cells(intervals, nd, false);
        segBase = new int[intervals];
        segFirstDay = new int[intervals];
        segSpan = new int[intervals];
        int segments = 0;
        for (int i = 0; i < intervals; i++) {
            double end = i == intervals - 1 ? horizon : (i + 1) * interval;
            segBase[i] = segments;
            segFirstDay[i] = Math.max(0, dayIndex(i * interval));
            segSpan[i] = Math.max(1, Math.min(days - 1, dayIndex(Math.nextDown(end))) - segFirstDay[i] + 1);
            segments += segSpan[i];
        }
        segInterval = new int[segments];
        segDay = new int[segments];
        for (int i = 0; i < intervals; i++) {
            for (int k = 0; k < segSpan[i]; k++) {
                segInterval[segBase[i] + k] = i;
                segDay[segBase[i] + k] = segFirstDay[i] + k;
            }
        }
        if (segments == intervals) {
            segmentCells = byTypeInterval;
        } else {
            segmentCells = new ChatCell[types][];
            for (int t = 0; t < types; t++) segmentCells[t] = cells(segments, nd, false);
        }
        agentTotal = new AgentTime();
        agentByGroup = times(groups);
        agentByInterval = times(intervals);
        agentByDay = times(days);
        onDutyByGroupInterval = new double[groups][intervals];
        typingByGroupInterval = new double[groups][intervals];
        salesByGroup = new double[groups];
        paidByGroup = new double[groups];
        premiumByGroup = new double[groups];
        restDayByGroup = new double[groups];
        holidayByGroup = new double[groups];
        nightByGroup = new double[groups];
        nightByDayGroup = new double[days][groups];
        paidByDayGroup = new double[days][groups];
        premiumByDayGroup = new double[days][groups];
        restDayByDayGroup = new double[days][groups];
        holidayByDayGroup = new double[days][groups];
        overtimeByDayGroup = new double[days][groups];
        salesByDayGroup = new double[days][groups];
        paidCountedByGroup = new double[groups];
        premiumCountedByGroup = new double[groups];
        restDayCountedByGroup = new double[groups];
        holidayCountedByGroup = new double[groups];
        nightCountedByGroup = new double[groups];
        overtimeCountedByGroup = new double[groups];
        agentsByGroup = new int[groups];
        ledger = new AgentTimeLedger(groups, warmup, horizon, interval, day0, intervals, days);
        fineGroups = groups + 1;
        fineSlices = types * fineGroups;
        if (histograms) {
            fineWait = new BucketCounts[fineSlices];
            fineFirst = new BucketCounts[fineSlices];
            fineAbandon = new BucketCounts[fineSlices];
            dayWait = new BucketCounts[days];
            dayFirst = new BucketCounts[days];
            dayAbandon = new BucketCounts[days];
            if ((long) days * fineSlices <= maxJointSlices) {
                jointWait = new BucketCounts[days * fineSlices];
                jointFirst = new BucketCounts[days * fineSlices];
                jointAbandon = new BucketCounts[days * fineSlices];
            }
        }
    }

    /**
     * Counts a duration in its (type, group) slice {@code f} and its day's slice {@code d}: one
     * bucket worked out for both, or counted once in the (day, type, group) slice when those are kept.
     */
    private void record(BucketCounts[] joint, BucketCounts[] fine, int f, BucketCounts[] day, int d, double seconds) {
        if (joint != null) {
            slice(joint, d * fineSlices + f).add(BucketCounts.bucketOf(seconds));
            return;
        }
        if (fine == null) return; // counters only (the day slices are kept exactly when these are)
        int bucket = BucketCounts.bucketOf(seconds);
        slice(fine, f).add(bucket);
        slice(day, d).add(bucket);
    }

    /**
     * Adds the (day, type, group) counts up into the (type, group) counts and the day counts. A sum
     * of one slice is that slice itself (not a copy): sums of more are new counts, so no slice is
     * added to once it is handed on, and the slices are only read from then on.
     */
    private void splitJoint(BucketCounts[] joint, BucketCounts[] fine, BucketCounts[] day) {
        int[] perFine = new int[fineSlices], perDay = new int[day.length];
        for (int d = 0; d < day.length; d++) {
            for (int f = 0; f < fineSlices; f++) {
                if (joint[d * fineSlices + f] != null) {
                    perFine[f]++;
                    perDay[d]++;
                }
            }
        }
        for (int d = 0; d < day.length; d++) {
            for (int f = 0; f < fineSlices; f++) {
                BucketCounts c = joint[d * fineSlices + f];
                if (c == null) continue;
                if (perFine[f] == 1) fine[f] = c;
                else slice(fine, f).addCounts(c);
                if (perDay[d] == 1) day[d] = c;
                else slice(day, d).addCounts(c);
            }
        }
    }

    private static BucketCounts slice(BucketCounts[] slices, int i) {
        BucketCounts c = slices[i];
        if (c == null) slices[i] = c = new BucketCounts();
        return c;
    }

    /** Adds the (type, group) histograms into the run's, types' and groups' (once, when the replication ends). */
    public void settleHistograms() {
        if (fineWait == null) return;
        BucketCounts[][] joint = {jointWait, jointFirst, jointAbandon};
        if (jointWait != null) {
            splitJoint(jointWait, fineWait, dayWait);
            splitJoint(jointFirst, fineFirst, dayFirst);
            splitJoint(jointAbandon, fineAbandon, dayAbandon);
            jointWait = jointFirst = jointAbandon = null;
        }
        for (int t = 0; t < byType.length; t++) {
            for (int g = 0; g < fineGroups; g++) {
                int i = t * fineGroups + g;
                addInto(fineWait[i], total.wait, byType[t].wait, g > 0 ? byGroup[g - 1].wait : null);
                addInto(fineFirst[i], total.firstResponse, byType[t].firstResponse, g > 0 ? byGroup[g - 1].firstResponse : null);
                addInto(fineAbandon[i], total.abandonTime, byType[t].abandonTime, g > 0 ? byGroup[g - 1].abandonTime : null);
            }
        }
        for (int d = 0; d < byDay.length; d++) {
            addInto(dayWait[d], byDay[d].wait, null, null);
            addInto(dayFirst[d], byDay[d].firstResponse, null, null);
            addInto(dayAbandon[d], byDay[d].abandonTime, null, null);
        }
        // every count is in the histograms now: the arrays go back to the thread's pool (the joint
        // slices too, whether handed on as they were or added into sums)
        for (BucketCounts[] slices : joint) release(slices);
        for (BucketCounts[] slices : new BucketCounts[][]{fineWait, fineFirst, fineAbandon, dayWait, dayFirst, dayAbandon}) release(slices);
        fineWait = fineFirst = fineAbandon = dayWait = dayFirst = dayAbandon = null;
    }

    private static void release(BucketCounts[] slices) {
        if (slices == null) return;
        for (BucketCounts c : slices) if (c != null) c.release();
    }

    private static void addInto(BucketCounts counts, Histogram a, Histogram b, Histogram c) {
        if (counts != null) counts.addTo(a, b, c);
    }

    private int clampDay(double t) { return Math.max(0, Math.min(byDay.length - 1, dayIndex(t))); }

    /**
     * One stint of an agent of the group, [from, to) inside the horizon, of which {@code premium}
     * seconds earn the overtime rate, {@code restDay} seconds the rest-day rate and {@code holiday}
     * seconds the holiday rate (all three, as the premium, counted on the day the stint starts), and
     * {@code night} seconds worked between 22:00 and 06:00 (costs.night_allowance), counted the same way.
     */
    public void onStint(int group, double from, double to, double premium, double restDay, double holiday, double night) {
        nightByGroup[group] += night;
        nightByDayGroup[clampDay(from)][group] += night;
        paidByGroup[group] += to - from;
        premiumByGroup[group] += premium;
        premiumByDayGroup[clampDay(from)][group] += premium;
        restDayByGroup[group] += restDay;
        restDayByDayGroup[clampDay(from)][group] += restDay;
        holidayByGroup[group] += holiday;
        holidayByDayGroup[clampDay(from)][group] += holiday;
        if (warmup > 0 && to > warmup && to > from) { // the stint's part after the warm-up
            double a = Math.max(from, warmup), share = (to - a) / (to - from);
            paidCountedByGroup[group] += to - a;
            premiumCountedByGroup[group] += premium * share;
            restDayCountedByGroup[group] += restDay * share;
            holidayCountedByGroup[group] += holiday * share;
            nightCountedByGroup[group] += night * share;
        }
        int d = clampDay(from);
        while (from < to) {
            double dayEnd = day0 + (d + 1) * 86400.0;
            double hi = d == byDay.length - 1 ? to : Math.min(to, dayEnd);
            paidByDayGroup[d][group] += hi - from;
            from = hi;
            d++;
        }
    }

    /**
     * Merges this replication's histograms into {@code into} (replication 0 of the same run) and
     * drops them: what is kept of a finished replication is then its counters only, so a run of
     * 100,000 replications fits in the heap. Reports read percentiles from the merge of all
     * replications' histograms, which is the same wherever they were merged.
     */
    public void moveHistogramsInto(ReplicationMetrics into) {
        total.moveHistogramsInto(into.total);
        for (int i = 0; i < byType.length; i++) byType[i].moveHistogramsInto(into.byType[i]);
        for (int i = 0; i < byDay.length; i++) byDay[i].moveHistogramsInto(into.byDay[i]);
        for (int i = 0; i < byGroup.length; i++) byGroup[i].moveHistogramsInto(into.byGroup[i]);
    }

    public static int intervalCount(double horizon, double interval) {
        return (int) Math.ceil(horizon / interval - 1e-9);
    }

    private static ChatCell[] cells(int n, int deadlines, boolean hist) {
        ChatCell[] c = new ChatCell[n];
        for (int i = 0; i < n; i++) c[i] = new ChatCell(deadlines, hist);
        return c;
    }

    private static AgentTime[] times(int n) {
        AgentTime[] t = new AgentTime[n];
        for (int i = 0; i < n; i++) t[i] = new AgentTime();
        return t;
    }

    public int dayIndex(double t) { return (int) Math.floor((t - day0) / 86400); }
    private int intervalIndex(double t) { return Math.min(byInterval.length - 1, (int) (t / interval)); }
    public double intervalLength(int i) { return Math.min(horizon, (i + 1) * interval) - i * interval; }
    /** Seconds of day d inside [warm-up, horizon] (agents on duty per day are averaged over this). */
    public double dayLength(int d) {
        double a = Math.max(warmup, day0 + d * 86400.0), b = Math.min(horizon, day0 + (d + 1) * 86400.0);
        return Math.max(0, b - a);
    }
    public double warmup() { return warmup; }
    /** Simulated time of the first day's midnight (at or before 0): clock hours and days are counted from it. */
    public double day0() { return day0; }
    /** Simulated time an interval starts. */
    public double intervalStart(int i) { return i * interval; }
    public double horizon() { return horizon; }

    /** {@link #segmentOf} of a chat that arrived before the warm-up ended: it is not counted. */
    public static final int NOT_COUNTED = -1;

    /**
     * Where a chat arriving at t is counted, for the {@code on...} methods: the <em>segment</em>
     * of its interval on its day, or {@link #NOT_COUNTED} before the warm-up. The simulation works
     * it out once, when the chat arrives, and hands it to every later call for the chat. A time
     * within rounding of a midnight that starts an interval counts on the day that interval starts.
     */
    public int segmentOf(double t) {
        if (!(t >= warmup)) return NOT_COUNTED;
        int iv = intervalIndex(t);
        int k = dayIndex(t) - segFirstDay[iv], span = segSpan[iv];
        return segBase[iv] + (k < 0 ? 0 : k >= span ? span - 1 : k);
    }

    public void onArrival(int type, int seg, boolean deflected) {
        if (seg < 0) return;
        ChatCell c = segmentCells[type][seg];
        c.arrived++;
        if (deflected) c.deflected++;
    }

    /** Issue 25: the contact that just arrived (and was counted by {@link #onArrival}) is a buyer coming back. */
    public void onRetrial(int type, int seg) {
        if (seg >= 0) segmentCells[type][seg].retrials++;
    }

    /** Issue 25: the buyer of an abandoned contact (arrived in segment {@code seg}) will come back. */
    public void onAbandonedComesBack(int type, int seg) {
        if (seg >= 0) segmentCells[type][seg].abandonedCameBack++;
    }

    /** Issue 25: the buyer of a contact answered late (arrived in segment {@code seg}) will come back (after_late_reply). */
    public void onAnsweredComesBack(int type, int seg) {
        if (seg >= 0) segmentCells[type][seg].answeredCameBack++;
    }

    public void onAccepted(int type, int group, int seg, double wait) {
        if (seg < 0) return;
        accept(segmentCells[type][seg], wait);
        accept(byGroup[group], wait);
        record(jointWait, fineWait, type * fineGroups + group + 1, dayWait, segDay[seg], wait);
    }

    private static void accept(ChatCell c, double wait) {
        c.accepted++;
        c.sumWait += wait;
        if (wait > c.maxWait) c.maxWait = wait;
    }

    public void onReply(int type, int group, int seg, double response) {
        if (seg < 0) return;
        boolean late = response > replyDeadline;
        reply(segmentCells[type][seg], response, late);
        reply(byGroup[group], response, late);
    }

    private static void reply(ChatCell c, double r, boolean late) {
        c.messagesReplied++;
        c.sumResponse += r;
        if (late) c.lateReplies++;
    }

    /**
     * A chat's final outcome. {@code firstResponse} is NaN when no human ever replied;
     * {@code group} is -1 for a chat no agent accepted; {@code abandonAfter} is the time to
     * abandon for ABANDONED chats.
     */
    public void onFinished(int type, int group, int seg, int outcome, double firstResponse, double abandonAfter,
                           double lostOrders, double lostSales) {
        if (seg < 0) return;
        int d = segDay[seg];
        // what the chat adds is worked out once for its segment's cell and its group's
        boolean replied = !Double.isNaN(firstResponse);
        boolean within = replied && firstResponse <= slTarget;
        int missed = deadlinesIncrease ? missedDeadlines(replied, firstResponse) : -1;
        finish(segmentCells[type][seg], outcome, firstResponse, abandonAfter, lostOrders, lostSales, replied, within, missed);
        if (group >= 0) finish(byGroup[group], outcome, firstResponse, abandonAfter, lostOrders, lostSales, replied, within, missed);
        if (missed < 0) missedOneByOne(type, group, seg, replied, firstResponse);
        int fine = type * fineGroups + group + 1;
        if (outcome == ABANDONED) {
            record(jointAbandon, fineAbandon, fine, dayAbandon, d, abandonAfter);
        }
        if (!Double.isNaN(firstResponse)) {
            record(jointFirst, fineFirst, fine, dayFirst, d, firstResponse);
        }
    }

    public void onSale(int group, int seg, double expectedSales) {
        if (seg < 0 || expectedSales == 0) return; // adding 0 leaves the sums as they are
        salesByGroup[group] += expectedSales;
        salesByDayGroup[segDay[seg]][group] += expectedSales;
    }

    /**
     * How many of the first-response deadlines the chat missed: all if never replied to, else those
     * below its first response. Deadlines increase (the scenario checks), so the missed ones are the
     * first so many.
     */
    private int missedDeadlines(boolean replied, double first) {
        double[] dl = deadlines;
        if (!replied) return dl.length;
        int k = 0;
        while (k < dl.length && first > dl[k]) k++;
        return k;
    }

    /** Counts the missed deadlines one by one, when they do not increase (a scenario built by hand). */
    private void missedOneByOne(int type, int group, int seg, boolean replied, double first) {
        for (int i = 0; i < deadlines.length; i++) {
            if (!replied || first > deadlines[i]) {
                segmentCells[type][seg].missed[i]++;
                if (group >= 0) byGroup[group].missed[i]++;
            }
        }
    }

    private static void finish(ChatCell c, int outcome, double first, double abandonAfter, double lostOrders, double lostSales,
                               boolean replied, boolean within, int missed) {
        if (outcome == ABANDONED) {
            c.abandoned++;
            c.sumAbandonTime += abandonAfter;
        } else if (outcome == OPEN) {
            c.openAtEnd++;
        }
        if (replied) {
            c.firstReplied++;
            c.sumFirstResponse += first;
            if (within) c.withinTarget++;
        }
        long[] m = c.missed;
        for (int i = 0; i < missed; i++) m[i]++;
        // adding 0 leaves a sum as it is (one that starts at +0.0 is never -0.0): the same doubles
        // without the additions for types that do not convert
        if (lostOrders != 0) c.lostOrders += lostOrders;
        if (lostSales != 0) c.lostSales += lostSales;
    }

    /**
     * The agent counts of a group changed at time t: agents on duty (in a shift, not on a break),
     * agents typing while on duty, chats held while on duty, agents in overtime (off shift with
     * chats still open). Called only when one of them moves.
     */
    public void onAgentsChanged(int group, double t, int dOnDuty, int dTyping, int dActive, int dOvertime) {
        ledger.change(group, t, dOnDuty, dTyping, dActive, dOvertime);
    }

    /**
     * Ends the books at the replication's last event (after the last chat is reported): fills the
     * agent-time figures, and the run's, types', days' and intervals' chat cells from the segment cells.
     */
    public void settle(double end) {
        if (ledger != null) {
            ledger.settle(end, this);
            ledger = null;
        }
        if (segmentCells == null) return;
        for (int t = 0; t < segmentCells.length; t++) {
            for (int seg = 0; seg < segDay.length; seg++) {
                ChatCell c = segmentCells[t][seg];
                int iv = segInterval[seg];
                total.addCounters(c);
                byType[t].addCounters(c);
                byDay[segDay[seg]].addCounters(c);
                byInterval[iv].addCounters(c);
                if (segmentCells != byTypeInterval) byTypeInterval[t][iv].addCounters(c);
            }
        }
        segmentCells = null;
    }


}
