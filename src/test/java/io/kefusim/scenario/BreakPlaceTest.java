package io.kefusim.scenario;

import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A break leaves work on both sides of it: it starts after its shift starts and ends before the
 * shift ends. A break at 16:00 for 1h in 08:00-17:00 is inside the shift but ends with it, and was
 * refused as "not inside the shift"; the error now says the rule, the at it allows, and what to
 * write instead (the break at an end only moves the shift's start or end).
 */
class BreakPlaceTest {
    private static Scenario day(String brk) {
        return TestScenarios.yaml("name: brk\nstart: 2026-11-16T00:00\nhorizon: 1d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,20,20,20,20,20,20,20,20,20,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: pre, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"17:00\", breaks: [" + brk + "]}}\n"
                + "roster: [{group: pre, shift: day, agents: 4}]\n");
    }

    private static ScenarioException refused(String brk) {
        return assertThrows(ScenarioException.class, () -> day(brk));
    }

    private static final String RULE = "a break must start after the shift's start and end before its end, leaving work on both sides (allowed for 1h: at after 08:00 and before 16:00)";
    private static final String RULE_ZH = "休息须在班次开始之后开始、在班次结束之前结束，前后都留有工作时间（允许 1h 的休息：at 晚于 08:00 且早于 16:00）";

    @Test
    void aBreakEndingWithTheShiftSaysTheRuleAndToWriteAnEarlierEnd() {
        ScenarioException e = refused("{at: \"16:00\", for: 1h}");
        assertEquals("shifts.day.breaks[0]", e.field());
        assertEquals(7, e.line());
        assertEquals("break at 16:00 for 1h ends when the shift 08:00-17:00 ends; " + RULE
                + "; a break at the end only makes the shift end earlier: drop it and write to: 16:00", e.getMessage());
        assertEquals("16:00 起 1h 的休息与班次 08:00-17:00 同时结束；" + RULE_ZH + "；结尾的休息只是让班次早结束：请删去它，改写 to: 16:00", e.chinese());
    }

    @Test
    void aBreakStartingWithTheShiftSaysTheRuleAndToWriteALaterStart() {
        ScenarioException e = refused("{at: \"08:00\", for: 1h}");
        assertEquals("break at 08:00 for 1h starts when the shift 08:00-17:00 starts; " + RULE
                + "; a break at the start only makes the shift start later: drop it and write from: 09:00", e.getMessage());
        assertTrue(e.chinese().endsWith("开头的休息只是让班次晚开始：请删去它，改写 from: 09:00"), e.chinese());
    }

    @Test
    void aBreakOutsideTheShiftSaysWhereItMayGo() {
        assertEquals("break at 20:00 for 1h is not inside the shift 08:00-17:00; " + RULE, refused("{at: \"20:00\", for: 1h}").getMessage());
        assertEquals("a break of 9h is not shorter than the shift 08:00-17:00 (9h); a break must start after the shift's start and end before its end, "
                + "leaving work on both sides; allowed: a break shorter than the shift", refused("{at: \"09:00\", for: 9h}").getMessage());
    }

    @Test
    void theBoundsItStatesAreTheBoundsItTakes() {
        assertEquals(1, day("{at: \"15:59\", for: 1h}").shifts().get("day").breaks().size());
        assertEquals(1, day("{at: \"08:01\", for: 1h}").shifts().get("day").breaks().size());
        assertEquals(1, day("{at: \"14:59\", for: 1h, split: 2}").shifts().get("day").breaks().size());
    }

    @Test
    void slotsEndingWithTheShiftAreSaidSoWithTheSplitsAndAtsAllowed() {
        ScenarioException e = refused("{at: \"15:00\", for: 1h, split: 2}");
        assertEquals("shifts.day.breaks[0].split", e.field());
        assertEquals("split: 2 slots of 1h from 15:00 end with the shift 08:00-17:00 (at 17:00); every slot must end before the shift ends, leaving work after it; "
                + "allowed: split: 1 at 15:00, or at after 08:00 and before 15:00 with split: 2", e.getMessage());
        assertEquals("从 15:00 起 2 段 1h 的休息与班次 08:00-17:00 同时结束（17:00）；每段都须在班次结束之前结束，之后留有工作时间；"
                + "允许：at 15:00 时 split: 1，或 split: 2 时 at 晚于 08:00 且早于 15:00", e.chinese());
        assertTrue(refused("{at: \"12:00\", for: 1h, split: 6}").getMessage().startsWith("split: 6 slots of 1h from 12:00 end past the shift 08:00-17:00 (at 18:00); "), "past, not with");
        assertTrue(refused("{at: \"12:00\", for: 1h, split: 6}").getMessage().endsWith("allowed: split: 1-4 at 12:00, or at after 08:00 and before 11:00 with split: 6"));
    }
}
