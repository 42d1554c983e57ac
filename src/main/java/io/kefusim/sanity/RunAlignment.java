package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kefusim compare} runs every plan on the first plan's seed and replications (common
 * random numbers: replication r of each plan sees the same buyers). A later plan's own
 * {@code seed} or {@code replications} (its file's, or a variant's {@code set:}) is then
 * replaced; said here, at the key, so that a plan file of 200 replications is not believed to
 * have run 200.
 */
public final class RunAlignment {
    public static final String CODE = "compare.run_aligned";

    private RunAlignment() {}

    /** By plan name, as given (before alignment): a warning for each later plan whose seed or replications differ from the first's. */
    public static Map<String, List<Warning>> check(Map<String, Scenario> plans) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        Scenario first = plans.isEmpty() ? null : plans.values().iterator().next();
        String firstName = plans.isEmpty() ? null : plans.keySet().iterator().next();
        Map<String, List<Warning>> measures = PlanMeasures.check(plans); // cmp13: a figure measured otherwise than the first plan's, said with these
        plans.forEach((name, s) -> {
            List<Warning> ws = new ArrayList<>();
            if (s != first && (s.seed() != first.seed() || s.replications() != first.replications())) {
                String key = s.seed() != first.seed() ? "seed" : "replications";
                ws.add(new Warning(CODE, s.origins().at(key), null,
                        new Said("wn_run_aligned", s.replications(), s.seed(), first.replications(), first.seed(), firstName)));
            }
            ws.addAll(measures.getOrDefault(name, List.of()));
            out.put(name, ws);
        });
        return out;
    }
}
