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

    /**
     * The window a team member is priced over ({@code kefusim staff}'s scheduled pay): from local
     * midnight of the Monday on or before the run's first date, a whole number of periods of the
     * teams' rotation in whole calendar weeks (the least common multiple of 7 and every team's cycle
     * length), as many as reach the run's last date; no warm-up. The standard system pays extended and
     * rest-day hours by the calendar week (the days worked beyond five in it), so a window cut inside
     * weeks, or not holding every meeting of the cycle with the weekdays, priced two teams on the same
     * cycle apart: 四班三倒's team D, whose six-day weeks fell in the eight days from the run's
     * Wednesday, 0.9375 rest-day hours a day, teams A–C none; over 56 days each has two such weeks.
     */
    public static Scenario payWindow(Scenario s) {
        long period = 7;
        for (Team t : s.teams()) period = lcm(period, Math.max(1, t.cycle().size()));
        java.time.LocalDate monday = s.start().toLocalDate().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.LocalDate last = s.start().plusSeconds((long) Math.ceil(s.horizon()) - 1).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(monday, last) + 1;
        long periods = Math.max(1, (days + period - 1) / period);
        return s.withWindow(monday.atStartOfDay(), periods * period * 86400.0, 0);
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
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
