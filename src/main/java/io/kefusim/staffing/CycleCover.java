package io.kefusim.staffing;

import io.kefusim.roster.DutyPlan;
import io.kefusim.roster.RotationCycle;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.staffing.Decisions.Decision;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rotating teams sized over their whole cycle, not the run's days alone. The search simulates
 * the run's days, on which only some teams work (a team of 四班三倒 is off two days in eight); a
 * team off then would be sized by nothing, and left at 0 with its shifts empty on the other
 * days. So every roster the search proposes keeps one rule more: on every date of one whole
 * cycle (from the run's first date) that the run does not count, each group has at every time of
 * day at least as many agents on duty as on each of the run's days at that time (the scenario's
 * demand taken as repeating day by day: an ordinary day's pattern does). Each row is
 * sum_k a_k x_k >= 0 over the team decisions of one group, a_k being decision k's on-duty share
 * of the slot on the other date less its share on the run's date. For a symmetric rotation
 * (every team works every shift over the cycle: the templates) it makes the teams of a group
 * equal; the simulation of the run's days then judges every day of the cycle.
 * A row is not kept where nobody can be on duty on the other date (the rotation puts no team
 * there, or the bounds allow none), or where the bounds allow fewer agents there than on the run's
 * date; {@code staff.rotation_uncovered} says what is left empty.
 */
final class CycleCover {
    private CycleCover() {}

    /** The rows, each a coefficient per decision (0 for decisions of other groups); empty without rotating teams. */
    static List<double[]> rows(Scenario s, List<Decision> decisions) {
        List<double[]> out = new ArrayList<>();
        if (!Decisions.teamsMode(s) || decisions.isEmpty()) return out;
        Scenario w = RotationCycle.window(s);
        double slot = s.interval() > 0 && s.interval() <= 86400 && 86400 % s.interval() == 0 ? s.interval() : 3600;
        int perDay = (int) Math.round(86400 / slot), days = (int) Math.round(w.horizon() / 86400), slots = perDay * days;
        double[][] cov = new double[decisions.size()][];
        for (int k = 0; k < cov.length; k++) cov[k] = coverage(w, s, decisions.get(k), slot, slots);
        boolean[] counted = new boolean[slots];
        boolean any = false, all = true;
        for (int u = 0; u < slots; u++) {
            counted[u] = RotationCycle.counted(s, (u + 0.5) * slot);
            any |= counted[u];
            all &= counted[u];
        }
        if (!any || all) return out; // nothing judged to compare with, or the run is the whole cycle
        Map<String, double[]> unique = new LinkedHashMap<>();
        for (Scenario.AgentGroup g : s.groups()) {
            List<Integer> mine = new ArrayList<>();
            for (int k = 0; k < decisions.size(); k++) if (decisions.get(k).group().equals(g.name())) mine.add(k);
            if (mine.isEmpty()) continue;
            for (int u = 0; u < slots; u++) {
                if (counted[u]) continue;
                double canThere = 0;
                for (int k : mine) canThere += decisions.get(k).max() * cov[k][u];
                if (canThere <= 0) continue; // nobody can be there: the warning says so
                for (int r = u % perDay; r < slots; r += perDay) {
                    if (!counted[r]) continue;
                    double canRun = 0;
                    boolean binds = false;
                    for (int k : mine) {
                        canRun += decisions.get(k).max() * cov[k][r];
                        binds |= cov[k][u] - cov[k][r] < -1e-9;
                    }
                    if (!binds || canThere < canRun - 1e-9) continue;
                    double[] row = new double[decisions.size()];
                    StringBuilder key = new StringBuilder();
                    for (int k : mine) {
                        row[k] = Math.round((cov[k][u] - cov[k][r]) * 1e6) / 1e6;
                        key.append(k).append(':').append(row[k]).append(',');
                    }
                    unique.putIfAbsent(key.toString(), row);
                }
            }
        }
        out.addAll(unique.values());
        return out;
    }

    /**
     * Team decisions whose members are never on duty in the run (warm-up included): a team off on
     * all of the run's days. Their size changes nothing the simulation sees, so a failed roster
     * rules out every roster that has no more agents in the others (the exact search would
     * otherwise try the same run again with that team one larger, and again); the rows above give
     * them their size. None without rotating teams.
     */
    static boolean[] offInRun(Scenario s, List<Decision> decisions) {
        boolean[] out = new boolean[decisions.size()];
        if (!Decisions.teamsMode(s)) return out;
        for (int k = 0; k < out.length; k++) {
            Decision d = decisions.get(k);
            Team team = null;
            for (Team t : s.teams()) if (t.name().equals(d.team())) team = t;
            if (team == null) continue;
            Team one = new Team(team.name(), Map.of(d.group(), 1), team.cycle(), team.from(), team.workingTime());
            DutyPlan plan = DutyPlan.build(s.withRoster(List.of(), List.of(one), 0), RandomSource.SPLIT_MIX_64.create(0L));
            boolean on = false;
            for (double[] seg : plan.onDutySegments(0)) on |= seg[1] > 0 && seg[0] < s.horizon();
            out[k] = !on;
        }
        return out;
    }

    /** One agent of a team decision: its on-duty share of each slot of the window, as the run builds its duty. */
    private static double[] coverage(Scenario w, Scenario s, Decision d, double slot, int slots) {
        double[] c = new double[slots];
        Team team = null;
        for (Team t : s.teams()) if (t.name().equals(d.team())) team = t;
        if (team == null) return c;
        Team one = new Team(team.name(), Map.of(d.group(), 1), team.cycle(), team.from(), team.workingTime());
        DutyPlan plan = DutyPlan.build(w.withRoster(List.of(), List.of(one), 0), RandomSource.SPLIT_MIX_64.create(0L));
        for (double[] seg : plan.onDutySegments(0)) {
            double a0 = Math.max(0, seg[0]), b0 = Math.min(w.horizon(), seg[1]);
            for (int i = (int) Math.floor(a0 / slot); i < slots && i * slot < b0; i++) {
                double a = Math.max(a0, i * slot), b = Math.min(b0, (i + 1) * slot);
                if (b > a) c[i] += (b - a) / slot;
            }
        }
        return c;
    }
}
