package io.kefusim.staffing;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Decisions.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue t16 item 2: the price the search minimises includes costs.night_allowance on the roster's scheduled hours
 * between 22:00 and 06:00 (breaks not counted), as the run's labour cost does; without an allowance it is as before.
 */
class NightAllowancePriceTest {
    /** The tester's nb.yaml: one 20:00–08:00 shift (break 05:45–06:15), one 08:00–20:00 (break at 12:00). */
    static Scenario nb(double allowance) {
        return TestScenarios.yaml("name: t16-nb\nstart: 2026-11-16T00:00\nhorizon: 1d\nreplications: 2\ninterval: 1h\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1.0}}\n"
                + "agents: [{group: g, skills: [presale], monthly_pay: 5220}]\n"
                + "shifts:\n  n: {from: \"20:00\", to: \"08:00\", breaks: [{at: \"05:45\", for: 30m}]}\n"
                + "  d: {from: \"08:00\", to: \"20:00\", breaks: [{at: \"12:00\", for: 30m}]}\n"
                + "costs: {night_allowance: " + allowance + "}\n"
                + "roster:\n  - {group: g, shift: n, agents: 1}\n  - {group: g, shift: d, agents: 1}\n");
    }

    private static double price(List<Decision> ds, String shift) {
        return ds.stream().filter(d -> d.shift().equals(shift)).findFirst().orElseThrow().cost();
    }

    @Test
    void nightHoursArePricedAtTheAllowance() {
        List<Decision> none = Decisions.of(nb(0), false), paid = Decisions.of(nb(200), false);
        // 20:00–08:00 works 22:00–06:00 less the break's 05:45–06:00: 7.75 h at 200 CNY = 1,550 CNY on top
        assertEquals(price(none, "n") + 7.75 * 200, price(paid, "n"), 1e-9);
        // 08:00–20:00 has no night hours
        assertEquals(price(none, "d"), price(paid, "d"), 0);
        // without an allowance, the price as before: today's roster (one of each) 1,225 CNY scheduled pay
        assertEquals(1225, Math.round(Decisions.cost(none, new int[]{1, 1})));
        assertEquals(2775, Math.round(Decisions.cost(paid, new int[]{1, 1})));
    }
}
