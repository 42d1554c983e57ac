package io.kefusim.sanity;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/** Monthly pay below the city's minimum wage is warned, naming the group and the key; temporary staff by the hour are not. */
class PayCheckTest {
    private static List<Warning> pay(String agents, String costs) {
        Scenario s = yaml("name: pay\nstart: 2026-11-11T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: " + agents + "\nshifts: {a: {from: \"00:00\", to: \"12:00\"}, b: {from: \"12:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: a, agents: 2}, {group: desk, shift: b, agents: 2}]\n" + costs);
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("pay.below_minimum_wage")).toList();
    }

    @Test
    void theSeedsJuniorPayIsBelowShanghaisMinimum() {
        List<Warning> ws = pay("[{group: desk, skills: [presale]}]", "");
        assertEquals(1, ws.size());
        assertEquals("agents[0].monthly_pay", ws.get(0).where().key());
        // the file gives no monthly_pay: the warning says the 1,500 is the level's default, not the file's figure
        assertEquals("group 'desk' has no monthly_pay, so it is paid its level's default, 1,500 CNY a month (junior), below the minimum monthly wage "
                + "of 2,740 (costs.minimum_monthly_wage): the labour cost is lower than a shop may legally pay unless commission makes up the "
                + "difference every month; set the group's real monthly_pay", WarningText.say(new Text("en"), ws.get(0).said()));
        assertTrue(WarningText.say(new Text("zh"), ws.get(0).said()).startsWith("客服组“desk”没有填写 monthly_pay，因此按其级别（初级）的默认月薪 1,500 元计，低于最低月工资 2,740 元"),
                WarningText.say(new Text("zh"), ws.get(0).said()));
        // written, it is the file's own figure
        List<Warning> own = pay("[{group: desk, skills: [presale], level: senior, monthly_pay: 2000}]", "");
        assertEquals("group 'desk' is paid 2,000 CNY a month, below the minimum monthly wage of 2,740 (costs.minimum_monthly_wage): the labour cost is "
                + "lower than a shop may legally pay unless commission makes up the difference every month; set the group's real monthly_pay",
                WarningText.say(new Text("en"), own.get(0).said()));
        assertTrue(WarningText.say(new Text("zh"), own.get(0).said()).startsWith("客服组“desk”月薪 2,000 元，低于最低月工资 2,740 元"));
    }

    @Test
    void aCitysOwnMinimumAndHourlyStaff() {
        assertEquals(0, pay("[{group: desk, skills: [presale], monthly_pay: 3000}]", "").size());
        assertEquals(1, pay("[{group: desk, skills: [presale], monthly_pay: 3000}]", "costs: {minimum_monthly_wage: 3500}\n").size());
        assertEquals(0, pay("[{group: desk, skills: [presale], pay: hourly, hourly_pay: 25}]", "").size(), "temporary staff are paid by the hour");
    }
}
