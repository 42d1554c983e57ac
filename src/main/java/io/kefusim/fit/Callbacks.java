package io.kefusim.fit;

import io.kefusim.fit.RecordFormat.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retrials read from the records (issue 25): buyers who gave up and came back.
 *
 * <p><b>The rule.</b> Only contacts with a caller id count (a bank's customer id, kefusim's
 * {@code buyer_id}; empty or 0 is unidentified). A contact that gave up at time g (arrival +
 * time waited) is <em>retried</em> when the same caller's next contact that reached the queue
 * (not the bot's) arrives in [g, g + {@value #WINDOW_S} s]; the delay is that arrival minus g.
 * A caller who comes back later than the window is counted as a new person, not a retrial. The
 * retried contacts are then taken out of the arrival pattern (the model adds them back as
 * retrials), so contacts are not counted twice.
 *
 * <p><b>Estimates</b>, per type of the abandoned contact. The delays seen are those inside the
 * window, so the delay is fitted as an exponential truncated at the window: the mean μ maximises
 * −k ln μ − Σd/μ − k ln(1 − e^(−W/μ)) (95% interval: profile likelihood, χ²₁), and the probability
 * is the share who came back within the window over the chance of coming back that soon:
 * p = (retried / gave up) / (1 − e^(−W/μ)), capped at 1; its interval is the Wilson interval of the
 * share divided the same way (μ taken as known). With delays short against the window the divisor
 * is 1 and these are the plain share and the exponential mean.
 *
 * <p>Memory: 8 + 8 + 4 + 4 + 1 bytes per contact with a caller id.
 */
final class Callbacks {
    /** Longest time between giving up and coming back that counts as a retrial, seconds. */
    static final double WINDOW_S = 3600;

    private long[] caller = new long[1024];
    private double[] arrival = new double[1024];
    private float[] waited = new float[1024];
    private int[] type = new int[1024];
    private byte[] kind = new byte[1024];
    /** Issue 25, after_late_reply: an answered contact's first response and close (NaN when not answered). */
    private float[] first = new float[1024];
    private double[] close = new double[1024];
    private int n;
    private final Map<String, Integer> typeIndex = new LinkedHashMap<>();
    private static final byte QUEUED = 0, GAVE_UP = 1, BOT = 2;

    /** Callers with no id who gave up: when (arrival + wait) and of which type, in the order read. Their callbacks are in the arrivals, unrecognisable. */
    final List<double[]> unidentifiedGaveUp = new ArrayList<>();
    final List<String> unidentifiedTypes = new ArrayList<>();

    void add(Observed o) {
        if (o.caller() == null && o.outcome() == Outcome.ABANDONED) {
            unidentifiedGaveUp.add(new double[]{o.arrival() + (Double.isNaN(o.waited()) ? 0 : o.waited())});
            unidentifiedTypes.add(o.type());
        }
        if (o.caller() == null || o.outcome() == Outcome.SKIP || o.outcome() == Outcome.OPEN) return;
        if (n == caller.length) grow();
        caller[n] = hash(o.caller());
        arrival[n] = o.arrival();
        waited[n] = (float) (Double.isNaN(o.waited()) ? 0 : o.waited());
        type[n] = typeIndex.computeIfAbsent(o.type(), t -> typeIndex.size());
        kind[n] = o.outcome() == Outcome.BOT ? BOT : o.outcome() == Outcome.ABANDONED ? GAVE_UP : QUEUED;
        boolean answered = o.outcome() == Outcome.ANSWERED && !Double.isNaN(o.firstResponse());
        first[n] = answered ? (float) o.firstResponse() : Float.NaN;
        close[n] = !answered ? Double.NaN : !Double.isNaN(o.busyTo()) ? o.busyTo() : o.arrival() + o.firstResponse();
        n++;
    }

    /** What was found for one buyer type (of the abandoned contact). */
    record Estimate(String type, long abandoned, long retried, double[] delays) {
        double probability() { return abandoned == 0 ? Double.NaN : Math.min(1, shareWithinWindow() / withinWindow()); }

        /** The Wilson 95% interval of the share within the window, divided by the chance of coming back that soon. */
        double[] probabilityInterval() {
            if (abandoned == 0) return new double[]{Double.NaN, Double.NaN};
            double[] w = Overtaking.wilson(retried, abandoned);
            double f = withinWindow();
            return new double[]{Math.min(1, w[0] / f), Math.min(1, w[1] / f)};
        }

        /** The share who came back within the window (before the truncation correction). */
        double shareWithinWindow() { return abandoned == 0 ? Double.NaN : (double) retried / abandoned; }

        /** Mean delay of the exponential truncated at the window (maximum likelihood); NaN with no delays. */
        double meanDelay() { return retried == 0 ? Double.NaN : truncatedMle(); }

        /** The share of delays of that exponential that fall within the window. */
        double withinWindow() { return retried == 0 ? 1 : 1 - Math.exp(-WINDOW_S / meanDelay()); }

        /** 95% profile-likelihood interval of the truncated exponential's mean. */
        double[] delayInterval() {
            if (retried < 2) return new double[]{Double.NaN, Double.NaN};
            double mu = meanDelay(), best = logLik(mu), cut = best - 1.920729;
            return new double[]{cross(Math.log(mu), Math.log(1e-3), cut), cross(Math.log(mu), Math.log(WINDOW_S * 1e4), cut)};
        }

        /** Whether the window cuts off a visible part of the delays (more than 1%). */
        boolean truncated() { return retried > 0 && withinWindow() < 0.99; }

        private double sum() { return Arrays.stream(delays).sum(); }

        private double logLik(double mu) {
            return -retried * Math.log(mu) - sum() / mu - retried * Math.log(-Math.expm1(-WINDOW_S / mu));
        }

        /** Golden-section search of the log-likelihood over ln μ (it has one maximum; none when the delays look uniform: then the largest μ tried). */
        private double truncatedMle() {
            double lo = Math.log(1e-3), hi = Math.log(WINDOW_S * 1e4), g = (Math.sqrt(5) - 1) / 2;
            double a = hi - g * (hi - lo), b = lo + g * (hi - lo), fa = logLik(Math.exp(a)), fb = logLik(Math.exp(b));
            for (int i = 0; i < 200; i++) {
                if (fa > fb) { hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = logLik(Math.exp(a)); }
                else { lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = logLik(Math.exp(b)); }
            }
            return Math.exp((lo + hi) / 2);
        }

        /** Where the log-likelihood falls to {@code cut}, between ln μ̂ (above it) and {@code out}. */
        private double cross(double in, double out, double cut) {
            if (logLik(Math.exp(out)) >= cut) return Math.exp(out);
            for (int i = 0; i < 100; i++) {
                double m = (in + out) / 2;
                if (logLik(Math.exp(m)) >= cut) in = m; else out = m;
            }
            return Math.exp((in + out) / 2);
        }
    }

    /** The estimates by type, and the retried contacts (arrival, type) to take out of the arrivals; {@code late}: returns after a late reply, by type. */
    record Found(Map<String, Estimate> byType, Estimate all, List<double[]> retrials, List<String> retrialTypes, List<String> abandonedTypes,
                 Map<String, LateReply.Found> late) {
        Found(Map<String, Estimate> byType, Estimate all, List<double[]> retrials, List<String> retrialTypes, List<String> abandonedTypes) {
            this(byType, all, retrials, retrialTypes, abandonedTypes, Map.of());
        }
    }

    Found find() {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> caller[a] != caller[b] ? Long.compare(caller[a], caller[b]) : Double.compare(arrival[a], arrival[b]));
        List<String> names = new ArrayList<>(typeIndex.keySet());
        long[] abandoned = new long[names.size()], retried = new long[names.size()];
        List<List<Double>> delays = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) delays.add(new ArrayList<>());
        List<double[]> retrials = new ArrayList<>();
        List<String> retrialTypes = new ArrayList<>(), abandonedTypes = new ArrayList<>();
        boolean[] taken = new boolean[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (kind[i] != GAVE_UP) continue;
            abandoned[type[i]]++;
            double gaveUp = arrival[i] + waited[i];
            for (int m = k + 1; m < n && caller[order[m]] == caller[i]; m++) {
                int j = order[m];
                if (arrival[j] < gaveUp || kind[j] == BOT) continue;
                if (arrival[j] - gaveUp > WINDOW_S) break;
                retried[type[i]]++;
                taken[j] = true;
                delays.get(type[i]).add(arrival[j] - gaveUp);
                retrials.add(new double[]{arrival[j], type[j]});
                retrialTypes.add(names.get(type[j]));
                abandonedTypes.add(names.get(type[i]));
                break;
            }
        }
        Map<String, Estimate> byType = new LinkedHashMap<>();
        long allA = 0, allR = 0;
        List<Double> allD = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) {
            byType.put(names.get(t), new Estimate(names.get(t), abandoned[t], retried[t], delays.get(t).stream().mapToDouble(Double::doubleValue).toArray()));
            allA += abandoned[t];
            allR += retried[t];
            allD.addAll(delays.get(t));
        }
        return new Found(byType, new Estimate("all", allA, allR, allD.stream().mapToDouble(Double::doubleValue).toArray()), retrials, retrialTypes, abandonedTypes,
                late(order, names, taken));
    }

    /**
     * Returns after a reply (issue 25, {@code after_late_reply}): for each answered contact with a
     * caller id, whether the same caller's next contact that reached the queue (not already a
     * retrial after giving up) arrived within {@value #WINDOW_S} s of the chat's close, and after how long.
     */
    private Map<String, LateReply.Found> late(Integer[] order, List<String> names, boolean[] taken) {
        List<List<double[]>> rows = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) rows.add(new ArrayList<>());
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (Float.isNaN(first[i])) continue;
            double back = Double.NaN;
            int j = -1;
            for (int m = k + 1; m < n && caller[order[m]] == caller[i]; m++) {
                int c = order[m];
                if (arrival[c] < close[i] || kind[c] == BOT || taken[c]) continue;
                if (arrival[c] - close[i] <= WINDOW_S) { back = arrival[c] - close[i]; j = c; }
                break;
            }
            rows.get(type[i]).add(new double[]{first[i], back, j < 0 ? -1 : arrival[j], j < 0 ? -1 : type[j]});
        }
        Map<String, LateReply.Found> out = new LinkedHashMap<>();
        for (int t = 0; t < names.size(); t++) out.put(names.get(t), LateReply.of(names.get(t), rows.get(t), names));
        return out;
    }

    boolean isEmpty() { return n == 0; }

    /** FNV-1a, 64 bits: caller ids kept as numbers, not strings (collisions at 64 bits are negligible for any shop's callers). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private void grow() {
        int c = caller.length * 2;
        caller = Arrays.copyOf(caller, c);
        arrival = Arrays.copyOf(arrival, c);
        waited = Arrays.copyOf(waited, c);
        type = Arrays.copyOf(type, c);
        kind = Arrays.copyOf(kind, c);
        first = Arrays.copyOf(first, c);
        close = Arrays.copyOf(close, c);
    }
}
