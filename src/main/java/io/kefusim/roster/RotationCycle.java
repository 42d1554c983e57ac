package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;

/**
 * One whole cycle of a scenario's rotating teams, from the run's first date: the dates on which
 * every team has worked every day of its cycle once. A run of a day or two sees only some of a
 * rotation (四班三倒 repeats every 8 days); the staffing optimiser sizes teams over this window
 * and {@code kefusim staff} checks its answer over it.
 */
public final class RotationCycle {
    /** The longest cycle read (a year): hand-written cycles whose lengths share no factor could make the window huge. */
    static final int MAX_DAYS = 366;

    private RotationCycle() {}

    /** Days after which every team's cycle starts over together (the least common multiple of their lengths, at most a year); 0 without teams. */
    public static int days(Scenario s) {
        long l = 1;
        if (s.teams().isEmpty()) return 0;
        for (Team t : s.teams()) {
            long n = Math.max(1, t.cycle().size());
            l = l / gcd(l, n) * n;
            if (l > MAX_DAYS) return MAX_DAYS;
        }
        return (int) l;
    }

    /**
     * The scenario over the window read: from local midnight of its start date, the whole cycle
     * and at least the run's days, no warm-up (times in it are {@link #offset} later than the run's).
     */
    public static Scenario window(Scenario s) {
        double off = offset(s);
        int runDays = (int) Math.ceil((s.horizon() + off) / 86400 - 1e-9);
        int days = Math.max(days(s), runDays);
        return s.withWindow(s.start().toLocalDate().atStartOfDay(), days * 86400.0, 0);
    }

    /** Seconds from local midnight of the start date to the run's start (>= 0): a run time t is t + offset in the window. */
    public static double offset(Scenario s) {
        return -s.startOfFirstDay();
    }

    /** Whether a time of the window (seconds from its midnight) is one the run counts (after the warm-up, before the end). */
    public static boolean counted(Scenario s, double windowTime) {
        double t = windowTime - offset(s);
        return t >= s.warmup() && t < s.horizon();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
