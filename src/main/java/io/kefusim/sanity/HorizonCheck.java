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
