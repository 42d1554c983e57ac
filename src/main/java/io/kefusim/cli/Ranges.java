package io.kefusim.cli;

import picocli.CommandLine;

/**
 * Each whole-number option's own range, which a value that is no whole number (or has too many
 * digits even for Java) is told of: "--replications 2.5" names 1 to 100000, not the range of an
 * int. A whole number of the type's size goes on to the option's own check, which names the same
 * range. (Picocli makes these by their no-argument constructors.)
 */
final class Ranges {
    private Ranges() {}

    /** An int option allowing min to max (max = Integer.MAX_VALUE: "min or more"). */
    abstract static class Int implements CommandLine.ITypeConverter<Integer> {
        private final int min, max;

        Int(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            return (int) Main.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, allowed(min, max));
        }
    }

    /** "a whole number from 1 to 100000", or "a whole number, 1 or more" when only a least is set. */
    static String allowed(long min, long max) {
        return max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "a whole number, " + min + " or more" : "a whole number from " + min + " to " + max;
    }

    /** --replications of a scenario (run, validate, compare, sweep, staff, batch), as the scenario's replications. */
    static final class Replications extends Int { Replications() { super(1, 100_000); } }
    /** backtest --replications. */
    static final class BandReplications extends Int { BandReplications() { super(2, 10_000); } }
    /**
     * --threads: 1 to 1024, checked here (a thread count has no scenario key to check it later);
     * before, 0, -3 and 99999 ran, and run.json recorded 99999.
     */
    static final class Threads extends Int {
        Threads() { super(1, MAX_THREADS); }

        @Override
        public Integer convert(String value) {
            return (int) Main.whole(value, 1, MAX_THREADS, allowed(1, MAX_THREADS));
        }
    }
    static final int MAX_THREADS = 1024;
    /** --cluster-timeout, bench --repeat and --units, staff --max-simulations. */
    static final class OneOrMore extends Int { OneOrMore() { super(1, Integer.MAX_VALUE); } }
    /** erlang --agents. */
    static final class Agents extends Int { Agents() { super(1, 100_000); } }
    /** erlang --concurrency. */
    static final class Concurrency extends Int { Concurrency() { super(1, 64); } }
    /** forecast --preheat. */
    static final class Preheat extends Int { Preheat() { super(2, 366); } }
    /** staff --draws. */
    static final class Draws extends Int { Draws() { super(10, 100_000); } }
    /** worker --port. */
    static final class Port extends Int { Port() { super(1, 65535); } }
    /** studio --port (0: any free one). */
    static final class StudioPort extends Int { StudioPort() { super(0, 65535); } }

    /**
     * bench --chats: 1 to 50,000,000 expected chats in the day, the most a replication may expect (WorkBounds);
     * before, 0, -5 and 10^12 were taken (a negative pattern, or an int overflow to another number).
     */
    static final class BenchChats extends Int {
        BenchChats() { super(1, MAX_BENCH_CHATS); }

        @Override
        public Integer convert(String value) {
            return (int) Main.whole(value, 1, MAX_BENCH_CHATS, allowed(1, MAX_BENCH_CHATS));
        }
    }
    static final int MAX_BENCH_CHATS = (int) io.kefusim.run.WorkBounds.MAX_ARRIVALS;
    /** bench --agents: 1 to 50,000, the most agents a roster may have (Limits.MAX_AGENTS). */
    static final class BenchAgents extends Int {
        BenchAgents() { super(1, io.kefusim.scenario.Limits.MAX_AGENTS); }

        @Override
        public Integer convert(String value) {
            return (int) Main.whole(value, 1, io.kefusim.scenario.Limits.MAX_AGENTS, allowed(1, io.kefusim.scenario.Limits.MAX_AGENTS));
        }
    }

    /** bench --trace-rows. */
    static final class TraceRows implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return Main.whole(value, Long.MIN_VALUE, Long.MAX_VALUE, allowed(0, Long.MAX_VALUE));
        }
    }

    /** "--agents: -3 is out of range; allowed: 1 to 100000": the value given, the option and what it allows. */
    static io.kefusim.scenario.ScenarioException outside(String option, long value, String allowed, String allowedZh) {
        return new io.kefusim.scenario.ScenarioException(option, 0, null, value + " is out of range; allowed: " + allowed, value + " 超出范围；允许：" + allowedZh);
    }
}
