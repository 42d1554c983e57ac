package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * staff.rotation_uncovered: a 四班三倒 roster sized on the run's one day (team B, off that day, at 0)
 * leaves B's shifts empty on the other days of the cycle; said, with the dates and shifts.
 */
class RotationCheckTest {
    private static final Path FOUR = Path.of("scenarios/small-shop-four-teams.yaml");
    private static final Text EN = new Text("en"), ZH = new Text("zh");

    private static List<Warning> rotation(List<Warning> all) {
        return all.stream().filter(w -> w.code().equals(RotationCheck.CODE)).toList();
    }

    @Test
    void aTeamOffOnTheRunsDaySizedZeroLeavesItsShiftsEmptyOnTheCyclesOtherDays() throws Exception {
        // the roster staff 0.7.x gave for service-level>=0.8 (3 replications): A 4, B 0, C 1, D 4
        Scenario s = ScenarioLoader.load(FOUR, Assignment.sets("teams[0].agents.service=4", "teams[1].agents.service=0",
                "teams[2].agents.service=1", "teams[3].agents.service=4"));
        List<Warning> ws = rotation(ScenarioSanity.forStaff(s));
        assertEquals(6, ws.size(), String.join("\n", ws.stream().map(w -> WarningText.line(EN, w)).toList()));
        Warning first = ws.get(0);
        assertEquals("teams", first.where().key());
        assertEquals(java.time.LocalDate.parse("2026-11-20"), first.date());
        assertEquals("the rotation leaves nobody on duty 2026-11-20 00:00 – 2026-11-20 08:00 (team B's night shift), a day of its cycle the run "
                + "does not simulate (the roster was judged on 2026-11-18 only), while about 22 buyers are expected then: give each team the agents "
                + "the shifts it works need (a team's size holds on every day of its cycle)", WarningText.say(EN, first.said()));
        assertEquals("轮班在 2026-11-20 00:00 – 2026-11-20 08:00（B 组的 night 班）没有任何客服在岗，这是轮班周期中运行没有模拟的日子（排班只按 2026-11-18 评判），"
                + "而届时预计有约 22 位买家：请给每个小组配足它所上班次需要的人数（小组人数在周期的每一天都一样）", WarningText.say(ZH, first.said()));
        assertEquals("team B's morning shift", WarningText.say(EN, (io.kefusim.scenario.Said) ws.get(4).said().args()[2]));
        assertEquals("2026-11-22 08:00", ws.get(4).said().args()[0]);
        assertEquals("… and 5 more periods of the rotation's cycle with nobody on duty (about 620 buyers expected in them)", WarningText.say(EN, ws.get(5).said()));
        // validate and run do not say it (their run is what they judge); the file's own teams of two leave no hour empty
        assertTrue(rotation(ScenarioSanity.check(s)).isEmpty());
        assertTrue(rotation(ScenarioSanity.forStaff(ScenarioLoader.load(FOUR, List.of()))).isEmpty());
        // a horizon of the whole cycle simulates every day: nothing outside the run left to say
        assertTrue(rotation(ScenarioSanity.forStaff(s.withWindow(s.start(), 8 * 86400.0, 0))).isEmpty());
    }
}
