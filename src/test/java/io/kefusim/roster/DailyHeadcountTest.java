package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-day headcount of staff's answer, by hand. */
class DailyHeadcountTest {
    /**
     * 11-12 November: 3 agents on 08:00-16:00 every day (a break at 12:00 keeps them at work),
     * 4 on 20:00-08:00 on 11 November only; absence 50% (ignored: as scheduled).
     * People as the labour cost counts them (People.employed, 7), seen from each date (staffM; they read 9 and 5,
     * a 5-day rota for the every-day line beside one person per dated position, the labour cost's 7 in neither):
     * each seven days around these dates hold 3 x 7 + 4 = 25 position-days (5 people) and 3 x 7 x 7.5 + 4 x 12
     * = 205.5 hours (5.14 people).
     * 11 Nov: positions 3 + 4 = 7, most at once 4 (the night), people max(7, 5, 5.14) = 7.
     * 12 Nov: positions 3, most at once 4 (the night of the 11th is still at work at 00:00),
     * people ceil(max(3, 5, 5.14)) = 6.
     */
    @Test
    void positionsAtWorkAndPeopleForAFiveDayRota() {
        Scenario s = TestScenarios.yaml("name: h\nstart: 2026-11-11T00:00\nhorizon: 48h\nreplications: 1\nabsence: 0.5\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"16:00\", breaks: [{at: \"12:00\", for: 30m}]}, night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 3}, {group: desk, shift: night, agents: 4, dates: [2026-11-11]}]\n");
        List<DailyHeadcount.Day> days = DailyHeadcount.of(s);
        LocalDate d11 = LocalDate.of(2026, 11, 11), d12 = d11.plusDays(1);
        assertEquals(List.of(new DailyHeadcount.Day(d11, "desk", 4, 7, 7), new DailyHeadcount.Day(d11, null, 4, 7, 7),
                new DailyHeadcount.Day(d12, "desk", 4, 3, 6), new DailyHeadcount.Day(d12, null, 4, 3, 6)), days);
        assertEquals(7, People.employed(s, 0), 1e-9, "the labour cost's people: the column's most");
    }

    /**
     * An hourly-paid group's every-day positions take people as a monthly group's do, as the labour cost counts
     * its people employed (tester25: staff said "take 13 people" and "the run employs 15" of one roster). One day:
     * 5 monthly positions ceil(5 x 7 / 5) = 7 people, 4 hourly ones ceil(4 x 7 / 5) = 6 (staffL made them
     * 4, one person each, while the labour cost kept 6).
     */
    @Test
    void hourlyPositionsArePeopleAsTheLabourCostCountsThem() {
        Scenario s = TestScenarios.yaml("name: h\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}, {group: temp, skills: [presale], pay: hourly, hourly_pay: 35}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 5}, {group: temp, shift: day, agents: 4}]\n");
        LocalDate d11 = LocalDate.of(2026, 11, 11);
        assertEquals(List.of(new DailyHeadcount.Day(d11, "desk", 5, 5, 7), new DailyHeadcount.Day(d11, "temp", 4, 4, 6),
                new DailyHeadcount.Day(d11, null, 9, 9, 13)), DailyHeadcount.of(s));
        assertEquals(13, java.util.Arrays.stream(People.employed(s)).sum(), 1e-9, "the run employs as many");
    }
}
