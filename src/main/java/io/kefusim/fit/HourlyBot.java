package io.kefusim.fit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bot's share by clock hour ({@code bot_deflection: {hourly: [24 shares]}}), for a type whose
 * records' hours differ materially from its day: a contact centre's voice-response unit at night,
 * with the desk closed, ends nearly every call, while by day it ends a few. The rule (written in
 * docs/reference/fitting.md, "The bot's share by the hour"):
 * <ul>
 * <li>one-off spike hours ({@link FitResult#spikes}, left out of the weekday pattern) are left out
 *     here too, so the shares belong to the hours the pattern brings;</li>
 * <li>an hour with at least {@link #MIN_CALLS} contacts of the type has its own share; an hour with
 *     fewer takes the share of all types in that hour if the hour has that many contacts in all;
 *     else, if it has any, the share of all types over all such quiet hours together (usually the
 *     night) if they have that many; else the type's share over the day;</li>
 * <li>the hourly form is written when one of the type's own hours (at least {@link #MIN_CALLS}
 *     contacts of the type) has a share differing from the day's by at least {@link #MATERIAL} and
 *     by more than the day's share's 95% sampling band for that hour's contacts
 *     (1.96 √(p(1−p)/n)); otherwise the one number for the day, as before.</li>
 * </ul>
 */
final class HourlyBot {
    /** Contacts an hour needs for a share of its own. */
    static final int MIN_CALLS = 10;
    /** Shares differing by less than this from the day's are one number a day. */
    static final double MATERIAL = 0.10;

    /** {@code shares}: the 24 hourly shares; {@code day}: the day's share they fall back to; {@code hourly}: whether written by the hour. */
    record Found(double[] shares, double day, boolean hourly, int[] calls) {}

    private HourlyBot() {}

    static Found of(FitResult r, String type) {
        Set<Long> spikes = new HashSet<>();
        for (FitResult.Spike s : r.spikes) spikes.add(s.day() * 24 + s.hour());
        long[][] own = byHour(r.f.botByTypeCell.get(type), spikes);
        long[][] all = new long[24][2];
        for (Map.Entry<String, TreeMap<Long, long[]>> e : r.f.botByTypeCell.entrySet()) {
            long[][] t = byHour(e.getValue(), spikes);
            for (int h = 0; h < 24; h++) { all[h][0] += t[h][0]; all[h][1] += t[h][1]; }
        }
        long bot = 0, n = 0;
        for (long[] c : own) { bot += c[0]; n += c[1]; }
        double day = n > 0 ? (double) bot / n : 0;
        double[] shares = new double[24];
        int[] calls = new int[24];
        boolean hourly = false;
        long[] quiet = new long[2]; // the hours too quiet on their own (usually the night), all types together
        for (int h = 0; h < 24; h++) if (all[h][1] < MIN_CALLS) { quiet[0] += all[h][0]; quiet[1] += all[h][1]; }
        for (int h = 0; h < 24; h++) {
            long[] c = own[h][1] >= MIN_CALLS ? own[h] : all[h][1] >= MIN_CALLS ? all[h] : quiet[1] >= MIN_CALLS && all[h][1] > 0 ? quiet : null;
            if (c == null) {
                shares[h] = day;
                continue;
            }
            shares[h] = (double) c[0] / c[1];
            calls[h] = (int) c[1];
            double band = 1.96 * Math.sqrt(day * (1 - day) / c[1]);
            // only the type's own hours decide: another type's night says nothing of this type's day
            if (c == own[h] && Math.abs(shares[h] - day) >= MATERIAL && Math.abs(shares[h] - day) > band) hourly = true;
        }
        return new Found(shares, day, hourly, calls);
    }

    /** A type's {bot, all} by clock hour, spike hours left out. */
    private static long[][] byHour(TreeMap<Long, long[]> cells, Set<Long> spikes) {
        long[][] out = new long[24][2];
        if (cells == null) return out;
        for (Map.Entry<Long, long[]> e : cells.entrySet()) {
            if (spikes.contains(e.getKey())) continue;
            int h = (int) Math.floorMod(e.getKey(), 24L);
            out[h][0] += e.getValue()[0];
            out[h][1] += e.getValue()[1];
        }
        return out;
    }

    /** The YAML flow list of the 24 shares, 4 decimals. */
    static String list(double[] shares) {
        StringBuilder sb = new StringBuilder("[");
        for (int h = 0; h < 24; h++) sb.append(h == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", shares[h]));
        return sb.append("]").toString();
    }

    static List<Double> json(double[] shares) {
        return java.util.Arrays.stream(shares).boxed().toList();
    }
}
