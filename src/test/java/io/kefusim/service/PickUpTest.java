package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Figures;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pick_up} on an agent group, by hand: one agent, one call (or chat) at a time, talk 30 s,
 * no after-call work, pick-up a constant 8 s, patience 100 s.
 *
 * <pre>
 * A  t=0    finds the agent free: taken at 0, answered at 8 (wait 8); talk 8-38
 * B  t=3    the agent's slot is taken (ringing A): queued; taken from the queue at 38, answered at once (wait 35); talk 38-68
 * C  t=25   queued; taken at 68 (wait 43); talk 68-98
 * D  t=200  finds the agent free: answered at 208 (wait 8); talk 208-238
 * </pre>
 * On the phone the first response is the answer (8, 35, 43, 8); on a chat desk the first reply
 * (8 + 30 = 38, 65, 73, 38).
 */
class PickUpTest {
    @TempDir
    Path dir;

    private Scenario desk(String channel, String pickUp) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "time,type,messages\n"
                + "2026-11-11 00:00:00,presale,1\n2026-11-11 00:00:03,presale,1\n"
                + "2026-11-11 00:00:25,presale,1\n2026-11-11 00:03:20,presale,1\n");
        return TestScenarios.yaml("name: pick\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\nservice_level_target: 20s\n"
                + "demand: {trace: trace.csv, mix: {presale: 1}}\n"
                + "buyers:\n  presale:\n    patience: {dist: constant, value: 100s}\n"
                + "agents: [{group: desk, skills: [presale], channel: " + channel + ", concurrency: 1, reply_time: {dist: constant, value: 30s},\n"
                + "          wrap_up: {dist: constant, value: 0s}" + pickUp + "}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 1}]\n", dir.resolve("pick.yaml"));
    }

    private static List<String> rows(Scenario s, ChatCell[] total) {
        List<String> rows = new ArrayList<>();
        total[0] = Replication.run(s, null, 0, (arrival, type, outcome, wait, first, messages, agent, lostOrders, lostSales) ->
                rows.add(arrival + " " + outcome + " " + wait + " " + first)).total;
        rows.sort(null);
        return rows;
    }

    @Test
    void aFreeAgentAnswersAfterThePickUpAndAQueuedBuyerAtOnce() throws Exception {
        ChatCell[] t = new ChatCell[1];
        assertEquals(List.of("0.0 closed 8.0 8.0", "200.0 closed 8.0 8.0", "25.0 closed 43.0 43.0", "3.0 closed 35.0 35.0"),
                rows(desk("phone", ", pick_up: {dist: constant, value: 8s}"), t));
        assertEquals(4, t[0].accepted);
        assertEquals(0, t[0].abandoned);
        assertEquals((8 + 35 + 43 + 8) / 4.0, Figures.meanWait(t[0]), 1e-12);
        assertEquals(0.5, Figures.serviceLevel(t[0]), 1e-12); // within 20 s (service_level_target): A and D

        assertEquals(List.of("0.0 closed 8.0 38.0", "200.0 closed 8.0 38.0", "25.0 closed 43.0 73.0", "3.0 closed 35.0 65.0"),
                rows(desk("chat", ", pick_up: {dist: constant, value: 8s}"), t));
    }

    @Test
    void withoutAPickUpOrWithAShareOfNoneEveryoneFreeIsAnsweredAtOnce() throws Exception {
        // A 0-30, B 30-60 (wait 27), C 60-90 (wait 35), D at once
        List<String> at = List.of("0.0 closed 0.0 0.0", "200.0 closed 0.0 0.0", "25.0 closed 35.0 35.0", "3.0 closed 27.0 27.0");
        ChatCell[] t = new ChatCell[1];
        assertEquals(at, rows(desk("phone", ""), t));
        assertEquals(at, rows(desk("phone", ", pick_up: {dist: constant, value: 8s}, pick_up_share: 0"), t));
    }

    @Test
    void theKeyIsWrittenBackOnlyWhenGiven() throws Exception {
        assertTrue(ScenarioWriter.toTree(desk("phone", ", pick_up: {dist: exponential, mean: 20s}, pick_up_share: 0.15")).toString().contains("pick_up_share=0.15"));
        assertTrue(!ScenarioWriter.toTree(desk("phone", "")).toString().contains("pick_up"));
    }

    @Test
    void badValuesNameTheLineTheFieldAndWhatIsAllowed() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> desk("phone", ", pick_up_share: 0.2"));
        assertTrue(e.describe().contains("pick.yaml:11:") && e.describe().contains("pick_up_share")
                && e.describe().contains("allowed: add pick_up"), e.describe());
        e = assertThrows(ScenarioException.class, () -> desk("phone", ", pick_up: {dist: constant, value: 8s}, pick_up_share: 1.5"));
        assertTrue(e.describe().contains("pick.yaml:11:") && e.describe().contains("pick_up_share")
                && e.describe().contains("allowed: 0 to 1"), e.describe());
        e = assertThrows(ScenarioException.class, () -> desk("phone", ", pick_up: {dist: constant, value: -8s}"));
        assertTrue(e.describe().contains("pick.yaml:11:") && e.describe().contains("pick_up"), e.describe());
        e = assertThrows(ScenarioException.class, () -> desk("phone", ", pick_up: {dist: never}"));
        assertTrue(e.describe().contains("pick.yaml:11:") && e.describe().contains("pick_up"), e.describe());
    }
}
