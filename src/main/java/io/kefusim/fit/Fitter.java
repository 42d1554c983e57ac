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
    /** Gaps shorter than this between an agent's chats count as on duty (waiting for the next buyer). */
    static final int PRESENCE_GAP_MINUTES = 30;

    final TreeMap<Long, long[]> arrivalsByDayHour = new TreeMap<>();          // epoch day -> chats per hour (all, bot included)
    final Map<String, long[]> arrivalsByTypeHour = new LinkedHashMap<>();      // type -> chats per hour of day
    final Map<String, long[]> botByType = new LinkedHashMap<>();               // type -> {bot, all}
    final Map<String, Sample> messagesByType = new LinkedHashMap<>();
    final Map<String, Patience> patienceByType = new LinkedHashMap<>();
    final Patience patienceAll = new Patience();
    Sample reply = new Sample(), think = new Sample(), messagesAll = new Sample();
    final Sample firstResponse = new Sample();
    /** Conversion by first response: buckets <= 30 s, 2 min, 5 min, later, never: {chats, ordered}. */
    final long[][] conversion = new long[5][2];
    static final double[] CONVERSION_EDGES = {30, 120, 300};
    final Map<String, Map<Long, long[]>> presence = new HashMap<>();           // agent -> day -> 1440 minute bits
    final Map<Long, long[]> waiting = new HashMap<>();                         // day -> minutes a buyer waited through, start to end
    long rows, skipped, bot, answered, abandoned, zeroService;
    int concurrency = -1;
    boolean calls, patienceKnown = true, repliesFromMessages;
    final List<String> notes = new ArrayList<>();

    void add(Observed o) {
        rows++;
        long day = (long) Math.floor(o.arrival() / 86400);
        int hour = (int) Math.floor((o.arrival() - day * 86400.0) / 3600);
        arrivalsByDayHour.computeIfAbsent(day, d -> new long[24])[hour]++;
        arrivalsByTypeHour.computeIfAbsent(o.type(), t -> new long[24])[hour]++;
        long[] b = botByType.computeIfAbsent(o.type(), t -> new long[2]);
        b[1]++;
        if (o.outcome() == Outcome.BOT) {
            b[0]++;
            bot++;
            return;
        }
        if (o.waited() > 0) markWaiting(o.arrival(), o.arrival() + o.waited());
        Patience p = patienceByType.computeIfAbsent(o.type(), t -> new Patience());
        if (o.outcome() == Outcome.ABANDONED) {
            abandoned++;
            double w = !Double.isNaN(o.waited()) ? o.waited() : Double.NaN;
            if (!Double.isNaN(w)) { p.gaveUp(w); patienceAll.gaveUp(w); } else patienceKnown = false;
        } else if (o.outcome() == Outcome.ANSWERED) {
            answered++;
            double w = !Double.isNaN(o.waited()) ? o.waited() : Double.NaN;
            if (!Double.isNaN(w)) { p.answeredAfter(w); patienceAll.answeredAfter(w); }
            if (!Double.isNaN(o.firstResponse())) firstResponse.add(o.firstResponse());
            if (!Double.isNaN(o.service())) {
                if (o.service() > 0) reply.add(o.service()); else zeroService++;
            }
            if (o.agent() != null && !Double.isNaN(o.busyFrom())) busy(o.agent(), o.busyFrom(), Double.isNaN(o.busyTo()) ? o.busyFrom() : o.busyTo());
        }
        if (o.messages() >= 1) {
            messagesByType.computeIfAbsent(o.type(), t -> new Sample()).add(o.messages());
            messagesAll.add(o.messages());
        }
        if (o.ordered() >= 0) {
            int k = o.outcome() != Outcome.ANSWERED || Double.isNaN(o.firstResponse()) ? 4 : bucket(o.firstResponse());
            conversion[k][0]++;
            if (o.ordered() == 1) conversion[k][1]++;
        }
    }

    private static int bucket(double w) {
        for (int i = 0; i < CONVERSION_EDGES.length; i++) if (w <= CONVERSION_EDGES[i]) return i;
        return 3;
    }

    /** Marks the minutes an agent was busy with a chat. */
    void busy(String agent, double from, double to) {
        Map<Long, long[]> days = presence.computeIfAbsent(agent, a -> new HashMap<>());
        long m0 = (long) Math.floor(from / 60), m1 = (long) Math.floor(Math.max(from, to) / 60);
        for (long m = m0; m <= m1 && m - m0 < 24 * 60; m++) {
            long day = Math.floorDiv(m, 1440);
            int minute = Math.floorMod(m, 1440);
            days.computeIfAbsent(day, d -> new long[23])[minute >> 6] |= 1L << (minute & 63);
        }
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

    private boolean waitingAt(long day, int minute) {
        long[] w = waiting.get(day);
        return w != null && (w[minute >> 6] & (1L << (minute & 63))) != 0;
    }

    /** Takes the reply, think and message figures of per-message records. */
    void messages(MessageLog log) {
        MessageLog.Figures f = log.figures((agent, span) -> busy(agent, span[0], span[1]));
        reply = f.reply();
        think = f.think();
        repliesFromMessages = true;
        if (messagesAll.n() == 0) messagesAll = f.messagesPerChat();
        concurrency = f.concurrency();
    }

    /**
     * Agents on duty per day and hour, as far as the records show it: an agent counts as on duty
     * in the minutes it was busy, and in the idle minutes of a gap under
     * {@value #PRESENCE_GAP_MINUTES} minutes between two busy ones — except minutes in which a buyer
     * was waiting all through: an agent free to take chats and a buyer left waiting cannot both be
     * (the desk takes the longest-waiting buyer at once), so the agent was on a break or other work.
     * Agent-minutes per hour / 60.
     */
    TreeMap<Long, double[]> staffing() {
        TreeMap<Long, double[]> out = new TreeMap<>();
        for (Map<Long, long[]> days : presence.values()) {
            for (Map.Entry<Long, long[]> e : days.entrySet()) {
                long[] bits = e.getValue();
                double[] hours = out.computeIfAbsent(e.getKey(), d -> new double[24]);
                int last = -1;
                for (int m = 0; m < 1440; m++) {
                    if ((bits[m >> 6] & (1L << (m & 63))) == 0) continue;
                    if (last >= 0 && m - last <= PRESENCE_GAP_MINUTES) {
                        for (int k = last + 1; k < m; k++) if (!waitingAt(e.getKey(), k)) hours[k / 60] += 1.0 / 60;
                    }
                    hours[m / 60] += 1.0 / 60;
                    last = m;
                }
            }
        }
        return out;
    }

    public long records() { return rows; }
    public long skipped() { return skipped; }

    /**
     * The staffing as a dated roster of one-hour shifts: {hour, agents} -> dates. Agents per hour
     * are rounded, but an hour in which anyone was on duty keeps at least one agent (rounding
     * 0.3 of an agent to none would leave that hour's buyers with nobody).
     */
    Map<int[], List<java.time.LocalDate>> hourlyRoster() {
        Map<String, List<java.time.LocalDate>> byKey = new LinkedHashMap<>();
        TreeMap<Long, double[]> staff = staffing();
        for (int h = 0; h < 24; h++) {
            for (Map.Entry<Long, double[]> e : staff.entrySet()) {
                double present = e.getValue()[h];
                if (present <= 0) continue;
                long n = Math.max(1, Math.round(present));
                byKey.computeIfAbsent(h + "|" + n, k -> new ArrayList<>()).add(java.time.LocalDate.ofEpochDay(e.getKey()));
            }
        }
        Map<int[], List<java.time.LocalDate>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<java.time.LocalDate>> e : byKey.entrySet()) {
            String[] k = e.getKey().split("\\|");
            out.put(new int[]{Integer.parseInt(k[0]), Integer.parseInt(k[1])}, e.getValue());
        }
        return out;
    }

    /** Weekday (0 = Monday) of an epoch day. */
    static int weekday(long day) { return LocalDate.ofEpochDay(day).getDayOfWeek().getValue() - 1; }

    static String weekdayKey(int w) { return DayOfWeek.of(w + 1).name().substring(0, 3).toLowerCase(); }
}
