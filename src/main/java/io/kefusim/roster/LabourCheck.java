package io.kefusim.roster;

import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Said.Hours;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Break;
import io.kefusim.scenario.Scenario.Labour;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks every roster entry and rotating team against the scenario's labour rules: longest
 * stint (back-to-back shifts count as one), least rest between stints, days in a row without a
 * rest day, and hours worked a week (breaks not counted). A rotation is walked over its whole
 * cycle (at least four weeks, and at least the run) so every hand-over is seen, also those
 * outside a short run; a breach the run itself shows is preferred and dated in the run (a streak
 * of days in a row is measured whole from its real first date, the same whatever the run's start,
 * even where that date is before the run).
 *
 * <p>A roster entry is a <em>position</em> filled on its dates, not one person (a shop fills a
 * position worked every day with a rota of people): its shift's length and the rest it leaves
 * before the next day's shift are checked, not days in a row or weekly hours. Teams are people,
 * and every rule applies.
 */
public final class LabourCheck {
    /** One broken rule: who (a roster entry or a team's group), when it first happens, and what. */
    public record Warning(String who, LocalDate date, String rule, String message, Said whoSaid, Said said, String key) {
        @Override
        public String toString() { return who + ", " + date + ": " + message + " (labour." + rule + ")"; }
    }

    /**
     * A rotation's gap: a shift that is a post (more than one team works it, or a team's cycle
     * works it more than once) that no team works on a date; {@code restDay} when a team whose
     * cycle works that shift rests that day (the cause is its rest day), else every such team is on
     * another shift then and no cycle puts anyone on it that day.
     */
    public record Gap(String shift, LocalDate date, boolean restDay) {
        @Override
        public String toString() {
            return "no team works '" + shift + "' on " + date + (restDay ? " (a rotation's rest day)"
                    : ": no team's rotation puts anyone on it that day (the teams whose cycle has it work other shifts then)")
                    + ": add cover for it, e.g. a roster entry with dates";
        }

        /** What a warning says. */
        public Said said() {
            return new Said(restDay ? "lw_gap" : "lw_gap_not_put", shift, date);
        }
    }

    private record Stint(double start, double end, double worked) {}

    private LabourCheck() {}

