package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.RosterEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two roster lines for the same group on the same shift and the same days (both every day, or the same
 * dates) are added together: {@code night 2} and {@code night 1} put 3 on duty. Two teams may mean that;
 * a line copied to change its count, with the old one left in, does not. Said ({@code roster.lines_added}),
 * naming the lines, their counts and the total, at the later line; lines that differ in their dates are
 * not said (a sale day's extras beside the everyday people), nor lines of 0 agents, nor lines a variant's
 * {@code set:} writes (a plan adding a line says what it adds).
 */
final class RosterLinesCheck {
    static final String CODE = "roster.lines_added";

    private RosterLinesCheck() {}

    private record Key(String group, String shift, List<java.time.LocalDate> dates) {}

    static List<Warning> check(Scenario s) {
        Map<Key, List<Integer>> lines = new LinkedHashMap<>();
        List<RosterEntry> roster = s.roster();
        for (int i = 0; i < roster.size(); i++) {
            RosterEntry e = roster.get(i);
            if (e.agents() == 0) continue;
            List<java.time.LocalDate> dates = e.dates() == null ? null : e.dates().stream().distinct().sorted().toList();
            lines.computeIfAbsent(new Key(e.group(), e.shift(), dates), k -> new ArrayList<>()).add(i);
        }
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<Key, List<Integer>> g : lines.entrySet()) {
            List<Integer> at = g.getValue();
            if (at.size() < 2) continue;
            // a variant's set: that writes one of them adds it on purpose (the Double 11 example's
            // one-senior-on-nights adds roster[22] beside roster[14]): that plan's author said what it adds
            if (at.stream().anyMatch(i -> s.origins().setByVariant("roster[" + i + "]") != null)) continue;
            List<String> which = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            int total = 0;
            for (int i : at) {
                which.add("roster[" + i + "]");
                counts.add(String.valueOf(roster.get(i).agents()));
                total += roster.get(i).agents();
            }
            Key k = g.getKey();
            Said said = k.dates() == null
                    ? new Said("wn_roster_added", which, k.group(), k.shift(), String.join(" + ", counts), total)
                    : new Said("wn_roster_added_dates", which, k.group(), k.shift(),
                            String.join(", ", k.dates().stream().map(java.time.LocalDate::toString).toList()), String.join(" + ", counts), total);
            java.time.LocalDate first = k.dates() == null || k.dates().isEmpty() ? null : k.dates().get(0);
            out.add(new Warning(CODE, s.origins().at("roster[" + at.get(1) + "]"), first, said));
        }
        return out;
    }
}
