package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A trace's {@code talk} column (what {@code backtest --talk recorded} writes) replaces the drawn
 * talk time of that call. By hand: one phone agent, reply time constant 30 s, nobody gives up.
 * A at 0 talks 50 s (recorded): 0-50. B at 10 talks 20 s (recorded): taken at 50 (wait 40), 50-70.
 * C at 20 has no recorded talk, so 30 s is drawn: taken at 70 (wait 50), 70-100. Without the
 * column every call talks 30 s: waits 0, 20, 40.
 */
class TalkReplayTest {
    @TempDir
    Path dir;

    @Test
    void recordedTalkTimesAreReplayedAndMissingOnesDrawn() throws Exception {
        assertEquals(List.of("0.0 0.0", "10.0 40.0", "20.0 50.0"), waits("time,type,messages,talk\n0,presale,1,50\n10,presale,1,20\n20,presale,1,\n"));
        assertEquals(List.of("0.0 0.0", "10.0 20.0", "20.0 40.0"), waits("time,type,messages\n0,presale,1\n10,presale,1\n20,presale,1\n"));
    }

    private List<String> waits(String trace) throws Exception {
        Files.writeString(dir.resolve("t.csv"), trace);
        Scenario s = TestScenarios.yaml("name: talk\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\n"
                + "demand: {trace: t.csv, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: never}}}\n"
                + "agents: [{group: desk, skills: [presale], channel: phone, reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 1}]\n", dir.resolve("talk.yaml"));
        List<String> rows = new ArrayList<>();
        Replication.run(s, null, 0, (arrival, type, outcome, wait, first, messages, agent, lo, ls) -> rows.add(arrival + " " + wait));
        rows.sort(null);
        return rows;
    }
}
