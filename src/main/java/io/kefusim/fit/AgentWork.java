package io.kefusim.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each agent did, day by day, as the records show it: every contact it worked on, as
 * {start, end, queued since} in seconds after that day's local midnight. From these come the
 * agent's on-duty spans (its contacts, joined across idle gaps short enough to be waiting for the
 * next buyer) and its after-call work (the pause between finishing one contact and taking a buyer
 * who was already waiting). Held as floats, 12 bytes a contact, so records need not be in time order.
 */
final class AgentWork {
    /** A pause longer than this, with a buyer waiting, is not after-call work but time away (break, other work). */
    static final double WRAP_UP_MAX = 5 * 60;

    private final Map<String, Map<Long, float[]>> work = new HashMap<>(); // agent -> day -> {start, end, queued} * n, then n in a side count
    private final Map<String, Map<Long, int[]>> count = new HashMap<>();

    /** One contact of an agent: worked on from {@code from} to {@code to}; its buyer queued since {@code queued} (NaN if not known). */
    void add(String agent, double from, double to, double queued) {
        long day = (long) Math.floor(from / 86400);
        double base = day * 86400.0;
        float[] a = work.computeIfAbsent(agent, k -> new HashMap<>()).get(day);
        int[] n = count.computeIfAbsent(agent, k -> new HashMap<>()).computeIfAbsent(day, d -> new int[1]);
        if (a == null || a.length < 3 * (n[0] + 1)) {
            a = a == null ? new float[3 * 16] : Arrays.copyOf(a, a.length * 2);
            work.get(agent).put(day, a);
        }
        a[3 * n[0]] = (float) (from - base);
        a[3 * n[0] + 1] = (float) (Math.max(from, to) - base);
        a[3 * n[0] + 2] = Double.isNaN(queued) ? Float.NaN : (float) (queued - base);
        n[0]++;
    }

    boolean isEmpty() { return work.isEmpty(); }

    int agents() { return work.size(); }

