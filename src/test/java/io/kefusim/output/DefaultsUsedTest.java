package io.kefusim.output;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A results folder's scenario.yaml (and the studio's Save, and staff's optimised.yaml) writes every default
 * out; its {@code defaults_used} keeps which of them were kefusim's, so a run of it says what the first run said.
 */
class DefaultsUsedTest {
    private static final Text EN = new Text("en");
    /** design1: everything written but the presale conversion's decay (and what no warning needs). */
    private static final String DESIGN = "name: design1\nstart: 2026-11-18T00:00\nhorizon: 24h\nseed: 7\n"
            + "demand: {pattern: {hourly: [4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4]}, mix: {presale: 0.6, aftersale: 0.4}}\n"
            + "buyers:\n"
            + "  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 6}, think_time: {dist: lognormal, mean: 60s, sd: 40s}, conversion: 0.35, order_value: 120}\n"
            + "  aftersale: {patience: {dist: exponential, mean: 10m}, messages: {dist: geometric, mean: 8}, think_time: {dist: lognormal, mean: 60s, sd: 40s}}\n"
            + "agents: [{group: service, skills: [presale, aftersale], monthly_pay: 4500, concurrency: 5, reply_time: {dist: lognormal, mean: 30s, sd: 20s}}]\n"
            + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
            + "roster: [{group: service, shift: day, agents: 2}, {group: service, shift: night, agents: 2}]\n"
            // 12 h of work a day is beyond the standard system's 8 + 3 (labour.daily_overtime): a 综合工时 desk, whose warnings are not this test's
            + "labour: {working_time: comprehensive}\n";

    @TempDir
    Path dir;

    private static List<String> said(Scenario s) {
        return ScenarioSanity.check(s).stream().map(w -> w.code() + ": " + WarningText.say(EN, w.said())).toList();
    }

