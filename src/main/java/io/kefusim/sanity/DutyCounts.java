package io.kefusim.sanity;

import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agents on duty per group as a step function of time, as the roster plans it (nobody
 * absent): the picture a supervisor has of the desk, against which the checks look for hours
 * nobody covers and breaks that empty it.
 */
final class DutyCounts {
    private final double[] at;      // step starts, increasing; at[0] = 0
    private final int[][] onDuty;   // [step][group]
    private final int[] inShift;    // [step]: agents between their shift's start and end, on a break or not

    private DutyCounts(double[] at, int[][] onDuty, int[] inShift) {
        this.at = at;
        this.onDuty = onDuty;
        this.inShift = inShift;
    }

    static DutyCounts of(Scenario s) {
        // absence 0: the plan as written, so no random stream is drawn
        DutyPlan plan = DutyPlan.build(s.absence() == 0 ? s : s.withRoster(s.roster(), s.teams(), 0), null);
        int groups = s.groups().size();
        boolean[] on = new boolean[plan.agents()], shift = new boolean[plan.agents()];
        int[] count = new int[groups];
        int inShift = 0;
        List<Double> times = new ArrayList<>(List.of(0.0));
        List<int[]> counts = new ArrayList<>(List.of(new int[groups]));
        List<Integer> shifts = new ArrayList<>(List.of(0));
        for (int i = 0; i < plan.changes(); i++) {
            int a = plan.agent(i);
            boolean now = plan.action(i) == DutyPlan.ON || plan.action(i) == DutyPlan.BREAK_END;
            if (now != on[a]) count[plan.group(a)] += now ? 1 : -1;
            on[a] = now;
            boolean in = plan.action(i) != DutyPlan.OFF;
            if (in != shift[a]) inShift += in ? 1 : -1;
            shift[a] = in;
            double t = Math.max(0, plan.time(i));
            if (i + 1 < plan.changes() && plan.time(i + 1) <= t) continue; // one step per instant
            if (t == times.get(times.size() - 1)) {
                counts.set(counts.size() - 1, count.clone());
                shifts.set(shifts.size() - 1, inShift);
            } else {
                times.add(t);
                counts.add(count.clone());
                shifts.add(inShift);
            }
        }
        return new DutyCounts(times.stream().mapToDouble(Double::doubleValue).toArray(), counts.toArray(int[][]::new),
                shifts.stream().mapToInt(Integer::intValue).toArray());
    }

    int steps() { return at.length; }
    double stepStart(int i) { return at[i]; }
    double stepEnd(int i) { return i + 1 < at.length ? at[i + 1] : Double.POSITIVE_INFINITY; }
    int onDuty(int step, int group) { return onDuty[step][group]; }

    /** The step holding time t. */
    int stepAt(double t) {
        int i = Arrays.binarySearch(at, t);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    int onDutyAt(double t, int group) {
        return onDuty[stepAt(t)][group];
    }

    /** Agents on duty at step i who can serve {@code type} (any of their skills). */
    int ableAt(Scenario s, int step, String type) {
        int n = 0;
        for (int g = 0; g < s.groups().size(); g++) if (s.groups().get(g).skills().contains(type)) n += onDuty[step][g];
        return n;
    }

    /** Agents within their shift at step i, those on a break too. */
    int inShiftAt(int step) {
        return inShift[step];
    }

    int totalAt(int step) {
        int n = 0;
        for (int c : onDuty[step]) n += c;
        return n;
    }
}
