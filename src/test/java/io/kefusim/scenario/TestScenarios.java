package io.kefusim.scenario;

/** Scenario texts several tests start from. */
public final class TestScenarios {
    /** Two hours, one group of two agents, two buyer types, every distribution left to its default. */
    public static final String MINIMAL = """
            name: hostile
            start: 2026-11-11T00:00
            horizon: 2h
            replications: 1
            demand:
              pattern: {hourly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}
              mix: {presale: 0.7, aftersale: 0.3}
            agents:
              - {group: desk, skills: [presale, aftersale]}
            shifts:
              day: {from: "00:00", to: "12:00"}
            roster:
              - {group: desk, shift: day, agents: 2}
            """;

    private TestScenarios() {}
}
