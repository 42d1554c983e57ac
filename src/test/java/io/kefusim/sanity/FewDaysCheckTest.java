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
 * roster, or one sale-day extra beside the everyday rota) are said, with what a shop does instead
 * (pay: hourly, or a team's rotation for its own people's extra day); temporary staff are not.
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
                + "3 days a week: the labour cost charges each of them only those days' share of a month's salary (pro rata, docs/reference/money.md), "
                + "which no shop pays for a few days' work. Temporary staff: put those positions in a group with pay: hourly (hourly_pay, CNY an hour, "
                + "agency fee included). Your own salaried people working an extra day: a dated roster line pays no rest-day premium; write them as a team "
                + "under working_time: standard whose rotation works that day as a sixth day of its week (paid at costs.rest_day_factor), or count each "
                + "person a whole month's salary", WarningText.say(EN, ws.get(0).said()));
        assertTrue(WarningText.say(ZH, ws.get(0).said()).startsWith("客服组“desk”的 10 名月薪员工只在带日期的班次上班，即运行期中的 2 天（2026-11-10, 2026-11-11），每周不足 3 天"),
                WarningText.say(ZH, ws.get(0).said()));
    }

    /**
     * 2 everyday positions (2 × 7 / 5 = 2.8: 3 people) and 10 more on 11-11: 12 people (the busiest
     * day), 9 of them only for that day: said. 19 everyday positions (26.6: 27 people) and 3 more on
     * 11-11 ((133 + 3) / 5 = 27.2: 28): one salaried person for one day beside 27, said too (until
     * this version only more dated-only people than everyday ones were, which hid the example's 18
     * beside 27). Not said: the same dated positions on pay: hourly; dated shifts on five days of a
     * week; a team under the standard system working the sale day as its sixth day (the shop's own
     * people, paid the rest-day premium).
     */
    @Test
    void everySalariedPersonHiredOnlyForTheSaleDayIsSaidHoweverFew() {
        List<Warning> ws = few(yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: day, agents: 10, dates: [2026-11-11]}]\n"));
        assertEquals(1, ws.size());
        assertEquals("roster[1].dates", ws.get(0).where().key());
        String en = WarningText.say(EN, ws.get(0).said());
        assertTrue(en.startsWith("group 'desk' employs 9 of its 12 people on monthly pay only for its dated shifts, on 1 of the run's days (2026-11-11), "), en);
        assertTrue(en.endsWith("or count a month's salary for each person beyond the 3 the everyday rota employs"), en);
        List<Warning> one = few(yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 19}, {group: desk, shift: day, agents: 3, dates: [2026-11-11]}]\n"));
        assertEquals(1, one.size(), "one salaried person for the sale day beside 27 everyday");
        assertEquals("group 'desk' employs 1 of its 28 people on monthly pay only for its dated shifts, on 1 of the run's days (2026-11-11), fewer than 3 days a week: "
                + "the labour cost charges each of them only those days' share of a month's salary (pro rata, docs/reference/money.md), which no shop pays for a "
                + "few days' work. Temporary staff: put those positions in a group with pay: hourly (hourly_pay, CNY an hour, agency fee included). Your own "
                + "salaried people working an extra day: a dated roster line pays no rest-day premium; write them as a team under working_time: standard whose "
                + "rotation works that day as a sixth day of its week (paid at costs.rest_day_factor), or count a month's salary for each person beyond the 27 "
                + "the everyday rota employs", WarningText.say(EN, one.get(0).said()));
        assertEquals("客服组“desk”的 28 名月薪员工中有 1 人只在带日期的班次上班，即运行期中的 1 天（2026-11-11），每周不足 3 天：人工成本只按这几天折算月薪（按日折算，"
                + "见 docs/reference/money.md），没有店铺这样为几天的工作付钱。若是临时工：把这些岗位放进 pay: hourly 的客服组（hourly_pay，每小时元数，含派遣费）。"
                + "若是自己的月薪员工多上一天班：带日期的排班行不付休息日加班工资；请把他们写成 working_time: standard 下的轮班小组（teams），其轮班让他们在那天上本周的"
                + "第六天班（按 costs.rest_day_factor 支付），或为日常排班所需 27 人以外的每人计整月工资", WarningText.say(ZH, one.get(0).said()));
        assertEquals(List.of(), few(yaml(HEAD + "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 25}]\n"
                + "roster: [{group: desk, shift: day, agents: 10, dates: [2026-11-10, 2026-11-11]}]\n")), "temporary staff by the hour");
        assertEquals(List.of(), few(yaml(HEAD + "agents: [{group: desk, skills: [presale], monthly_pay: 4500}, {group: temps, skills: [presale], pay: hourly, hourly_pay: 35}]\n"
                + "roster: [{group: desk, shift: day, agents: 19}, {group: temps, shift: day, agents: 3, dates: [2026-11-11]}]\n")),
                "the sale day's extras in a group of their own on pay: hourly, as the example hires them");
        // a week with dated shifts on five of its days: a salaried person's week
        assertEquals(List.of(), few(yaml(HEAD.replace("start: 2026-11-10T00:00\nhorizon: 48h", "start: 2026-11-16T00:00\nhorizon: 7d") + DESK
                + "roster: [{group: desk, shift: day, agents: 10, dates: [2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19, 2026-11-20]}]\n")));
        // the shop's own person working 11-11 as the sixth day of the week (off on 11-10): a team, paid the rest-day premium
        assertEquals(List.of(), few(yaml(HEAD + DESK + "roster: [{group: desk, shift: day, agents: 19}]\n"
                + "teams: [{name: sixth, agents: {desk: 1}, rotation: {cycle: [day, off, day, day, day, day, day], from: 2026-11-09}}]\n")));
    }

    /**
     * The Double 11 example hires its 11 November extras by the hour, in groups that reinforce the
     * salaried ones with their skills, concurrency and reply time (so the buyers are answered as
     * before, agent by agent), and says nothing; written as it was until this version, with the
     * extras in the salaried groups (18 beside 27 in presale, 5 beside 13 in aftersale), it is said.
     */
    @Test
    void theExampleHiresItsSaleDayExtrasByTheHourAndItsOldFormIsSaid() throws Exception {
        String text = Files.readString(Path.of("scenarios/double11-medium-shop.yaml"));
        Scenario s = io.kefusim.scenario.ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of());
        assertEquals(List.of(), few(s));
        for (String reinforced : List.of("presale", "aftersale")) {
            Scenario.AgentGroup temp = s.groups().get(s.groupIndex(reinforced + "_temp")), own = s.groups().get(s.groupIndex(reinforced));
            assertTrue(temp.hourly() && !own.hourly(), reinforced);
            assertEquals(35, temp.hourlyPay(), 0);
            assertEquals(own.skills(), temp.skills());
            assertEquals(own.concurrency(), temp.concurrency());
            assertEquals(own.replyTime(), temp.replyTime());
        }
        assertTrue(s.roster().stream().allMatch(e -> e.group().endsWith("_temp") == (e.dates() != null)), "the temps, and only they, on 11-11 only");
        Path old = Files.createTempFile("double11-old", ".yaml");
        Files.writeString(old, text.replace("_temp,", ","));
        List<Warning> ws = few(io.kefusim.scenario.ScenarioLoader.load(old, List.of()));
        Files.delete(old);
        assertEquals(List.of("roster[5].dates: group 'presale' employs 18 of its 45 people", "roster[15].dates: group 'aftersale' employs 5 of its 18 people"),
                ws.stream().map(w -> w.where().key() + ": " + WarningText.say(EN, w.said()).substring(0, WarningText.say(EN, w.said()).indexOf(" people") + 7)).toList());
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
