package io.kefusim.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Retrials after a late reply read from the records (issue 25, {@code buyers.<type>.retrial.after_late_reply
 * {after, probability}}): a caller answered later than {@code after} who comes back.
 *
 * <p><b>What is seen.</b> Every answered contact with a caller id: its first response f, and whether
 * the same caller's next contact that reached the queue (and was not already a retrial after giving
 * up) arrived within {@value Callbacks#WINDOW_S} s of the chat's close (the model counts the delay
 * from the close), and after how long.
 *
 * <p><b>{@code after}</b> is the change point: the answered contacts sorted by f are cut where two
 * return shares, q0 for f at or under the cut and q1 above it, have the largest likelihood (two
 * binomials), with at least {@value FittedScenario#MIN_PER_TYPE} contacts above the cut and q1 &gt; q0;
 * {@code after} is the largest f at or under it. With returns only after late replies (the model's
 * own records) that cut lies just under the earliest late reply that was followed by a return.
 *
 * <p><b>{@code probability}.</b> In the model a buyer answered in time never comes back, so returns
 * after an answer in time (q0) are new questions, which stay in the arrivals; the late reply's own
 * part is the excess, p = (q1 − q0) / (1 − q0), divided by the share of delays within the window
 * (the delays after a late reply, fitted as an exponential truncated at the window, as for giving
 * up). Its 95% interval: with q0 = 0 the Wilson interval of q1 so divided (as the other retrial
 * estimates); otherwise the two shares' Wilson intervals at 97.5% each (Bonferroni), the excess
 * taken at their far ends. The interval is conditional on the cut found.
 *
 * <p><b>Identified</b> only when at least {@value FittedScenario#MIN_PER_TYPE} identified callers were
 * answered late, some came back, and the late share's 95% interval lies above the in-time share's:
 * otherwise the records cannot tell a late reply's retrial from a caller's ordinary next question,
 * and fitted.yaml, fit.json and fit.html say so instead of writing a value.
 */
final class LateReply {
    private LateReply() {}

    /** Φ⁻¹(1 − 0.025/2): each of two shares at 97.5%, together at least 95%. */
    static final double Z_975 = 2.241402727604947;

    /**
     * One type's finding. {@code why} is null when identified, else one of: "few" (fewer late
     * answers than the minimum), "none" (no answered caller came back), "not_above" (late answers
     * come back no more often than answers in time).
     */
    record Found(String type, long answered, double after, long late, long lateBack, long inTime, long inTimeBack, double[] delays,
                 List<double[]> returns, List<String> returnTypes, String why) {
        boolean identified() { return why == null; }
        double lateShare() { return late == 0 ? Double.NaN : (double) lateBack / late; }
        double inTimeShare() { return inTime == 0 ? 0 : (double) inTimeBack / inTime; }
        Callbacks.Estimate delay() { return new Callbacks.Estimate(type, late, lateBack, delays); }
        double meanDelay() { return delay().meanDelay(); }

        double probability() {
            if (late == 0) return Double.NaN;
            double q0 = inTimeShare();
            return Math.max(0, Math.min(1, (lateShare() - q0) / (1 - q0) / delay().withinWindow()));
        }

        double[] probabilityInterval() {
            if (late == 0) return new double[]{Double.NaN, Double.NaN};
            if (inTimeBack == 0) return delay().probabilityInterval();
            double f = delay().withinWindow();
            double[] w1 = wilson(lateBack, late, Z_975), w0 = wilson(inTimeBack, inTime, Z_975);
            return new double[]{Math.max(0, Math.min(1, (w1[0] - w0[1]) / (1 - w0[1]) / f)), Math.max(0, Math.min(1, (w1[1] - w0[0]) / (1 - w0[0]) / f))};
        }
    }

    /** @param rows per answered contact: {first response, delay to the return or NaN, the return's arrival or −1, its type index or −1} */
    static Found of(String type, List<double[]> rows, List<String> names) {
        rows = new ArrayList<>(rows);
        rows.sort(Comparator.comparingDouble(r -> r[0]));
        int n = rows.size();
        long[] backBefore = new long[n + 1];
        for (int i = 0; i < n; i++) backBefore[i + 1] = backBefore[i] + (Double.isNaN(rows.get(i)[1]) ? 0 : 1);
        long allBack = backBefore[n];
        int best = -1;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (int cut = 1; cut <= n - FittedScenario.MIN_PER_TYPE; cut++) { // late = rows[cut..n)
            if (rows.get(cut)[0] <= rows.get(cut - 1)[0]) continue;
            long n0 = cut, k0 = backBefore[cut], n1 = n - cut, k1 = allBack - k0;
            if ((double) k1 / n1 <= (double) k0 / n0) continue;
            double ll = ll(k0, n0) + ll(k1, n1);
            if (ll > bestLl) { bestLl = ll; best = cut; }
        }
        if (n < FittedScenario.MIN_PER_TYPE + 1) return new Found(type, n, Double.NaN, 0, 0, n, allBack, new double[0], List.of(), List.of(), "few");
        if (allBack == 0) return new Found(type, n, Double.NaN, 0, 0, n, 0, new double[0], List.of(), List.of(), "none");
        if (best < 0) return new Found(type, n, Double.NaN, 0, 0, n, allBack, new double[0], List.of(), List.of(), "not_above");
        long k0 = backBefore[best], n1 = n - best, k1 = allBack - k0;
        double[] delays = new double[(int) k1];
        List<double[]> returns = new ArrayList<>();
        List<String> returnTypes = new ArrayList<>();
        int d = 0;
        for (int i = best; i < n; i++) {
            double[] r = rows.get(i);
            if (Double.isNaN(r[1])) continue;
            delays[d++] = r[1];
            returns.add(new double[]{r[2], r[3]});
            returnTypes.add(names.get((int) r[3]));
        }
        String why = wilson(k1, n1, 1.959963984540054)[0] > (k0 == 0 ? 0 : wilson(k0, best, 1.959963984540054)[1]) ? null : "not_above";
        return new Found(type, n, rows.get(best - 1)[0], n1, k1, best, k0, delays, returns, returnTypes, why);
    }

    private static double ll(long k, long n) {
        double q = (double) k / n;
        return (k == 0 ? 0 : k * Math.log(q)) + (k == n ? 0 : (n - k) * Math.log(1 - q));
    }

    static double[] wilson(long x, long nn, double z) {
        if (nn == 0) return new double[]{Double.NaN, Double.NaN};
        double p = (double) x / nn;
        double c = (p + z * z / (2 * nn)) / (1 + z * z / nn), h = z / (1 + z * z / nn) * Math.sqrt(p * (1 - p) / nn + z * z / (4.0 * nn * nn));
        return new double[]{Math.max(0, c - h), Math.min(1, c + h)};
    }
}
