package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team whose rotation starts after the run's first date is read backwards without a word
 * (tester21: both teams of the small shop on 18 November, on rotations from 1 December): said
 * (roster.rotation_after_run), naming the team, its from, the run's dates, how the dates before
 * are read, and the from on or before the run that writes the same schedule: a 4-day cycle from 1
 * December is the cycle from 15 November (16 days, four cycles, earlier).
 */
class RotationAfterRunTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String FILE = "name: later\nstart: 2026-11-18T00:00\nhorizon: 24h\nreplications: 1\nseed: 7\n"
            + "demand: {pattern: {hourly: [10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]}, mix: {presale: 1.0}}\n"
            + "agents: [{group: pre, skills: [presale], concurrency: 4, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}]\n"
            + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
            + "teams:\n"
            + "  - {name: A, agents: {pre: 2}, rotation: {cycle: [day, night, off, off], from: 2026-11-18}}\n"
            + "  - {name: B, agents: {pre: 2}, rotation: {cycle: [off, off, day, night], from: 2026-12-01}}\n";

    private static List<Warning> later(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("roster.rotation_after_run")).toList();
    }

    @Test
    void aRotationFromAfterTheRunIsSaid() {
        List<Warning> ws = later(yaml(FILE));
        assertEquals(1, ws.size(), ws.toString());
        assertEquals("test.yaml:11: teams[1].rotation.from", ws.get(0).where().toString());
        assertEquals(LocalDate.parse("2026-11-18"), ws.get(0).date());
        assertEquals("team B's rotation starts on 2026-12-01, after the run's first date (the run: 2026-11-18): kefusim reads the dates before "
                + "2026-12-01 as its 4-day cycle continued backwards, so the team works them as if the rotation had begun earlier; if that is meant, "
                + "write from: 2026-11-15 (the same schedule, a whole number of cycles earlier); if the team only starts on 2026-12-01, leave it out "
                + "of a run before that date or start the run on 2026-12-01", WarningText.say(EN, ws.get(0).said()));
        assertEquals("B 组的轮班自 2026-12-01 起，晚于运行期的第一天（运行期：2026-11-18）：kefusim 把 2026-12-01 之前的日期当作其 4 天的轮班周期向前倒推，"
                + "该组在这些日期照样上班，如同轮班更早已开始；若正是此意，请写 from: 2026-11-15（同一排班，早整数个周期）；若该组自 2026-12-01 才开始上班，"
                + "请在 2026-12-01 之前的运行中去掉该组，或让运行自 2026-12-01 开始", WarningText.say(ZH, ws.get(0).said()));
        // the suggested from writes the same schedule, and is quiet; so is a from on the run's first date or before it
        assertEquals(List.of(), later(yaml(FILE.replace("from: 2026-12-01", "from: 2026-11-15"))));
        assertEquals(List.of(), later(yaml(FILE.replace("from: 2026-12-01", "from: 2026-11-18"))));
        // a from inside a run of several days: the run's days before it are read backwards too
        List<Warning> inside = later(yaml(FILE.replace("horizon: 24h", "horizon: 72h").replace("from: 2026-12-01", "from: 2026-11-19")));
        assertEquals(1, inside.size(), inside.toString());
        String said = WarningText.say(EN, inside.get(0).said());
        assertTrue(said.startsWith("team B's rotation starts on 2026-11-19, after the run's first date (the run: 2026-11-18 – 2026-11-20): "
                + "kefusim reads the dates before 2026-11-19 as its 4-day cycle continued backwards"), said);
        assertTrue(said.contains("write from: 2026-11-15 (the same schedule"), said);
    }
}
