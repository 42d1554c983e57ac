package io.kefusim.sanity;

import io.kefusim.cli.CliRunner;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/**
 * pay.salaried_few_days: monthly-paid people hired only for a few dates (staff --by-date's sale-day
 * roster) are said, with what a shop does instead (pay: hourly); a few sale-day extras beside the
 * everyday rota (the examples' 11 November) and temporary staff are not.
 */
class FewDaysCheckTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String HEAD = "name: few\nstart: 2026-11-10T00:00\nhorizon: 48h\n"
            + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
            + "shifts: {day: {from: \"08:00\", to: \"16:00\"}}\n";
    private static final String DESK = "agents: [{group: desk, skills: [presale], monthly_pay: 4500}]\n";

    private static List<Warning> few(Scenario s) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("pay.salaried_few_days")).toList();
    }

    /** 10 positions on each of the two days only: 10 people, all of them for two days (salaries 2/30 of a month). */
    @Test
    void aRosterOfDatedShiftsOnlyIsSaidWithWhatAShopDoesInstead() {
        Scenario s = yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 10, dates: [2026-11-10, 2026-11-11]}]\n");
        List<Warning> ws = few(s);
        assertEquals(1, ws.size());
        assertEquals("roster[0].dates", ws.get(0).where().key());
        assertEquals("group 'desk' employs its 10 people on monthly pay for dated shifts only, on 2 of the run's days (2026-11-10, 2026-11-11), fewer than "
                + "3 days a week: no shop hires salaried staff for a few days, yet the labour cost charges each of them only those days' share of a month's "
                + "salary (pro rata, docs/reference/money.md). Hire sale-day extras as temporary staff: put those positions in a group with pay: hourly "
                + "(hourly_pay, CNY an hour, agency fee included), or count each person a whole month's salary", WarningText.say(EN, ws.get(0).said()));
        assertTrue(WarningText.say(ZH, ws.get(0).said()).startsWith("客服组“desk”的 10 名月薪员工只在带日期的班次上班，即运行期中的 2 天（2026-11-10, 2026-11-11），每周不足 3 天"),
                WarningText.say(ZH, ws.get(0).said()));
    }

    /**
     * 2 everyday positions (2 × 7 / 5 = 2.8: 3 people) and 10 more on 11-11: 12 people (the busiest
     * day), 9 of them only for that day, more than the 3: said. 10 everyday (14) and 4 more (15):
     * one extra beside 14, not said; nor the same 10 dated positions on pay: hourly.
     */
    @Test
    void onlyMoreSaleDayPeopleThanTheEverydayRotaAreSaid() {
        List<Warning> ws = few(yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: day, agents: 10, dates: [2026-11-11]}]\n"));
        assertEquals(1, ws.size());
        assertEquals("roster[1].dates", ws.get(0).where().key());
        String en = WarningText.say(EN, ws.get(0).said());
        assertTrue(en.startsWith("group 'desk' employs 9 of its 12 people on monthly pay only for its dated shifts, on 1 of the run's days (2026-11-11), "), en);
        assertTrue(en.endsWith("or count a month's salary for each person beyond the 3 the everyday rota employs"), en);
        assertEquals(List.of(), few(yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 10}, {group: desk, shift: day, agents: 4, dates: [2026-11-11]}]\n")));
        assertEquals(List.of(), few(yaml(HEAD + "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "roster: [{group: desk, shift: day, agents: 10, dates: [2026-11-10, 2026-11-11]}]\n")), "temporary staff by the hour");
        // a week with dated shifts on five of its days: a salaried person's week
        assertEquals(List.of(), few(yaml(HEAD.replace("start: 2026-11-10T00:00\nhorizon: 48h", "start: 2026-11-16T00:00\nhorizon: 7d") + DESK
                + "roster: [{group: desk, shift: day, agents: 10, dates: [2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19, 2026-11-20]}]\n")));
    }

    /** It travels as the other warnings do: console and summary.json of a run, in both languages. */
    @Test
    void aRunSaysItOnTheConsoleAndInSummaryJson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("few.yaml");
        Files.writeString(f, HEAD + DESK + "replications: 1\nroster: [{group: desk, shift: day, agents: 10, dates: [2026-11-10, 2026-11-11]}]\n");
        CliRunner.Result en = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.err().contains(f + ":8: roster[0].dates: group 'desk' employs its 10 people on monthly pay for dated shifts only"), en.err());
        try (var runs = Files.list(dir.resolve("en/few"))) {
            Path run = runs.findFirst().orElseThrow();
            String summary = Files.readString(run.resolve("summary.json"));
            assertTrue(summary.contains("\"code\" : \"pay.salaried_few_days\""), summary);
        }
        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("roster[0].dates: 客服组“desk”的 10 名月薪员工只在带日期的班次上班"), zh.err());
    }
}
