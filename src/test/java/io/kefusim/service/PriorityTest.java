package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.analytic.ErlangC;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Priority classes (issue 25): the highest class first, the queue order within a class, never preemptive. */
class PriorityTest {
    @TempDir
    Path dir;

    /**
     * By hand. One agent (skills [presale, aftersale]), one message a chat answered in 30 s,
     * nobody gives up: presale at 0 (taken at once, 0-30), presale at 5, aftersale at 10.
     * Without classes the agent takes presale at 30 (by skills, and by arrival too: it came
     * first): presale waits 25, aftersale 50. With aftersale in class 1, aftersale goes first at
     * 30 (wait 20), then presale 60 (wait 55), whatever the queue order; the chat being answered
     * at 10 is not interrupted.
     */
    @Test
    void theHigherClassIsTakenFirstWithoutInterruptingAnyone() throws Exception {
        Files.writeString(dir.resolve("q.csv"), "time,type,messages\n2026-11-11 00:00:00,presale,1\n"
                + "2026-11-11 00:00:05,presale,1\n2026-11-11 00:00:10,aftersale,1\n");
        for (String order : new String[]{"skills", "arrival"}) {
            for (int prio : new int[]{0, 1}) {
                Scenario s = TestScenarios.yaml("name: q\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\n"
                        + "demand: {trace: q.csv, mix: {presale: 0.5, aftersale: 0.5}}\n"
                        + "buyers: {presale: {patience: {dist: never}}, aftersale: {patience: {dist: never}, priority: " + prio + "}}\n"
                        + "agents: [{group: desk, skills: [presale, aftersale], concurrency: 1, queue_order: " + order
                        + ", reply_time: {dist: constant, value: 30s}}]\n"
                        + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 1}]\n", dir.resolve("q.yaml"));
                List<String> rows = new ArrayList<>();
                Replication.run(s, null, 0, (arrival, type, outcome, wait, first, messages, agent, lo, ls) -> rows.add(arrival + " " + wait));
                rows.sort(null);
                assertEquals(prio == 0 ? List.of("0.0 0.0", "10.0 50.0", "5.0 25.0") : List.of("0.0 0.0", "10.0 20.0", "5.0 55.0"), rows,
                        order + " priority " + prio);
            }
        }
    }

    /**
     * Cobham (1954): in an M/M/c queue with non-preemptive priority classes 1 (highest) .. K, all
     * with service rate μ, the mean wait of class k is W_k = C(c, a) / (c μ (1 - σ_{k-1})(1 - σ_k)),
     * σ_k = (λ_1 + ... + λ_k) / (c μ), C the Erlang C probability of waiting. Two classes of equal
     * rate served by one group whose skills list the lower class first (so the class, not the
     * skill order, decides). Each class's mean wait inside the simulation's 99% interval over
     * replications.
     */
    @ParameterizedTest(name = "Cobham M/M/{0}, load {1}")
    @CsvSource({"1, 0.70, 30", "3, 0.85, 20"})
    void meanWaitsByClassAreCobhams(int c, double rho, int days) {
        double service = 60, mu = 1 / service, lambdaEach = rho * c * mu / 2;
        String rate = String.format(Locale.ROOT, "%.6f", 2 * lambdaEach * 3600); // both types; the mix splits it in half
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(rate);
        String one = "{patience: {dist: never}, messages: {dist: constant, value: 1}, conversion: 0";
        Scenario s = TestScenarios.yaml("name: cobham\nstart: 2026-11-01T00:00\nhorizon: " + days + "d\nwarmup: 1d\nreplications: 20\nseed: " + (1954 + c) + "\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {vip: 0.5, ordinary: 0.5}}\n"
                + "buyers:\n  vip: " + one + ", priority: 1}\n  ordinary: " + one + "}\n"
                + "agents:\n  - {group: desk, skills: [ordinary, vip], channel: phone, reply_time: {dist: exponential, mean: " + service + "s}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + c + "}]\n");
        List<ReplicationMetrics> reps = Experiment.run(s, 2, null, null);
        double pWait = ErlangC.probabilityOfWait(c, 2 * lambdaEach * service);
        double s1 = lambdaEach / (c * mu), s2 = 2 * lambdaEach / (c * mu);
        double wHigh = pWait / (c * mu * (1 - s1)), wLow = pWait / (c * mu * (1 - s1) * (1 - s2));
        RetrialTest.inside("Cobham c=" + c + " rho=" + rho + ": high class mean wait (s)",
                TestScenarios.estimate(reps, m -> Figures.meanWait(m.byType[s.typeIndex("vip")]), 0.99), wHigh);
        RetrialTest.inside("Cobham c=" + c + " rho=" + rho + ": low class mean wait (s)",
                TestScenarios.estimate(reps, m -> Figures.meanWait(m.byType[s.typeIndex("ordinary")]), 0.99), wLow);
    }
}
