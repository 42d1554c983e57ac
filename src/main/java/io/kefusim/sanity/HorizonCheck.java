package io.kefusim.sanity;

import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.DayAdjust;
import io.kefusim.scenario.Scenario.Peak;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates a scenario names that the run never reaches: a sale day, a peak, a roster's extra
 * staff or a staffing bound outside [start, start + horizon); and a roster line for every day whose
 * shift hours the run never reaches on any day (paid, never on duty). The commonest slip is last
 * year's file with only {@code start} moved: everything tied to 11 November silently drops
 * out and the answer is for an ordinary day.
 */
final class HorizonCheck {
    private HorizonCheck() {}

    static List<Warning> check(Scenario s) {
        RunWindow run = RunWindow.of(s);
        Origins at = s.origins();
        List<Warning> out = new ArrayList<>();
        // beside a trace a day changes nothing wherever it lies (TraceCheck says so): no second warning
        List<DayAdjust> days = s.demand().isTrace() ? List.of() : s.demand().days();
        for (int i = 0; i < days.size(); i++) {
            DayAdjust d = days.get(i);
            LocalDateTime from = d.date().atStartOfDay(), to = from.plusDays(1);
            String key = "demand.days[" + i + "]";
            if (!run.meets(from, latestPeakEnd(d, to))) {
                out.add(new Warning("horizon.date_outside", at.at(key + ".date"), d.date(),
                        new Said("wn_day_outside", d.date(), RunWindow.num(d.scale()), d.peaks().size(), run.span())));
                continue;
            }
            if (run.inWarmup(from, to)) {
                out.add(new Warning("horizon.date_in_warmup", at.at(key + ".date"), d.date(),
                        new Said("wn_day_in_warmup", d.date(), RunWindow.minute(run.counted()))));
            }
            for (int p = 0; p < d.peaks().size(); p++) {
                Peak peak = d.peaks().get(p);
                LocalDateTime pf = run.at(d.date(), peak.fromSec());
                LocalDateTime pt = run.at(d.date(), peak.toSec() + (peak.toSec() <= peak.fromSec() ? 86400 : 0));
                if (!run.meets(pf, pt)) {
                    out.add(new Warning("horizon.peak_outside", at.at(key + ".peaks[" + p + "]"), d.date(),
                            new Said("wn_peak_outside", clock(peak.fromSec()), clock(peak.toSec()), d.date(), RunWindow.num(peak.scale()), run.span())));
                }
            }
        }
        if (!s.demand().isTrace() && s.demand().patterns() != null) {
            weekdayOutside(s, run, at, out);
            patternOutside(s, run, at, out);
        }
        List<RosterEntry> roster = s.roster();
        for (int i = 0; i < roster.size(); i++) {
            RosterEntry e = roster.get(i);
            if (e.agents() == 0) continue;
            Shift shift = s.shifts().get(e.shift());
            if (e.dates() == null) {
                // every day: a shift whose hours the run never reaches on any day is paid and never on duty
                if (!anyDayMeets(run, shift)) {
                    out.add(new Warning("horizon.roster_shift_outside", at.at("roster[" + i + "].shift"), null,
                            new Said("wn_roster_shift_outside", e.agents(), e.group(), e.shift(), clock(shift.fromSec()), clock(shift.toSec()), run.span())));
                }
                continue;
            }
            List<LocalDate> outside = new ArrayList<>();
            for (LocalDate d : e.dates()) {
                LocalDateTime from = run.at(d, shift.fromSec());
                if (!run.meets(from, from.plusSeconds((long) shift.length()))) outside.add(d);
            }
            if (outside.isEmpty()) continue;
            boolean never = outside.size() == e.dates().size();
            out.add(new Warning("horizon.roster_date_outside", at.at("roster[" + i + "].dates"), outside.get(0),
                    new Said(never ? "wn_roster_never" : "wn_roster_dates_outside", e.agents(), e.group(), e.shift(), list(outside), run.span())));
        }
        List<Scenario.Bound> bounds = s.staffingBounds();
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate d = bounds.get(i).date();
            if (d != null && !run.meets(d.atStartOfDay(), d.plusDays(2).atStartOfDay())) {
                out.add(new Warning("horizon.bound_outside", at.at("staffing.bounds[" + i + "].date"), d, new Said("wn_bound_outside", d, run.span())));
            }
        }
        return out;
    }

    private static final List<String> WEEKDAY_KEYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /**
     * A {@code demand.pattern.weekdays} pattern for a weekday no date of the run falls on (a Tuesday's
     * 24-hour run with {@code sat}/{@code sun} patterns): it shapes no buyer, as a {@code demand.days}
     * date outside the run does not, so it is said with that code, dated by the first such weekday's
     * next date after the run's start; one warning for all of them, at the first.
     */
    private static void weekdayOutside(Scenario s, RunWindow run, Origins at, List<Warning> out) {
        java.util.Set<java.time.DayOfWeek> met = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (LocalDate d = run.start().toLocalDate(); d.atStartOfDay().isBefore(run.end()); d = d.plusDays(1)) met.add(d.getDayOfWeek());
        List<String> never = new ArrayList<>();
        java.time.DayOfWeek first = null;
        for (java.time.DayOfWeek w : java.time.DayOfWeek.values()) {
            String key = WEEKDAY_KEYS.get(w.getValue() - 1);
            if (met.contains(w) || !at.written("demand.pattern.weekdays." + key)) continue;
            if (first == null) first = w;
            never.add(key);
        }
        if (first == null) return;
        List<String> days = new ArrayList<>();
        for (java.time.DayOfWeek w : met) days.add(WEEKDAY_KEYS.get(w.getValue() - 1));
        LocalDate next = run.start().toLocalDate().with(java.time.temporal.TemporalAdjusters.next(first));
        out.add(new Warning("horizon.date_outside", at.at("demand.pattern.weekdays." + never.get(0)), next,
                new Said(never.size() == 1 ? "wn_weekday_outside_one" : "wn_weekday_outside", never, run.span(), days)));
    }

    /**
     * Buyers of the pattern at clock times the run never reaches on any of its days (an 8-hour run
     * from 09:00 with a pattern busy all evening): those hours' rates reach nothing. Only a run
     * shorter than a day can miss a clock time; a pattern hour at 0 there is no loss, so the
     * classroom's 09:00–17:00 with a quiet night says nothing.
     */
    private static void patternOutside(Scenario s, RunWindow run, Origins at, List<Warning> out) {
        double[][] patterns = s.demand().patterns();
        int slots = patterns[0].length, slotSec = 86400 / slots;
        boolean[] reached = new boolean[slots];
        // the clock slots the run meets, walked slot by slot from the one it starts in (at most a day's worth)
        LocalDateTime t = run.start().toLocalDate().atStartOfDay().plusSeconds((long) (run.start().toLocalTime().toSecondOfDay() / slotSec) * slotSec);
        for (int k = 0; k <= slots && t.isBefore(run.end()); k++, t = t.plusSeconds(slotSec)) {
            reached[t.toLocalTime().toSecondOfDay() / slotSec] = true;
        }
        // the rates of the days the run meets (their weekdays' patterns), at the slots never reached
        double[] missed = new double[slots];
        java.util.Set<java.time.DayOfWeek> weekdays = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (LocalDate d = run.start().toLocalDate(); d.atStartOfDay().isBefore(run.end()); d = d.plusDays(1)) weekdays.add(d.getDayOfWeek());
        for (java.time.DayOfWeek w : weekdays) {
            double[] r = patterns[w.getValue() - 1];
            for (int i = 0; i < slots; i++) if (!reached[i]) missed[i] = Math.max(missed[i], r[i]);
        }
        List<String> ranges = new ArrayList<>();
        double perDay = 0;
        for (int i = 0; i < slots; i++) perDay += missed[i] * slotSec / 3600.0;
        if (perDay <= 0) return;
        // contiguous clock ranges with buyers, joined across midnight
        int first = 0;
        while (first < slots && missed[first] > 0) first++; // a range running past midnight starts after the first quiet slot
        if (first == slots) first = 0;
        for (int n = 0; n < slots; ) {
            int i = (first + n) % slots;
            if (missed[i] <= 0) { n++; continue; }
            int len = 0;
            while (n + len < slots && missed[(first + n + len) % slots] > 0) len++;
            int from = i * slotSec, to = ((i + len) % slots) * slotSec;
            ranges.add(clock(from) + "–" + (to == 0 ? "24:00" : clock(to)));
            n += len;
        }
        out.add(new Warning("horizon.pattern_outside", at.at("demand.pattern"), null,
                new Said("wn_pattern_outside", ranges, RunWindow.num(Math.round(perDay * s.demand().scale())), run.span())));
    }

    /** Whether the shift, worked every day, is on at any moment of the run (one that starts the day before the run may run into it). */
    private static boolean anyDayMeets(RunWindow run, Shift shift) {
        if (shift.length() <= 0) return true; // nothing on duty to pay for: not this check's to say
        for (LocalDate d = run.start().toLocalDate().minusDays(1); !d.isAfter(run.end().toLocalDate()); d = d.plusDays(1)) {
            LocalDateTime from = run.at(d, shift.fromSec());
            if (run.meets(from, from.plusSeconds((long) Math.ceil(shift.length())))) return true;
        }
        return false;
    }

    /** A day's effect ends at midnight, or later if one of its peaks runs past midnight. */
    private static LocalDateTime latestPeakEnd(DayAdjust d, LocalDateTime midnight) {
        int past = 0;
        for (Peak p : d.peaks()) if (p.toSec() <= p.fromSec()) past = Math.max(past, p.toSec());
        return midnight.plusSeconds(past);
    }

    static String clock(int secondOfDay) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", secondOfDay / 3600, secondOfDay % 3600 / 60);
    }

    /** The first five dates (and how many in all), joined where they are said, in the reader's language. */
    private static List<String> list(List<LocalDate> dates) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(5, dates.size()); i++) shown.add(dates.get(i).toString());
        if (dates.size() > 5) shown.add("… (" + dates.size() + ")");
        return shown;
    }
}
