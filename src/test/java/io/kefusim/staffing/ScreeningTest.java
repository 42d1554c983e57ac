package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 29: the staffing search stops a candidate that clearly fails after its first replications ({@link Screening}). */
class ScreeningTest {
    /** Six service levels of one cell, mean 0.5333, sd 0.060553 (sum of squared deviations 0.018333 over 5). */
    private static final double[] LOW = {0.50, 0.60, 0.55, 0.45, 0.50, 0.60};
    /** Near a goal of 80%: mean 0.7933. */
    private static final double[] NEAR = {0.78, 0.85, 0.74, 0.83, 0.80, 0.76};

    @Test
    void theBoundIsTheMeanPlusStudentTTimesTheStandardError() {
        // by hand: t(5 df) leaving 0.001 above is 5.893 (tables), 0.0005 above 6.869;
        // se = 0.060553 / sqrt(6) = 0.024721
        assertEquals(5.893, Screening.quantile(5, 0.001), 5e-4);
        assertEquals(6.869, Screening.quantile(5, 0.0005), 5e-4);
        assertEquals(0.53333 + 5.893 * 0.024721, Screening.optimisticBound(LOW, 1, true), 2e-4); // 0.6790
        // Bonferroni: two cells judged, each at 0.001 / 2
        assertEquals(0.53333 + 6.869 * 0.024721, Screening.optimisticBound(LOW, 2, true), 2e-4); // 0.7031
        // lower is better (missed or abandoned shares): the bound below the mean
        assertEquals(0.53333 - 5.893 * 0.024721, Screening.optimisticBound(LOW, 1, false), 2e-4);
        // NaN (no buyer in that replication) left out; fewer than two values: no bound
        assertTrue(Double.isNaN(Screening.optimisticBound(new double[]{0.3, Double.NaN, Double.NaN}, 1, true)));
        assertEquals(Screening.optimisticBound(new double[]{0.5, 0.6}, 1, true),
                Screening.optimisticBound(new double[]{0.5, Double.NaN, 0.6}, 1, true), 0);
    }

    @Test
    void aCandidateThatClearlyFailsIsStoppedOneNearTheGoalIsNot() {
        // 53% against 80%: even the optimistic bound (67.9%) is short
        assertTrue(Screening.clearlyFails(List.of(LOW), 0.8, true));
        // one such cell among others that meet the goal stops the roster too
        assertTrue(Screening.clearlyFails(List.of(NEAR, LOW, NEAR), 0.8, true));
        // 79.3%, just under the goal: more replications could turn it, so it goes on
        assertFalse(Screening.clearlyFails(List.of(NEAR), 0.8, true));
        // with the Bonferroni correction over enough cells, 53% ± its spread is no longer clear against 70%:
        // one cell: 0.533 + 5.893 × 0.0247 = 0.679 < 0.70, stopped; 40 cells: t(5 df, 0.001/40) ≈ 12.8, bound 0.85
        assertTrue(Screening.clearlyFails(List.of(LOW), 0.70, true));
        java.util.List<double[]> forty = new java.util.ArrayList<>();
        forty.add(LOW);
        for (int i = 1; i < 40; i++) forty.add(new double[]{1, 1, 1, 1, 1, 1});
        assertFalse(Screening.clearlyFails(forty, 0.70, true));
        // an abandon share of 10% against a goal of at most 3%, little spread: stopped
        assertTrue(Screening.clearlyFails(List.of(new double[]{0.10, 0.11, 0.09, 0.10, 0.12, 0.08}), 0.03, false));
    }

    /** {@link OptimiserTest#small}'s day with twice the buyers, up to 8 agents a shift and 12 replications, so that screening applies. */
    static Scenario small(long seed) {
        return TestScenarios.yaml("name: tiny\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 12\nseed: " + seed + "\n"
                + "demand: {pattern: {hourly: [20,20,20,20,20,20,80,120,160,200,240,240,280,320,320,280,240,200,180,160,120,80,40,20]}, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}}}\n"
                + "agents: [{group: desk, skills: [presale], concurrency: 1, reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts:\n  early: {from: \"00:00\", to: \"07:00\"}\n  mid: {from: \"06:00\", to: \"17:00\"}\n  late: {from: \"11:00\", to: \"24:00\"}\n"
                + "staffing: {bounds: [{group: desk, min: 0, max: 8}]}\n"
                + "labour: {max_stint: 13h}\n");
    }

    @Test
    void theAnswerIsTheSameWithAndWithoutScreening() {
        Scenario s = small(5);
        Goal goal = Goal.parse("service-level>=0.8", "interval", s);
        Optimiser.Result plain = new Optimiser(s, goal, false, 2, 16, null).withoutScreening().run();
        java.util.List<Optimiser.Step> steps = new java.util.ArrayList<>();
        Optimiser.Result screened = new Optimiser(s, goal, false, 2, 16, steps::add).run();
        System.out.printf("  screening: %s costing %.2f, %d simulations, %s; without: %s, %d simulations, %s%n",
                java.util.Arrays.toString(screened.best().x()), screened.best().basePay(), screened.simulations(), screened.replications(),
                java.util.Arrays.toString(plain.best().x()), plain.simulations(), plain.replications());
        assertArrayEquals(plain.best().x(), screened.best().x());
        assertEquals(plain.best().basePay(), screened.best().basePay(), 0);
        assertEquals(plain.best().labourCost(), screened.best().labourCost(), 0);
        assertEquals(plain.best().lostSales(), screened.best().lostSales(), 0);
        assertEquals(plain.best().unansweredCost(), screened.best().unansweredCost(), 0);
        assertEquals(12, screened.best().reps().size(), "the answer is judged on every replication");
        assertEquals(plain.met(), screened.met());
        assertEquals(plain.proven(), screened.proven());
        assertEquals(plain.simulations(), screened.simulations(), "the same rosters, in the same order");
        assertEquals(plain.log().toString(), screened.log().toString());
        // some rosters were stopped, and the counts say so
        Optimiser.Replications r = screened.replications();
        assertTrue(r.stopped() > 0, "some candidate clearly failed: " + r);
        assertEquals(Screening.FIRST, r.stage());
        assertEquals((long) (screened.simulations() - r.stopped()) * 12 + (long) r.stopped() * Screening.FIRST, r.simulated());
        assertEquals(0, plain.replications().stopped());
        assertEquals(0, plain.replications().stage());
        assertEquals((long) plain.simulations() * 12, plain.replications().simulated());
        assertEquals(r.stopped(), steps.stream().filter(st -> st.stoppedAfter() == Screening.FIRST).count());
        // a stopped roster: its full run fails too
        for (Optimiser.Step st : steps) assertTrue(st.stoppedAfter() == 0 || !st.meets());
    }

    @Test
    void theFirstReplicationsOfAStoppedRunAreThoseOfTheWholeRun() {
        Scenario s = small(5);
        List<ReplicationMetrics> all = Experiment.runCounters(s, 2);
        List<ReplicationMetrics> stopped = Experiment.runCounters(s, 2, Screening.FIRST, reps -> true);
        List<ReplicationMetrics> on = Experiment.runCounters(s, 1, Screening.FIRST, reps -> false);
        assertEquals(Screening.FIRST, stopped.size());
        assertEquals(12, on.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(all.get(i).total.withinTarget, on.get(i).total.withinTarget);
            assertEquals(all.get(i).total.offered(), on.get(i).total.offered());
            if (i < Screening.FIRST) assertEquals(all.get(i).total.withinTarget, stopped.get(i).total.withinTarget);
        }
    }
}
