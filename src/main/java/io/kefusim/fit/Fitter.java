package io.kefusim.fit;

import io.kefusim.fit.RecordFormat.Outcome;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything {@code kefusim fit} learns from a shop's records, gathered row by row in memory
 * that does not grow with the number of chats (counts per date and hour, power sums, reservoirs,
 * patience bins, a minute map of each agent's working day), so records need not be in time order.
 */
public final class Fitter {

    final TreeMap<Long, long[]> arrivalsByDayHour = new TreeMap<>();          // epoch day -> chats per hour (all, bot included)
    final Map<String, long[]> arrivalsByTypeHour = new LinkedHashMap<>();      // type -> chats per hour of day
    final Map<String, long[]> botByType = new LinkedHashMap<>();               // type -> {bot, all}
    /** Type -> day*24+hour -> {bot, all}: the bot's share by clock hour (bot_deflection: {hourly}), spike hours left out where written. */
    final Map<String, TreeMap<Long, long[]>> botByTypeCell = new LinkedHashMap<>();
    final Map<String, Sample> messagesByType = new LinkedHashMap<>();
    final Map<String, Patience> patienceByType = new LinkedHashMap<>();
    final Patience patienceAll = new Patience();
    Sample reply = new Sample(), think = new Sample(), messagesAll = new Sample();
    final Sample firstResponse = new Sample();
    /**
     * Per-chat records' first reply of each answered chat, first response − queue wait (fitE): the agents' reply time where
     * no message times give it; {@code firstReplyBelowWait} counts the chats whose first response was shorter than their wait.
     */
    final Sample firstReply = new Sample();
    long firstReplyBelowWait;
    /** The first replies' scale as written (at most 1), and {records' mean first response, replay's before, replay's after} (fitE, {@link IdleGapChoice#calibrateReply}). */
    double replyScale = 1;
    double[] replyCalibration;
    /**
     * fitG: the pick-up written for calls (share of the callers who find an agent free that wait for it, and its exponential
     * mean; 0: none), and its calibration ({@link IdleGapChoice#calibratePickUp}): the records' share taken at once and
     * service level, and the chosen idle gap's replay and file as run before and after (null: not calibrated).
     */
    double pickUpShare, pickUpMean;
    Map<String, Object> pickUpCalibration;
    /** Conversion by first response, per type: buckets <= 30 s, 2 min, 5 min, later, never answered: {chats, ordered} ({@link Conversion}). */
    final Map<String, long[][]> conversionByType = new LinkedHashMap<>();
    /** The recorded values (more than 0) of the orders, per type: its order_value. */
    final Map<String, Sample> orderValueByType = new LinkedHashMap<>();
    static final double[] CONVERSION_EDGES = {30, 120, 300};
    final AgentWork work = new AgentWork();                                   // each agent's contacts, day by day
    final Map<Long, long[]> waiting = new HashMap<>();                         // day -> minutes a buyer waited through, start to end
    long rows, skipped, bot, answered, abandoned, zeroService;
    /** Answered contacts the records give no agent (NO_SERVER); whose service start and talk are zero, 0:00:00 (not recorded: the agent is put on it when it left the queue); before it left the queue. */
    long noAgent, startBeforeArrival, startBeforeQueueExit;
    /** Type -> {callbacks of unidentified callers who gave up taken out of the arrivals, unidentified callers who gave up}. */
    final Map<String, long[]> unidentifiedTakenOut = new LinkedHashMap<>();
    /**
     * fitM: contacts taken out of the arrivals (the model adds them back as retrials), by reason: identified callers who came
     * back after giving up, the expected callbacks of unidentified callers who gave up, and returns after a late reply.
     */
    long takenOutGaveUp, takenOutUnidentified, takenOutLateReply;
    /** Calls that hung up in the voice-response unit without queueing (counted as the bot's), and those of them by unidentified callers. */
    long hungUpUnqueued, hungUpUnidentified;
    int concurrency = -1;
    boolean calls, patienceKnown = true, repliesFromMessages;
    /** Whether a chats file had an order-value column and no ordered column: its chats with no order value counted as not ordered. */
    boolean ordersFromValues;
    final List<String> notes = new ArrayList<>();
    // issue 25: retrials (callers who came back), priority classes (overtaking), the θ check (abandonment vs wait by hour)
    final Callbacks callbacks = new Callbacks();
    final Overtaking overtaking = new Overtaking();
    final Map<Long, double[]> queueByDayHour = new TreeMap<>();                 // day*24+hour -> {reached the queue, gave up, time waited}
    Callbacks.Found retrials;
    /** Whether fitted.yaml's patience is the Weibull fit rather than the exponential ({@code fit --patience weibull}). */
    boolean weibullPatience;

    public void weibullPatience(boolean on) { weibullPatience = on; }
    Overtaking.Found classes;

    void add(Observed o) {
        rows++;
        long day = (long) Math.floor(o.arrival() / 86400);
        int hour = (int) Math.floor((o.arrival() - day * 86400.0) / 3600);
        arrivalsByDayHour.computeIfAbsent(day, d -> new long[24])[hour]++;
        arrivalsByTypeHour.computeIfAbsent(o.type(), t -> new long[24])[hour]++;
        long[] b = botByType.computeIfAbsent(o.type(), t -> new long[2]);
        long[] cell = botByTypeCell.computeIfAbsent(o.type(), t -> new TreeMap<>()).computeIfAbsent(day * 24 + hour, k -> new long[2]);
        b[1]++;
        cell[1]++;
        if (o.outcome() == Outcome.BOT) {
            b[0]++;
            cell[0]++;
            bot++;
            return;
        }
        callbacks.add(o);
        if (o.waited() > 0) {
            markWaiting(o.arrival(), o.arrival() + o.waited());
            markWaitingSeconds(o.arrival(), o.arrival() + o.waited());
        }
        if (!Double.isNaN(o.waited()) && (o.outcome() == Outcome.ABANDONED || o.outcome() == Outcome.ANSWERED)) {
            double[] q = queueByDayHour.computeIfAbsent(day * 24 + hour, k -> new double[3]);
            q[0]++;
            if (o.outcome() == Outcome.ABANDONED) q[1]++;
            q[2] += o.waited();
        }
        Patience p = patienceByType.computeIfAbsent(o.type(), t -> new Patience());
        if (o.outcome() == Outcome.ABANDONED) {
            abandoned++;
            double w = !Double.isNaN(o.waited()) ? o.waited() : Double.NaN;
            if (!Double.isNaN(w)) { p.gaveUp(w); patienceAll.gaveUp(w); } else patienceKnown = false;
        } else if (o.outcome() == Outcome.ANSWERED) {
            answered++;
            double w = !Double.isNaN(o.waited()) ? o.waited() : Double.NaN;
            if (!Double.isNaN(w)) { p.answeredAfter(w); patienceAll.answeredAfter(w); overtaking.add(o.type(), o.arrival(), w); }
            if (!Double.isNaN(o.firstResponse())) firstResponse.add(o.firstResponse());
            if (!calls && !Double.isNaN(o.firstResponse()) && !Double.isNaN(w)) {
                if (o.firstResponse() >= w) firstReply.add(o.firstResponse() - w); else firstReplyBelowWait++;
            }
            if (!Double.isNaN(o.service())) {
                if (o.service() > 0) reply.add(o.service()); else zeroService++;
            }
            if (o.agent() == null) noAgent++;
            if (o.agent() != null && !Double.isNaN(o.busyFrom())) {
                if (o.service() == 0 && o.busyFrom() % 86400 == 0 && o.busyFrom() < o.arrival()) {
                    // a service start of 0:00:00 with no talk: the records' "not recorded"; the agent took the call
                    // when it left the queue (where the other rows' service starts, to a second or two), not at midnight
                    startBeforeArrival++;
                    double took = o.arrival() + (Double.isNaN(o.waited()) ? 0 : o.waited());
                    work.add(o.agent(), took, took, o.arrival());
                } else {
                    if (!Double.isNaN(o.waited()) && o.busyFrom() < o.arrival() + o.waited()) startBeforeQueueExit++;
                    work.add(o.agent(), o.busyFrom(), Double.isNaN(o.busyTo()) ? o.busyFrom() : o.busyTo(), o.arrival());
                }
            }
        }
        if (o.messages() >= 1) {
            messagesByType.computeIfAbsent(o.type(), t -> new Sample()).add(o.messages());
            messagesAll.add(o.messages());
        }
        // an answered chat whose first response the records do not give has no bucket: left out of the conversion
        if (o.ordered() >= 0 && !(o.outcome() == Outcome.ANSWERED && Double.isNaN(o.firstResponse()))) {
            int k = o.outcome() != Outcome.ANSWERED ? Conversion.NEVER : bucket(o.firstResponse());
            long[][] c = conversionByType.computeIfAbsent(o.type(), t -> new long[Conversion.BUCKETS][2]);
            c[k][0]++;
            if (o.ordered() == 1) c[k][1]++;
        }
        if (o.ordered() == 1 && o.orderValue() > 0) orderValueByType.computeIfAbsent(o.type(), t -> new Sample()).add(o.orderValue());
    }

    private static int bucket(double w) {
        for (int i = 0; i < CONVERSION_EDGES.length; i++) if (w <= CONVERSION_EDGES[i]) return i;
        return 3;
    }

    /** Marks the whole minutes inside [from, to): a buyer was waiting all through them. */
    private void markWaiting(double from, double to) {
        long m0 = (long) Math.ceil(from / 60), m1 = (long) Math.floor(to / 60);
        for (long m = m0; m < m1 && m - m0 < 4 * 60; m++) {
            long day = Math.floorDiv(m, 1440);
            int minute = Math.floorMod(m, 1440);
            waiting.computeIfAbsent(day, d -> new long[23])[minute >> 6] |= 1L << (minute & 63);
        }
    }

    private List<double[]> wrapUpIntervals;
    private CensoredLognormal wrapUpEveryPause;

    /** {@link AgentWork#wrapUpIntervals}, read once (the fitted file is written once for each idle gap tried). */
    List<double[]> wrapUpIntervals() {
        if (wrapUpIntervals == null) wrapUpIntervals = work.wrapUpIntervals(this::lastWaiting);
        return wrapUpIntervals;
    }

    /** The interval-censored lognormal of {@link #wrapUpIntervals()}, fitted once. */
    CensoredLognormal wrapUpEveryPause() {
        if (wrapUpEveryPause == null) wrapUpEveryPause = new CensoredLognormal(wrapUpIntervals());
        return wrapUpEveryPause;
    }

    /** The seconds a buyer was in the queue, by day (second s of the day: [s, s+1) had a buyer waiting at its start). */
    final Map<Long, java.util.BitSet> waitingSeconds = new HashMap<>();

    private void markWaitingSeconds(double from, double to) {
        for (long t = (long) Math.ceil(from); t < to && t - from < 4 * 3600; t++) {
            waitingSeconds.computeIfAbsent(Math.floorDiv(t, 86400L), d -> new java.util.BitSet(86400)).set((int) Math.floorMod(t, 86400L));
        }
    }

    /**
     * The last whole second inside (from, to) (seconds after the day's midnight) at which a buyer
     * was in the queue, or NaN if none was.
     */
    double lastWaiting(long day, double from, double to) {
        for (long t = (long) Math.ceil(to) - 1; t > from; t--) {
            java.util.BitSet b = waitingSeconds.get(day + Math.floorDiv(t, 86400L));
            if (b != null && b.get((int) Math.floorMod(t, 86400L))) return t;
        }
        return Double.NaN;
    }

    private boolean waitingAt(long day, int minute) {
        long[] w = waiting.get(day);
        return w != null && (w[minute >> 6] & (1L << (minute & 63))) != 0;
    }

    /** Whether a buyer waited all through some whole minute inside (from, to), seconds after the day's midnight. */
    boolean waitedThrough(long day, double from, double to) {
        for (long m = (long) Math.ceil(from / 60); (m + 1) * 60 <= to; m++) {
            if (waitingAt(day + Math.floorDiv(m, 1440), (int) Math.floorMod(m, 1440))) return true;
        }
        return false;
    }

    /**
     * Issue 25, once every record is read: finds the retrials and the priority classes. When
     * retrials are written to the fitted scenario, the retried contacts are taken out of the
     * arrival counts (the model adds them back), so the pattern counts people, not contacts.
     */
    void finish() {
        if (retrials != null) return;
        retrials = callbacks.find();
        classes = overtaking.find();
        // after_late_reply: the returns after a late reply are retrials too, taken out of the arrivals where written
        for (LateReply.Found l : retrials.late().values()) {
            if (!l.identified()) continue;
            for (int i = 0; i < l.returns().size(); i++) { takeOut(l.returns().get(i)[0], l.returnTypes().get(i)); takenOutLateReply++; }
        }
        if (!writesRetrials()) return;
        for (int i = 0; i < retrials.retrials().size(); i++) {
            double a = retrials.retrials().get(i)[0];
            String t = retrials.retrialTypes().get(i);
            if (!writesRetrials(retrials.byType().get(retrials.abandonedTypes().get(i)))) continue;
            takeOut(a, t);
            takenOutGaveUp++;
        }
        takeOutUnidentified();
    }

    /**
     * The callbacks of callers with no id who gave up are in the arrivals too, as first contacts
     * no one can recognise; the model gives every buyer who gives up the retrial probability, so
     * left there they would be counted twice. For each type whose retrials are written, its
     * unidentified callers who gave up are taken to come back as the identified ones did: the share
     * that came back within the window ({@link Callbacks.Estimate#shareWithinWindow}), each at the
     * mean delay seen. Taken out in whole contacts by systematic rounding (the running expected
     * count, from one half, rounded down; so the total is the expected count rounded), in time order.
     * A contact is taken out only from an hour that has one of that type left.
     */
    private void takeOutUnidentified() {
        Map<String, List<Double>> byType = new LinkedHashMap<>();
        for (int i = 0; i < callbacks.unidentifiedGaveUp.size(); i++) {
            byType.computeIfAbsent(callbacks.unidentifiedTypes.get(i), k -> new ArrayList<>()).add(callbacks.unidentifiedGaveUp.get(i)[0]);
        }
        for (Map.Entry<String, List<Double>> e : byType.entrySet()) {
            Callbacks.Estimate est = retrials.byType().get(e.getKey());
            if (est == null || !writesRetrials(est)) continue;
            double share = est.shareWithinWindow(), delay = java.util.Arrays.stream(est.delays()).average().orElse(0);
            List<Double> times = e.getValue();
            java.util.Collections.sort(times);
            double acc = 0.5;
            long taken = 0;
            for (double g : times) {
                acc += share;
                if (acc < 1) continue;
                acc -= 1;
                if (takeOutIfAny(g + delay, e.getKey())) taken++;
            }
            takenOutUnidentified += taken;
            unidentifiedTakenOut.put(e.getKey(), new long[]{taken, times.size()});
        }
    }

    /** Like {@link #takeOut}, only where the hour has a contact of that type to take: whether it did. */
    private boolean takeOutIfAny(double a, String t) {
        long day = (long) Math.floor(a / 86400);
        int hour = (int) Math.floor((a - day * 86400.0) / 3600);
        long[] d = arrivalsByDayHour.get(day), th = arrivalsByTypeHour.get(t);
        if (d == null || d[hour] <= 0 || th == null || th[hour] <= 0) return false;
        takeOut(a, t);
        return true;
    }

    /** A retried contact (arriving at {@code a}, of type {@code t}) taken out of the arrival counts: the model adds it back. */
    private void takeOut(double a, String t) {
        long day = (long) Math.floor(a / 86400);
        int hour = (int) Math.floor((a - day * 86400.0) / 3600);
        arrivalsByDayHour.get(day)[hour]--;
        arrivalsByTypeHour.get(t)[hour]--;
        botByType.get(t)[1]--;
        long[] cell = botByTypeCell.getOrDefault(t, new TreeMap<>()).get(day * 24 + hour);
        if (cell != null && cell[1] > 0) cell[1]--;
    }

    /** Issue 25: the type's retrials after a late reply, when the records identify them (else null). */
    LateReply.Found lateReply(String type) {
        LateReply.Found l = retrials == null ? null : retrials.late().get(type);
        return l != null && l.identified() ? l : null;
    }

    /** Whether the fitted scenario has retrials: some type had enough identified callers who gave up ({@value FittedScenario#MIN_PER_TYPE}) and some came back. */
    boolean writesRetrials() {
        return retrials != null && retrials.byType().values().stream().anyMatch(this::writesRetrials);
    }

    /** Whether this type's retrials are written (and its retried contacts taken out of the arrivals). */
    boolean writesRetrials(Callbacks.Estimate e) {
        return e.abandoned() >= FittedScenario.MIN_PER_TYPE && e.retried() > 0;
    }

    /** Takes the reply, think and message figures of per-message records. */
    void messages(MessageLog log) {
        MessageLog.Figures f = log.figures((agent, span) -> work.add(agent, span[0], span[1], Double.NaN));
        reply = f.reply();
        think = f.think();
        repliesFromMessages = true;
        if (messagesAll.n() == 0) messagesAll = f.messagesPerChat();
        concurrency = f.concurrency();
    }

    /** Each agent's on-duty spans by day (see {@link AgentWork#spans}), idle gaps up to {@code idleGap} seconds bridged. */
    TreeMap<Long, List<double[]>> spans(double idleGap) {
        return work.spans(idleGap, this::waitedThrough);
    }

    /** Each agent's working day as a shop rosters it (see {@link AgentWork#days}). */
    Map<String, TreeMap<Long, List<double[]>>> days(double idleGap) {
        return work.days(idleGap, this::waitedThrough);
    }

    /** Agents on duty per day and hour (agent-seconds / 3600) with idle gaps up to {@code idleGap} seconds bridged. */
    TreeMap<Long, double[]> staffing(double idleGap) {
        TreeMap<Long, double[]> out = new TreeMap<>();
        for (Map.Entry<Long, List<double[]>> e : spans(idleGap).entrySet()) {
            for (double[] span : e.getValue()) {
                for (double t = span[0]; t < span[1]; ) {
                    long day = e.getKey() + (long) Math.floor(t / 86400);
                    int hour = (int) Math.floorMod((long) Math.floor(t / 3600), 24);
                    double end = Math.min(span[1], (Math.floor(t / 3600) + 1) * 3600);
                    out.computeIfAbsent(day, d -> new double[24])[hour] += (end - t) / 3600;
                    t = end;
                }
            }
        }
        return out;
    }

    public long records() { return rows; }

    /** fitM: all the contacts taken out of the arrivals (after {@link #finish()}); the fitted pattern counts the records less these. */
    long takenOut() { return takenOutGaveUp + takenOutUnidentified + takenOutLateReply; }

    /** fitM: the contacts taken out of the arrivals, and why, as a notice says them (null when none were). */
    public io.kefusim.scenario.Said takenOutNotice() {
        if (takenOut() == 0) return null;
        List<io.kefusim.scenario.Said> why = new ArrayList<>();
        if (takenOutGaveUp > 0) why.add(new io.kefusim.scenario.Said("fn_taken_out_gave_up", takenOutGaveUp));
        if (takenOutUnidentified > 0) why.add(new io.kefusim.scenario.Said("fn_taken_out_unidentified", takenOutUnidentified));
        if (takenOutLateReply > 0) why.add(new io.kefusim.scenario.Said("fn_taken_out_late", takenOutLateReply));
        return new io.kefusim.scenario.Said("fn_taken_out", takenOut(), why);
    }

    /** Buyers who opened a chat or call (bot's included), per hour of day, by local date: what {@code kefusim forecast} reads (issue 31). */
    public java.util.SortedMap<java.time.LocalDate, long[]> arrivalsByDate() {
        java.util.TreeMap<java.time.LocalDate, long[]> out = new java.util.TreeMap<>();
        for (Map.Entry<Long, long[]> e : arrivalsByDayHour.entrySet()) out.put(java.time.LocalDate.ofEpochDay(e.getKey()), e.getValue().clone());
        return out;
    }
    public long skipped() { return skipped; }

    /** Weekday (0 = Monday) of an epoch day. */
    static int weekday(long day) { return LocalDate.ofEpochDay(day).getDayOfWeek().getValue() - 1; }

    static String weekdayKey(int w) { return DayOfWeek.of(w + 1).name().substring(0, 3).toLowerCase(); }
}
