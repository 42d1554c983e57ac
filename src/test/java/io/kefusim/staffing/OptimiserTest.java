package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.staffing.Decisions.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OptimiserTest {
    /**
     * One group, three overlapping shifts of 7, 11 and 13 hours, 0 to 3 agents each: 64
     * rosters (the labour rules allow the 13-hour shift). Constant reply time and one message a chat, so that with common random numbers
     * more agents never make any buyer wait longer (the optimiser's exactness rests on that).
     */
    static Scenario small(long seed) {
        return TestScenarios.yaml("name: tiny\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 6\nseed: " + seed + "\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,40,60,80,100,120,120,140,160,160,140,120,100,90,80,60,40,20,10]}, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}}}\n"
                + "agents: [{group: desk, skills: [presale], concurrency: 1, reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts:\n  early: {from: \"00:00\", to: \"07:00\"}\n  mid: {from: \"06:00\", to: \"17:00\"}\n  late: {from: \"11:00\", to: \"24:00\"}\n"
                + "staffing: {bounds: [{group: desk, min: 0, max: 3}]}\n"
                + "labour: {max_stint: 13h}\n"); // the 13-hour late shift is allowed here, so all 64 rosters are open
    }

    @Test
    void findsTheCheapestRosterThatMeetsTheGoalOfAllSixtyFour() {
        Scenario s = small(5);
        Goal goal = Goal.parse("service-level>=0.8", "interval", s);
        Optimiser opt = new Optimiser(s, goal, false, 2, 100, null);
        List<Decision> d = opt.decisions();
        assertEquals(3, d.size());
        double cheapest = Double.POSITIVE_INFINITY;
        int feasible = 0;
        for (int a = 0; a <= 3; a++) {
            for (int b = 0; b <= 3; b++) {
                for (int c = 0; c <= 3; c++) {
                    int[] x = {a, b, c};
                    List<ReplicationMetrics> reps = Experiment.run(Decisions.apply(s, d, x), 2, null, null);
                    if (goal.holds(reps)) {
                        feasible++;
                        cheapest = Math.min(cheapest, Decisions.cost(d, x));
                    }
                }
            }
        }
        assertTrue(feasible > 0 && feasible < 64, "a real choice: " + feasible + " of 64 rosters meet the goal");
        Optimiser.Result r = opt.run();
        System.out.printf("  staffing: %d of 64 rosters meet the goal; cheapest costs %.2f; optimiser: %s costing %.2f after %d simulations%n",
                feasible, cheapest, java.util.Arrays.toString(r.best().x()), r.best().basePay(), r.simulations());
        assertTrue(r.met());
        assertTrue(r.proven(), r.log().toString());
        assertEquals(cheapest, r.best().basePay(), 1e-9, "the optimiser's roster costs as little as the cheapest of all 64");
        assertTrue(goal.holds(Experiment.run(Decisions.apply(s, d, r.best().x()), 1, null, null)));
        assertTrue(r.simulations() < 64, "it did not need to simulate everything: " + r.simulations());
    }

    @Test
    void theFirstProgramSolvedAheadGivesTheSameSearch() {
        // ahead() solves the start's first program on its own thread while the caller simulates something else
        // (the command: the scenario's own roster); the search must be the same as solving it in run()
        Scenario s = small(5);
        Goal goal = Goal.parse("service-level>=0.8", "interval", s);
        Optimiser.Result plain = new Optimiser(s, goal, false, 2, 100, null).run();
        Optimiser opt = new Optimiser(s, goal, false, 2, 100, null).ahead();
        List<ReplicationMetrics> beside = Experiment.runCounters(s, 2); // as StaffCommand does meanwhile
        Optimiser.Result early = opt.run();
        assertEquals(6, beside.size());
        assertArrayEquals(plain.best().x(), early.best().x());
        assertEquals(plain.best().basePay(), early.best().basePay(), 0);
        assertEquals(plain.best().labourCost(), early.best().labourCost(), 0);
        assertEquals(plain.simulations(), early.simulations());
        assertEquals(plain.proven(), early.proven());
        assertEquals(plain.log().toString(), early.log().toString());
        assertArrayEquals(plain.required(), early.required());
        assertThrows(IllegalStateException.class, opt::ahead);
    }

    @Test
    void anIntegerProgramThatGivesUpIsNoProof() {
        // the same 64 rosters, the programs allowed a single iteration: each stops without an answer.
        // Before, a program that stopped without a roster read as "none is left": proven cheapest
        Scenario s = small(5);
        Goal goal = Goal.parse("service-level>=0.8", "interval", s);
        Optimiser.Result r = new Optimiser(s, goal, false, 2, 100, null).nodeBudget(1).run();
        assertFalse(r.proven(), r.log().toString());
        assertTrue(r.log().stream().anyMatch(n -> n.key().equals("program_budget")), r.log().toString());
        assertFalse(r.log().stream().anyMatch(n -> n.key().equals("proven") || n.key().equals("no_cover")), r.log().toString());
    }

    @Test
    void theOptimisedRosterStillMeetsItsTargetWithAnotherSeed() {
        Scenario s = small(5);
        Goal goal = Goal.parse("service-level>=0.85", "run", s);
        Optimiser.Result r = new Optimiser(s, goal, false, 2, 100, null).run();
        assertTrue(r.met());
        Scenario again = r.best().scenario().withRun(20, 9999);
        List<ReplicationMetrics> reps = Experiment.run(again, 2, null, null);
        double sl = reps.stream().mapToDouble(m -> Figures.serviceLevel(m.total)).average().orElseThrow();
        assertTrue(sl >= 0.85, "service level with another seed: " + sl);
    }

    @Test
    void requirementsFollowTheDemand() {
        Scenario s = small(5);
        int[][] req = Requirements.of(s, Goal.parse("service-level>=0.8", "interval", s));
        // 10 chats/h of 30 s needs one agent; 160 chats/h needs more than 120/h one agent can type
        assertEquals(1, req[0][0]);
        assertTrue(req[0][13] >= 2, "busy hour: " + req[0][13]);
        for (int i = 0; i < 24; i++) assertTrue(req[0][i] >= 1);
    }

    @Test
    void goalsParseOrSayWhatIsAllowed() {
        Scenario s = small(5);
        assertEquals(Goal.Kind.MISSED, Goal.parse("missed(2m)<=0.05", "day", s).kind());
        assertEquals("missed(2m)<=0.05 per day", Goal.parse("missed(2m)<=0.05", "day", s).toString());
        assertEquals(Goal.Kind.ABANDON, Goal.parse("abandon<=0.03", null, s).kind());
        assertFalse(Goal.parse("lost-sales", "run", s).isConstraint());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Goal.parse("fast", "run", s));
        assertTrue(e.describe().contains("allowed: service-level>=0.9, missed(2m)<=0.05, abandon<=0.03, or lost-sales"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Goal.parse("missed(5m)<=0.1", "run", s));
        assertTrue(e.describe().contains("no first-response deadline 5m; its deadlines: 2m, 30m, 2h"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Goal.parse("service-level>=1.5", "run", s));
        assertTrue(e.describe().contains("allowed: a number from 0 to 1"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Goal.parse("abandon<=0.1", "week", s));
        assertTrue(e.describe().contains("allowed: interval, day, run"), e.describe());
    }
}
