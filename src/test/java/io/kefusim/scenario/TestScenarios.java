package io.kefusim.scenario;

/** Scenario texts several tests start from. */
public final class TestScenarios {
    /** The tester's desk: 30 buyers an hour 08:00–16:00, three agents on duty all day; used by compare's and staff's tests (variants or bounds appended). */
    public static final String DESK = """
            name: cmp
            start: 2026-03-02T08:00
            horizon: 8h
            replications: 3
            seed: 7
            interval: 1h
            service_level_target: 2m
            demand:
              pattern:
                hourly: [0,0,0,0,0,0,0,0,30,30,30,30,30,30,30,30,0,0,0,0,0,0,0,0]
              mix: {presale: 1.0}
            buyers:
              presale:
                patience: {dist: exponential, mean: 3m}
                messages: {dist: geometric, mean: 4}
                think_time: {dist: lognormal, mean: 60s, sd: 40s}
                conversion: 0.3
                order_value: 100
                margin: 0.3
                conversion_factor:
                  - {within: 2m, factor: 1.0}
                  - {otherwise: 0.5}
            agents:
              - group: g
                skills: [presale]
                monthly_pay: 4000
                concurrency: 3
                reply_time: {dist: lognormal, mean: 30s, sd: 20s}
            shifts:
              day: {from: "08:00", to: "16:00"}
            roster:
              - {group: g, shift: day, agents: 3}
            """;

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

    /**
     * A shop's own behaviour for each type (not kefusim's illustrative defaults, which a file that
     * leaves them out is warned of: defaults.illustrative), as flow-style lines under {@code buyers:}.
     */
    public static final String OWN_PRESALE = "  presale: {patience: {dist: exponential, mean: 4m}, messages: {dist: geometric, mean: 5},"
            + " think_time: {dist: lognormal, mean: 50s, sd: 30s}, conversion: 0.3, order_value: 150,"
            + " conversion_factor: [{within: 1m, factor: 1.0}, {otherwise: 0.6}]}\n";
    public static final String OWN_AFTERSALE = "  aftersale: {patience: {dist: exponential, mean: 8m}, messages: {dist: geometric, mean: 7},"
            + " think_time: {dist: lognormal, mean: 50s, sd: 30s}}\n";
    public static final String OWN_COMPLAINT = "  complaint: {patience: {dist: exponential, mean: 12m}, messages: {dist: geometric, mean: 9},"
            + " think_time: {dist: lognormal, mean: 50s, sd: 30s}}\n";
    /** A chat desk's own typing, as keys of a flow-style group after its skills. */
    public static final String OWN_DESK = "concurrency: 4, reply_time: {dist: lognormal, mean: 25s, sd: 15s}";

    private TestScenarios() {}
}
