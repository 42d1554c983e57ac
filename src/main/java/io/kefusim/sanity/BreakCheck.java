package io.kefusim.sanity;

import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Break;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.Durations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Breaks that take a desk off at once. A break belongs to a shift, so every agent of a
 * roster entry or of a team on that shift breaks at the same minute: with a team on a
 * rotation (四班三倒) that can be the whole desk, and with everyone on one evening shift it
 * can fall on the sale's peak. Warned when the break takes at least two agents and leaves
 * their group with fewer than half of those who were on duty just before (twin shifts whose
 * halves break in turn, as the examples do, are the usual stagger and pass).
 */
final class BreakCheck {
    private BreakCheck() {}

    static List<Warning> check(Scenario s, DutyCounts duty) {
        List<Warning> out = new ArrayList<>();
        RunWindow run = RunWindow.of(s);
        LocalDate first = s.start().toLocalDate();
        int days = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400);
        List<RosterEntry> roster = s.roster();
        for (int i = 0; i < roster.size(); i++) {
            RosterEntry e = roster.get(i);
            if (e.agents() < 2) continue;
            Shift shift = s.shifts().get(e.shift());
            for (int b = 0; b < shift.breaks().size(); b++) {
                Break br = shift.breaks().get(b);
                int g = s.groupIndex(e.group());
                for (int k = -1; k <= days; k++) {
                    LocalDate date = first.plusDays(k);
                    if (e.dates() != null && !e.dates().contains(date)) continue;
                    Warning w = together(s, duty, run, date, shift, br, g, e.dates() == null ? d -> true : e.dates()::contains,
                            s.origins().at("shifts." + shift.name() + ".breaks[" + b + "]"),
                            who("roster", e.agents(), br, e.group(), i, e.shift()));
                    if (w != null) {
                        out.add(w);
                        break;
                    }
                }
            }
        }
        List<Team> teams = s.teams();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            for (Map.Entry<String, Integer> ga : team.agents().entrySet()) {
                if (ga.getValue() < 2) continue;
                int g = s.groupIndex(ga.getKey());
                List<String> warned = new ArrayList<>();
                for (int k = -1; k <= days; k++) {
                    LocalDate date = first.plusDays(k);
                    String name = DutyPlan.shiftOn(team, date);
                    if (name.equals(ScenarioLoader.OFF) || warned.contains(name)) continue;
                    Shift shift = s.shifts().get(name);
                    for (int b = 0; b < shift.breaks().size(); b++) {
                        Break br = shift.breaks().get(b);
                        Warning w = together(s, duty, run, date, shift, br, g, d -> DutyPlan.shiftOn(team, d).equals(name),
                                s.origins().at("shifts." + name + ".breaks[" + b + "]"),
                                who("team", ga.getValue(), br, ga.getKey(), team.name(), name));
                        if (w != null) {
                            out.add(w);
                            warned.add(name);
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Who takes the break together: "all 3 × service of roster[1] (shift 'evening')" when the
     * break is not split, "2 of the 3 × service of roster[1] (shift 'evening', split: 2)" when it is
     * (agent i takes slot i mod split, so the first slot takes ceil(n / split) of them).
     */
    private static Said who(String kind, int agents, Break br, String group, Object which, String shift) {
        int together = together(agents, br.split());
        if (together >= agents) return new Said("wn_break_" + kind, agents, group, which, shift);
        return new Said("wn_break_" + kind + "_some", together, agents, group, which, shift, br.split());
    }

    /** Agents of n who take a break split in {@code split} slots in its first slot together. */
    static int together(int agents, int split) {
        return (agents + split - 1) / split;
    }

    /** The warning for one break instance, if it falls in the counted run and empties its group. */
    private static Warning together(Scenario s, DutyCounts duty, RunWindow run, LocalDate date, Shift shift, Break br, int group,
                                    Predicate<LocalDate> hers, io.kefusim.scenario.Origins.Origin where, Said who) {
        double start = start(run, date, shift, br);
        if (start < s.warmup() || start >= s.horizon()) return null;
        int before = duty.onDutyAt(Math.nextDown(start), group);
        int during = duty.onDutyAt(start + br.duration() / 2, group);
        if (!warned(before, before - during)) return null; // twin shifts breaking half each are the usual stagger
        String at = RunWindow.minute(run.time(start));
        return new Warning("breaks.together", where, run.time(start).toLocalDate(),
                new Said("wn_break", who, HorizonCheck.clock(br.atSec()), new Said.Duration(br.duration()), s.groups().get(group).name(), before, during, at,
                        advice(s, duty, run, shift, br, group, hers)));
    }

    /** When the break of {@code shift} on {@code date} (the shift's own date) begins, in run seconds. */
    private static double start(RunWindow run, LocalDate date, Shift shift, Break br) {
        return run.seconds(date.atStartOfDay()) + shift.fromSec() + Math.floorMod(br.atSec() - shift.fromSec(), 86400);
    }

    /** The rule: a break taking at least two agents off that leaves fewer than half of those on duty before. */
    private static boolean warned(int before, int off) {
        return off >= 2 && (before - off) * 2 < before;
    }

    /**
     * What would stagger it: the smallest split above the break's own, with every slot ending
     * inside the shift, that leaves no date of the warned entry or team (those {@code hers}
     * holds) warned. A split is the break's, so it staggers every roster entry and team of the
     * group that works the shift that date, each by its own count (agent i of each at slot
     * i mod split); the others off at that minute (another shift's break, a shift ending) stay
     * off. When the split that would do ends past the shift, the twin shifts; when none would
     * (even one agent of each entry at a time leaves too few, because of those others), moving
     * the break away from theirs.
     */
    private static Said advice(Scenario s, DutyCounts duty, RunWindow run, Shift shift, Break br, int group, Predicate<LocalDate> hers) {
        LocalDate first = s.start().toLocalDate();
        int days = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400);
        String groupName = s.groups().get(group).name();
        List<int[]> counts = new ArrayList<>(); // per counted date: before, others off, then the shift's agents of the group by entry
        int largest = 1;
        for (int k = -1; k <= days; k++) {
            LocalDate date = first.plusDays(k);
            if (!hers.test(date)) continue;
            double start = start(run, date, shift, br);
            if (start < s.warmup() || start >= s.horizon()) continue;
            List<Integer> mine = new ArrayList<>();
            for (RosterEntry e : s.roster())
                if (e.group().equals(groupName) && e.shift().equals(shift.name()) && (e.dates() == null || e.dates().contains(date))) mine.add(e.agents());
            for (Team t : s.teams())
                if (t.agents().getOrDefault(groupName, 0) > 0 && DutyPlan.shiftOn(t, date).equals(shift.name())) mine.add(t.agents().get(groupName));
            int before = duty.onDutyAt(Math.nextDown(start), group);
            int off = before - duty.onDutyAt(start + br.duration() / 2, group);
            int[] c = new int[2 + mine.size()];
            c[0] = before;
            c[1] = off;
            for (int m = 0; m < mine.size(); m++) {
                c[2 + m] = mine.get(m);
                c[1] -= together(mine.get(m), br.split());
                largest = Math.max(largest, mine.get(m));
            }
            counts.add(c);
        }
        double into = Math.floorMod(br.atSec() - shift.fromSec(), 86400);
        for (int k = br.split() + 1; k <= largest; k++) {
            boolean clears = true;
            for (int[] c : counts) {
                int off = Math.max(0, c[1]);
                for (int m = 2; m < c.length; m++) off += together(c[m], k);
                if (warned(c[0], off)) clears = false;
            }
            if (!clears) continue;
            // the loader's rule: every slot ends before the shift does, leaving work after it
            if (into + k * br.duration() >= shift.length()) return new Said("wn_break_fix_shifts");
            return new Said(br.split() == 1 ? "wn_break_fix_add" : "wn_break_fix_raise", k, br.split());
        }
        return new Said("wn_break_fix_others", groupName);
    }
}