    /** One agent's contacts on one day, sorted by start: rows of {start, end, queued}. */
    private float[][] sorted(String agent, long day) {
        float[] a = work.get(agent).get(day);
        int n = count.get(agent).get(day)[0];
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) rows[i] = new float[]{a[3 * i], a[3 * i + 1], a[3 * i + 2]};
        Arrays.sort(rows, (x, y) -> Float.compare(x[0], y[0]));
        return rows;
    }

    /** Whether a whole minute inside (from, to) of the day had a buyer waiting all through it. */
    interface Waiting {
        boolean throughout(long day, double from, double to);
    }

    /**
     * Each agent's on-duty spans by day: {start, end} seconds after midnight. A span runs from
     * the start of a contact to the end of the last contact joined to it; the next contact joins
     * when the idle gap before it is at most {@code idleGap} and no buyer waited through a whole
     * minute of that gap (an agent free to take chats and a buyer left waiting cannot both be, so
     * the agent was away).
     */
    TreeMap<Long, List<double[]>> spans(double idleGap, Waiting waiting) {
        TreeMap<Long, List<double[]>> out = new TreeMap<>();
        for (Map.Entry<String, Map<Long, float[]>> ag : work.entrySet()) {
            for (Long day : ag.getValue().keySet()) {
                float[][] rows = sorted(ag.getKey(), day);
                List<double[]> spans = out.computeIfAbsent(day, d -> new ArrayList<>());
                double from = rows[0][0], to = rows[0][1];
                for (int i = 1; i < rows.length; i++) {
                    double s = rows[i][0];
                    if (s - to <= idleGap && (s <= to || !waiting.throughout(day, to, s))) {
                        to = Math.max(to, rows[i][1]);
                    } else {
                        spans.add(new double[]{from, to});
                        from = s;
                        to = rows[i][1];
                    }
                }
                spans.add(new double[]{from, to});
            }
        }
        return out;
    }

    /**
     * Each agent's working day as a shop rosters it (for the fitted scenario, not the replay): one
     * shift a day from the agent's first to its last on-duty moment, with breaks where the records
     * show the agent away. An agent is unobservable while idle; absence shows only when a buyer was
     * left waiting. So an idle gap is a break when it is longer than {@code idleGap} and a buyer
     * waited all through a whole minute of it; a gap with nobody waiting is on duty (the records
     * cannot tell it from waiting for the next call, and a buyer arriving in it would have been taken).
     * Before the first and after the last contact the agent is counted on duty for up to
     * {@code idleGap} (the same rule as between contacts), unless a buyer waited through a minute of it.
     *
     * @return agent -> epoch day -> rows: {from, to} of the shift (seconds after that day's midnight,
     *         to may pass 86400), then {from, to} of each break
     */
    Map<String, TreeMap<Long, List<double[]>>> days(double idleGap, Waiting waiting) {
        Map<String, TreeMap<Long, List<double[]>>> out = new TreeMap<>();
        for (Map.Entry<String, Map<Long, float[]>> ag : work.entrySet()) {
            TreeMap<Long, List<double[]>> byDay = new TreeMap<>();
            for (Long day : ag.getValue().keySet()) {
                float[][] rows = sorted(ag.getKey(), day);
                List<double[]> breaks = new ArrayList<>();
                double first = rows[0][0], to = rows[0][1];
                for (int i = 1; i < rows.length; i++) {
                    double s = rows[i][0];
                    if (s - to > idleGap && waiting.throughout(day, to, s)) breaks.add(new double[]{to, s});
                    to = Math.max(to, rows[i][1]);
                }
                double from = Math.max(0, first - idleGap);
                if (waiting.throughout(day, from, first)) from = first;
                double end = to + idleGap;
                if (waiting.throughout(day, to, end)) end = to;
                List<double[]> day1 = new ArrayList<>();
                day1.add(new double[]{from, end});
                day1.addAll(breaks);
                byDay.put(day, day1);
            }
            out.put(ag.getKey(), byDay);
        }
        return out;
    }

    /** The last second inside (from, to) of a day at which a buyer was in the queue, NaN if none. */
    interface LastWaiting {
        double at(long day, double from, double to);
    }

    /**
     * After-call work read from every pause (fitB, after fit13's trial): each pause of up to
     * {@value #WRAP_UP_MAX} s between two contacts of an agent bounds its wrap-up. The agent was
     * ready by its next contact (wrap-up at most the pause), and not ready at any second of the pause
     * at which a buyer was in the queue (a ready agent would have taken that buyer), so the wrap-up
     * lasted past the last such second. Every pause is an interval [lower, upper] (to the records'
     * whole second); the pauses before a buyer already waiting (those of {@link #afterCallWork()}) are
     * the ones where the two bounds meet.
     *
     * @return rows of {lower, upper} seconds
     */
    List<double[]> wrapUpIntervals(LastWaiting lastWaiting) {
        List<double[]> out = new ArrayList<>();
        for (Map.Entry<String, Map<Long, float[]>> ag : work.entrySet()) {
            for (Long day : ag.getValue().keySet()) {
                float[][] rows = sorted(ag.getKey(), day);
                for (int i = 1; i < rows.length; i++) {
                    double prevEnd = rows[i - 1][1], gap = Math.max(0, rows[i][0] - prevEnd);
                    if (gap > WRAP_UP_MAX) continue;
                    float queued = rows[i][2];
                    double lower;
                    if (!Float.isNaN(queued) && queued < prevEnd) lower = gap; // its own next buyer waited all through
                    else {
                        double last = gap == 0 ? Double.NaN : lastWaiting.at(day, prevEnd, rows[i][0]);
                        lower = Double.isNaN(last) ? 0 : Math.min(gap, last + 1 - prevEnd);
                    }
                    out.add(new double[]{Math.max(0, lower - 0.5), gap + 0.5});
                }
            }
        }
        return out;
    }

    /**
     * After-call work: for each contact an agent took from a buyer who was already queued when
     * the agent finished its previous contact, the pause between the two (0 if the records show
     * none). The agent could have taken that buyer at once; what it did meanwhile is the wrap-up.
     * Pauses over {@value #WRAP_UP_MAX} s are taken as time away and left out.
     */
    Sample afterCallWork() {
        Sample s = new Sample();
        for (Map.Entry<String, Map<Long, float[]>> ag : work.entrySet()) {
            for (Long day : ag.getValue().keySet()) {
                float[][] rows = sorted(ag.getKey(), day);
                for (int i = 1; i < rows.length; i++) {
                    float queued = rows[i][2], prevEnd = rows[i - 1][1];
                    if (Float.isNaN(queued) || queued >= prevEnd) continue;
                    double gap = Math.max(0, rows[i][0] - prevEnd);
                    if (gap <= WRAP_UP_MAX) s.add(gap);
                }
            }
        }
        return s;
    }
}
