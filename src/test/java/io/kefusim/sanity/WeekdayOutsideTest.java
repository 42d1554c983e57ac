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
 * A weekday's pattern for a weekday no date of the run falls on shapes no buyer: said as a
 * demand.days date outside the run is (horizon.date_outside), at the first such key.
 */
class WeekdayOutsideTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String DAY = "[10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]";
    private static final String WEEKEND = "[20,10,6,4,4,4,8,20,60,100,120,120,100,100,120,120,100,100,80,100,140,160,120,60]";
    /** The tester's file: a Tuesday's 24 hours, with Saturday and Sunday patterns. */
    private static final String FILE = "name: weekend\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 1\nseed: 7\n"
            + "demand:\n  pattern:\n    hourly: " + DAY + "\n    weekdays:\n      sat: " + WEEKEND + "\n      sun: " + WEEKEND + "\n"
            + "  mix: {presale: 1.0}\n"
            + "agents: [{group: desk, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}]\n"
            + "shifts: {day: {from: \"00:00\", to: \"24:00\"}}\n"
            + "roster: [{group: desk, shift: day, agents: 4}]\n";

    private static List<Warning> outside(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("horizon.date_outside")).toList();
    }

    @Test
    void weekdayPatternsTheRunNeverReachesAreSaid() {
        List<Warning> ws = outside(yaml(FILE));
        assertEquals(1, ws.size());
        assertEquals("test.yaml:10: demand.pattern.weekdays.sat", ws.get(0).where().toString());
        assertEquals(LocalDate.parse("2026-11-14"), ws.get(0).date(), "the next Saturday");
        assertEquals("the patterns for sat, sun change nothing: the run (2026-11-10 00:00 – 2026-11-11 00:00) meets none of these weekdays, only tue; "
                + "correct start or horizon, or delete them", WarningText.say(EN, ws.get(0).said()));
        assertEquals("sat、sun 的需求模式不起作用：模拟时段（2026-11-10 00:00 – 2026-11-11 00:00）内没有这些星期几，只有 tue；请改正 start 或 horizon，或删去它们",
                WarningText.say(ZH, ws.get(0).said()));
        // one weekday: said alone
        List<Warning> wed = outside(yaml(FILE.replace("      sat: " + WEEKEND + "\n      sun: " + WEEKEND + "\n", "      wed: " + WEEKEND + "\n")));
        assertEquals("the pattern for wed changes nothing: the run (2026-11-10 00:00 – 2026-11-11 00:00) meets no such weekday, only tue; "
                + "correct start or horizon, or delete it", WarningText.say(EN, wed.get(0).said()));
        // a run that reaches Saturday (through to Sunday 00:00 is not Sunday), and a Tuesday pattern: nothing, or only Sunday
        List<Warning> week = outside(yaml(FILE.replace("horizon: 24h", "horizon: 5d")));
        assertEquals(1, week.size());
        assertEquals("test.yaml:11: demand.pattern.weekdays.sun", week.get(0).where().toString());
        assertEquals(List.of(), outside(yaml(FILE.replace("horizon: 24h", "horizon: 6d"))));
        assertEquals(List.of(), outside(yaml(FILE.replace("      sat: " + WEEKEND + "\n      sun: " + WEEKEND + "\n", "      tue: " + WEEKEND + "\n"))));
    }
}
