package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Bound;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.scenario.Scenario.Team;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code staffing.bounds} limit the headcounts {@code kefusim staff} chooses; every other command
 * (run, compare, sweep, batch, the studio) runs the roster as written, so a bound that roster
 * breaks (a "service at least 4 on day" beside a roster of 2) is dropped without a word unless
 * said here. A bound the roster keeps changes nothing and is not said: that is every roster
 * {@code staff} writes into its optimised.yaml (which keeps the bounds, for the next staff run),
 * so a chosen roster run again does not warn. The bounds match as the optimiser matches them
 * (each group on each shift and date, or in each team); one warning a bound, at its first breach.
 */
final class BoundCheck {
    /** The code staff leaves out: it reads the bounds. */
    static final String CODE = "staffing.bound_ignored";

    private BoundCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        List<Bound> bounds = s.staffingBounds();
        // as the optimiser decides: the teams' sizes, and beside them the roster's lines of the groups the roster names
        boolean teams = !s.teams().isEmpty();
        RunWindow run = RunWindow.of(s);
        for (int i = 0; i < bounds.size(); i++) {
            Bound b = bounds.get(i);
            Warning w = teams ? teamBreach(s, b, i) : null;
            if (w == null && (!teams || !s.roster().isEmpty())) w = rosterBreach(s, run, b, i);
            if (w != null) out.add(w);
        }
        return out;
    }

    private static Warning rosterBreach(Scenario s, RunWindow run, Bound b, int i) {
        LocalDate first = run.start().toLocalDate().minusDays(1), last = run.end().toLocalDate();
        for (Scenario.AgentGroup g : s.groups()) {
            if (b.group() != null && !b.group().equals(g.name())) continue;
            if (!s.teams().isEmpty() && s.roster().stream().noneMatch(e -> e.group().equals(g.name()))) continue; // a team group's: its teams'
            for (Shift sh : s.shifts().values()) {
                if (b.pattern() != null && !b.pattern().equals(sh.name())) continue;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    if (b.date() != null && !b.date().equals(d)) continue;
                    LocalDateTime from = run.at(d, sh.fromSec());
                    if (!run.meets(from, from.plusSeconds((long) sh.length()))) continue; // outside the run: horizon.bound_outside says it
                    int n = 0;
                    for (RosterEntry e : s.roster()) {
                        if (e.group().equals(g.name()) && e.shift().equals(sh.name()) && (e.dates() == null || e.dates().contains(d))) n += e.agents();
                    }
                    Warning w = breach(s, b, i, n, g.name(), new Said("wn_bound_at_shift", sh.name(), d), d);
                    if (w != null) return w;
                }
            }
        }
        return null;
    }

    private static Warning teamBreach(Scenario s, Bound b, int i) {
        if (b.date() != null) return null; // a team is decided for the whole run: a dated bound matches no team
        for (Team t : s.teams()) {
            if (b.pattern() != null && !b.pattern().equals(t.name())) continue;
            for (Scenario.AgentGroup g : s.groups()) {
                if (!t.agents().containsKey(g.name()) || b.group() != null && !b.group().equals(g.name())) continue;
                Warning w = breach(s, b, i, t.agents().get(g.name()), g.name(), new Said("wn_bound_at_team", t.name()), null);
                if (w != null) return w;
            }
        }
        return null;
    }

    private static Warning breach(Scenario s, Bound b, int i, int n, String group, Said place, LocalDate date) {
        String key = "staffing.bounds[" + i + "]";
        if (n < b.min()) return new Warning(CODE, s.origins().at(key), date, new Said("wn_bound_min_ignored", n, group, place, b.min()));
        if (b.hasMax() && n > b.max()) return new Warning(CODE, s.origins().at(key), date, new Said("wn_bound_max_ignored", n, group, place, b.max()));
        return null;
    }
}
