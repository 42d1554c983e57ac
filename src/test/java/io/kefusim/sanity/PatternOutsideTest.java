package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * horizon.pattern_outside: a pattern's buyers at clock hours a run shorter than a day never
 * reaches are not simulated, and the run said nothing (an 8-hour run from 09:00 took
 * {@code hourly[20] = 100} without a word).
 */
class PatternOutsideTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String TAIL = "agents: [{group: desk, skills: [presale]}]\nshifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
            + "roster: [{group: desk, shift: all, agents: 3}]\n";

    private static Scenario run(String start, String horizon, String hourly, String extra) {
        return yaml("name: t\nstart: " + start + "\nhorizon: " + horizon + "\n"
                + "demand: {pattern: {hourly: [" + hourly + "]" + extra + "}, mix: {presale: 1.0}}\n" + TAIL);
    }

    private static List<Warning> of(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("horizon.pattern_outside")).toList();
    }

    /** 24 rates: 0 except those given as hour=rate. */
    private static String hours(int... hourRate) {
        int[] r = new int[24];
        for (int i = 0; i < hourRate.length; i += 2) r[hourRate[i]] = hourRate[i + 1];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) b.append(i == 0 ? "" : ",").append(r[i]);
        return b.toString();
    }

    @Test
    void buyersInHoursTheRunNeverReachesAreSaidWithTheirCountAndHours() {
        // the classroom's 09:00-17:00, with 100 buyers at 20:00 and 10 an hour from 09:00 to 17:00
        Scenario s = run("2026-03-02T09:00", "8h", hours(9, 10, 10, 10, 11, 10, 12, 10, 13, 10, 14, 10, 15, 10, 16, 10, 20, 100), "");
        List<Warning> ws = of(s);
        assertEquals(1, ws.size());
        assertEquals("demand.pattern", ws.get(0).where().key());
        assertEquals("the pattern has buyers at 20:00–21:00 (about 100 a day at the file's scale), clock hours this run "
                + "(2026-03-02 09:00 – 2026-03-02 17:00) never reaches, so they are not simulated: lengthen the horizon or move the start if they are meant to be",
                WarningText.say(EN, ws.get(0).said()));
        assertTrue(WarningText.say(ZH, ws.get(0).said()).startsWith("咨询曲线在 20:00–21:00 有买家（按文件的倍数约每天 100 人）"));
    }

    @Test
    void rangesAreJoinedAcrossMidnightAndScaled() {
        // a night run 00:00-08:00 with buyers every hour at 10, scale 2: 08:00-24:00 is missed, 16 h x 10 x 2 = 320
        String all = String.join(",", java.util.Collections.nCopies(24, "10"));
        Scenario s = yaml("name: t\nstart: 2026-11-18T00:00\nhorizon: 8h\ndemand: {pattern: {hourly: [" + all + "]}, scale: 2, mix: {presale: 1.0}}\n" + TAIL);
        List<Warning> ws = of(s);
        assertEquals(1, ws.size());
        assertTrue(WarningText.say(EN, ws.get(0).said()).startsWith("the pattern has buyers at 08:00–24:00 (about 320 a day"), WarningText.say(EN, ws.get(0).said()));
        // a run 20:00 + 6 h misses 02:00-20:00 in one range
        Scenario eve = run("2026-11-10T20:00", "6h", all, "");
        assertTrue(WarningText.say(EN, of(eve).get(0).said()).startsWith("the pattern has buyers at 02:00–20:00 (about 180 a day"));
        // quiet hours between two busy stretches give two ranges
        Scenario two = run("2026-11-10T09:00", "8h", hours(9, 5, 3, 4, 20, 6, 21, 6), "");
        assertTrue(WarningText.say(EN, of(two).get(0).said()).startsWith("the pattern has buyers at 03:00–04:00, 20:00–22:00 (about 16 a day"),
                WarningText.say(EN, of(two).get(0).said()));
    }

    @Test
    void aRunThatReachesEveryHourWithBuyersSaysNothing() {
        // the classroom: quiet outside 09:00-17:00
        assertEquals(List.of(), of(run("2026-03-02T09:00", "8h", hours(9, 10, 12, 10, 16, 10), "")));
        // a day or more reaches every clock hour, wherever it starts
        String all = String.join(",", java.util.Collections.nCopies(24, "10"));
        assertEquals(List.of(), of(run("2026-11-10T20:00", "24h", all, "")));
        assertEquals(List.of(), of(run("2026-11-10T00:00", "48h", all, "")));
        // a run that starts at 09:30 reaches the 09:00 hour in part: not said
        assertEquals(List.of(), of(run("2026-03-02T09:30", "8h", hours(9, 10, 16, 10, 17, 10), "")));
    }
}
