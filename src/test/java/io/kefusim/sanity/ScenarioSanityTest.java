package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ordinary slips that give a confident answer for another day than the one meant, each found and placed. */
class ScenarioSanityTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String FLAT = "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 0.5, aftersale: 0.5}}\n";

    private static List<Warning> of(Scenario s, String code) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals(code)).toList();
    }

    private static String lines(List<Warning> ws) {
        return String.join("\n", ws.stream().map(w -> WarningText.line(EN, w)).toList());
    }

    @Test
    void theExamplesRaiseNoFalseAlarms() throws Exception {
        // the examples stagger breaks with twin shifts and cover every type; only the
        // ordinary-day rota's labour breaches (its own point) are warned
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                List<Warning> ws = ScenarioSanity.check(ScenarioLoader.load(f, List.of()));
                assertTrue(ws.stream().allMatch(w -> w.code().startsWith("labour.")), f + ":\n" + lines(ws));
            }
        }
    }

    @Test
    void lastYearsFileWithOnlyTheStartMovedSaysEverySaleDayThingItDrops() throws Exception {
        String text = Files.readString(Path.of("scenarios/double11-medium-shop.yaml")).replace("start: 2026-11-10T00:00", "start: 2027-11-10T00:00");
        Path f = Files.createTempFile("lastyear", ".yaml");
        Files.writeString(f, text);
        Scenario s = ScenarioLoader.load(f, List.of());
        List<Warning> days = of(s, "horizon.date_outside");
        assertEquals(2, days.size(), lines(days));
        assertEquals("demand.days[1].date", days.get(1).where().key());
        assertEquals(lineOf(text, "- date: 2026-11-11"), days.get(1).where().line());
        assertEquals(f.toString(), days.get(1).where().file());
        assertEquals("2026-11-11 (demand ×3, peaks: 2) lies outside the run (2027-11-10 00:00 – 2027-11-12 00:00), so it changes nothing: "
                + "correct the date, or the scenario's start", WarningText.say(EN, days.get(1).said()));
        assertEquals("2026-11-11（需求 ×3，2 个高峰）不在模拟时段（2027-11-10 00:00 – 2027-11-12 00:00）内，不起作用：请改正日期或方案的 start",
                WarningText.say(ZH, days.get(1).said()));
        // the ten sale-day roster entries (presale and aftersale, five shifts each) never come
        List<Warning> roster = of(s, "horizon.roster_date_outside");
        assertEquals(10, roster.size(), lines(roster));
        assertEquals("roster[9].dates", roster.get(4).where().key());
        assertTrue(WarningText.say(EN, roster.get(4).said()).startsWith("8 × presale_temp on shift 'night' are rostered only on 2026-11-11"), lines(roster));
        Files.delete(f);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    @Test
    void aPeakOutsideTheRunAndADayInTheWarmupAreSaid() {
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 36h\nwarmup: 24h\n" + FLAT.replace("]}, mix", "]}, days: [{date: 2026-11-10, scale: 2},"
                + " {date: 2026-11-11, scale: 3, peaks: [{from: \"20:00\", to: \"22:00\", scale: 2}]}], mix")
                + "agents: [{group: desk, skills: [presale, aftersale]}]\nshifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        assertEquals(1, of(s, "horizon.date_in_warmup").size());
        List<Warning> peaks = of(s, "horizon.peak_outside");
        assertEquals(1, peaks.size(), lines(peaks));
        assertEquals("demand.days[1].peaks[0]", peaks.get(0).where().key());
        assertTrue(WarningText.say(EN, peaks.get(0).said()).startsWith("the peak 20:00–22:00 on 2026-11-11 (×2) lies outside the run"));
    }

    @Test
    void typesNoGroupServesAreSaidWithTheirShare() {
        // the default mix still sends 30% after-sale and 5% complaint buyers
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}}\n"
                + "agents: [{group: desk, skills: [presale]}]\nshifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        List<Warning> ws = of(s, "coverage.type_unserved");
        assertEquals(List.of("demand.mix.aftersale", "demand.mix.complaint"), ws.stream().map(w -> w.where().key()).toList());
        assertTrue(WarningText.say(EN, ws.get(0).said()).startsWith("'aftersale' buyers (30% of those reaching an agent) are in the mix, but no agent group lists"));
        assertEquals(4, ws.get(0).where().line(), "the demand key, where the default mix comes in");
    }

    @Test
    void aBuyerTypeTheMixNeverSendsIsSaidNotSilentlyDropped() {
        // 'presael' is a slip for 'presale': its conversion and order value reach nothing, and
        // presale runs on the defaults; a type the mix names at 0 is deliberate and not said
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n" + FLAT.replace("aftersale: 0.5}", "aftersale: 0.5, vip: 0}")
                + "buyers:\n  presael: {conversion: 0.3, order_value: 250}\n  vip: {conversion: 0.5}\n"
                + "agents: [{group: desk, skills: [presale, aftersale, vip]}]\nshifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        List<Warning> ws = of(s, "buyers.type_not_in_mix");
        assertEquals(List.of("buyers.presael"), ws.stream().map(w -> w.where().key()).toList(), lines(ws));
        assertEquals(6, ws.get(0).where().line(), "the line of buyers.presael");
        assertEquals("buyer type 'presael' is not in demand.mix (presale, aftersale, vip), so none of its buyers arrive and these settings reach nothing: "
                + "a misspelt type name? Correct it, or give the type a share in demand.mix", WarningText.say(EN, ws.get(0).said()));
        assertTrue(WarningText.say(ZH, ws.get(0).said()).startsWith("买家类型“presael”不在 demand.mix（presale、aftersale、vip）中"));
        // the default mix (no mix written) sends presale, aftersale and complaint only
        Scenario d = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}}\n"
                + "buyers: {complaint: {patience: {dist: never}}, complaints: {patience: {dist: never}}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale, complaint]}]\nshifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        assertEquals(List.of("buyers.complaints"), of(d, "buyers.type_not_in_mix").stream().map(w -> w.where().key()).toList());
    }

    @Test
    void aStaffingBoundTheRosterBreaksIsSaidByEveryCommandButStaff() {
        // only kefusim staff reads staffing.bounds: a run of 2 beside "at least 4" runs 2, and says so
        String head = "name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n" + FLAT
                + "agents: [{group: desk, skills: [presale, aftersale]}, {group: vip, skills: [presale]}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n";
        Scenario s = yaml(head + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: night, agents: 1}, {group: vip, shift: day, agents: 9}]\n"
                + "staffing:\n  bounds:\n    - {group: desk, shift: day, min: 4}\n    - {group: vip, max: 5}\n    - {group: desk, min: 1}\n");
        List<Warning> ws = of(s, "staffing.bound_ignored");
        assertEquals(List.of("staffing.bounds[0]", "staffing.bounds[1]"), ws.stream().map(w -> w.where().key()).toList(), lines(ws));
        assertEquals(10, ws.get(0).where().line(), "the line of the bound");
        assertEquals("the roster has 2 agents of group 'desk' on shift 'day' on 2026-11-10, fewer than this bound's minimum of 4: only kefusim staff reads "
                + "staffing.bounds; run, compare, sweep, batch and the studio run the roster as written. Correct the roster, or let kefusim staff choose it",
                WarningText.say(EN, ws.get(0).said()));
        assertEquals("排班中 vip 组在 2026-11-10 的“day”班有 9 名客服，多于此范围的上限 5：只有 kefusim staff 读取 staffing.bounds；"
                + "run、compare、sweep、batch 和工作台按排班原样运行。请改正排班，或让 kefusim staff 来选", WarningText.say(ZH, ws.get(1).said()));
        // vip has no night agent at all: 0 is within "at most 5", and desk's 2 and 1 keep "at least 1"
        assertTrue(ScenarioSanity.forStaff(s).stream().noneMatch(w -> w.code().equals("staffing.bound_ignored")), "staff reads the bounds");
        // a roster that keeps every bound (as staff's optimised.yaml does) says nothing; a date-only entry counts on its date
        Scenario kept = yaml(head + "roster: [{group: desk, shift: day, agents: 4}, {group: desk, shift: night, agents: 1}, {group: vip, shift: day, agents: 5},"
                + " {group: desk, shift: day, agents: 1, dates: [2026-11-11]}]\n"
                + "staffing:\n  bounds:\n    - {group: desk, shift: day, min: 4}\n    - {group: vip, max: 5}\n    - {group: desk, date: 2026-11-11, shift: day, min: 5}\n");
        assertEquals(List.of(), of(kept, "staffing.bound_ignored"));
        // rotating teams: a bound on a team's group
        Scenario teams = yaml(head + "teams:\n  - {name: A, agents: {desk: 2}, rotation: {cycle: [day, night], from: 2026-11-10}}\n"
                + "staffing:\n  bounds:\n    - {team: A, group: desk, min: 3}\n");
        List<Warning> tw = of(teams, "staffing.bound_ignored");
        assertEquals(1, tw.size(), lines(tw));
        assertTrue(WarningText.say(EN, tw.get(0).said()).startsWith("the roster has 2 agents of group 'desk' in team 'A', fewer than this bound's minimum of 3"),
                WarningText.say(EN, tw.get(0).said()));
    }

    @Test
    void scaleAndSaleDaysBesideATraceAreSaidToChangeNothing() throws Exception {
        // a trace replays its rows as they are: ×3 growth and a sale day's ×2 and peak reach nothing
        String text = Files.readString(Path.of("scenarios/trace-replay.yaml"))
                .replace("  trace: traces/synthetic-double11-eve.csv\n", "  trace: traces/synthetic-double11-eve.csv\n  scale: 3\n"
                        + "  days: [{date: 2026-11-10, scale: 2, peaks: [{from: \"21:00\", to: \"22:00\", scale: 4}]}, {date: 2025-11-11, scale: 5}]\n");
        Path f = Files.createTempFile(Path.of("scenarios"), "trace-scaled", ".yaml"); // beside the trace it names
        try {
            Files.writeString(f, text);
            Scenario s = ScenarioLoader.load(f, List.of());
            List<Warning> ws = of(s, "demand.ignored_with_trace");
            assertEquals(List.of("demand.scale", "demand.days[0]", "demand.days[1]"), ws.stream().map(w -> w.where().key()).toList(), lines(ws));
            assertEquals(lineOf(text, "  scale: 3"), ws.get(0).where().line());
            assertEquals("demand.scale ×3 changes nothing: a trace replays its rows as they are (scale applies to a pattern); scale the trace's rows, or use a pattern",
                    WarningText.say(EN, ws.get(0).said()));
            assertEquals("2026-11-10（需求 ×2，1 个高峰）不起作用：记录回放按原样重放各行（days 只用于 pattern）；请把大促当天的买家写进记录，或改用 pattern",
                    WarningText.say(ZH, ws.get(1).said()));
            assertEquals(List.of(), of(s, "horizon.date_outside"), "said once, as changing nothing, not as a date to correct");
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void hoursWithBuyersAndNobodyAbleOnDutyCountTheBuyers() {
        // aftersale buyers (5 an hour) arrive all day; the only aftersale agents work 08:00-20:00:
        // 12 uncovered hours × 5 = 60 buyers, 20:00 to 08:00 next morning (and 00:00-08:00 on the first day)
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 48h\n" + FLAT
                + "agents: [{group: pre, skills: [presale]}, {group: after, skills: [aftersale]}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}, day: {from: \"08:00\", to: \"20:00\"}}\n"
                + "roster: [{group: pre, shift: all, agents: 2}, {group: after, shift: day, agents: 2}]\n");
        List<Warning> ws = of(s, "coverage.type_uncovered");
        assertEquals(3, ws.size(), lines(ws));
        assertEquals("no agent who serves 'aftersale' is on duty 2026-11-10 00:00 – 2026-11-10 08:00, while about 40 such buyers are expected: "
                + "put an agent with that skill on a shift covering these hours", WarningText.say(EN, ws.get(0).said()));
        assertTrue(WarningText.say(EN, ws.get(1).said()).contains("2026-11-10 20:00 – 2026-11-11 08:00, while about 60 such"), lines(ws));
        assertTrue(WarningText.say(EN, ws.get(2).said()).contains("2026-11-11 20:00 – 2026-11-12 00:00, while about 20 such"), lines(ws));
        assertEquals(List.of(), of(s, "coverage.no_agent_on_duty"), "presale agents are on duty all the time");
    }

    @Test
    void oneBuyerIsExpectedNotOneBuyersAre() {
        // 20 buyers an hour and nobody on duty for the first 3 minutes: about 1 buyer
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}]\nshifts: {late: {from: \"00:03\", to: \"24:00\"}}\nroster: [{group: desk, shift: late, agents: 2}]\n");
        List<Warning> ws = of(s, "coverage.no_agent_on_duty");
        assertEquals(1, ws.size(), lines(ws));
        assertEquals("no agent at all is on duty 2026-11-10 00:00 – 2026-11-10 00:03, while about 1 buyer is expected: add a shift that covers these hours",
                WarningText.say(EN, ws.get(0).said()));
    }

    @Test
    void buyersTheBotResolvesAtNightNeedNoAgent() {
        // 20 buyers an hour, the desk closed 00:00-07:00; the bot resolves presale (half the buyers) by the hour
        String head = "name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20]}, mix: {presale: 0.5, aftersale: 0.5}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale]}]\nshifts: {day: {from: \"07:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: day, agents: 2}]\n";
        String night = "[1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]";
        List<Warning> one = of(yaml(head + "buyers: {presale: {bot_deflection: 0.3}}\n"), "coverage.no_agent_on_duty");
        assertEquals(1, one.size(), lines(one));
        // 7 h x 20 = 140 buyers, 30% of the presale half resolved: 140 x (0.5 x 0.7 + 0.5) = 119
        assertEquals("no agent at all is on duty 2026-11-10 00:00 – 2026-11-10 07:00, while about 119 buyers are expected: add a shift that covers these hours",
                WarningText.say(EN, one.get(0).said()));
        List<Warning> hourly = of(yaml(head + "buyers: {presale: {bot_deflection: {hourly: " + night + "}}}\n"), "coverage.no_agent_on_duty");
        assertEquals(1, hourly.size(), lines(hourly));
        assertEquals("no agent at all is on duty 2026-11-10 00:00 – 2026-11-10 07:00, while about 70 buyers are expected: add a shift that covers these hours",
                WarningText.say(EN, hourly.get(0).said()), "only the after-sale half waits for the closed desk");
        List<Warning> both = of(yaml(head + "buyers: {presale: {bot_deflection: {hourly: " + night + "}}, aftersale: {bot_deflection: {hourly: " + night + "}}}\n"),
                "coverage.no_agent_on_duty");
        assertEquals(List.of(), both, "the bot resolves everyone while the desk is closed");
    }

    @Test
    void aTeamOnARotationBreakingTogetherEmptiesTheDesk() {
        // 四班三倒: four teams of five, one on duty at a time, the shift's break takes the whole team off
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n" + FLAT.replace("presale: 0.5, aftersale: 0.5", "presale: 1")
                + "agents: [{group: desk, skills: [presale]}]\n"
                + "shifts: {early: {from: \"08:00\", to: \"16:00\", breaks: [{at: \"12:00\", for: 30m}]}, late: {from: \"16:00\", to: \"24:00\"}, night: {from: \"00:00\", to: \"08:00\"}}\n"
                + "teams:\n  - {name: A, agents: {desk: 5}, rotation: {cycle: [early, early, late, late, night, night, off, off], from: 2026-11-10}}\n"
                + "  - {name: B, agents: {desk: 5}, rotation: {cycle: [late, late, night, night, off, off, early, early], from: 2026-11-10}}\n"
                + "  - {name: C, agents: {desk: 5}, rotation: {cycle: [night, night, off, off, early, early, late, late], from: 2026-11-10}}\n"
                + "  - {name: D, agents: {desk: 5}, rotation: {cycle: [off, off, early, early, late, late, night, night], from: 2026-11-10}}\n");
        List<Warning> breaks = of(s, "breaks.together");
        assertEquals(1, breaks.size(), lines(breaks));
        assertEquals("shifts.early.breaks[0]", breaks.get(0).where().key());
        assertEquals("all 5 × desk of team A (shift 'early') take the 12:00 break (30m) together: agents on duty in group 'desk' drop from 5 to 0 at 2026-11-10 12:00; "
                + "stagger breaks: add split: 3 to the break (the agents take it in 3 slots one after the other), or split them over two shifts whose breaks are apart",
                WarningText.say(EN, breaks.get(0).said()), "split: 2 would still take 3 of the 5 off (5 to 2)");
        List<Warning> empty = of(s, "coverage.no_agent_on_duty");
        assertEquals(1, empty.size(), lines(empty));
        assertTrue(WarningText.say(EN, empty.get(0).said()).startsWith("no agent at all is on duty 2026-11-10 12:00 – 2026-11-10 12:30, while about 5 buyers"));
    }

    @Test
    void theBreakWarningSaysHowManyTakeItTogetherUnderItsSplitAndTheSplitThatStaggersThem() {
        // tea-shop.yaml's evening: 3 agents, a 30-min break at 18:00; split: 2 takes 2 of them off at once (3 to 1)
        String head = "name: t\nstart: 2026-11-11T00:00\nhorizon: 24h\n" + FLAT.replace("presale: 0.5, aftersale: 0.5", "presale: 1")
                + "agents: [{group: service, skills: [presale]}]\n";
        java.util.function.Function<String, Scenario> tea = split -> yaml(head
                + "shifts: {day: {from: \"00:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"18:00\", for: 30m" + split + "}]}}\n"
                + "roster: [{group: service, shift: day, agents: 1}, {group: service, shift: evening, agents: 3}]\n");
        List<Warning> two = of(tea.apply(", split: 2"), "breaks.together");
        assertEquals(1, two.size(), lines(two));
        assertEquals("2 of the 3 × service of roster[1] (shift 'evening', split: 2) take the 18:00 break (30m) together: agents on duty in group 'service' drop from 3 to 1 at 2026-11-11 18:00; "
                + "stagger breaks: change the break's split: 2 to split: 3 (the agents take it in 3 slots one after the other), or split them over two shifts whose breaks are apart",
                WarningText.say(EN, two.get(0).said()));
        assertEquals("roster[1]（“evening”班，split: 2）3 名 service 客服中的 2 名同时在 18:00 休息（30分钟）：“service”组在岗人数在 2026-11-11 18:00 从 3 降到 1；"
                + "请错开休息：把该休息的 split: 2 改为 split: 3（客服分 3 段先后休息），或分成休息时间不同的两个班次",
                WarningText.say(ZH, two.get(0).said()));
        List<Warning> none = of(tea.apply(""), "breaks.together");
        assertEquals(1, none.size(), lines(none));
        assertEquals("all 3 × service of roster[1] (shift 'evening') take the 18:00 break (30m) together: agents on duty in group 'service' drop from 3 to 0 at 2026-11-11 18:00; "
                + "stagger breaks: add split: 3 to the break (the agents take it in 3 slots one after the other), or split them over two shifts whose breaks are apart",
                WarningText.say(EN, none.get(0).said()), "split: 2 leaves 1 of 3 on duty, still below half");
        assertEquals("roster[1]（“evening”班）的全部 3 名 service 客服同时在 18:00 休息（30分钟）：“service”组在岗人数在 2026-11-11 18:00 从 3 降到 0；"
                + "请错开休息：给该休息加 split: 3（客服分 3 段先后休息），或分成休息时间不同的两个班次",
                WarningText.say(ZH, none.get(0).said()));
        assertEquals(List.of(), of(tea.apply(", split: 3"), "breaks.together"), "one at a time: 3 to 2");
        // four on a shift: split: 2 leaves two, half the desk, and is the advice
        List<Warning> four = of(yaml(head.replace("start: 2026-11-11T00:00", "start: 2026-11-11T00:00")
                + "shifts: {day: {from: \"00:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"18:00\", for: 30m}]}}\n"
                + "roster: [{group: service, shift: day, agents: 1}, {group: service, shift: evening, agents: 4}]\n"), "breaks.together");
        assertTrue(WarningText.say(EN, four.get(0).said()).contains("stagger breaks: add split: 2 to the break"), lines(four));
        // no split fits: a break at 23:00 in a shift ending at 24:00 has room for one 30-min slot (two would end with the shift, which the loader refuses)
        List<Warning> late = of(yaml(head
                + "shifts: {day: {from: \"00:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"23:00\", for: 30m}]}}\n"
                + "roster: [{group: service, shift: day, agents: 1}, {group: service, shift: evening, agents: 3}]\n"), "breaks.together");
        assertTrue(WarningText.say(EN, late.get(0).said()).endsWith("stagger breaks: no split of the break fits its slots inside the shift; split the agents over two shifts whose breaks are apart"), lines(late));
    }

    @Test
    void implausibleMagnitudesAreSaidWithTheLikelySlipAndRunAsGiven() throws Exception {
        String head = "name: t\nstart: 2026-11-11T00:00\nhorizon: 24h\n" + FLAT.replace("presale: 0.5, aftersale: 0.5", "presale: 1")
                + "shifts: {day: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: service, shift: day, agents: 2}]\n";
        // reply_time mean: 30m typed for 30s
        List<Warning> reply = of(yaml(head + "agents: [{group: service, skills: [presale], monthly_pay: 4500, reply_time: {dist: lognormal, mean: 30m, sd: 20s}}]\n"),
                "inputs.implausible");
        assertEquals(1, reply.size(), lines(reply));
        assertEquals("agents[0].reply_time.mean", reply.get(0).where().key());
        assertEquals("group 'service' takes 30m on average to type a chat reply (reply_time mean), over 10m: a chat reply takes seconds to a minute or two, "
                + "and buyers give up long before; likely a unit slip (30s meant?). Run as given", WarningText.say(EN, reply.get(0).said()));
        assertEquals("客服组“service”平均每条会话回复要 30m（reply_time 的 mean），超过 10m：一条会话回复通常只要几秒到一两分钟，买家早已放弃；可能是单位写错（本意是 30s？）。按所写运行",
                WarningText.say(ZH, reply.get(0).said()));
        assertEquals(List.of(), of(yaml(head + "agents: [{group: service, skills: [presale], monthly_pay: 4500, reply_time: {dist: lognormal, mean: 10m, sd: 20s}}]\n"),
                "inputs.implausible"), "10 minutes is the bound, not over it");
        // monthly_pay: 450000 for 4500
        List<Warning> monthly = of(yaml(head + "agents: [{group: service, skills: [presale], monthly_pay: 450000, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}]\n"),
                "inputs.implausible");
        assertEquals(1, monthly.size(), lines(monthly));
        assertEquals("agents[0].monthly_pay", monthly.get(0).where().key());
        assertEquals("group 'service' is paid 450,000 CNY a month (monthly_pay), over 100,000: a customer-service agent is paid a few thousand; "
                + "likely zeros too many (4,500 meant?). Run as given: the labour cost counts it", WarningText.say(EN, monthly.get(0).said()));
        // hourly_pay: 2500 for 25
        List<Warning> hourly = of(yaml(head + "agents: [{group: service, skills: [presale], pay: hourly, hourly_pay: 2500, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}]\n"),
                "inputs.implausible");
        assertEquals(1, hourly.size(), lines(hourly));
        assertTrue(WarningText.say(EN, hourly.get(0).said()).startsWith("group 'service' is paid 2,500 CNY an hour (hourly_pay), over 1,000: "), lines(hourly));
        assertTrue(WarningText.say(EN, hourly.get(0).said()).contains("(25 meant?)"), lines(hourly));
        // a pay below the minimum is shown as given: 4.5, not 5
        List<Warning> low = of(yaml(head + "agents: [{group: service, skills: [presale], monthly_pay: 4.5, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}]\n"),
                "pay.below_minimum_wage");
        assertTrue(WarningText.say(EN, low.get(0).said()).startsWith("group 'service' is paid 4.5 CNY a month, below the minimum monthly wage of 2,740 "), lines(low));
        assertTrue(WarningText.say(ZH, low.get(0).said()).startsWith("客服组“service”月薪 4.5 元，低于最低月工资 2,740 元"), lines(low));
        try (Stream<Path> files = Files.list(Path.of("scenarios/shops"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList())
                assertEquals(List.of(), of(ScenarioLoader.load(f, List.of()), "inputs.implausible"), f.toString());
        }
    }

    @Test
    void monthlyPaidHoursWrittenAsDaysAreSaidWithTheHours() {
        String head = "name: t\nstart: 2026-11-11T00:00\nhorizon: 24h\n" + FLAT.replace("presale: 0.5, aftersale: 0.5", "presale: 1")
                + "shifts: {day: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: service, shift: day, agents: 2}]\n"
                + "agents: [{group: service, skills: [presale], monthly_pay: 4500}]\n";
        List<Warning> days = of(yaml(head + "costs: {monthly_paid_hours: 21.75}\n"), "inputs.implausible");
        assertEquals(1, days.size(), lines(days));
        assertEquals("costs.monthly_paid_hours", days.get(0).where().key());
        assertEquals("21.75 paid hours a month is below 80: a full-time month is 174 paid hours (21.75 days × 8 h); 21.75 looks like days a month (月计薪天数): "
                + "as hours that is 21.75 × 8 = 174. Run as given: overtime (and an hourly group's default pay) is paid at monthly pay / 21.75 an hour",
                WarningText.say(EN, days.get(0).said()));
        assertEquals("每月计薪 21.75 小时，低于 80 小时：全日制每月计薪 174 小时（21.75 天 × 8 小时）；21.75 像是月计薪天数：换成小时是 21.75 × 8 = 174。"
                + "按所写运行：加班（及按小时计薪组的默认时薪）按月薪 / 21.75 计时薪", WarningText.say(ZH, days.get(0).said()));
        List<Warning> low = of(yaml(head + "costs: {monthly_paid_hours: 40}\n"), "inputs.implausible");
        assertEquals(1, low.size(), lines(low));
        assertTrue(WarningText.say(EN, low.get(0).said()).contains("likely a slip (174 meant?)"), lines(low));
        assertEquals(List.of(), of(yaml(head + "costs: {monthly_paid_hours: 80}\n"), "inputs.implausible"), "80 is the bound, not below it");
        assertEquals(List.of(), of(yaml(head + "costs: {monthly_paid_hours: 174}\n"), "inputs.implausible"));
    }

    @Test
    void everyoneOnOneEveningBreakAtThePeakIsWarnedAndTwinShiftsAreNot() {
        String head = "name: t\nstart: 2026-11-11T00:00\nhorizon: 24h\n" + FLAT.replace("presale: 0.5, aftersale: 0.5", "presale: 1")
                + "agents: [{group: desk, skills: [presale]}]\n";
        Scenario one = yaml(head + "shifts: {eve: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"21:00\", for: 30m}]}, day: {from: \"00:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: eve, agents: 8}, {group: desk, shift: day, agents: 2}]\n");
        List<Warning> ws = of(one, "breaks.together");
        assertEquals(1, ws.size(), lines(ws));
        assertTrue(WarningText.say(EN, ws.get(0).said()).contains("agents on duty in group 'desk' drop from 8 to 0 at 2026-11-11 21:00"), lines(ws));
        Scenario twins = yaml(head + "shifts: {eve_a: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"21:00\", for: 30m}]},"
                + " eve_b: {from: \"16:00\", to: \"24:00\", breaks: [{at: \"21:30\", for: 30m}]}, day: {from: \"00:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: eve_a, agents: 4}, {group: desk, shift: eve_b, agents: 4}, {group: desk, shift: day, agents: 2}]\n");
        assertEquals(List.of(), of(twins, "breaks.together"));
    }

    @Test
    void aGroupNeverOnDutyIsSaid() {
        Scenario s = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n" + FLAT
                + "agents: [{group: pre, skills: [presale]}, {group: after, skills: [aftersale]}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: pre, shift: all, agents: 2}, {group: after, shift: all, agents: 0}]\n");
        List<Warning> ws = of(s, "coverage.type_never_on_duty");
        assertEquals(1, ws.size(), lines(ws));
        assertEquals("买家类型“aftersale”（占需人工接待买家的 50%）只有 after 能接待，而该组从未有人在岗：这些买家都会等到离开", WarningText.say(ZH, ws.get(0).said()));
    }

    @Test
    void behaviourLeftToTheIllustrativeDefaultsIsSaidOnceListingEveryKey() {
        // nothing on buyers or the desk's typing: patience, messages, think and reply times, the
        // presale conversion and its decay, the order value, the mix and the chat concurrency are
        // kefusim's illustrative defaults, and the service level is theirs, not the shop's
        Scenario bare = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale, complaint]}, {group: spare, skills: [presale]}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        List<Warning> ws = of(bare, "defaults.illustrative");
        assertEquals(1, ws.size(), lines(ws));
        String en = WarningText.say(EN, ws.get(0).said());
        assertTrue(en.startsWith("not in the file, so these run on kefusim's illustrative defaults, not your shop's numbers: demand.mix, "
                + "buyers.presale.patience, buyers.presale.messages, buyers.presale.think_time, buyers.presale.conversion, "
                + "buyers.presale.conversion_factor, buyers.presale.order_value, buyers.aftersale.patience, "), en);
        assertTrue(en.contains("buyers.complaint.think_time, agents[0].reply_time, agents[0].concurrency (their values"), en);
        assertTrue(!en.contains("agents[1]"), "a group on no roster reaches nothing: " + en);
        assertTrue(WarningText.say(ZH, ws.get(0).said()).startsWith("文件中没有给出以下输入，因此使用 kefusim 的示意默认值，而不是店铺自己的数据：demand.mix、buyers.presale.patience、"));

        // everything that reaches the model written: nothing to say. Think time is not needed when a
        // chat has one message, conversion's decay and order value not for a type that never orders,
        // concurrency not for a phone desk, and a type the mix gives no share sends no buyers
        Scenario full = yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 0, aftersale: 1}}\n"
                + "buyers: {aftersale: {patience: {dist: exponential, mean: 5m}, messages: {dist: constant, value: 1}}}\n"
                + "agents: [{group: desk, skills: [aftersale, presale], channel: phone, reply_time: {dist: exponential, mean: 3m}}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 3}]\n");
        assertEquals(List.of(), of(full, "defaults.illustrative"));
        // the examples write every one of them
        for (String f : List.of("scenarios/double11-medium-shop.yaml", "scenarios/small-shop-ordinary-day.yaml", "scenarios/small-shop-four-teams.yaml",
                "scenarios/classroom-response-time.yaml", "scenarios/trace-replay.yaml", "scenarios/shops/tea-shop.yaml",
                "scenarios/shops/shoe-shop.yaml", "scenarios/shops/toy-shop.yaml")) {
            try {
                assertEquals(List.of(), of(ScenarioLoader.load(Path.of(f), List.of()), "defaults.illustrative"), f);
            } catch (Exception e) {
                throw new AssertionError(f, e);
            }
        }
    }
}
