package io.kefusim.sanity;

import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * tester21: {@code staff --design} of a file with no roster (shift design needs none) opened with
 * "no agent of it is ever on duty: every one of them will wait and leave unanswered" for each buyer
 * type and "roster: no agent at all is on duty 2026-11-18 00:00 – 2026-11-19 00:00, while about 622
 * buyers are expected" (line 1, the file has no roster), then met the goal at 97.5%. Staff builds the
 * whole roster there, so the empty start's coverage is no warning; validate and run still say it, and
 * a file with a roster is still warned of its own.
 */
class StaffBuildsRosterTest {
    private static final String DESIGN = """
            name: design-day
            start: 2026-11-18T00:00
            horizon: 24h
            replications: 3
            seed: 5
            demand:
              pattern:
                hourly: [40, 20, 10, 6, 4, 4, 8, 20, 60, 110, 140, 130, 100, 110, 130, 140, 130, 110, 100, 120, 160, 180, 150, 90]
              scale: 0.3
              mix: {presale: 0.6, aftersale: 0.35, complaint: 0.05}
            buyers:
              presale: {conversion: 0.3, order_value: 120, patience: {dist: exponential, mean: 3m}}
              aftersale: {patience: {dist: exponential, mean: 10m}}
              complaint: {patience: {dist: exponential, mean: 15m}}
            agents:
              - group: service
                skills: [presale, aftersale, complaint]
                monthly_pay: 4500
                concurrency: 5
            costs:
              night_allowance: 10
            staffing:
              design: {}
            """;

    private static List<String> codes(List<Warning> ws) {
        return ws.stream().map(Warning::code).toList();
    }

    @Test
    void theEmptyStartIsNoWarningWhenStaffBuildsTheRoster() {
        Scenario s = yaml(DESIGN);
        // validate and run: nobody is on the file's (empty) roster, and they say so
        assertEquals(List.of("coverage.type_never_on_duty", "coverage.type_never_on_duty", "coverage.type_never_on_duty", "coverage.no_agent_on_duty",
                "defaults.illustrative"), codes(ScenarioSanity.check(s)));
        // staff builds the roster: only what is true of the file whatever the roster (here, the illustrative defaults)
        assertEquals(List.of("defaults.illustrative"), codes(ScenarioSanity.forStaff(s)));
        // a file with a roster that leaves the evening empty is still warned of it by staff: that is today's roster
        Scenario rostered = yaml(DESIGN.replace("staffing:\n  design: {}\n", "shifts:\n  day: {from: \"08:00\", to: \"16:00\"}\nroster:\n  - {group: service, shift: day, agents: 3}\n"));
        assertEquals(List.of("coverage.no_agent_on_duty", "coverage.no_agent_on_duty", "defaults.illustrative"), codes(ScenarioSanity.forStaff(rostered)));
    }
}
