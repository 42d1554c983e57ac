package io.kefusim.sanity;

import io.kefusim.cli.CliRunner;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/** Settings the user wrote that change nothing, given the rest of the file, are said ({@code inputs.unread}). */
class UnreadCheckTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");
    private static final String HEAD = "name: t\nstart: 2026-11-18T00:00\nhorizon: 24h\n"
            + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 0.5, aftersale: 0.5}}\n";
    private static final String DESK = "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n";

    @TempDir
    Path dir;

    private static List<String> unread(Scenario s, Text t) {
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("inputs.unread")).map(w -> w.where().key() + ": " + WarningText.say(t, w.said())).toList();
    }

    @Test
    void orderSettingsOfATypeThatNeverOrdersAreSaid() throws Exception {
        // aftersale's conversion is 0 by default; presale's written 0: their order settings reach nothing
        Scenario s = yaml(HEAD + "buyers: {presale: {conversion: 0, order_value: 80, silent_buy: 0.5}, aftersale: {order_value: 150, conversion_interpolation: linear}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale], monthly_pay: 4500}]\n" + DESK
                + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: night, agents: 2}]\n");
        assertEquals(List.of(
                "buyers.presale.silent_buy: 'presale' buyers never order (the file gives them conversion 0), so these settings of theirs change nothing: "
                        + "buyers.presale.silent_buy, buyers.presale.order_value; give the type its conversion, or delete them",
                "buyers.aftersale.order_value: 'aftersale' buyers never order (conversion is not in the file, and its default for this type is 0), so these settings "
                        + "of theirs change nothing: buyers.aftersale.order_value, buyers.aftersale.conversion_interpolation; give the type its conversion, or delete them"),
                unread(s, EN));
        assertEquals("buyers.presale.silent_buy: “presale”买家不会下单（文件中其 conversion 为 0），因此这些设置不起作用：buyers.presale.silent_buy、buyers.presale.order_value；"
                + "请给该类型填写 conversion，或删去这些设置", unread(s, ZH).get(0));
        // the tester's probe: a --set on the example, placed at the option
        Scenario probe = ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of(Assignment.set("buyers.aftersale.order_value=150")));
        List<Warning> ws = ScenarioSanity.check(probe).stream().filter(w -> w.code().equals("inputs.unread")).toList();
        assertEquals(1, ws.size());
        assertEquals("--set: buyers.aftersale.order_value", ws.get(0).where().toString());
        // conversion 0 given by --set: the file's conversion is 0.40, so the file neither gives them 0 nor holds it at silent_buy's line
        Scenario noOrders = ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of(Assignment.set("buyers.presale.conversion=0")));
        List<Warning> set = ScenarioSanity.check(noOrders).stream().filter(w -> w.code().equals("inputs.unread")).toList();
        assertEquals(1, set.size());
        assertEquals("--set: buyers.presale.conversion", set.get(0).where().toString());
        assertEquals("--set: buyers.presale.conversion: 'presale' buyers never order (--set buyers.presale.conversion=0 gives them conversion 0), so these settings "
                + "of theirs change nothing: buyers.presale.silent_buy, buyers.presale.order_value, buyers.presale.margin, buyers.presale.conversion_factor; "
                + "give the type its conversion, or delete them", WarningText.line(EN, set.get(0)));
        assertEquals("“presale”买家不会下单（--set buyers.presale.conversion=0 把其 conversion 设为 0），因此这些设置不起作用：buyers.presale.silent_buy、"
                + "buyers.presale.order_value、buyers.presale.margin、buyers.presale.conversion_factor；请给该类型填写 conversion，或删去这些设置",
                WarningText.say(ZH, set.get(0).said()));
        // a type that orders: nothing to say
        assertEquals(List.of(), unread(yaml(HEAD + "buyers: {aftersale: {conversion: 0.1, order_value: 150}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale], monthly_pay: 4500}]\n" + DESK
                + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: night, agents: 2}]\n"), EN));
    }

    @Test
    void conversionZeroSetByAVariantIsSaidAsTheVariantsAtItsLine() throws Exception {
        // the classroom's buyers order (conversion 0.40 in the file); a variant sets it to 0: before, the warning said
        // "the file gives them conversion 0" at order_value's line, where the file gives 0.40
        String text = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        Path f = dir.resolve("conv0.yaml");
        Files.writeString(f, text.substring(0, text.indexOf("variants:")) + "variants:\n  - name: no-orders\n    set:\n      \"buyers.presale.conversion\": 0\n");
        int line = (int) text.substring(0, text.indexOf("variants:")).lines().count() + 4;
        List<ScenarioLoader.Plan> plans = ScenarioLoader.loadWithVariants(f, List.of());
        assertEquals(List.of(), ScenarioSanity.check(plans.get(0).scenario()).stream().filter(w -> w.code().equals("inputs.unread")).toList());
        List<Warning> ws = ScenarioSanity.check(plans.get(1).scenario()).stream().filter(w -> w.code().equals("inputs.unread")).toList();
        assertEquals(1, ws.size());
        assertEquals(f + ":" + line + ": buyers.presale.conversion", ws.get(0).where().toString());
        assertEquals("'presale' buyers never order (variant 'no-orders' sets their conversion to 0 at " + f + ":" + line + "), so these settings of theirs "
                + "change nothing in that plan: buyers.presale.order_value, buyers.presale.conversion_factor, buyers.presale.conversion_interpolation; "
                + "give the type its conversion, or delete them", WarningText.say(EN, ws.get(0).said()));
        assertEquals("“presale”买家不会下单（变体“no-orders”在 " + f + ":" + line + " 把其 conversion 设为 0），因此这些设置在该方案中不起作用："
                + "buyers.presale.order_value、buyers.presale.conversion_factor、buyers.presale.conversion_interpolation；请给该类型填写 conversion，或删去这些设置",
                WarningText.say(ZH, ws.get(0).said()));
        // as compare prints it, under the plan's name
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "2", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: [no-orders] " + f + ":" + line + ": buyers.presale.conversion: 'presale' buyers never order (variant 'no-orders' sets"), r.err());
        assertFalse((r.out() + r.err()).contains("the file gives them conversion 0"), r.err());
    }

    @Test
    void aLevelBesideItsPayIsSaidAndALevelAloneIsNot() throws Exception {
        Scenario s = yaml(HEAD + "agents: [{group: desk, skills: [presale, aftersale], level: manager, monthly_pay: 4500}, "
                + "{group: temps, skills: [presale], level: senior, pay: hourly, hourly_pay: 30, monthly_pay: 4000}, {group: seniors, skills: [aftersale], level: senior}]\n" + DESK
                + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: night, agents: 2}, {group: temps, shift: day, agents: 1}, {group: seniors, shift: day, agents: 1}]\n");
        assertEquals(List.of(
                "agents[0].level: group 'desk': level manager changes nothing: a level only sets the default pay, and the group's monthly_pay is given; delete the level",
                "agents[1].level: group 'temps': level senior changes nothing: a level only sets the default pay, and the group's hourly_pay is given; delete the level"),
                unread(s, EN));
        // temps are paid by the hour: its hourly_pay is named, not the monthly_pay a written-back file also holds (tester12)
        assertEquals("agents[0].level: 客服组“desk”：level manager 不起作用：级别只决定默认工资，而该组已给出 monthly_pay；请删去 level", unread(s, ZH).get(0));
        // the examples give pay, not levels: no false alarm, and no published figure depends on a level
        for (String f : List.of("scenarios/double11-medium-shop.yaml", "scenarios/small-shop-ordinary-day.yaml", "scenarios/small-shop-four-teams.yaml",
                "scenarios/trace-replay.yaml", "scenarios/classroom-response-time.yaml")) {
            assertEquals(List.of(), unread(ScenarioLoader.load(Path.of(f), List.of()), EN), f);
        }
    }

    @Test
    void aRestDayFactorNoTeamIsPaidIsSaid() {
        String teams = "teams:\n  - {name: A, agents: {desk: 2}, rotation: {template: day_night, team: 0, swap_every: 7, from: 2026-11-16}}\n"
                + "  - {name: B, agents: {desk: 2}, rotation: {template: day_night, team: 1, swap_every: 7, from: 2026-11-16}}\n";
        String agents = "agents: [{group: desk, skills: [presale, aftersale], monthly_pay: 4500}]\n";
        Scenario comprehensive = yaml(HEAD + agents + teams + "labour: {working_time: comprehensive}\ncosts: {rest_day_factor: 5}\n");
        assertEquals(List.of("costs.rest_day_factor: ×5 changes nothing: rest days worked are paid apart only to teams under "
                + "labour.working_time: standard, and every team here works under comprehensive or flexible (docs/reference/money.md); delete it, "
                + "or set the working-time system your teams really have"), unread(comprehensive, EN));
        // one team under standard pays it
        assertEquals(List.of(), unread(yaml(HEAD + agents + teams.replace("from: 2026-11-16}}\n  -", "from: 2026-11-16}, working_time: standard}\n  -")
                + "labour: {working_time: comprehensive}\ncosts: {rest_day_factor: 5}\n"), EN));
        // a roster and no team: a roster position earns no rest-day pay
        Scenario roster = yaml(HEAD + agents + DESK + "roster: [{group: desk, shift: day, agents: 2}, {group: desk, shift: night, agents: 2}]\ncosts: {rest_day_factor: 3}\n");
        assertEquals(List.of("costs.rest_day_factor: ×3 changes nothing: rest days worked are paid apart only to members of rotating teams "
                + "(teams) under labour.working_time: standard, and this file has no team with agents (a roster line earns no rest-day pay: docs/reference/money.md); delete it"),
                unread(roster, EN));
        // the key once, in the warning's place, not again in its words (t16), in both languages
        assertEquals(List.of("costs.rest_day_factor: ×3 不起作用：只有 labour.working_time 为 standard 的轮班小组（teams）成员才单独支付休息日加班工资，"
                + "而本文件没有有人的小组（roster 排班不计休息日加班，见 docs/reference/money.md）；请删去它"), unread(roster, ZH));
        assertTrue(unread(comprehensive, ZH).get(0).startsWith("costs.rest_day_factor: ×5 不起作用：只有 labour.working_time 为 standard 的轮班小组才单独支付"), unread(comprehensive, ZH).get(0));
        // not written: nothing to say
        assertEquals(List.of(), unread(yaml(HEAD + agents + teams + "labour: {working_time: comprehensive}\n"), EN));
    }

    @Test
    void aSweepWhosePointsAllCostTheSameNamesNoLowest() throws Exception {
        Path f = dir.resolve("rdf.yaml");
        String agents = "agents: [{group: desk, skills: [presale, aftersale], monthly_pay: 4500, concurrency: 3}]\n";
        Files.writeString(f, HEAD.replace("horizon: 24h", "horizon: 8h").replace("[10,", "[2,").replace(",10,", ",2,").replace(",10]", ",2]") + agents
                + "shifts: {day: {from: \"00:00\", to: \"08:00\"}}\nroster: [{group: desk, shift: day, agents: 1}]\n");
        CliRunner.Result r = CliRunner.kefusim("sweep", f.toString(), "--vary", "costs.rest_day_factor=2,5", "--replications", "2", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The cost to the shop is the same at every point: "), r.out());
        assertFalse(r.out().contains("is lowest at"), r.out());
        assertTrue(r.err().contains("costs.rest_day_factor: ×2 changes nothing"), r.err());
    }
}
