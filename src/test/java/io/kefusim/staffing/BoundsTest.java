package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.staffing.Decisions.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Staffing bounds are honoured as written up to the roster's limit, or refused in one line; never capped at the default. */
class BoundsTest {
    static Scenario withBounds(String bounds) {
        return TestScenarios.yaml("name: bounds\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 2\n"
                + "demand: {pattern: {hourly: [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}, {group: back, skills: [presale]}]\n"
                + "shifts:\n  day: {from: \"08:00\", to: \"16:00\"}\n  night: {from: \"16:00\", to: \"24:00\"}\n"
                + "staffing: {bounds: " + bounds + "}\n");
    }

    private static Decision find(List<Decision> ds, String group, String shift) {
        return ds.stream().filter(d -> d.group().equals(group) && d.shift().equals(shift)).findFirst().orElseThrow();
    }

    @Test
    void boundsAboveTheDefaultAreHonoured() {
        List<Decision> ds = Decisions.of(withBounds("[{group: desk, shift: day, max: 600}, {group: back, shift: night, min: 40000}]"), false);
        assertEquals(600, find(ds, "desk", "day").max());
        assertEquals(40000, find(ds, "back", "night").min(), "a min above the default max is the min, not 200");
        assertEquals(40000, find(ds, "back", "night").max());
        assertEquals(Decisions.DEFAULT_MAX, find(ds, "desk", "night").max(), "a decision no bound names keeps the default");
        assertEquals(0, find(ds, "desk", "night").min());
    }

    @Test
    void aLargestRosterBeyondTheLimitIsRefusedNamingTheBounds() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Decisions.of(withBounds("[{group: desk, max: 30000}]"), false));
        assertEquals("staffing.bounds", e.field());
        assertTrue(e.line() > 0, e.describe());
        assertTrue(e.getMessage().contains("60,400 agents") && e.getMessage().contains("at most 50,000"), e.getMessage());
        assertTrue(e.describe(true).contains("最多 50,000 名客服"), e.describe(true));
    }

    @Test
    void boundsThatContradictEachOtherAreRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Decisions.of(withBounds("[{group: desk, min: 10}, {shift: day, max: 5}]"), false));
        assertTrue(e.getMessage().contains("desk @ day") && e.getMessage().contains("at least 10 and at most 5"), e.getMessage());
    }

    @Test
    void aBoundAboveTheRosterLimitIsRefusedWhenRead() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> withBounds("[{group: desk, max: 60000}]"));
        assertTrue(e.describe().contains("max: 60000 is out of range; allowed: 0 to 50000"), e.describe());
    }
}
