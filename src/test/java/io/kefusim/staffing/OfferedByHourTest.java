package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The staffing requirement counts the buyers who reach the queue with the bot's share of each clock hour. */
class OfferedByHourTest {
    @Test
    void theBotsHourlyShareIsTakenOffHourByHour() {
        Scenario s = TestScenarios.yaml("name: t\nstart: 2026-11-10T00:00\nhorizon: 24h\ninterval: 1h\n"
                + "demand: {pattern: {hourly: [20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20]}, mix: {presale: 0.5, aftersale: 0.5}}\n"
                + "buyers: {presale: {bot_deflection: {hourly: [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5]}}, aftersale: {bot_deflection: 0.2}}\n"
                + "agents: [{group: desk, skills: [presale, aftersale]}]\nshifts: {day: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: day, agents: 2}]\n");
        double[][] offered = Requirements.offeredPerInterval(s, 24);
        int presale = s.typeIndex("presale"), aftersale = s.typeIndex("aftersale");
        assertEquals(0.0, offered[3][presale], 1e-9);
        assertEquals(10.0, offered[12][presale], 1e-9);
        assertEquals(5.0, offered[23][presale], 1e-9);
        assertEquals(8.0, offered[3][aftersale], 1e-9);
    }
}
