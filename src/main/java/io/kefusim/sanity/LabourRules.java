package io.kefusim.sanity;

import io.kefusim.roster.LabourCheck;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/** The roster's labour-rule breaches and rotation gaps ({@link LabourCheck}) as warnings like the others. */
final class LabourRules {
    private LabourRules() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        for (LabourCheck.Warning w : LabourCheck.check(s)) {
            out.add(new Warning("labour." + w.rule(), s.origins().at(w.key()), w.date(),
                    new Said("lw_line", w.whoSaid(), w.date(), w.said(), w.rule())));
        }
        for (LabourCheck.Gap g : LabourCheck.gaps(s)) {
            out.add(new Warning("labour.rotation_gap", s.origins().at("teams"), g.date(), g.said()));
        }
        return out;
    }
}
