package io.kefusim.staffing;

import io.kefusim.demand.DemandDraw;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.DemandUncertainty;
import io.kefusim.scenario.Scenario;
import org.apache.commons.statistics.distribution.BetaDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code staff --confidence q}: a roster that meets the goal in at least a share q of demand
 * outcomes, when the scenario says demand is uncertain ({@code demand.uncertainty}).
 *
 * <p>How it is decided: the existing optimiser staffs the day at the u-quantile of the scale
 * (and of the peaks' size), u = q first; since more buyers never make service better, that
 * roster meets the goal on every day no larger. It is then <b>verified</b> by simulation over
 * demand draws on a seed the search never saw (the scenario's seed + 1): each of {@code draws}
 * outcomes is simulated {@value #PER_DRAW} times, and the outcome counts as met when the goal's
 * figure, pooled over those replications, meets the threshold (for the run, every day, or every
 * interval with at least 10 buyers a replication, as {@code --per} says). If fewer than q of the
 * outcomes are met, u moves halfway to 1 and the search repeats (at most {@value #ROUNDS} times).
 * The roster for the expected demand (scale and peaks at their means) is found and verified the
 * same way, on the same draws (common random numbers), and the difference in labour cost is what
 * the extra certainty costs.
 */
public final class ConfidentStaffing {
    /** Replications per demand outcome in the verification: the outcome's figure is pooled over them. */
    public static final int PER_DRAW = 4;
    private static final int ROUNDS = 4;

    /** Demand outcomes: how many were simulated and met, with the 95% Clopper–Pearson interval of the share. */
    public record Outcomes(int draws, int met, double[] scales, boolean[] meets) {
        public double share() { return draws == 0 ? Double.NaN : (double) met / draws; }
        public double lower() { return met == 0 ? 0 : BetaDistribution.of(met, draws - met + 1).inverseCumulativeProbability(0.025); }
        public double upper() { return met == draws ? 1 : BetaDistribution.of(met + 1, draws - met).inverseCumulativeProbability(0.975); }
    }

    /** "If buyers come in {@code excess} above the forecast in the busiest hour, call in {@code more} per group." */
    public record CallIn(double excess, int interval, int[] more) {
        public int total() { int t = 0; for (int m : more) t += m; return t; }
    }

    public record Result(double confidence, double level, double scaleAt, double peakAt, Optimiser.Result expected, Outcomes expectedOutcomes,
                         Optimiser.Result confident, Outcomes confidentOutcomes, double tolerableScale, double chanceAbove,
                         List<CallIn> callIns, int busiestInterval) {
        /** Labour cost of the confident roster over the expected-demand roster. */
        public double extraCost() { return confident.best().labourCost() - expected.best().labourCost(); }
        /**
         * The answer is the expected-demand roster: it met the goal on its own day and in at least the share asked of the
         * verified outcomes (the point estimate, as the quantile roster is judged), and costs no more than the quantile
         * roster (or the quantile roster fell short of the share). The cheapest verified roster; the quantile one otherwise.
         */
        public boolean expectedSuffices() {
            return expected.met() && meets(expectedOutcomes, confidence)
                    && (!meets(confidentOutcomes, confidence) || expected.best().labourCost() <= confident.best().labourCost());
        }
        /** The roster to staff by (optimised.yaml): the cheapest of the two that meets the confidence asked. */
        public Optimiser.Result answer() { return expectedSuffices() ? expected : confident; }
        public Outcomes answerOutcomes() { return expectedSuffices() ? expectedOutcomes : confidentOutcomes; }
        /** The answer's verified share reached the confidence asked. */
        public boolean verified() { return meets(answerOutcomes(), confidence); }
        /** The rule: the share of verified outcomes met (point estimate) is at least q; its 95% interval is said beside it. */
        public static boolean meets(Outcomes o, double q) { return o.share() >= q - 1e-12; }
        /** How far above the expected demand the confident roster still meets the goal (0.18: 18%). */
        public double tolerableExcess() { return tolerableScale - 1; }
    }

    private final Scenario s;
    private final Goal goal;
    private final boolean byDate;
    private final int threads, budget, draws;
    private final double confidence;
    private final Consumer<Optimiser.Step> progress;

    /** @param confidence the share of demand outcomes in which the roster must meet the goal (0.5 to 0.999) */
    public ConfidentStaffing(Scenario s, Goal goal, double confidence, boolean byDate, int threads, int budget, int draws, Consumer<Optimiser.Step> progress) {
        if (!s.demand().isUncertain()) throw new IllegalArgumentException("no demand.uncertainty");
        if (!goal.isConstraint()) throw new IllegalArgumentException("lost-sales has no threshold");
        this.s = s;
        this.goal = goal;
        this.byDate = byDate;
        this.threads = threads;
        this.budget = budget;
        this.draws = draws;
        this.confidence = confidence;
        this.progress = progress == null ? m -> { } : progress;
    }

    public Result run() {
        DemandUncertainty u = s.demand().uncertainty();
        double meanS = u.scale().mean(), meanP = u.peak().mean();
        Scenario expectedDay = DemandDraw.outcome(s, meanS, meanP);
        Optimiser.Result expected = new Optimiser(expectedDay, goal, byDate, threads, budget, progress).run();
        Outcomes expectedOutcomes = verify(expected.best().scenario());

        double level = confidence;
        Optimiser.Result confident = null;
        Outcomes outcomes = null;
        double level0 = level;
        for (int round = 0; round < ROUNDS; round++) {
            Scenario day = DemandDraw.outcome(s, u.scale().quantile(level), u.peak().quantile(level));
            confident = new Optimiser(day, goal, byDate, threads, budget, progress).run();
            outcomes = verify(confident.best().scenario());
            if (Result.meets(outcomes, level0)) break;
            level = (level + 1) / 2;
        }
        int busiest = busiestInterval(expected.required());
        List<CallIn> callIns = new ArrayList<>();
        for (double x : new double[]{0.1, 0.2, 0.3}) callIns.add(callIn(expectedDay, x, busiest, expected.required()));
        Result r = new Result(level0, level, u.scale().quantile(level), u.peak().quantile(level), withOwnDemand(expected), expectedOutcomes,
                withOwnDemand(confident), outcomes, Double.NaN, Double.NaN, callIns, busiest);
        // the owner's sentence is of the roster to staff by: the expected-demand one when it already meets the confidence asked
        double staffedFor = r.expectedSuffices() ? 1 : u.scale().quantile(level) / meanS;
        double tolerable = tolerableScale((r.expectedSuffices() ? expected : confident).best().scenario(), meanS, meanP, staffedFor);
        double chance = 1 - u.scale().cdf(tolerable * meanS);
        return new Result(level0, level, r.scaleAt(), r.peakAt(), r.expected(), expectedOutcomes, r.confident(), outcomes, tolerable, chance, callIns, busiest);
    }

    /** The result with its roster's scenario given back the scenario's own (uncertain) demand, so optimised.yaml runs as the user wrote it. */
    private Optimiser.Result withOwnDemand(Optimiser.Result r) {
        Optimiser.Evaluation b = r.best();
        Optimiser.Evaluation own = new Optimiser.Evaluation(b.x(), b.scenario().withDemand(s.demand()), b.reps(), b.meets(), b.basePay(),
                b.labourCost(), b.lostSales(), b.lostMargin(), b.recoverableLoss(), b.unansweredCost());
        // not "proven": the search proved the cheapest for one fixed day, not for the share of demand outcomes asked
        // and its note of the proof says for which day it holds
        List<Optimiser.Note> log = r.log().stream().map(n -> "proven".equals(n.key()) ? new Optimiser.Note("cf_proven_day", n.args()) : n).toList();
        return new Optimiser.Result(r.goal(), r.decisions(), r.required(), own, false, r.met(), r.simulations(), log, r.boundOnly(), r.replications());
    }

    /** The fixed day the answer was staffed for (today's roster is simulated on it, beside the answer): the expected day or the quantile's. */
    public Scenario dayOf(Result r) {
        DemandUncertainty u = s.demand().uncertainty();
        return r.expectedSuffices() ? DemandDraw.outcome(s, u.scale().mean(), u.peak().mean()) : DemandDraw.outcome(s, r.scaleAt(), r.peakAt());
    }

    /**
     * The roster (as a scenario) simulated over {@code draws} demand outcomes, {@value #PER_DRAW}
     * replications each, on the seed after the scenario's: outcome j uses the demand stream of
     * draw j, the same for every roster.
     */
    public Outcomes verify(Scenario roster) {
        Scenario v = roster.withDemand(s.demand().withUncertainty(s.demand().uncertainty().withPerDraw(PER_DRAW), 1))
                .withRun(draws * PER_DRAW, s.seed() + 1);
        List<ReplicationMetrics> reps = Experiment.runCounters(v, threads);
        double[] scales = new double[draws];
        boolean[] meets = new boolean[draws];
        int met = 0;
        for (int j = 0; j < draws; j++) {
            scales[j] = DemandDraw.of(v, j * PER_DRAW)[0];
            meets[j] = meetsOnAverage(reps.subList(j * PER_DRAW, (j + 1) * PER_DRAW));
            if (meets[j]) met++;
        }
        return new Outcomes(draws, met, scales, meets);
    }

    /**
     * Whether one demand outcome meets the goal: its figure pooled over the outcome's
     * replications (counts summed, then the share) against the threshold, where the goal says.
     */
    boolean meetsOnAverage(List<ReplicationMetrics> reps) {
        ReplicationMetrics first = reps.get(0);
        return switch (goal.per()) {
            case RUN -> ok(reps, m -> m.total);
            case DAY -> {
                for (int d = 0; d < first.byDay.length; d++) {
                    final int day = d;
                    if (first.dayLength(d) > 0 && !ok(reps, m -> m.byDay[day])) yield false;
                }
                yield true;
            }
            case INTERVAL -> { // by the hour, day or run when intervals hold too few buyers, as Goal judges
                for (int[] cell : io.kefusim.metrics.JudgedCells.of(reps).cells()) {
                    if (!ok(reps, io.kefusim.metrics.JudgedCells.cell(cell))) yield false;
                }
                yield true;
            }
        };
    }

    private boolean ok(List<ReplicationMetrics> reps, java.util.function.Function<ReplicationMetrics, ChatCell> cell) {
        double num = 0, offered = 0;
        for (ReplicationMetrics m : reps) {
            ChatCell c = cell.apply(m);
            offered += c.offered();
            num += switch (goal.kind()) {
                case SERVICE_LEVEL -> c.withinTarget;
                case ABANDON -> c.abandoned;
                case MISSED -> c.missed[goal.deadlineIndex()];
                case LOST_SALES -> 0;
            };
        }
        if (offered == 0) return true; // nobody to serve
        double v = Figures.ratio(num, offered);
        return goal.kind() == Goal.Kind.SERVICE_LEVEL ? v >= goal.threshold() - 1e-12 : v <= goal.threshold() + 1e-12;
    }

    /**
     * The largest multiple c of the expected demand (scale and peaks at their means, the whole
     * day times c) at which the roster still meets the goal, pooled over the scenario's
     * replications: bisection on [1, hi] to 1%, where hi is a day it fails (doubling from the
     * level it was staffed for). Below 1 when it fails even on the expected day (then 1 is not
     * tolerable and the result is the bisection on [0, 1]).
     */
    double tolerableScale(Scenario roster, double meanS, double meanP, double staffedFor) {
        java.util.function.DoublePredicate meets = c -> meetsOnAverage(Experiment.runCounters(
                DemandDraw.outcome(roster.withDemand(s.demand()), meanS * c, meanP), threads));
        double lo, hi;
        if (!meets.test(1)) {
            lo = 0;
            hi = 1;
        } else {
            lo = 1;
            hi = Math.max(1.05, staffedFor * 1.05);
            for (int i = 0; i < 6 && meets.test(hi); i++) {
                lo = hi;
                hi *= 1.5;
            }
        }
        while (hi - lo > 0.01) {
            double mid = (lo + hi) / 2;
            if (meets.test(mid)) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    private static int busiestInterval(int[][] required) {
        int best = 0, most = -1;
        for (int i = 0; i < required[0].length; i++) {
            int sum = 0;
            for (int[] g : required) sum += g[i];
            if (sum > most) { most = sum; best = i; }
        }
        return best;
    }

    /**
     * Agents more per group that Erlang A asks for in the busiest interval when buyers come in
     * {@code excess} above the expected demand: the standby call-in rule (an approximation from
     * the requirements the optimiser starts from; the simulation has not checked it).
     */
    private CallIn callIn(Scenario expectedDay, double excess, int interval, int[][] requiredExpected) {
        int[][] more = Requirements.of(DemandDraw.outcome(expectedDay, 1 + excess, 1), goal);
        int[] out = new int[more.length];
        for (int g = 0; g < more.length; g++) out[g] = Math.max(0, more[g][interval] - requiredExpected[g][interval]);
        return new CallIn(excess, interval, out);
    }
}
