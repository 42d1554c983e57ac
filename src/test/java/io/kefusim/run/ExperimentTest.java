package io.kefusim.run;

import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.output.ResultsWriter;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ExperimentTest {
    static final Path EXAMPLE = Path.of("scenarios/double11-medium-shop.yaml");

    @TempDir
    Path dir;

    private static Scenario example(int reps, String... overrides) {
        List<String> o = new java.util.ArrayList<>(List.of(overrides));
        o.add("replications=" + reps);
        return ScenarioLoader.load(EXAMPLE, io.kefusim.scenario.Assignment.sets(o));
    }

    private static void assertConserved(String what, ChatCell c) {
        assertEquals(c.arrived, c.deflected + c.accepted + c.abandoned + c.openAtEnd, what + ": arrived = deflected + accepted + abandoned + open");
    }

    @Test
    void everyBuyerIsAccountedForInEverySlice() {
        Scenario s = example(3, "buyers.complaint.patience={dist: never}", "absence=0.3");
        for (ReplicationMetrics m : Experiment.run(s, 2, null, null)) {
            assertConserved("total", m.total);
            long arrived = 0, accepted = 0, byGroup = 0;
            for (ChatCell c : m.byType) { assertConserved("type", c); arrived += c.arrived; accepted += c.accepted; }
            assertEquals(m.total.arrived, arrived);
            for (ChatCell c : m.byDay) assertConserved("day", c);
            long ivArrived = 0;
            for (ChatCell c : m.byInterval) { assertConserved("interval", c); ivArrived += c.arrived; }
            assertEquals(m.total.arrived, ivArrived);
            for (ChatCell c : m.byGroup) byGroup += c.accepted;
            assertEquals(accepted, byGroup, "every accepted chat is accepted by exactly one group");
            // every accepted chat ends with a first reply; every reply belongs to an accepted chat
            assertEquals(m.total.accepted, m.total.firstReplied);
            assertTrue(m.total.messagesReplied >= m.total.accepted);
            // agents on duty: the group integrals add up to the total
            double onDuty = 0;
            for (var t : m.agentByGroup) onDuty += t.onDuty;
            assertEquals(m.agentTotal.onDuty, onDuty, 1e-6 * onDuty);
        }
    }

    @Test
    void sameSeedGivesIdenticalSummaryWhateverTheThreadCount() throws Exception {
        Scenario s = example(4);
        String[] summaries = new String[3];
        String[] intervals = new String[3];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < 3; i++) {
            Path d = Files.createDirectory(dir.resolve("t" + threads[i]));
            ResultsWriter.writeAll(d, s, Experiment.run(s, threads[i], null, null), Map.of());
            summaries[i] = Files.readString(d.resolve("summary.json"));
            intervals[i] = Files.readString(d.resolve("intervals.csv"));
        }
        assertEquals(summaries[0], summaries[1]);
        assertEquals(summaries[0], summaries[2]);
        assertEquals(intervals[0], intervals[1]);
        assertEquals(intervals[0], intervals[2]);
    }

    @Test
    void staffingChangesDoNotChangeTheBuyers() {
        // common random numbers: same arrivals, types, deflections for the same replication
        List<ReplicationMetrics> a = Experiment.run(example(3), 2, null, null);
        List<ReplicationMetrics> b = Experiment.run(example(3, "roster[0].agents=8", "absence=0"), 2, null, null);
        for (int r = 0; r < 3; r++) {
            assertEquals(a.get(r).total.arrived, b.get(r).total.arrived);
            assertEquals(a.get(r).total.deflected, b.get(r).total.deflected);
            for (int t = 0; t < a.get(r).byType.length; t++) assertEquals(a.get(r).byType[t].arrived, b.get(r).byType[t].arrived);
            assertNotEquals(a.get(r).total.abandoned, b.get(r).total.abandoned, "staffing does change the outcome");
        }
    }

    @Test
    void theResolvedScenarioCopyRepeatsTheRun() throws Exception {
        Scenario s = example(2);
        Path first = Files.createDirectory(dir.resolve("first"));
        ResultsWriter.writeAll(first, s, Experiment.run(s, 2, null, null), Map.of());
        Scenario again = ScenarioLoader.load(first.resolve("scenario.yaml"), List.of());
        Path second = Files.createDirectory(dir.resolve("second"));
        ResultsWriter.writeAll(second, again, Experiment.run(again, 2, null, null), Map.of());
        assertEquals(Files.readString(first.resolve("summary.json")), Files.readString(second.resolve("summary.json")));
        assertEquals(Files.readString(first.resolve("scenario.yaml")), Files.readString(second.resolve("scenario.yaml")));
    }
}
