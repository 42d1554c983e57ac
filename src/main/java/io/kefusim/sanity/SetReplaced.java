package io.kefusim.sanity;

import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Origins.Replaced;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --set} that a variant's {@code set:} or a sweep's {@code --vary} of the same key (or a
 * key inside it, or around it) replaces. Both come after {@code --set}, and rightly: a variant is
 * the change it writes, and a sweep that let {@code --set} win would run every point alike. But
 * the user typed the --set for every plan, and a variant "one more agent" that now runs one fewer
 * than {@code base} must not go unsaid. Placed at the replacing key (the variant's line, or
 * {@code --vary}).
 */
final class SetReplaced {
    static final String COMPARE = "compare.set_replaced", SWEEP = "sweep.set_replaced";

    private SetReplaced() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        for (Replaced r : s.origins().replaced()) {
            boolean vary = r.by().equals(Assignment.VARY);
            String key = (vary ? "wn_set_varied" : "wn_set_replaced") + (r.inPart() ? "_part" : "");
            Said said = vary ? new Said(key, r.set(), r.key()) : new Said(key, r.set(), r.key(), r.value(), r.by());
            out.add(new Warning(vary ? SWEEP : COMPARE, s.origins().at(r.key()), null, said));
        }
        return out;
    }
}
