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

    /**
     * Whether two plans expect the same buyers, as the model gets them (another shop's do not). Two traces: the same
     * file and mix; {@code demand.scale}, {@code demand.days} and the pattern are not read beside a trace
     * ({@code demand.ignored_with_trace}), so a variant that sets them serves the same rows. Two patterns over the same
     * period: the same arrival rate at every moment of the run (a scale or a sale day that reaches no hour of the
     * run changes nothing) and the same mix; over other periods, the same keys.
     */
    public static boolean sameDemand(Scenario a, Scenario b) {
        Scenario.Demand x = a.demand(), y = b.demand();
        boolean mix = Arrays.equals(x.mixTypes(), y.mixTypes()) && Arrays.deepEquals(x.mixByHour(), y.mixByHour());
        if (x.isTrace() || y.isTrace()) return Objects.equals(x.trace(), y.trace()) && mix;
        if (samePeriod(a, b)) return mix && sameRates(io.kefusim.demand.RateProfile.of(a), io.kefusim.demand.RateProfile.of(b));
        return Arrays.deepEquals(x.patterns(), y.patterns()) && x.scale() == y.scale() && Objects.equals(x.days(), y.days()) && mix;
    }

    /** Whether two arrival rates over the same run are equal at every moment (their pieces may break at other times). */
    private static boolean sameRates(io.kefusim.demand.RateProfile p, io.kefusim.demand.RateProfile q) {
        int i = 0, j = 0;
        while (i < p.pieces() && j < q.pieces()) {
            if (Double.compare(p.pieceRate(i), q.pieceRate(j)) != 0) return false;
            double e = p.pieceEnd(i), f = q.pieceEnd(j);
            if (e <= f) i++;
            if (f <= e) j++;
        }
        return true;
    }

    /** Whether a plan's totals (money, orders) can be set against the first plan's: same period, same buyers (how many, and who they are). */
    public static boolean sameTotals(Scenario first, Scenario plan) {
        return samePeriod(first, plan) && sameDemand(first, plan) && sameBuyers(first, plan);
    }

    /**
     * goalF: whether two plans' buyers are the same people: each type's value to the shop and behaviour
     * ({@code order_value}, {@code conversion}, {@code conversion_factor}, {@code silent_buy}, {@code margin},
     * {@code unanswered_cost}, {@code patience}, {@code messages}, {@code think_time}, {@code retrial}). These
     * describe the buyers, not a plan the shop can choose: the cost to the shop is lowest at cheaper orders or
     * more patient buyers only because they are worth less or wait longer. (A bot or a priority is a plan.)
     */
    public static boolean sameBuyers(Scenario a, Scenario b) {
        return buyerKey(a, b) == null;
    }

    /** The first key describing the buyers that differs between two plans ({@code buyers.presale.order_value}), or null. */
    public static String buyerKey(Scenario a, Scenario b) {
        if (a.buyers().size() != b.buyers().size()) return "buyers";
        for (int i = 0; i < a.buyers().size(); i++) {
            Scenario.BuyerType x = a.buyers().get(i), y = b.buyers().get(i);
            String at = "buyers." + x.name() + ".";
            if (!x.name().equals(y.name())) return "buyers";
            if (x.orderValue() != y.orderValue()) return at + "order_value";
            if (x.conversion() != y.conversion()) return at + "conversion";
            if (!same(x.conversionFactor(), y.conversionFactor())) return at + "conversion_factor";
            if (x.silentBuy() != y.silentBuy()) return at + "silent_buy";
            // a margin counts where both plans count lost margin; where one counts revenue, compare counts both in revenue (compare.basis_differs)
            if (Double.compare(x.margin(), y.margin()) != 0 && io.kefusim.metrics.Money.marginForAll(a) && io.kefusim.metrics.Money.marginForAll(b)) return at + "margin";
            if (x.unansweredCost() != y.unansweredCost()) return at + "unanswered_cost";
            if (!same(x.patience(), y.patience())) return at + "patience";
            if (!same(x.messages(), y.messages())) return at + "messages";
            if (!same(x.thinkTime(), y.thinkTime())) return at + "think_time";
            if (!same(x.retrial(), y.retrial())) return at + "retrial";
        }
        return null;
    }

    private static boolean same(io.kefusim.scenario.DistSpec x, io.kefusim.scenario.DistSpec y) {
        if (x == null || y == null) return x == y;
        return x.kind() == y.kind() && Double.compare(x.a(), y.a()) == 0 && Double.compare(x.b(), y.b()) == 0 && Arrays.equals(x.values(), y.values());
    }

    private static boolean same(Scenario.ConversionFactor x, Scenario.ConversionFactor y) {
        if (x == null || y == null) return x == y;
        return Arrays.equals(x.within(), y.within()) && Arrays.equals(x.factor(), y.factor()) && Double.compare(x.otherwise(), y.otherwise()) == 0
                && x.linear() == y.linear();
    }

    private static boolean same(Scenario.Retrial x, Scenario.Retrial y) {
        if (x == null || y == null) return x == y;
        return Double.compare(x.probability(), y.probability()) == 0 && same(x.delay(), y.delay()) && Double.compare(x.lateAfter(), y.lateAfter()) == 0
                && Double.compare(x.lateProbability(), y.lateProbability()) == 0 && x.maxReturns() == y.maxReturns();
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
                else if (!sameBuyers(first, s)) ws.add(new Warning(DEMAND, s.origins().atVariantPart(buyerKey(first, s)), null, new Said("wn_buyers_differ", firstName)));
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
            else if (s != first && !sameBuyers(first, s)) ws.add(new Warning(SWEEP_DEMAND, s.origins().at(buyerKey(first, s)), null, new Said("wn_sweep_buyers", firstName)));
            out.put(name, List.copyOf(ws));
        });
        return out;
    }

    /** The key of the first part of two plans' demand that differs ({@code demand.scale}, …), where a warning is placed. */
    static String demandKey(Scenario a, Scenario b) {
        Scenario.Demand x = a.demand(), y = b.demand();
        if (x.isTrace() || y.isTrace()) return Objects.equals(x.trace(), y.trace()) ? "demand.mix" : "demand.trace"; // a trace's scale and days are not read
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
