package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two roster lines for one group on one shift and the same days are added together without a word
 * (the tester's night 2 and night 1: 3 on duty): said, naming the lines, their counts and the total.
 */
class RosterLinesAddedTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String FILE = "name: dup\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 1\nseed: 7\n"
            + "demand: {pattern: {hourly: [10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]}, mix: {presale: 1.0}}\n"
            + "agents: [{group: pre, skills: [presale], concurrency: 4, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}]\n"
            + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
            + "roster:\n"
            + "  - {group: pre, shift: day, agents: 4}\n"
            + "  - {group: pre, shift: night, agents: 2}\n"
            + "  - {group: pre, shift: night, agents: 1}\n";

    private static List<Warning> added(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("roster.lines_added")).toList();
    }

    @Test
    void twoLinesForOneGroupAndShiftAreSaidWithTheirTotal() {
        List<Warning> ws = added(yaml(FILE));
        assertEquals(1, ws.size());
        assertEquals("test.yaml:12: roster[2]", ws.get(0).where().toString());
        assertEquals("roster[1], roster[2] put group 'pre' on shift 'night' every day, so they are added: 2 + 1 = 3 on duty; "
                + "if they are two teams, nothing to change; if one replaces the other, delete it", WarningText.say(EN, ws.get(0).said()));
        assertEquals("roster[1]、roster[2] 都让客服组“pre”每天上“night”班，人数相加：2 + 1 = 3 人在岗；若是两个小组，无需修改；若一行是要替换另一行，请删去被替换的一行",
                WarningText.say(ZH, ws.get(0).said()));
        // the same dates: said, dated
        List<Warning> dated = added(yaml(FILE.replace("night, agents: 2}", "night, agents: 2, dates: [2026-11-10]}")
                .replace("night, agents: 1}", "night, agents: 1, dates: [2026-11-10]}")));
        assertEquals(LocalDate.parse("2026-11-10"), dated.get(0).date());
        // the dates named, not counted ("on the same 1 dates", tester20)
        assertEquals("roster[1], roster[2] put group 'pre' on shift 'night' on the same dates (2026-11-10), so they are added: 2 + 1 = 3 on duty; "
                + "if they are two teams, nothing to change; if one replaces the other, delete it", WarningText.say(EN, dated.get(0).said()));
        assertEquals("roster[1]、roster[2] 都让客服组“pre”在同样的日期（2026-11-10）上“night”班，人数相加：2 + 1 = 3 人在岗；若是两个小组，无需修改；若一行是要替换另一行，请删去被替换的一行",
                WarningText.say(ZH, dated.get(0).said()));
        // lines that differ in their dates (a sale day's extras), or one of 0 agents: nothing
        assertEquals(List.of(), added(yaml(FILE.replace("night, agents: 1}", "night, agents: 1, dates: [2026-11-10]}"))));
        assertEquals(List.of(), added(yaml(FILE.replace("night, agents: 1}", "night, agents: 0}"))));
        assertEquals(List.of(), added(yaml(FILE.replace("shift: night, agents: 1}", "shift: day, agents: 1, dates: [2026-11-10]}"))));
    }
}