    public static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        LocalDate first = s.start().toLocalDate();
        int runDays = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400);
        for (int i = 0; i < s.roster().size(); i++) {
            RosterEntry e = s.roster().get(i);
            if (e.agents() == 0) continue;
            // a position: whoever works one instance of the shift works its whole length, and (every
            // day) rests until the next day's instance; back-to-back days are different people
            Shift shift = s.shifts().get(e.shift());
            for (String[] r : shiftRules(s, shift, e.dates() == null)) {
                Said said = r[0].equals("max_stint") ? new Said("lw_shift_stint", shift.name(), new Hours(shift.length()), new Hours(s.labour().maxStint()))
                        : new Said("lw_shift_rest", shift.name(), new Hours(86400 - shift.length()), new Hours(s.labour().minRest()));
                out.add(new Warning("roster " + e.group() + " on '" + e.shift() + "'", e.dates() == null ? first : e.dates().get(0), r[0], r[1],
                        new Said("lw_who_roster", e.group(), e.shift()), said, "roster[" + i + "]"));
            }
            // 劳动合同法 art. 68: a part-timer works at most 4 h a day on average; each of the position's people works its shift whole
            if (s.groups().stream().anyMatch(g -> g.name().equals(e.group()) && g.partTime()) && shift != null && DutyPlan.worked(shift) > PART_TIME_DAY + 1e-6) {
                out.add(new Warning("roster " + e.group() + " on '" + e.shift() + "'", e.dates() == null ? first : e.dates().get(0), "part_time_day",
                        "shift '" + shift.name() + "' has " + hours(DutyPlan.worked(shift)) + " of work (breaks not counted), more than the 4 h a day on average a part-timer may work",
                        new Said("lw_who_roster", e.group(), e.shift()), new Said("lw_pt_shift", shift.name(), new Hours(DutyPlan.worked(shift))), "roster[" + i + "]"));
            }
            // 劳动法 art. 41: at most 3 h extended a day, so at most 11 h of work in a day (standard system only)
            double worked = DutyPlan.worked(shift);
            if (s.labour().workingTime() == Scenario.WorkingTime.STANDARD && worked > DAILY_LIMIT + 1e-6) {
                out.add(new Warning("roster " + e.group() + " on '" + e.shift() + "'", e.dates() == null ? first : e.dates().get(0), "daily_overtime",
                        "shift '" + shift.name() + "' has " + hours(worked) + " of work (breaks not counted), " + hours(worked - DutyPlan.STANDARD_DAY)
                                + " extended: more than 8 h + 3 h a day under the standard working-time system",
                        new Said("lw_who_roster", e.group(), e.shift()),
                        new Said("lw_shift_daily", shift.name(), new Hours(worked), new Hours(worked - DutyPlan.STANDARD_DAY)), "roster[" + i + "]"));
            }
        }
        for (int i = 0; i < s.teams().size(); i++) {
            Team t = s.teams().get(i);
            String key = "teams[" + i + "]";
            if (t.agents().values().stream().mapToInt(Integer::intValue).sum() == 0) continue;
            String who = "team " + t.name() + " (" + String.join(", ", t.agents().keySet()) + ")";
            Said whoSaid = new Said("lw_who_team", t.name(), java.util.List.copyOf(t.agents().keySet()));
            int days = Math.max(runDays, Math.max(28, t.cycle().size() + 7));
            Function<LocalDate, Shift> shiftOn = d -> {
                String name = DutyPlan.shiftOn(t, d);
                return name.equals(ScenarioLoader.OFF) ? null : s.shifts().get(name);
            };
            List<Stint> stints = stints(s, first, days, shiftOn);
            stintAndRest(s.labour(), who, whoSaid, key, s.start(), s.horizon(), stints, out);
            daysInRow(s, who, whoSaid, key, first, runDays, days, t.cycle().size(), shiftOn, out);
            weeklyHours(s, who, whoSaid, key, first, runDays, days, stints, out);
            partTime(s, t, key, first, out);
            if (t.workingTime(s) == Scenario.WorkingTime.STANDARD) {
                dailyOvertime(s, who, whoSaid, key, first, runDays, days, shiftOn, out);
                monthlyOvertime(s, t, who, whoSaid, key, first, runDays, out);
            }
        }
        return out;
    }

    /** A part-timer's most work a day on average, and a week (非全日制用工, 劳动合同法 art. 68). */
    public static final double PART_TIME_DAY = 4 * 3600.0, PART_TIME_WEEK = 24 * 3600.0;

    /**
     * A team's part-time members (a group with {@code pay: part_time}): their hours a day worked on
     * average over the cycle's days with a shift, and their average week (the cycle's hours × 7 / its days).
     */
    private static void partTime(Scenario s, Team t, String key, LocalDate first, List<Warning> out) {
        double hours = 0;
        int worked = 0;
        for (String name : t.cycle()) {
            if (name.equals(ScenarioLoader.OFF) || !s.shifts().containsKey(name)) continue;
            hours += DutyPlan.worked(s.shifts().get(name));
            worked++;
        }
        if (worked == 0) return;
        double day = hours / worked, week = DutyPlan.averageWeek(s, t);
        for (var e : t.agents().entrySet()) {
            if (e.getValue() == 0 || s.groups().stream().noneMatch(g -> g.name().equals(e.getKey()) && g.partTime())) continue;
            String who = "team " + t.name() + " (" + e.getKey() + ")";
            Said whoSaid = new Said("lw_who_team", t.name(), List.of(e.getKey()));
            if (day > PART_TIME_DAY + 1e-6) out.add(new Warning(who, first, "part_time_day", "works " + hours(day) + " a day on average over the days its rotation works, "
                    + "more than the 4 h a part-timer may work", whoSaid, new Said("lw_pt_team_day", new Hours(day)), key));
            if (week > PART_TIME_WEEK + 1e-6) out.add(new Warning(who, first, "part_time_week", String.format(Locale.ROOT,
                    "works %.1f h in an average week of its rotation, more than the 24 h a part-timer may work", week / 3600),
                    whoSaid, new Said("lw_pt_team_week", week / 3600), key));
        }
    }

    /** Work in a day the standard system allows: 8 h and at most 3 h extended (劳动法 art. 41). */
    public static final double DAILY_LIMIT = 11 * 3600.0;
    /** Extended hours a month the standard system allows (劳动法 art. 41). */
    public static final double MONTHLY_LIMIT = 36 * 3600.0;
    /** An average month: 365.25 / 12 days. */
    static final double AVERAGE_MONTH_DAYS = 365.25 / 12;

    /**
     * The first date a team member works more than 11 h (breaks not counted), preferring one in
     * the run, else the first of the walk.
     */
    private static void dailyOvertime(Scenario s, String who, Said whoSaid, String key, LocalDate first, int runDays, int days,
                                      Function<LocalDate, Shift> shiftOn, List<Warning> out) {
        for (int k = 0; k < days; k++) {
            Shift sh = shiftOn.apply(first.plusDays(k));
            if (sh == null) continue;
            double worked = DutyPlan.worked(sh);
            if (worked > DAILY_LIMIT + 1e-6) {
                LocalDate d = first.plusDays(k);
                out.add(new Warning(who, d, "daily_overtime", "works " + hours(worked) + " on " + d + " (shift '" + sh.name() + "', breaks not counted), "
                        + hours(worked - DutyPlan.STANDARD_DAY) + " extended: more than 8 h + 3 h a day",
                        whoSaid, new Said("lw_daily", new Hours(worked), d, sh.name(), new Hours(worked - DutyPlan.STANDARD_DAY)), key));
                return;
            }
        }
    }

    /**
     * A team member's extended hours (a working day's hours beyond 8, as {@link WeeklyOvertime}
     * pays them at the overtime factor; rest-day and holiday hours not among them) beyond 36 in a
     * month: first in a calendar month the run's dates touch, counting the run's dates in it only
     * (the run's own schedule); else in the rotation's average month (its cycle walked seven times,
     * so every weekday meets every place of the cycle, × 365.25 / 12 days).
     */
    private static void monthlyOvertime(Scenario s, Team t, String who, Said whoSaid, String key, LocalDate first, int runDays, List<Warning> out) {
        java.util.Map<java.time.YearMonth, Double> byMonth = new java.util.LinkedHashMap<>();
        for (int k = 0; k < Math.max(1, runDays); k++) {
            LocalDate d = first.plusDays(k);
            byMonth.merge(java.time.YearMonth.from(d), WeeklyOvertime.shareOf(s, t, d, 0)[0], Double::sum);
        }
        for (var m : byMonth.entrySet()) {
            if (m.getValue() > MONTHLY_LIMIT + 1e-6) {
                LocalDate from = m.getKey().atDay(1).isBefore(first) ? first : m.getKey().atDay(1);
                out.add(new Warning(who, from, "monthly_overtime", String.format(Locale.ROOT,
                        "%.1f h extended in %s (the run's dates in that month), more than 36 h a month", m.getValue() / 3600, m.getKey()),
                        whoSaid, new Said("lw_month", m.getValue() / 3600, m.getKey().toString()), key));
                return;
            }
        }
        int walk = 7 * t.cycle().size();
        double sum = 0;
        for (int k = 0; k < walk; k++) sum += WeeklyOvertime.shareOf(s, t, t.from().plusDays(k), 0)[0];
        double month = sum / walk * AVERAGE_MONTH_DAYS;
        if (month > MONTHLY_LIMIT + 1e-6) {
            out.add(new Warning(who, first, "monthly_overtime", String.format(Locale.ROOT,
                    "%.1f h extended in an average month of its rotation, more than 36 h a month", month / 3600),
                    whoSaid, new Said("lw_month_avg", month / 3600), key));
        }
    }

    /**
     * Why one shift cannot be worked by one person under the rules, if it cannot: longer than
     * the longest stint, or (worked every day) leaving less than the least rest before the
     * next day's shift.
     */
    public static java.util.Optional<String> shiftBreaksRules(Scenario s, Shift shift, boolean everyDay) {
        return shiftRules(s, shift, everyDay).stream().map(r -> r[1]).findFirst();
    }

    /** The rules one shift breaks, as {rule, why} pairs. */
    public static List<String[]> shiftRules(Scenario s, Shift shift, boolean everyDay) {
        List<String[]> out = new ArrayList<>();
        if (shift.length() > s.labour().maxStint() + 1e-6) {
            out.add(new String[]{"max_stint", "shift '" + shift.name() + "' lasts " + hours(shift.length()) + ", more than labour.max_stint "
                    + hours(s.labour().maxStint())});
        }
        double rest = 86400 - shift.length();
        if (everyDay && rest < s.labour().minRest() - 1e-6) {
            out.add(new String[]{"min_rest", "shift '" + shift.name() + "' worked every day leaves " + hours(rest) + " of rest, less than labour.min_rest "
                    + hours(s.labour().minRest())});
        }
        return out;
    }

    /** Coverage gaps of rotations: dates on which a shift some team works has no team at all. */
    public static List<String> rotationGaps(Scenario s) {
        return gaps(s).stream().map(Gap::toString).toList();
    }

    /** The same gaps, as shift and date. */
    public static List<Gap> gaps(Scenario s) {
        List<Gap> out = new ArrayList<>();
        if (s.teams().isEmpty()) return out;
        LocalDate first = s.start().toLocalDate();
        int runDays = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400);
        // Only a shift that is a post the rota staffs is checked: one more than one team works, or
        // one a team's cycle works more than once. A shift that appears once in one team's cycle
        // is that person's own day (fit writes each recorded agent's day as its own shift, e.g.
        // ANAT_0202), not a post that must be staffed on every date; its "gap" is no gap.
        java.util.Map<String, Integer> times = new java.util.LinkedHashMap<>();
        for (Team t : s.teams()) {
            for (String c : t.cycle()) if (!c.equals(ScenarioLoader.OFF)) times.merge(c, 1, Integer::sum); // each place in a cycle, each team
        }
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        times.forEach((shift, n) -> { if (n > 1) used.add(shift); });
        for (int d = 0; d < runDays; d++) {
            LocalDate date = first.plusDays(d);
            for (String shift : used) {
                boolean any = false, resting = false;
                for (Team t : s.teams()) {
                    if (t.agents().values().stream().mapToInt(Integer::intValue).sum() == 0) continue;
                    String on = DutyPlan.shiftOn(t, date);
                    any |= on.equals(shift);
                    resting |= on.equals(ScenarioLoader.OFF) && t.cycle().contains(shift);
                }
                if (!any) out.add(new Gap(shift, date, resting));
            }
        }
        return out;
    }

    private static List<Stint> stints(Scenario s, LocalDate first, int days, Function<LocalDate, Shift> shiftOn) {
        double day0 = s.startOfFirstDay();
        List<Stint> raw = new ArrayList<>();
        for (int k = -1; k < days; k++) {
            Shift sh = shiftOn.apply(first.plusDays(k));
            if (sh == null) continue;
            double start = day0 + k * 86400.0 + sh.fromSec();
            double breaks = 0;
            for (Break b : sh.breaks()) breaks += b.duration();
            raw.add(new Stint(start, start + sh.length(), sh.length() - breaks));
        }
        raw.sort((a, b) -> Double.compare(a.start, b.start));
        List<Stint> merged = new ArrayList<>();
        for (Stint p : raw) {
            if (!merged.isEmpty() && p.start <= merged.get(merged.size() - 1).end) {
                Stint last = merged.remove(merged.size() - 1);
                merged.add(new Stint(last.start, Math.max(last.end, p.end), last.worked + p.worked));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /**
     * The first stint too long and the first rest too short, preferring one the run shows (a
     * stint starting, a rest beginning, inside the run, so the date a warning names lies in the
     * run), else the first of the whole walk (a breach only a longer run would meet).
     */
    private static void stintAndRest(Labour rules, String who, Said whoSaid, String key, LocalDateTime first, double horizon, List<Stint> stints, List<Warning> out) {
        int longI = -1, restI = -1;
        for (int pass = 0; pass < 2 && longI < 0; pass++) {
            for (int i = 0; i < stints.size() && longI < 0; i++) {
                Stint p = stints.get(i);
                if ((pass == 1 || inRun(p.start, horizon)) && p.end - p.start > rules.maxStint() + 1e-6) longI = i;
            }
        }
        for (int pass = 0; pass < 2 && restI < 0; pass++) {
            for (int i = 1; i < stints.size() && restI < 0; i++) {
                double rest = stints.get(i).start - stints.get(i - 1).end;
                if ((pass == 1 || inRun(stints.get(i - 1).end, horizon)) && rest < rules.minRest() - 1e-6) restI = i;
            }
        }
        if (longI >= 0) {
            Stint p = stints.get(longI);
            out.add(new Warning(who, date(first, p.start), "max_stint", "works " + hours(p.end - p.start) + " in a row from "
                    + time(first, p.start) + ", more than " + Durations.format(rules.maxStint()),
                    whoSaid, new Said("lw_stint", new Hours(p.end - p.start), time(first, p.start), new Hours(rules.maxStint())), key));
        }
        if (restI >= 1) {
            double end = stints.get(restI - 1).end, rest = stints.get(restI).start - end;
            out.add(new Warning(who, date(first, end), "min_rest", "rests only " + hours(rest) + " from "
                    + time(first, end) + ", less than " + Durations.format(rules.minRest()),
                    whoSaid, new Said("lw_rest", new Hours(rest), time(first, end), new Hours(rules.minRest())), key));
        }
    }

    private static boolean inRun(double t, double horizon) { return t >= 0 && t < horizon; }

    /**
     * The first week (seven days from the run's first date, then the next seven, …) whose hours
     * pass the limit. A week reaching past the run's last date is the rotation's, not only the
     * run's: its hours count the days the cycle goes on to, and the warning says so, so a
     * supervisor does not look for a date the run never shows.
     */
    private static void weeklyHours(Scenario s, String who, Said whoSaid, String key, LocalDate first, int runDays, int days,
                                    List<Stint> stints, List<Warning> out) {
        for (int w = 0; w * 7 < days; w++) {
            double hours = worked(stints, w * 7 * 86400.0, (w + 1) * 7 * 86400.0) / 3600;
            if (hours > s.labour().maxHoursPerWeek() + 1e-9) {
                LocalDate from = first.plusDays(7L * w);
                boolean beyond = (w + 1) * 7 > runDays;
                LocalDate lastRunDate = first.plusDays(Math.max(0, runDays - 1));
                out.add(new Warning(who, from, "max_hours_per_week", beyond
                        ? String.format(Locale.ROOT, "%.0f h in the rotation's week from %s (the run's last date is %s; the rotation goes on beyond it), more than %.0f h",
                                hours, from, lastRunDate, s.labour().maxHoursPerWeek())
                        : String.format(Locale.ROOT, "%.0f h in the week from %s, more than %.0f h", hours, from, s.labour().maxHoursPerWeek()),
                        whoSaid, beyond ? new Said("lw_week_beyond", hours, from, lastRunDate, s.labour().maxHoursPerWeek())
                                : new Said("lw_week", hours, from, s.labour().maxHoursPerWeek()), key));
                return;
            }
        }
    }

    /**
     * Days in a row with a shift starting on them (a night shift counts on the date it starts, as
     * rotas are written), each streak measured whole: walked back to its real first date and on to
     * its last, whatever the run's start (a streak is shorter than the cycle unless the cycle has no
     * rest day at all, which is said as such). A streak the run's dates touch is preferred, else the
     * first that starts after the run's first date, in the walk of {@code days} days (a breach only a
     * longer run would meet).
     */
    private static void daysInRow(Scenario s, String who, Said whoSaid, String key, LocalDate first, int runDays, int days, int cycle,
                                  Function<LocalDate, Shift> shiftOn, List<Warning> out) {
        int max = s.labour().maxDaysInRow();
        if (everyDay(first, cycle, shiftOn)) {
            out.add(new Warning(who, first, "max_days_in_row", "works every day: its " + cycle + "-day cycle has no rest day, more than " + max
                    + " days in a row without one", whoSaid, new Said("lw_days_every", cycle, max), key));
            return;
        }
        for (int k = 0; k < days; k++) {
            LocalDate d = first.plusDays(k);
            if (shiftOn.apply(d) == null || (k > 0 && shiftOn.apply(d.minusDays(1)) != null)) continue;
            LocalDate from = d;
            if (k == 0) while (shiftOn.apply(from.minusDays(1)) != null) from = from.minusDays(1);
            LocalDate to = d;
            while (shiftOn.apply(to.plusDays(1)) != null) to = to.plusDays(1);
            int run = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            if (run > max) {
                // a streak wholly after the run's dates: said as the rotation's, as the weekly hours' week is (lw_week_beyond)
                LocalDate lastRunDate = first.plusDays(Math.max(0, runDays - 1));
                if (from.isAfter(lastRunDate)) {
                    out.add(new Warning(who, from, "max_days_in_row", "works " + run + " days in a row from " + from + " (the run's last date is " + lastRunDate
                            + "; the rotation goes on beyond it), more than " + max + " without a rest day",
                            whoSaid, new Said("lw_days_beyond", run, from, lastRunDate, max), key));
                    return;
                }
                out.add(new Warning(who, from, "max_days_in_row", "works " + run + " days in a row from " + from + ", more than " + max + " without a rest day",
                        whoSaid, new Said("lw_days", run, from, max), key));
                return;
            }
        }
    }

    /** Whether the cycle has no rest day: {@code cycle} dates in a row from {@code first} all have a shift. */
    private static boolean everyDay(LocalDate first, int cycle, Function<LocalDate, Shift> shiftOn) {
        for (int i = 0; i < cycle; i++) if (shiftOn.apply(first.plusDays(i)) == null) return false;
        return true;
    }

    /** A stint or rest in hours as a rota says it ("24h", "7h30m"), never in days. */
    public static String hours(double seconds) {
        long s = Math.round(seconds); // to the second: a warning is read, not loaded again
        long h = s / 3600, rest = s % 3600;
        return h + "h" + (rest >= 1 ? Durations.format(rest) : "");
    }

    private static double worked(List<Stint> stints, double from, double to) {
        double sum = 0;
        for (Stint p : stints) {
            double a = Math.max(from, p.start), b = Math.min(to, p.end);
            if (b > a) sum += p.worked * (b - a) / (p.end - p.start);
        }
        return sum;
    }

    private static LocalDate date(LocalDateTime origin, double t) { return time(origin, t).toLocalDate(); }

    private static LocalDateTime time(LocalDateTime origin, double t) { return origin.plusSeconds((long) Math.floor(t)); }
}
