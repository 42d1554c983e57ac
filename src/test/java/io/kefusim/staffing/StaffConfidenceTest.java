package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** staff --confidence (issue 31): a roster that holds across demand outcomes, checked on seeds the search never saw. */
class StaffConfidenceTest {
    @TempDir
    Path dir;

    /** A phone desk, 100 calls an hour for 8 hours, 3-minute calls; the day's scale lognormal, mean 1, sd 0.2. */
    static Scenario desk(long seed) {
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(100);
        return TestScenarios.yaml("name: uncertain-desk\nstart: 2026-11-01T08:00\nhorizon: 8h\nreplications: 10\nseed: " + seed + "\n"
                + "service_level_target: 20s\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {presale: 1.0}, uncertainty: {scale: {dist: lognormal, mean: 1, sd: 0.2}}}\n"
                + "buyers:\n  presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}, conversion: 0}\n"
                + "agents:\n  - {group: desk, skills: [presale], channel: phone, concurrency: 1, reply_time: {dist: exponential, mean: 3m}, monthly_pay: 3000}\n"
                + "shifts: {day: {from: \"08:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 6}]\n");
    }

    @Test
    void theConfidentRosterHoldsInNineOfTenDemandOutcomesOnNewSeedsAndTheExpectedOneDoesNot() {
        Scenario s = desk(31);
        Goal goal = Goal.parse("service-level>=0.8", "run", s);
        ConfidentStaffing.Result r = new ConfidentStaffing(s, goal, 0.9, false, 2, 60, 100, null).run();
        assertTrue(r.verified(), "verified on its own draws");
        assertTrue(r.extraCost() > 0, "certainty costs something");

        // rerun on a seed neither search nor verification saw: 300 demand outcomes
        ConfidentStaffing fresh = new ConfidentStaffing(s.withRun(10, 20261111), goal, 0.9, false, 2, 60, 300, null);
        ConfidentStaffing.Outcomes confident = fresh.verify(r.confident().best().scenario());
        ConfidentStaffing.Outcomes expected = fresh.verify(r.expected().best().scenario());
        // at least 90%: the share's 95% Clopper-Pearson upper bound must reach 0.9 (a share truly >= 0.9 fails this 2.5% of the time)
        assertTrue(confident.upper() >= 0.9, "confident roster: " + confident.met() + " of " + confident.draws());
        // the expected-demand roster does not: its upper bound is below 0.9
        assertTrue(expected.upper() < 0.9, "expected roster: " + expected.met() + " of " + expected.draws());
        // common random numbers: both rosters saw the same demand outcomes
        assertArrayEquals(confident.scales(), expected.scales());
    }

    @Test
    void theCommandSaysItTheOwnersWayAndRefusesAScenarioWithoutUncertainty() throws Exception {
        Path f = dir.resolve("desk.yaml");
        Files.writeString(f, io.kefusim.output.ResultsWriter.scenarioYaml(desk(31)));
        CliRunner.Result r = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--per", "run", "--confidence", "0.9",
                "--draws", "40", "--out", dir.resolve("out").toString());
        assertTrue(r.out().matches("(?s).*With \\d+ people employed you meet the goal unless buyers exceed the forecast by more than [\\d.]+% \\(a 1 in \\d+ chance.*"), r.out());
        assertTrue(r.out().contains("The extra certainty costs"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--per", "run", "--confidence", "0.9",
                "--draws", "40", "--lang", "zh", "--out", dir.resolve("out").toString());
        assertTrue(zh.out().contains("人即可达标，除非买家比预测多出"), zh.out());

        Path known = dir.resolve("known.yaml");
        Files.writeString(known, Files.readString(f).replaceAll("(?s)  uncertainty:.*?\n(?=  [a-z])", ""));
        CliRunner.Result no = CliRunner.kefusim("staff", known.toString(), "--target", "service-level>=0.8", "--confidence", "0.9", "--out", dir.resolve("out").toString());
        assertEquals(2, no.code(), no.err());
        // one line naming file, field and what is allowed; no stack trace
        assertEquals(1, no.err().lines().filter(l -> l.startsWith("error:")).count(), no.err());
        assertTrue(no.err().contains("known.yaml: demand.uncertainty: --confidence needs demand.uncertainty") && !no.err().contains("\tat "), no.err());
    }
}
