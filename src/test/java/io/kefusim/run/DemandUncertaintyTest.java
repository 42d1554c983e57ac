package io.kefusim.run;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** demand.uncertainty: the day's scale drawn once per replication, and the spread it causes told apart (issue 31). */
class DemandUncertaintyTest {
    /** 100 buyers an hour for 8 hours: 800 expected on a day of scale 1. */
    static Scenario desk(int agents, String uncertainty, int replications, long seed) {
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(100);
        return TestScenarios.yaml("name: uncertain\nstart: 2026-11-01T08:00\nhorizon: 8h\nreplications: " + replications + "\nseed: " + seed + "\n"
                + "service_level_target: 20s\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {presale: 1.0}" + (uncertainty == null ? "" : ", uncertainty: " + uncertainty) + "}\n"
                + "buyers:\n  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}, conversion: 0}\n"
                + "agents:\n  - {group: desk, skills: [presale], channel: phone, concurrency: 1, reply_time: {dist: exponential, mean: 3m}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + agents + "}]\n");
    }

    static final String LOGNORMAL_20 = "{scale: {dist: lognormal, mean: 1, sd: 0.2}}";

    @Test
    void arrivalsFollowTheDrawnScaleAndTheSpreadSplitsAsTheLawOfTotalVarianceSays() {
        int n = 300;
        Scenario s = desk(6, LOGNORMAL_20, n, 31);
        List<ReplicationMetrics> reps = Experiment.runCounters(s, 2);
        double[] arrived = Estimate.perReplication(reps, m -> m.total.arrived);
        double lambda = 800, meanS = 1, varS = 0.04;
        // E[N] = Λ E[S]: within the 99.9% Student t interval of the mean
        Estimate e = Estimate.of(arrived, 0.999);
        assertEquals(lambda * meanS, e.mean(), e.ci95(), "mean arrivals");

        DemandSpread.Part p = DemandSpread.of(DemandSpread.draws(s, n), arrived, false);
        // the simulation's own noise: Poisson given the day, E[Var(N|S)] = Λ E[S] = 800; residual mean
        // square on n - 3 degrees of freedom, judged by the chi-squared 99.9% interval
        int df = n - 3;
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
        double var = p.sdSimulation() * p.sdSimulation();
        assertTrue(var >= lambda * meanS * chi.inverseCumulativeProbability(0.0005) / df
                && var <= lambda * meanS * chi.inverseCumulativeProbability(0.9995) / df, "simulation variance " + var);
        // the demand part: Var(Λ S) over these very draws, up to the regression's own error
        // (cross term 2 σ_sim sd_f / sqrt(n-1) at 3.29 sd, plus p σ²/(n-1) from the fitted coefficients)
        double[][] d = DemandSpread.draws(s, n);
        double[] f = new double[n];
        for (int r = 0; r < n; r++) f[r] = lambda * d[r][0];
        double sdF = Math.sqrt(sampleVar(f));
        double tol = 3.29 * 2 * Math.sqrt(lambda) * sdF / Math.sqrt(n - 1) + 3 * lambda / (n - 1);
        assertEquals(sampleVar(f), p.sdDemand() * p.sdDemand(), tol, "demand variance");
        // and the draws are a lognormal of mean 1, sd 0.2: their sample variance within 3.29 of its standard
        // errors, sqrt((kurtosis - 1) / n) σ², with the lognormal's kurtosis
        double w = Math.log(1 + varS), k = Math.exp(4 * w) + 2 * Math.exp(3 * w) + 3 * Math.exp(2 * w) - 3;
        assertEquals(varS * lambda * lambda, sampleVar(f), 3.29 * Math.sqrt((k - 1) / n) * varS * lambda * lambda);
    }

    @Test
    void everyPlanSeesTheSameDemandOutcomes() {
        List<ReplicationMetrics> few = Experiment.runCounters(desk(4, LOGNORMAL_20, 8, 7), 2);
        List<ReplicationMetrics> many = Experiment.runCounters(desk(9, LOGNORMAL_20, 8, 7), 1);
        for (int r = 0; r < 8; r++) assertEquals(few.get(r).total.arrived, many.get(r).total.arrived, "replication " + r);
        // and a known day is a different day: the draws move the counts
        List<ReplicationMetrics> known = Experiment.runCounters(desk(4, null, 8, 7), 2);
        boolean differs = false;
        for (int r = 0; r < 8; r++) differs |= known.get(r).total.arrived != few.get(r).total.arrived;
        assertTrue(differs);
    }

    @Test
    void theBlockIsWrittenBackAndBadOnesAreRefusedInOneLine() throws Exception {
        Scenario s = desk(4, "{scale: {dist: gamma, mean: 1.1, sd: 0.1}, peak: {dist: uniform, min: 0.8, max: 1.5}}", 2, 1);
        String yaml = io.kefusim.output.ResultsWriter.scenarioYaml(s);
        Scenario back = TestScenarios.yaml(yaml);
        assertEquals(s.demand().uncertainty(), back.demand().uncertainty());
        ScenarioException x = assertThrows(ScenarioException.class, () -> desk(4, "{scale: {dist: normal, mean: 1}}", 2, 1));
        assertTrue(x.describe().contains("demand.uncertainty.scale.dist") && x.describe().contains("allowed: lognormal"), x.describe());
        assertThrows(ScenarioException.class, () -> desk(4, "{}", 2, 1));
    }

    private static double sampleVar(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return ss / (v.length - 1);
    }
}
