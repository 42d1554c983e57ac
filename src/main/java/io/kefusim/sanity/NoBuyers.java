package io.kefusim.sanity;

import io.kefusim.demand.RateProfile;
import io.kefusim.demand.TraceArrivals;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.List;

/**
 * A run that expects no buyers at all: a pattern that is 0 in every hour the run covers (an
 * 8-hour run started at midnight on a pattern that opens at 09:00), or a trace with no row inside
 * the run. Every figure about buyers is then empty and the labour cost pays agents with nobody to
 * serve, so such a plan is no answer: said ({@code demand.no_buyers}; a trace's is said by
 * {@code demand.trace_outside}), and compare and sweep leave it out of their ranking.
 */
public final class NoBuyers {
    static final String CODE = "demand.no_buyers";

    private NoBuyers() {}

    /** Whether the run expects no buyer at all. */
    public static boolean expected(Scenario s) {
        if (s.demand().isTrace()) return TraceArrivals.span(s).inside() == 0;
        return !(RateProfile.of(s).expectedArrivals() > 0);
    }

    /**
     * Why {@code kefusim staff} has nothing to staff for, as a sentence key and its arguments (tester24: an empty
     * trace "met the goal" with 0 agents and a service level of NaN%): the trace has no rows, none inside the run,
     * or the pattern is 0 throughout it. Empty when buyers are expected.
     */
    public static java.util.Optional<Said> nothingToStaff(Scenario s) {
        if (!expected(s)) return java.util.Optional.empty();
        String span = RunWindow.of(s).span();
        if (!s.demand().isTrace()) return java.util.Optional.of(new Said("st_no_buyers_pattern", span));
        TraceArrivals.Span t = TraceArrivals.span(s);
        String file = s.demand().trace().getFileName().toString();
        return java.util.Optional.of(t.rows() == 0 ? new Said("st_no_buyers_trace_empty", file, span)
                : new Said("st_no_buyers_trace_outside", file, t.rows(), span));
    }

    /** The run's span as the warning says it ({@code 2026-12-01 00:00 – 2026-12-01 08:00}). */
    public static String span(Scenario s) {
        return RunWindow.of(s).span();
    }

    static List<Warning> check(Scenario s) {
        if (s.demand().isTrace() || !expected(s)) return List.of();
        return List.of(new Warning(CODE, s.origins().at("demand.pattern"), s.start().toLocalDate(),
                new Said("wn_no_buyers", RunWindow.of(s).span())));
    }
}
