package io.kefusim.fit;

import io.kefusim.fit.RecordFormat.Outcome;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

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
 * <p><b>Estimates</b>, per type of the abandoned contact: probability = retried / abandoned with
 * a caller id (Wilson 95% interval); delay exponential with the delays' mean (exact 95% interval
 * 2 Σd / χ²(2k)). The exponential is fitted to delays inside the window: when the window cuts off
 * a visible part of the delays (the mean is more than a tenth of the window), the fit says so.
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
    private int n;
    private final Map<String, Integer> typeIndex = new LinkedHashMap<>();
    private static final byte QUEUED = 0, GAVE_UP = 1, BOT = 2;

    void add(Observed o) {
        if (o.caller() == null || o.outcome() == Outcome.SKIP || o.outcome() == Outcome.OPEN) return;
        if (n == caller.length) grow();
        caller[n] = hash(o.caller());
        arrival[n] = o.arrival();
        waited[n] = (float) (Double.isNaN(o.waited()) ? 0 : o.waited());
        type[n] = typeIndex.computeIfAbsent(o.type(), t -> typeIndex.size());
        kind[n] = o.outcome() == Outcome.BOT ? BOT : o.outcome() == Outcome.ABANDONED ? GAVE_UP : QUEUED;
        n++;
    }

    /** What was found for one buyer type (of the abandoned contact). */
    record Estimate(String type, long abandoned, long retried, double[] delays) {
        double probability() { return abandoned == 0 ? Double.NaN : (double) retried / abandoned; }

        /** Wilson 95% interval of the probability. */
        double[] probabilityInterval() {
            if (abandoned == 0) return new double[]{Double.NaN, Double.NaN};
            double z = 1.96, p = probability(), nn = abandoned;
            double c = (p + z * z / (2 * nn)) / (1 + z * z / nn), h = z / (1 + z * z / nn) * Math.sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn));
            return new double[]{Math.max(0, c - h), Math.min(1, c + h)};
        }

        double meanDelay() { return retried == 0 ? Double.NaN : Arrays.stream(delays).sum() / retried; }

        /** Exact 95% interval of an exponential mean from k delays. */
        double[] delayInterval() {
            if (retried == 0) return new double[]{Double.NaN, Double.NaN};
            double sum = Arrays.stream(delays).sum();
            ChiSquaredDistribution c = ChiSquaredDistribution.of(2.0 * retried);
            return new double[]{2 * sum / c.inverseCumulativeProbability(0.975), 2 * sum / c.inverseCumulativeProbability(0.025)};
        }

        /** Whether the window cuts off enough of the delays to bias their mean down. */
        boolean truncated() { return meanDelay() > WINDOW_S / 10; }
    }

    /** The estimates by type, and the retried contacts (arrival, type) to take out of the arrivals. */
    record Found(Map<String, Estimate> byType, Estimate all, List<double[]> retrials, List<String> retrialTypes) {}

    Found find() {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> caller[a] != caller[b] ? Long.compare(caller[a], caller[b]) : Double.compare(arrival[a], arrival[b]));
        List<String> names = new ArrayList<>(typeIndex.keySet());
        long[] abandoned = new long[names.size()], retried = new long[names.size()];
        List<List<Double>> delays = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) delays.add(new ArrayList<>());
        List<double[]> retrials = new ArrayList<>();
        List<String> retrialTypes = new ArrayList<>();
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
                delays.get(type[i]).add(arrival[j] - gaveUp);
                retrials.add(new double[]{arrival[j], type[j]});
                retrialTypes.add(names.get(type[j]));
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
        return new Found(byType, new Estimate("all", allA, allR, allD.stream().mapToDouble(Double::doubleValue).toArray()), retrials, retrialTypes);
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
    }
}
