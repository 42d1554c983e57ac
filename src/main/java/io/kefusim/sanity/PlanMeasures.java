package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * cmp13: {@code kefusim compare} sets each plan's figures beside the first plan's and takes their
 * difference. A figure measured otherwise in a later plan is no difference: a service level within
 * another target ({@code compare.target_differs}), lost sales in revenue beside lost sales in margin
 * ({@code compare.basis_differs}: compare then counts every plan in revenue), totals over another
 * period ({@code compare.period_differs}) or other buyers ({@code compare.demand_differs}). Said on
 * each later plan that differs from the first, at the key.
 */
public final class PlanMeasures {
    public static final String TARGET = "compare.target_differs", BASIS = "compare.basis_differs",
            PERIOD = "compare.period_differs", DEMAND = "compare.demand_differs";

    private PlanMeasures() {}

    /** Whether two plans count their service level within the same target. */
    public static boolean sameTarget(Scenario a, Scenario b) {
        return a.serviceLevelTarget() == b.serviceLevelTarget();
    }

    /** Whether two plans run over the same period: start, horizon and warm-up. */
    public static boolean samePeriod(Scenario a, Scenario b) {
        return a.start().equals(b.start()) && a.horizon() == b.horizon() && a.warmup() == b.warmup();
    }

    /** Whether two plans expect the same buyers: pattern, scale, days, trace and mix (another shop's do not). */
    public static boolean sameDemand(Scenario a, Scenario b) {
        Scenario.Demand x = a.demand(), y = b.demand();
        return Arrays.deepEquals(x.patterns(), y.patterns()) && x.scale() == y.scale() && Objects.equals(x.days(), y.days())
                && Objects.equals(x.trace(), y.trace()) && Arrays.equals(x.mixTypes(), y.mixTypes())
                && Arrays.deepEquals(x.mixByHour(), y.mixByHour());
    }

    /** Whether a plan's totals (money, orders) can be set against the first plan's: same period, same buyers. */
    public static boolean sameTotals(Scenario first, Scenario plan) {
        return samePeriod(first, plan) && sameDemand(first, plan);
    }

    /** Whether plans count lost sales on different bases: some in margin, some in revenue. */
    public static boolean mixedBasis(List<Scenario> plans) {
        boolean margin = false, revenue = false;
        for (Scenario s : plans) {
            if (io.kefusim.metrics.Money.marginForAll(s)) margin = true;
            else revenue = true;
        }
        return margin && revenue;
    }

    /** By plan name: a warning for each way a later plan is measured otherwise than the first. */
    public static Map<String, List<Warning>> check(Map<String, Scenario> plans) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        if (plans.isEmpty()) return out;
        Scenario first = plans.values().iterator().next();
        String firstName = plans.keySet().iterator().next();
        boolean firstMargin = io.kefusim.metrics.Money.marginForAll(first);
        plans.forEach((name, s) -> {
            List<Warning> ws = new ArrayList<>();
            if (s != first) {
                if (!sameTarget(first, s)) ws.add(new Warning(TARGET, s.origins().at("service_level_target"), null,
                        new Said("wn_target_differs", time(s.serviceLevelTarget()), firstName, time(first.serviceLevelTarget()))));
                if (io.kefusim.metrics.Money.marginForAll(s) != firstMargin) ws.add(new Warning(BASIS, s.origins().at("buyers"), null,
                        new Said(firstMargin ? "wn_basis_revenue" : "wn_basis_margin", firstName)));
                if (!samePeriod(first, s)) ws.add(new Warning(PERIOD, s.origins().at(first.start().equals(s.start()) ? "horizon" : "start"), null,
                        new Said("wn_period_differs", time(s.horizon()), s.start().toString().replace('T', ' '), firstName,
                                time(first.horizon()), first.start().toString().replace('T', ' '))));
                if (!sameDemand(first, s)) ws.add(new Warning(DEMAND, s.origins().atVariantPart(demandKey(first, s)), null, new Said("wn_demand_differs", firstName))); // where the plans part: a variant's demand.scale at its set: line
            }
            out.put(name, ws);
        });
        return out;
    }

    public static final String SWEEP_PERIOD = "sweep.period_varies";

    public static final String SWEEP_DEMAND = "sweep.demand_varies";

    /**
     * By point: a warning for each point after the first whose period differs from the first point's ({@code --vary
     * horizon=4h,8h}), and one for each whose buyers differ, by compare's test ({@link #sameDemand}: {@code --vary demand.scale=1,2}).
     */
    public static Map<String, List<Warning>> sweep(Map<String, Scenario> points) {
        Map<String, List<Warning>> out = new LinkedHashMap<>();
        if (points.isEmpty()) return out;
        Scenario first = points.values().iterator().next();
        String firstName = points.keySet().iterator().next();
        points.forEach((name, s) -> {
            List<Warning> ws = new ArrayList<>();
            if (s != first && !samePeriod(first, s)) ws.add(new Warning(SWEEP_PERIOD, s.origins().at(first.start().equals(s.start()) ? "horizon" : "start"), null,
                    new Said("wn_sweep_period", time(s.horizon()), s.start().toString().replace('T', ' '), firstName,
                            time(first.horizon()), first.start().toString().replace('T', ' '))));
            if (s != first && !sameDemand(first, s)) ws.add(new Warning(SWEEP_DEMAND, s.origins().at(demandKey(first, s)), null, new Said("wn_sweep_demand", firstName)));
            out.put(name, List.copyOf(ws));
        });
        return out;
    }

    /** The key of the first part of two plans' demand that differs ({@code demand.scale}, …), where a warning is placed. */
    static String demandKey(Scenario a, Scenario b) {
        Scenario.Demand x = a.demand(), y = b.demand();
        if (x.scale() != y.scale()) return "demand.scale";
        if (!Arrays.deepEquals(x.patterns(), y.patterns())) return "demand.pattern";
        if (!Objects.equals(x.days(), y.days())) return "demand.days";
        if (!Objects.equals(x.trace(), y.trace())) return "demand.trace";
        if (!Arrays.equals(x.mixTypes(), y.mixTypes()) || !Arrays.deepEquals(x.mixByHour(), y.mixByHour())) return "demand.mix";
        return "demand";
    }

    /** A length as a scenario file writes it: 30s, 2m, 48h, 1h30m. */
    static String time(double seconds) {
        long s = Math.round(seconds);
        if (s == 0) return "0s";
        StringBuilder b = new StringBuilder();
        if (s >= 3600) b.append(s / 3600).append('h');
        if (s % 3600 >= 60) b.append(s % 3600 / 60).append('m');
        if (s % 60 > 0) b.append(s % 60).append('s');
        return b.toString();
    }
}