    private Scenario load(String name, String text, String... sets) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return ScenarioLoader.load(f, java.util.Arrays.stream(sets).map(Assignment::set).toList());
    }

    @Test
    void theSavedScenarioSaysTheDefaultsTheFileLeftOutAsTheFileDid() throws Exception {
        Scenario first = load("design1.yaml", DESIGN);
        List<String> once = said(first);
        assertEquals(1, once.size(), once.toString());
        assertTrue(once.get(0).startsWith("defaults.illustrative: not in the file, so these run on kefusim's illustrative defaults, not your shop's numbers: "
                + "buyers.presale.conversion_factor (their values"), once.get(0));

        String saved = ResultsWriter.scenarioYaml(first);
        assertTrue(saved.contains("\n# defaults_used: keys above that your file left out; their values are kefusim's defaults, not your shop's own figures, "
                + "and the warnings say so. Delete a key from the list once its value is your own\n# defaults_used：上面这些键原文件没有写"), saved);
        assertTrue(saved.contains("\ndefaults_used:\n- \"replications\"\n- \"buyers.presale.silent_buy\"\n- \"buyers.presale.conversion_factor\"\n"), saved);
        Scenario again = load("scenario.yaml", saved);
        assertEquals(once, said(again), "run, scenario.yaml, run again: the same warnings");
        Warning w = ScenarioSanity.check(again).get(0);
        assertEquals("buyers.presale.conversion_factor", w.where().key());
        assertEquals(dir.resolve("scenario.yaml").toString(), w.where().file());
        // written again, the same text (the list kept, not grown or lost)
        assertEquals(saved, ResultsWriter.scenarioYaml(again));

        // the user who deletes the key from the list takes ownership of the value written above it: nothing to say
        Scenario owned = load("owned.yaml", saved.replace("- \"buyers.presale.conversion_factor\"\n", ""));
        assertEquals(List.of(), said(owned));
        // and so does one who deletes the whole list, of every value written: the illustrative defaults are no longer said,
        // and nothing kefusim wrote is said to change nothing: the defaults that would (aftersale's order settings, as it never
        // orders; the level beside the pay; the rest-day factor with no team) are not written at all (they were, and the
        // deleted list left 3 inputs.unread about kefusim's own values)
        String aftersale = saved.substring(saved.indexOf("\n  aftersale:\n"), saved.indexOf("\nagents:"));
        for (String idle : List.of("silent_buy", "order_value", "conversion_factor", "conversion_interpolation")) {
            assertFalse(aftersale.contains(idle + ":"), aftersale);
        }
        assertTrue(saved.contains("\n  aftersale:\n") && saved.contains("\n    conversion: 0.0\n    unanswered_cost: 0.0\n"), saved);
        assertFalse(saved.contains("level:"), saved);
        assertFalse(saved.contains("rest_day_factor"), saved);
        assertTrue(saved.contains("\n    order_value: 120.0\n"), saved); // presale orders: written
        Scenario none = load("none.yaml", saved.substring(0, saved.indexOf("defaults_used:")));
        assertEquals(List.of(), said(none));
        // the same scenario read back: the same figures' inputs
        assertEquals(first.groups().get(0).level(), none.groups().get(0).level());
        assertEquals(first.costs().restDayFactor(), none.costs().restDayFactor());
        assertEquals(first.buyers().get(1).orderValue(), none.buyers().get(1).orderValue());
        assertEquals(first.buyers().get(1).conversionFactor().otherwise(), none.buyers().get(1).conversionFactor().otherwise());
        // a --set of the key (or a key inside it) is the user's own value too
        assertEquals(List.of(), said(load("scenario.yaml", saved, "buyers.presale.conversion_factor=[{otherwise: 0.5}]")));
        assertEquals(List.of(), said(load("scenario.yaml", saved, "buyers.presale.conversion_factor[0].factor=0.9")));
    }

    @Test
    void keysTheUserWroteThatChangeNothingAreWrittenAndSaidAgain() throws Exception {
        // the user's own level, order value of a never-ordering type and rest-day factor: said, written back, said again
        String own = DESIGN.replace("monthly_pay: 4500,", "level: senior, monthly_pay: 4500,")
                .replace("think_time: {dist: lognormal, mean: 60s, sd: 40s}}\nagents", "think_time: {dist: lognormal, mean: 60s, sd: 40s}, order_value: 150}\nagents")
                + "costs: {rest_day_factor: 3}\n";
        Scenario first = load("own.yaml", own);
        List<String> codes = ScenarioSanity.check(first).stream().map(Warning::code).toList();
        assertEquals(List.of("defaults.illustrative", "inputs.unread", "inputs.unread", "inputs.unread"), codes, said(first).toString());
        String saved = ResultsWriter.scenarioYaml(first);
        assertTrue(saved.contains("\n  level: \"senior\"\n") && saved.contains("\n  rest_day_factor: 3.0\n") && saved.contains("\n    order_value: 150.0\n"), saved);
        assertEquals(said(first), said(load("scenario.yaml", saved)));
        // the list deleted: the user's own keys are still the ones said, and nothing of kefusim's
        List<String> none = said(load("none.yaml", saved.substring(0, saved.indexOf("defaults_used:"))));
        assertEquals(said(first).subList(2, 4), none.subList(1, 3));
        assertTrue(none.get(0).startsWith("inputs.unread: 'aftersale' buyers never order (the file gives them conversion 0), so these settings of theirs "
                + "change nothing: buyers.aftersale.order_value;"), none.toString()); // conversion 0 is the file's own now
        assertEquals(3, none.size());
    }

    @Test
    void aKeyTheListNamesThatTheFileDoesNotWriteIsOneLineNamingIt() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("bad.yaml", DESIGN + "defaults_used: [buyers.presale.conversion_factr]\n"));
        assertEquals(dir.resolve("bad.yaml") + ":13:17: defaults_used[0]: 'buyers.presale.conversion_factr' is not a key written in this file; allowed: the path "
                + "of a key written in it, as kefusim writes them (e.g. buyers.presale.conversion_factor, agents[0].reply_time); a key left out of the file is a default already",
                e.describe());
        // the file itself ("") is not a key: listing it would disown every value at once
        ScenarioException root = assertThrows(ScenarioException.class, () -> load("root.yaml", DESIGN + "defaults_used: [\"\"]\n"));
        assertTrue(root.describe().startsWith(dir.resolve("root.yaml") + ":13:17: defaults_used[0]: '' is not a key written in this file"), root.describe());
    }
}
