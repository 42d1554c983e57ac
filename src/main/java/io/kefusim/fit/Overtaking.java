package io.kefusim.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Priority classes read from the records (issue 25), by overtaking. Two answered buyers <em>met
 * in the queue</em> when the later one (arrived at a_j) arrived while the earlier one (a_i &lt;
 * a_j) was still waiting (a_j &lt; s_i, s the time an agent took the buyer); the later one
 * <em>overtook</em> when it was taken first (s_j &lt; s_i). One queue served first come first
 * served never overtakes; a non-preemptive priority class overtakes every lower class it meets
 * (all agents are busy while anyone waits, and the next free one takes the higher class).
 *
 * <p><b>The rule.</b> For each ordered pair of types (A later, B earlier), share(A over B) =
 * overtook / met, with a Wilson 95% interval. A ranks above B when share(A over B) is above
 * {@value #ABOVE} and its interval's lower end is above share(B over A)'s upper end. A type's class
 * is the number of types it ranks above (so types that rank above nobody are class 0). With no pair
 * ranked, the records are first come first served (classes all 0).
 *
 * <p>Classes are read only from records that are one queue within each type: if buyers of the
 * same type overtake each other in more than {@value #WITHIN_MAX} of their meetings, the records
 * are not one first-come-first-served queue per class (agents in separate pools by skill, or
 * priority by caller rather than by type, as the Anonymous Bank's VIP customers), overtaking
 * between types then says nothing about classes, and none are estimated (FCFS, with the reason).
 *
 * <p>Memory: 8 + 4 + 4 bytes per answered contact.
 */
final class Overtaking {
    /** Share of meetings a type must win to rank above another. */
    static final double ABOVE = 0.5;
    /** Most overtaking within one type (all types pooled) for the records to be read as one queue per class. */
    static final double WITHIN_MAX = 0.05;

    private double[] arrival = new double[1024];
    private float[] waited = new float[1024];
    private int[] type = new int[1024];
    private int n;
    private final Map<String, Integer> typeIndex = new LinkedHashMap<>();

    void add(String t, double arrivedAt, double wait) {
        if (!(wait >= 0)) return;
        if (n == arrival.length) {
            int c = n * 2;
            arrival = Arrays.copyOf(arrival, c);
            waited = Arrays.copyOf(waited, c);
            type = Arrays.copyOf(type, c);
        }
        arrival[n] = arrivedAt;
        waited[n] = (float) wait;
        type[n] = typeIndex.computeIfAbsent(t, x -> typeIndex.size());
        n++;
    }

    /** Meetings and overtakings by (later type, earlier type), and the classes they give. */
    record Found(List<String> types, long[][] met, long[][] overtook, Map<String, Integer> classes, double withinShare) {
        /** Whether buyers of one type overtook each other too often for classes to be read. */
        boolean notOneQueue() { return withinShare > WITHIN_MAX; }

        double share(int later, int earlier) { return met[later][earlier] == 0 ? Double.NaN : (double) overtook[later][earlier] / met[later][earlier]; }

        double[] interval(int later, int earlier) { return wilson(overtook[later][earlier], met[later][earlier]); }

        boolean fcfs() { return classes.values().stream().allMatch(c -> c == 0); }
    }

    Found find() {
        List<String> names = new ArrayList<>(typeIndex.keySet());
        int k = names.size();
        long[][] met = new long[k][k], overtook = new long[k][k];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(arrival[a], arrival[b]));
        // sweep in arrival order, keeping those still waiting (taken after the current arrival)
        int[] waiting = new int[64];
        int w = 0;
        for (Integer jj : order) {
            int j = jj;
            double aj = arrival[j], sj = aj + waited[j];
            int keep = 0;
            for (int q = 0; q < w; q++) {
                int i = waiting[q];
                double si = arrival[i] + waited[i];
                if (si <= aj) continue; // taken before j came
                waiting[keep++] = i;
                if (arrival[i] < aj) {
                    met[type[j]][type[i]]++;
                    if (sj < si) overtook[type[j]][type[i]]++;
                }
            }
            w = keep;
            if (sj > aj) {
                if (w == waiting.length) waiting = Arrays.copyOf(waiting, w * 2);
                waiting[w++] = j;
            }
        }
        long withinMet = 0, withinOvertook = 0;
        for (int a = 0; a < k; a++) { withinMet += met[a][a]; withinOvertook += overtook[a][a]; }
        double within = withinMet == 0 ? 0 : (double) withinOvertook / withinMet;
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (int a = 0; a < k; a++) {
            if (within > WITHIN_MAX) { classes.put(names.get(a), 0); continue; }
            int above = 0;
            for (int b = 0; b < k; b++) {
                if (a == b || met[a][b] == 0 || met[b][a] == 0 && overtook[a][b] == 0) continue;
                double share = (double) overtook[a][b] / met[a][b];
                double[] mine = wilson(overtook[a][b], met[a][b]), theirs = wilson(overtook[b][a], met[b][a]);
                double theirHigh = met[b][a] == 0 ? 0 : theirs[1];
                if (share > ABOVE && mine[0] > theirHigh) above++;
            }
            classes.put(names.get(a), above);
        }
        return new Found(names, met, overtook, classes, within);
    }

    static double[] wilson(long x, long nn) {
        if (nn == 0) return new double[]{Double.NaN, Double.NaN};
        double z = 1.96, p = (double) x / nn;
        double c = (p + z * z / (2 * nn)) / (1 + z * z / nn), h = z / (1 + z * z / nn) * Math.sqrt(p * (1 - p) / nn + z * z / (4.0 * nn * nn));
        return new double[]{Math.max(0, c - h), Math.min(1, c + h)};
    }
}
