package io.kefusim.sanity;

import io.kefusim.scenario.Scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The run as local times: buyers arrive in [start, end); they are counted from the end of the warm-up. */
record RunWindow(LocalDateTime start, LocalDateTime end, LocalDateTime counted) {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static RunWindow of(Scenario s) {
        return new RunWindow(s.start(), s.start().plusNanos(Math.round(s.horizon() * 1e9)), s.start().plusNanos(Math.round(s.warmup() * 1e9)));
    }

    /** Whether [from, to) meets the run. */
    boolean meets(LocalDateTime from, LocalDateTime to) {
        return to.isAfter(start) && from.isBefore(end);
    }

    /** Whether [from, to) lies wholly in the warm-up (simulated, not counted). */
    boolean inWarmup(LocalDateTime from, LocalDateTime to) {
        return counted.isAfter(start) && !to.isAfter(counted);
    }

    LocalDateTime at(LocalDate date, int secondOfDay) {
        return date.atStartOfDay().plusSeconds(secondOfDay);
    }

    /** Seconds from the scenario's start to a local time. */
    double seconds(LocalDateTime t) {
        return java.time.Duration.between(start, t).toNanos() / 1e9;
    }

    LocalDateTime time(double seconds) {
        return start.plusNanos(Math.round(seconds * 1e9));
    }

    static String minute(LocalDateTime t) {
        return t.format(MINUTE);
    }

    /** "2026-11-10 00:00 – 2026-11-12 00:00", as warnings name the run. */
    String span() {
        return minute(start) + " – " + minute(end);
    }

    /** A number as a user wrote it: 6, not 6.0; 1.5 as 1.5. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}
