package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.Payroll;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Part-time staff (非全日制用工, 劳动合同法 art. 68-72), {@code pay: part_time}: paid by the hour, at most 4 h
 * a day on average and 24 h a week each (people counted so), no overtime premium.
 */
class PartTimeTest {
    private static final Path THREE = Path.of("src/test/resources/io/kefusim/labour/s618-three.yaml");

    private static Scenario three(String pay) throws Exception {
        String yaml = Files.readString(THREE).replace("  - group: parttime\n    skills: [presale, aftersale]\n    pay: hourly\n",
                "  - group: parttime\n    skills: [presale, aftersale]\n    pay: " + pay + "\n");
        assertTrue(yaml.contains("pay: " + pay));
        return TestScenarios.yaml(yaml);
    }

    @Test
    void theTestersPartTimersAreCountedAtTwentyFourHoursAWeekAndTheirSixHourDayIsSaid() throws Exception {
        // 4 positions of 6 h every day: 168 h a week; as temporaries 168 / 40 = 4.2 or 28 / 5 = 5.6 -> 6 people (28 h each)
        Scenario temps = three("hourly");
        int g = temps.groupIndex("parttime");
        assertEquals(6, People.employed(temps, g), 1e-9);
        assertTrue(LabourCheck.check(temps).stream().noneMatch(w -> w.rule().startsWith("part_time")), "temporaries are not part-timers");
        // as part-timers: 168 / 24 = 7 people, 24 h a week each
        Scenario pt = three("part_time");
        assertEquals(7, People.employed(pt, g), 1e-9);
        assertEquals(168, People.weeklyPaidHours(pt, g), 1e-9);
        assertEquals(24, People.weeklyPaidHours(pt, g) / People.employed(pt, g), 1e-9);
        List<LabourCheck.Warning> w = LabourCheck.check(pt).stream().filter(x -> x.rule().startsWith("part_time")).toList();
        assertEquals(1, w.size(), w.toString());
        assertEquals("roster parttime on 'pt', 2026-06-17: shift 'pt' has 6h of work (breaks not counted), more than the 4 h a day on average a part-timer may work (labour.part_time_day)",
                w.get(0).toString());
        // the salaried teams are untouched
        assertEquals(People.employed(temps, temps.groupIndex("service")), People.employed(pt, pt.groupIndex("service")), 1e-9);
    }

    @Test
    void noOvertimePremiumAndAfterShiftTimeAtTheHourlyPay() throws Exception {
        Scenario pt = three("part_time"), temps = three("hourly");
        int g = pt.groupIndex("parttime");
        // 10 h paid, 1 h the working-time system counts as overtime, 1 h on a rest day, 1 h after the shift, 30 CNY an hour
        assertEquals(10 * 30 + 30, Payroll.cost(pt, g, 1, 0, 36000, 3600, 3600, 0, 3600, 0), 1e-9);
        assertEquals(10 * 30 + 30 * 0.5 + 30 * 1.0 + 30 * 1.5, Payroll.cost(temps, g, 1, 0, 36000, 3600, 3600, 0, 3600, 0), 1e-9);
        // the holiday premium stays: 1 h on a holiday is paid 3x in all (1 in the hours, 2 on top)
        assertEquals(10 * 30 + 30 * 2, Payroll.cost(pt, g, 1, 0, 36000, 0, 0, 3600, 0, 0), 1e-9);
    }

    @Test
    void aPartTimeTeamMemberAveragingOverTheLimits() {
        Scenario s = TestScenarios.yaml("name: r\nstart: 2026-11-02T00:00\nhorizon: 1d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: pt, skills: [presale], pay: part_time, hourly_pay: 25}]\n"
                + "shifts: {six: {from: \"10:00\", to: \"16:00\"}}\n"
                + "teams: [{name: P, agents: {pt: 2}, rotation: {cycle: [six, six, six, six, six, off, off], from: 2026-11-02}}]\n");
        List<String> said = LabourCheck.check(s).stream().filter(x -> x.rule().startsWith("part_time")).map(LabourCheck.Warning::toString).toList();
        assertEquals(List.of("team P (pt), 2026-11-02: works 6h a day on average over the days its rotation works, more than the 4 h a part-timer may work (labour.part_time_day)",
                "team P (pt), 2026-11-02: works 30.0 h in an average week of its rotation, more than the 24 h a part-timer may work (labour.part_time_week)"), said);
    }

    @Test
    void hourlyPayIsReadWithPartTimeAndAWrongPayNamesTheChoices() {
        Scenario s = TestScenarios.yaml("name: r\nstart: 2026-11-02T00:00\nhorizon: 1d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: pt, skills: [presale], pay: part_time, hourly_pay: 25}]\n"
                + "shifts: {four: {from: \"10:00\", to: \"14:00\"}}\nroster: [{group: pt, shift: four, agents: 2}]\n");
        assertEquals(25, s.groups().get(0).hourlyRate(s.costs()), 1e-9);
        assertTrue(s.groups().get(0).hourly() && s.groups().get(0).partTime());
        assertTrue(LabourCheck.check(s).isEmpty(), "4 h a day is within the limit: " + LabourCheck.check(s));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml("name: r\nstart: 2026-11-02T00:00\nhorizon: 1d\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: pt, skills: [presale], pay: parttime}]\n"));
        assertTrue(e.getMessage().contains("part_time"), e.getMessage());
    }
}
