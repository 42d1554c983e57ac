package io.kefusim.sanity;

import io.kefusim.TestScenarios;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** money9: "(1 buyers reached the queue in them)" said in the singular when one buyer met an empty hour. */
class OneBuyerWordsTest {
    @TempDir
    Path dir;

    private Scenario dayDesk() throws Exception {
        return TestScenarios.yaml("name: one\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: never}}}\n"
                + "agents: [{group: desk, skills: [presale], reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 1}]\n", dir.resolve("one.yaml"));
    }

    @Test
    void oneBuyerInAnEmptyHourIsOneBuyer() throws Exception {
        Scenario s = dayDesk();
        long[] buyers = new long[24];
        buyers[3] = 1;    // 03:00, nobody on duty
        buyers[10] = 5;   // 10:00, on duty
        buyers[11] = 4;
        List<Warning> w = BacktestCoverage.check(s, s, buyers);
        assertEquals(1, w.size());
        String en = WarningText.say(new Text("en"), w.get(0).said());
        assertTrue(en.startsWith("with --staffing scenario nobody is on duty in 1 of the 3 hours with buyers (1 buyer reached the queue in it), on "), en);
        assertFalse(en.contains("1 buyers"), en);
        String zh = WarningText.say(new Text("zh"), w.get(0).said());
        assertTrue(zh.contains("有买家的 3 个小时中有 1 个小时没有任何人在岗（其间 1 位买家进入排队）"), zh);

        buyers[4] = 2;    // two empty hours, three buyers: the plural as before
        String more = WarningText.say(new Text("en"), BacktestCoverage.check(s, s, buyers).get(0).said());
        assertTrue(more.contains("in 2 of the 4 hours with buyers (3 buyers reached the queue in them)"), more);
    }
}
