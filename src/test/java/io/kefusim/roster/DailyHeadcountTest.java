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
     * 11 Nov: positions 3 + 4 = 7, most at once 4 (the night), people ceil(3 x 7 / 5) + 4 = 9:
     * the dated night's 4 are temporaries for the day, one person each (they were counted as a
     * 5-day rota, ceil(7 x 7 / 5) = 10).
     * 12 Nov: positions 3, most at once 4 (the night of the 11th is still at work at 00:00),
     * people ceil(3 x 7 / 5) = 5.
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
        assertEquals(List.of(new DailyHeadcount.Day(d11, "desk", 4, 7, 9), new DailyHeadcount.Day(d11, null, 4, 7, 9),
                new DailyHeadcount.Day(d12, "desk", 4, 3, 5), new DailyHeadcount.Day(d12, null, 4, 3, 5)), days);
    }

    /**
     * An hourly-paid group's positions are one person each, dated or not, as its labour cost pays
     * them by the hour; the monthly-paid group beside it keeps its 5-day rota. One day: 5 monthly
     * positions ceil(5 x 7 / 5) = 7 people, 4 hourly ones 4 people (they read ceil(4 x 7 / 5) = 6).
     */
    @Test
    void hourlyPositionsAreOnePersonEach() {
        Scenario s = TestScenarios.yaml("name: h\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}, {group: temp, skills: [presale], pay: hourly, hourly_pay: 35}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"16:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 5}, {group: temp, shift: day, agents: 4}]\n");
        LocalDate d11 = LocalDate.of(2026, 11, 11);
        assertEquals(List.of(new DailyHeadcount.Day(d11, "desk", 5, 5, 7), new DailyHeadcount.Day(d11, "temp", 4, 4, 4),
                new DailyHeadcount.Day(d11, null, 9, 9, 11)), DailyHeadcount.of(s));
    }
}
