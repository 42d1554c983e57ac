package io.kefusim.staffing;

import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * staffI: the breaks staff searches with, staggered as a supervisor staggers them. A break belongs to a
 * shift, so every agent of a roster line took it at the same minute: staff's answer for the Double 11
 * example sent all 22 after-sale agents of evening_a to the 18:00 break together (breaks.together on its
 * own answer). Each break of the scenario's shifts taken in one slot is searched (and written to
 * optimised.yaml) in two consecutive slots ({@code split: 2}: half a line's agents at {@code at}, the other
 * half one break later) where both fit: the second slot ends before the shift's end and before its next
 * break. With the search's rule for twin shifts (no twin more than twice the other plus one) no break then
 * leaves a group with fewer than half its agents on duty. A shift whose file writes a {@code split} (even
 * {@code split: 1}) is kept as written. Not for rotating teams or designed shifts (the designer staggers its own breaks).
 */
public final class StaggeredBreaks {
    private StaggeredBreaks() {}

    /** The scenario with its one-slot breaks split in two where they fit; the same scenario when none does. */
    public static Scenario of(Scenario s) {
        if (Decisions.teamsMode(s)) return s;
        Map<String, Scenario.Shift> shifts = new LinkedHashMap<>();
        boolean changed = false;
        for (Scenario.Shift sh : s.shifts().values()) {
            // a split the file writes, even split: 1, is the shop's choice and kept
            boolean chosen = false;
            for (int b = 0; b < sh.breaks().size(); b++) chosen |= s.origins().written("shifts." + sh.name() + ".breaks[" + b + "].split");
            if (chosen) {
                shifts.put(sh.name(), sh);
                continue;
            }
            List<Scenario.Break> breaks = new ArrayList<>();
            for (int b = 0; b < sh.breaks().size(); b++) {
                Scenario.Break br = sh.breaks().get(b);
                double end = rel(sh, br.atSec()) + 2 * br.duration();
                boolean fits = br.split() == 1 && end < sh.length();
                for (Scenario.Break other : sh.breaks()) if (other != br && rel(sh, other.atSec()) > rel(sh, br.atSec()) && end >= rel(sh, other.atSec())) fits = false;
                breaks.add(fits ? new Scenario.Break(br.atSec(), br.duration(), 2) : br);
                changed |= fits;
            }
            shifts.put(sh.name(), new Scenario.Shift(sh.name(), sh.fromSec(), sh.toSec(), List.copyOf(breaks)));
        }
        return changed ? s.withShifts(shifts, s.roster()) : s;
    }

    /** Shifts whose breaks the search took in two slots ("morning_a 11:30, evening_a 18:00"), "" when none. */
    public static String said(Scenario original, Scenario staggered) {
        List<String> out = new ArrayList<>();
        for (Scenario.Shift sh : original.shifts().values()) {
            Scenario.Shift now = staggered.shifts().get(sh.name());
            for (int b = 0; b < sh.breaks().size(); b++) {
                if (now.breaks().get(b).split() != sh.breaks().get(b).split()) {
                    int at = Math.floorMod(sh.breaks().get(b).atSec(), 86400);
                    out.add(String.format(java.util.Locale.ROOT, "%s %02d:%02d", sh.name(), at / 3600, at % 3600 / 60));
                }
            }
        }
        return String.join(", ", out);
    }

    private static double rel(Scenario.Shift sh, int atSec) {
        return Math.floorMod(atSec - sh.fromSec(), 86400);
    }
}
