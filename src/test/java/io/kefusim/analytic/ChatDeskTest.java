package io.kefusim.analytic;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat-desk calculator against kefusim's own simulation of the message model (the
 * issue's case: 192 chats/hour, 6 messages, reply 30 s sd 20 s, think 60 s sd 40 s, patience
 * 3 min, goal 80% first reply within 2 min).
 */
class ChatDeskTest {
    private static final double RATE = 192, TARGET = 120, LEVEL = 0.8;
    private static final ChatDesk.Chat CHAT = new ChatDesk.Chat(6, 30, 20, 60, 0, 0);

    /** Simulated service level at n agents: 24 h after a 2 h warm-up, 6 replications, 99% interval. */
    private static Estimate simulatedServiceLevel(int agents, int k) {
        List<ReplicationMetrics> reps = Experiment.run(TestScenarios.chatDesk(agents, k, RATE, 6, 30, 20, 60, 40, 180, 26, 2, 6, 11), 2, null, null);
        return TestScenarios.estimate(reps, m -> Figures.serviceLevel(m.total), 0.99);
    }

    /**
     * Within one agent of the simulated requirement: one agent more than the calculator says
     * meets the goal in simulation (the 99% lower bound at least the goal), and two fewer
     * clearly does not (the 99% upper bound below it), so the simulated requirement lies in
     * [needed - 1, needed + 1].
     */
    @ParameterizedTest(name = "concurrency {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void agentsNeededWithinOneOfSimulation(int k) {
        int needed = ChatDesk.agentsNeeded(RATE / 3600, k, CHAT, 180.0, TARGET, LEVEL, 1, 500);
        Estimate above = simulatedServiceLevel(needed + 1, k);
        Estimate below = simulatedServiceLevel(needed - 2, k);
        System.out.printf("  chat desk K=%d: calculator %d agents; simulated SL at %d: %.3f ± %.3f, at %d: %.3f ± %.3f%n", k, needed,
                needed + 1, above.mean(), above.ci95(), needed - 2, below.mean(), below.ci95());
        assertTrue(above.mean() - above.ci95() >= LEVEL, "simulation says " + (needed + 1) + " agents are not enough at concurrency " + k);
        assertTrue(below.mean() + below.ci95() < LEVEL, "simulation says " + (needed - 2) + " agents are enough at concurrency " + k);
    }

    @Test
    void oneMessageWithoutThinkingIsOneServerWhateverTheConcurrency() {
        ChatDesk.Agent a = ChatDesk.Agent.of(new ChatDesk.Chat(1, 30, 30, 0, 0, 0), 6);
        for (int n = 1; n <= 6; n++) assertEquals(1 / 30.0, a.chatRate()[n], 1e-12, "n=" + n);
        ChatDesk.Agent one = ChatDesk.Agent.of(CHAT, 1);
        assertEquals(1 / CHAT.handleTime(), one.chatRate()[1], 1e-12);
    }

    @Test
    void effectiveConcurrencyGrowsUpToWhatOnePersonCanType() {
        ChatDesk.Agent a = ChatDesk.Agent.of(CHAT, 8);
        double typingLimit = CHAT.handleTime() / (CHAT.messages() * CHAT.reply()); // an agent typing all the time
        for (int k = 2; k <= 8; k++) {
            assertTrue(a.effectiveConcurrency(k) >= a.effectiveConcurrency(k - 1), "k=" + k);
            assertTrue(a.effectiveConcurrency(k) <= typingLimit + 1e-12, "k=" + k);
        }
        for (int k = 2; k <= 3; k++) assertTrue(a.effectiveConcurrency(k) > a.effectiveConcurrency(k - 1) + 0.3, "k=" + k);
        {
        }
    }

    /** Erlang A is the special case of the slot queue with rate j mu: same figures as the closed forms it was checked against. */
    @Test
    void slotQueueWithLinearRatesIsErlangC() {
        int c = 10;
        double lambda = 9 / 60.0, mu = 1 / 60.0;
        double[] rate = new double[c + 1];
        for (int j = 1; j <= c; j++) rate[j] = j * mu;
        SlotQueue q = new SlotQueue(lambda, rate, 0);
        assertEquals(ErlangC.probabilityOfWait(c, lambda / mu), q.probabilityOfWait(), 1e-9);
        assertEquals(ErlangC.serviceLevel(c, lambda, 1 / mu, 20), q.acceptedWithin(20), 1e-8);
    }

    /**
     * Nobody gives up and the desk runs at 99.999% of its capacity: the chain's tail is geometric and
     * summed exactly (walked term by term it needed 4 million terms and stopped with "queue chain did
     * not converge", an internal error of `kefusim erlang`). Erlang C's closed forms: P(wait), the
     * mean wait P(wait) / (c mu - lambda), and P(W > t) = P(wait) e^-(c mu - lambda) t.
     */
    @Test
    void aDeskAtItsCapacityWithNobodyGivingUpIsErlangCExactly() {
        int c = 10;
        double mu = 1 / 60.0, lambda = 0.99999 * c * mu;
        double[] rate = new double[c + 1];
        for (int j = 1; j <= c; j++) rate[j] = j * mu;
        SlotQueue q = new SlotQueue(lambda, rate, 0);
        double pw = ErlangC.probabilityOfWait(c, lambda / mu);
        assertEquals(pw, q.probabilityOfWait(), 1e-9);
        assertEquals(pw / (c * mu - lambda), q.meanWaitOfServed(), 1e-6 * q.meanWaitOfServed());
        assertEquals(1 - pw * Math.exp(-(c * mu - lambda) * 3600), q.acceptedWithin(3600), 1e-9);
        assertEquals(0, q.probabilityOfAbandon());
        assertEquals(q.stateProbability(c) * Math.pow(lambda / (c * mu), 1000), q.stateProbability(c + 1000), 1e-12, "the geometric tail");
    }

    @Test
    void theCalculatorAnswersADeskNearItsCapacity() throws Exception {
        io.kefusim.cli.CliRunner.Result r = io.kefusim.cli.CliRunner.kefusim("erlang", "--rate", "100", "--think", "30s", "--concurrency", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Agents needed: "), r.out());
        // 5 agents type exactly as fast as the replies come: unbounded, not a wait of 10^17 seconds
        String five = r.out().lines().filter(l -> l.matches("\\s+5\\s+15\\s.*")).findFirst().orElseThrow();
        assertTrue(five.endsWith("unbounded"), five);
    }
}
