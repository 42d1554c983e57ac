package io.kefusim.whatif;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader.Plan;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Plans run with common random numbers: every plan uses the same seed and replication count,
 * so replication r of each plan sees the same buyers (arrivals, types, patience, messages).
 * The difference of a figure between a plan and the first plan is then taken replication by
 * replication, and its 95% interval (paired t) is usually far narrower than comparing two
 * independent runs would give. A difference is "real" at the 95% level when its interval
 * excludes zero.
 */
public final class Comparison {
    /** One figure of one plan, and (for plans after the first) its difference to the first. */
    public record Cell(Estimate value, Estimate difference, double unpairedHalfWidth, boolean real) {}

    /** @param given the plans as their files wrote them, before the first plan's seed and replications replaced theirs */
    public record Result(List<Plan> plans, List<Headline> headlines, List<List<ReplicationMetrics>> runs, Cell[][] cells, List<Plan> given) {
        /** cells[plan][headline] */
        public Cell cell(int plan, int headline) { return cells[plan][headline]; }

        /** cmp13: whether every plan counts its service level within the first plan's target. */
        public boolean targetsAlike() {
            for (Plan p : plans) if (!io.kefusim.sanity.PlanMeasures.sameTarget(plans.get(0).scenario(), p.scenario())) return false;
            return true;
        }
    }

    /** A difference whose mean is within this share of the base's mean (or of 1) is rounding, not a difference. */
    static final double ROUNDING = 1e-9;

    private Comparison() {}

    /** Aligns every plan on the first plan's seed and replications, then runs them in turn. */
    public static List<Plan> aligned(List<Plan> plans) {
        Scenario first = plans.get(0).scenario();
        List<Plan> out = new ArrayList<>();
        for (Plan p : plans) out.add(new Plan(p.name(), p.scenario().withRun(first.replications(), first.seed())));
        return out;
    }

    public static Result run(List<Plan> plans, int threads, IntConsumer progress) {
        List<Plan> aligned = aligned(plans);
        int reps = aligned.get(0).scenario().replications();
        List<List<ReplicationMetrics>> runs = new ArrayList<>();
        for (int k = 0; k < aligned.size(); k++) {
            final int offset = k * reps;
            runs.add(Experiment.run(aligned.get(k).scenario(), threads, null,
                    progress == null ? null : done -> progress.accept(offset + done)));
        }
        return compare(aligned, runs, plans);
    }

    /** Plans already run on the same buyers (the studio's pinned and current setting). */
    public static Result compare(List<Plan> plans, List<List<ReplicationMetrics>> runs) {
        return compare(plans, runs, plans);
    }

    private static Result compare(List<Plan> plans, List<List<ReplicationMetrics>> runs, List<Plan> given) {
        plans = oneBasis(plans);
        List<Headline> headlines = Headline.of(plans.get(0).scenario());
        Cell[][] cells = new Cell[plans.size()][headlines.size()];
        for (int h = 0; h < headlines.size(); h++) {
            Headline f = headlines.get(h);
            double[] first = values(f, plans.get(0).scenario(), runs.get(0));
            for (int k = 0; k < plans.size(); k++) {
                double[] v = values(f, plans.get(k).scenario(), runs.get(k));
                Estimate value = Estimate.of(v);
                if (k == 0) {
                    cells[k][h] = new Cell(value, null, Double.NaN, false);
                    continue;
                }
                if (!measuredAlike(plans.get(0).scenario(), plans.get(k).scenario(), f)) {
                    // cmp13: another target, period or buyers: each plan's own figure, no difference (compare.*_differs)
                    cells[k][h] = new Cell(value, new Estimate(null, null), Double.NaN, false);
                    continue;
                }
                cells[k][h] = paired(first, v);
            }
        }
        return new Result(plans, headlines, runs, cells, List.copyOf(given));
    }

    /**
     * cmp13: whether a later plan's figure is measured as the first plan's, so that their difference
     * means something: the service level within the same target; a total (money, orders) over the same
     * period and buyers. Shares and means of other figures are compared across periods and buyers.
     */
    public static boolean measuredAlike(Scenario first, Scenario plan, Headline f) {
        if (f.key().equals("service_level")) return io.kefusim.sanity.PlanMeasures.sameTarget(first, plan);
        if (f.unit().equals("CNY") || f.unit().equals("orders")) return io.kefusim.sanity.PlanMeasures.sameTotals(first, plan);
        return true;
    }

    /** cmp13: plans that count lost sales in margin beside plans in revenue are all counted in revenue (compare.basis_differs). */
    static List<Plan> oneBasis(List<Plan> plans) {
        if (!io.kefusim.sanity.PlanMeasures.mixedBasis(plans.stream().map(Plan::scenario).toList())) return plans;
        List<Plan> out = new ArrayList<>();
        for (Plan p : plans) out.add(new Plan(p.name(), p.scenario().withoutMargins()));
        return out;
    }

    /**
     * {@code other}'s value and its difference to {@code base}, taken replication by replication (both
     * run on the same buyers), with the paired 95% interval: real when it excludes zero. compare's rule,
     * and sweep's for the points not distinguishable from its cheapest.
     */
    public static Cell paired(double[] base, double[] other) {
        double[] diff = new double[other.length];
        for (int r = 0; r < other.length; r++) diff[r] = other[r] - base[r];
        Estimate d = Estimate.of(diff);
        // a mean within rounding of 0 (two sums of the same numbers in another order: 4.44e-16 ± 0) is no difference: 0, not real
        double scale = Math.max(1, Math.abs(Estimate.of(base).meanOrNaN()));
        if (d.mean() != null && Math.abs(d.mean()) <= ROUNDING * (Double.isNaN(scale) ? 1 : scale)) d = new Estimate(0.0, d.ci95());
        boolean real = d.mean() != null && d.ci95() != null && d.mean() != 0 && Math.abs(d.mean()) > d.ci95();
        return new Cell(Estimate.of(other), d, unpairedHalfWidth(base, other), real);
    }

    /**
     * Plan {@code k}'s figure {@code headline} against plan {@code base}'s (not only the first plan's), paired replication by
     * replication as {@link #paired}: the plans that compare's lowest cost cannot be told from.
     */
    public static Cell versus(Result r, int k, int base, int headline) {
        Headline f = r.headlines().get(headline);
        return paired(values(f, r.plans().get(base).scenario(), r.runs().get(base)), values(f, r.plans().get(k).scenario(), r.runs().get(k)));
    }

    static double[] values(Headline f, Scenario s, List<ReplicationMetrics> reps) {
        return Estimate.perReplication(reps, m -> f.of(s, m));
    }

    /**
     * The 95% half-width the difference would have if the two plans had been run
     * independently (Welch): shown beside the paired one to make the point of common random
     * numbers, and used by tests.
     */
    static double unpairedHalfWidth(double[] a, double[] b) {
        double va = variance(a), vb = variance(b);
        int na = a.length, nb = b.length;
        if (na < 2 || nb < 2 || Double.isNaN(va) || Double.isNaN(vb)) return Double.NaN;
        double se2 = va / na + vb / nb;
        if (se2 == 0) return 0;
        double df = se2 * se2 / ((va / na) * (va / na) / (na - 1) + (vb / nb) * (vb / nb) / (nb - 1));
        return TDistribution.of(df).inverseSurvivalProbability(0.025) * Math.sqrt(se2);
    }

    private static double variance(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return ss / (v.length - 1);
    }
}
