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
 * The split breaks.together advises is the break's: it staggers every roster line and team of
 * the group on that shift, so the advice is judged with all of them split, and following it
 * clears the warning. Only the others off at that minute (another shift's break) stay off.
 */
class BreakAdviceTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String HEAD = "name: brk\nstart: 2026-11-16T00:00\nhorizon: 2d\nreplications: 1\n"
            + "demand: {pattern: {hourly: [10,8,6,4,4,4,8,20,40,60,70,60,50,60,70,70,60,50,50,60,70,60,40,20]}, mix: {presale: 1}}\n"
            + "agents: [{group: pre, skills: [presale], monthly_pay: 5220}]\n";

    private static List<String> breaks(Scenario s, Text t) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("breaks.together")).map(w -> WarningText.say(t, w.said())).toList();
    }

    /** The tester's brk2.yaml: 4 agents every day and 2 more on 17 November only, on one shift. */
    private static Scenario dateOnlyLine(String split) {
        return yaml(HEAD + "shifts: {day: {from: \"08:00\", to: \"17:00\", breaks: [{at: \"12:00\", for: 1h" + split + "}]}, late: {from: \"12:00\", to: \"24:00\"}}\n"
                + "roster:\n  - {group: pre, shift: day, agents: 4}\n  - {group: pre, shift: day, agents: 2, dates: [2026-11-17]}\n");
    }

    @Test
    void aDateOnlyLineIsAdvisedTheSplitThatStaggersTheWholeShift() {
        List<String> ws = breaks(dateOnlyLine(""), EN);
        assertEquals(2, ws.size(), String.join("\n", ws));
        String add = "stagger breaks: add split: 2 to the break (the agents take it in 2 slots one after the other), or split them over two shifts whose breaks are apart";
        assertEquals("all 4 × pre of roster[0] (shift 'day') take the 12:00 break (1h) together: agents on duty in group 'pre' drop from 4 to 0 at 2026-11-16 12:00; " + add, ws.get(0));
        // was "no split of the break fits its slots inside the shift": judged as if roster[0]'s 4 stayed off, unsplit
        assertEquals("all 2 × pre of roster[1] (shift 'day') take the 12:00 break (1h) together: agents on duty in group 'pre' drop from 6 to 0 at 2026-11-17 12:00; " + add, ws.get(1));
        assertTrue(breaks(dateOnlyLine(""), ZH).get(1).endsWith("请错开休息：给该休息加 split: 2（客服分 2 段先后休息），或分成休息时间不同的两个班次"));
        assertEquals(List.of(), breaks(dateOnlyLine(", split: 2"), EN), "the advice followed: 6 to 3 on the 17th, 4 to 2 on the 16th");
    }

    /** Two shifts of 2 whose breaks fall together: a split of either alone still leaves 3 of 4 off. */
    private static Scenario twoShiftsOneMinute(String atA) {
        return yaml(HEAD + "shifts: {a: {from: \"08:00\", to: \"17:00\", breaks: [{at: \"" + atA + "\", for: 1h}]}, "
                + "b: {from: \"08:00\", to: \"17:00\", breaks: [{at: \"12:00\", for: 1h}]}, late: {from: \"17:00\", to: \"08:00\"}}\n"
                + "roster:\n  - {group: pre, shift: a, agents: 2}\n  - {group: pre, shift: b, agents: 2}\n  - {group: pre, shift: late, agents: 1}\n");
    }

    @Test
    void whenOtherShiftsBreakThenTooNoSplitIsOfferedButMovingTheBreak() {
        List<String> ws = breaks(twoShiftsOneMinute("12:00"), EN);
        assertEquals(2, ws.size(), String.join("\n", ws));
        assertEquals("all 2 × pre of roster[0] (shift 'a') take the 12:00 break (1h) together: agents on duty in group 'pre' drop from 4 to 0 at 2026-11-16 12:00; "
                + "stagger breaks: no split of this break is enough, as other pre agents are off at that time too (another shift's break, or a shift ending): "
                + "move its at: away from theirs, then stagger it", ws.get(0));
        assertTrue(breaks(twoShiftsOneMinute("12:00"), ZH).get(0).endsWith("请错开休息：该休息无论分几段都不够：那时还有其他 pre 客服不在岗（另一班次的休息或下班）：请把它的 at: 移开，再错开休息"));
        assertEquals(List.of(), breaks(twoShiftsOneMinute("14:00"), EN), "the advice followed: 4 to 2 at 12:00 and at 14:00");
    }

    /** 4 on an evening 16:00-24:00 with a 30m break at 23:00: two slots would end with the shift, which the loader refuses. */
    private static Scenario lateBreak(String split) {
        return yaml(HEAD + "shifts: {day: {from: \"00:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"23:00\", for: 30m" + split + "}]}}\n"
                + "roster: [{group: pre, shift: day, agents: 1}, {group: pre, shift: evening, agents: 4}]\n");
    }

    @Test
    void aSplitWhoseLastSlotEndsWithTheShiftIsNotAdvised() {
        List<String> ws = breaks(lateBreak(""), EN);
        assertEquals(1, ws.size(), String.join("\n", ws));
        // was "add split: 2", which the loader refuses: the slots 23:00-23:30 and 23:30-24:00 leave no work after them
        assertTrue(ws.get(0).endsWith("stagger breaks: no split of the break fits its slots inside the shift; split the agents over two shifts whose breaks are apart"), ws.get(0));
        io.kefusim.scenario.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(io.kefusim.scenario.ScenarioException.class, () -> lateBreak(", split: 2"));
        assertTrue(e.getMessage().startsWith("split: 2 slots of 30m from 23:00 end with the shift 16:00-24:00 (at 24:00); "), e.getMessage());
    }

    private static List<String> gaps(Scenario s, Text t) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("coverage.no_agent_on_duty")).map(w -> WarningText.say(t, w.said())).toList();
    }

    @Test
    void anHourEmptiedByABreakIsSaidToBeABreakWithStaggeringOffered() {
        List<String> ws = gaps(dateOnlyLine(""), EN);
        String breakGap = "no agent at all is on duty 2026-11-16 12:00 – 2026-11-16 13:00, while about 50 buyers are expected: every agent in a shift then is on a break; "
                + "stagger the breaks (the break's split:, or twin shifts with breaks apart) or add a shift that covers these hours";
        assertTrue(ws.contains(breakGap), String.join("\n", ws));
        // was "add a shift that covers these hours" alone, as for the night nobody is rostered for
        assertTrue(ws.contains("no agent at all is on duty 2026-11-16 00:00 – 2026-11-16 08:00, while about 64 buyers are expected: add a shift that covers these hours"), String.join("\n", ws));
        assertTrue(gaps(dateOnlyLine(""), ZH).contains("2026-11-16 12:00 – 2026-11-16 13:00 没有任何客服在岗，而预计有约 50 位买家咨询：当时在班的客服都在休息；"
                + "请错开休息（该休息的 split:，或休息时间不同的两个班次），或加一个覆盖这段时间的班次"));
        List<String> split = gaps(dateOnlyLine(", split: 2"), EN);
        assertTrue(split.stream().noneMatch(w -> w.contains("12:00 –") || w.contains("on a break")), "the advice followed: " + String.join("\n", split));
        assertEquals(ws.size() - 2, split.size(), "only the two break hours went");
    }

    /** tester19: a group named "agents" ran into the noun ("agents agents on duty drop"): the group's name is quoted, in both languages. */
    @Test
    void aGroupNamedAgentsIsQuotedSoItDoesNotRunIntoTheNoun() {
        Scenario s = yaml(HEAD.replace("group: pre", "group: agents") + "shifts: {day: {from: \"08:00\", to: \"17:00\", breaks: [{at: \"12:00\", for: 1h}]}}\n"
                + "roster:\n  - {group: agents, shift: day, agents: 4}\n");
        String en = breaks(s, EN).get(0), zh = breaks(s, ZH).get(0);
        assertTrue(en.startsWith("all 4 × agents of roster[0] (shift 'day') take the 12:00 break (1h) together: agents on duty in group 'agents' drop from 4 to 0 at 2026-11-16 12:00; "), en);
        assertTrue(zh.startsWith("roster[0]（“day”班）的全部 4 名 agents 客服同时在 12:00 休息（1小时）：“agents”组在岗人数在 2026-11-16 12:00 从 4 降到 0；"), zh);
        // sweep's words for a team's agents of that group: the group quoted too
        Scenario teams = yaml(HEAD.replace("group: pre", "group: agents") + "shifts: {day: {from: \"08:00\", to: \"17:00\"}}\n"
                + "teams:\n  - {name: ANAT, agents: {agents: 1}, rotation: {cycle: [day, off], from: \"2026-11-16\"}}\n");
        assertEquals("team ANAT: 'agents' agents", io.kefusim.report.Words.setting(EN, teams, "teams[0].agents.agents"));
        assertEquals("ANAT组：“agents”客服人数", io.kefusim.report.Words.setting(ZH, teams, "teams[0].agents.agents"));
    }
}
