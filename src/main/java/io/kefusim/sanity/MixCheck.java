package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.List;

/**
 * A buyer type written under {@code buyers} that the mix never sends: with a pattern, buyers
 * arrive only as {@code demand.mix} shares them out, so a type the mix does not name (a misspelt
 * {@code presael:} beside {@code mix: {presale: 1}}) has no buyers, its settings reach nothing, and
 * the type meant runs on the defaults. A trace may name the type in its rows, so a trace is not
 * judged here; a type the mix names with share 0 is a deliberate choice and not said either.
 */
final class MixCheck {
    private MixCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (s.demand().isTrace()) return out;
        String[] types = s.demand().mixTypes();
        List<String> named = new ArrayList<>();
        boolean defaultMix = !s.origins().written("demand.mix");
        for (String t : types) {
            if (defaultMix ? ScenarioLoader.DEFAULT_TYPES.contains(t) : s.origins().written("demand.mix." + t)) named.add(t);
        }
        for (String t : types) {
            if (named.contains(t) || !s.origins().written("buyers." + t)) continue;
            out.add(new Warning("buyers.type_not_in_mix", s.origins().at("buyers." + t), null,
                    new Said("wn_type_not_in_mix", t, List.copyOf(named))));
        }
        return out;
    }
}
