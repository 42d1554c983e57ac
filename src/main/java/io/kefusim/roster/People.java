package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The people a group employs for its roster, which a monthly-paid group pays whether or not
 * they are scheduled on a given day.
 *
 * <p>A team's members are people. A roster entry is positions, which a shop fills with a rota
 * of people; the people it takes are the most of
 * <ul>
 * <li>the positions on the busiest day (a person works one shift a day: with 11 h of rest
 * between stints no two of the examples' shifts fit one day),</li>
 * <li>the position-days of the busiest seven days / 5 (a person works at most five days a
 * week: the 40-hour week of 8-hour days, 劳动法 art. 36 and the 1995 State Council rule), and</li>
 * <li>the hours worked (breaks not counted) in the busiest seven days / 40 (so no one needs
 * weekly overtime; a 12-hour position every day takes 84 / 40 = 2.1 people, not 1.4),</li>
 * </ul>
 * rounded up to whole people for the group (a part-time group, {@code pay: part_time}: the hours
 * / 24, a part-timer's most a week). So 19 positions of 8 hours every day take 26.6,
 * i.e. 27 people. Dated entries count only on their dates; the seven days are every week that
 * touches the run, its days before and after counted as the roster repeats them.
 */
public final class People {
    /** Days a week one person works under the standard working-time system. */
    public static final int DAYS_A_WEEK = 5;

    private People() {}

    /** People employed per group, whole people, in the scenario's group order. */
    public static double[] employed(Scenario s) {
        double[] out = new double[s.groups().size()];
        for (int g = 0; g < out.length; g++) out[g] = employed(s, g);
        return out;
    }

    public static double employed(Scenario s, int group) {
        // a whisker below a whole number is that number (19 x 7 / 5 computed in doubles)
        return members(s, group) + Math.ceil(forPositions(s, group) - 1e-9);
    }

    /** Team members of the group. */
    static double members(Scenario s, int group) {
        String name = s.groups().get(group).name();
        double members = 0;
        for (Team t : s.teams()) members += t.agents().getOrDefault(name, 0);
        return members;
    }

    /**
     * People the group's roster positions take, not rounded: what one more position costs in
     * salaries (the staffing optimiser's price of a decision).
     */
    public static double forPositions(Scenario s, int group) {
        String name = s.groups().get(group).name();
        LocalDate first = s.start().toLocalDate();
        LocalDate last = s.start().plusSeconds((long) Math.ceil(s.horizon()) - 1).toLocalDate();
        double busiestDay = 0, busiestWeek = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) busiestDay = Math.max(busiestDay, positions(s, name, d, false));
        for (LocalDate w = first.minusDays(6); !w.isAfter(last); w = w.plusDays(1)) busiestWeek = Math.max(busiestWeek, week(s, group, w));
        return Math.max(Math.max(busiestDay, busiestWeek), restApart(s, name, null));
    }

    /**
     * The least people who can work the group's dated positions (a dated line's, or the dated positions {@code staff
     * --by-date} and {@code --design --by-date} write, one person each) with {@code labour.min_rest} between one person's
     * shifts: a person may take a second position only if it starts at least min_rest after the first ends. That is
     * the most positions whose shift, with min_rest after it, overlaps at one moment (interval partitioning; the moment
     * can be taken at a position's start); counted at the starts of the positions starting on {@code on} (null: every
     * date; a position starting before the run's first date counts on that date). Before staffM dated positions took
     * only their busiest day's count: tester25's designed 06-17 22:00–10:00 and 06-18 positions counted 31 people where
     * 33 are needed with 11 h of rest. Every-day lines are the rota's (5 days, 40 hours) and not counted here.
     */
    static double restApart(Scenario s, String group, LocalDate on) {
        List<double[]> shifts = new ArrayList<>(); // {start, end + min_rest, people}, seconds from the run's first date
        LocalDate first = s.start().toLocalDate();
        for (RosterEntry e : s.roster()) {
            if (!e.group().equals(group) || e.dates() == null) continue;
            Scenario.Shift sh = s.shifts().get(e.shift());
            if (sh == null) continue;
            for (LocalDate d : e.dates()) {
                double start = java.time.temporal.ChronoUnit.DAYS.between(first, d) * 86400.0 + sh.fromSec();
                shifts.add(new double[]{start, start + sh.length() + s.labour().minRest(), e.agents(), d.isBefore(first) ? 0 : 1});
            }
        }
        double most = 0;
        for (double[] a : shifts) {
            LocalDate starts = first.plusDays((long) Math.floor(a[0] / 86400));
            if (on != null && !(starts.equals(on) || a[3] == 0 && on.equals(first))) continue;
            double at = 0;
            for (double[] b : shifts) if (b[0] <= a[0] && a[0] < b[1]) at += b[2];
            most = Math.max(most, at);
        }
        return most;
    }

    /**
     * The people the group's roster positions take as seen from one date of the run, by the rule of {@link #forPositions}:
     * the most of that date's positions and, for each seven days that contain it (the roster repeated outside the run),
     * the position-days / 5 and the hours worked / 40 (24 for part-timers). Not rounded. The largest over the run's dates is
     * {@link #forPositions}, and a date without positions of the group counts none: staff's per-day people column counts with it, so its busiest day says the people the
     * labour cost employs (before staffM the column counted an hourly group's every-day position as one person,
     * where the labour cost counts 7/5: 13 people against the 15 employed).
     */
    public static double forPositionsOn(Scenario s, int group, LocalDate date) {
        String name = s.groups().get(group).name();
        double most = Math.max(positions(s, name, date, false), restApart(s, name, date));
        if (most == 0) return 0; // no position that day (sale-day temporaries on the eve): nobody to count there
        for (LocalDate w = date.minusDays(6); !w.isAfter(date); w = w.plusDays(1)) most = Math.max(most, week(s, group, w));
        return most;
    }

    /** The people the seven days from {@code from} take: their position-days / 5 or their hours / a person's week, the more. */
    private static double week(Scenario s, int group, LocalDate from) {
        String name = s.groups().get(group).name();
        double days = 0, hours = 0;
        for (int i = 0; i < 7; i++) {
            days += positions(s, name, from.plusDays(i), false);
            hours += positions(s, name, from.plusDays(i), true);
        }
        return Math.max(days / DAYS_A_WEEK, hours / weekOf(s, group));
    }

    /** Part-timers' most hours a week each (非全日制用工, 劳动合同法 art. 68). */
    public static final double PART_TIME_WEEK = 24;

    /** Hours a week one person of the group works at most: 24 for part-time staff, else the standard 40. */
    static double weekOf(Scenario s, int group) {
        return s.groups().get(group).partTime() ? PART_TIME_WEEK : DutyPlan.STANDARD_WEEK / 3600;
    }

    /**
     * Hours the group's people work in a week of its rota, as planned (nobody absent; breaks not
     * counted, as overtime and the people employed count hours: a 09:00–18:00 shift with a lunch
     * hour is the standard 8-hour day, five of them 40 h, not 45): the roster positions' hours in their busiest
     * seven days touching the run (the week {@link #forPositions} counts people for), and each team
     * member's hours in an average week of the team's cycle. A rota property, so the same whatever
     * part of a shift the run happens to cut.
     */
    public static double weeklyPaidHours(Scenario s, int group) {
        return busiestWeek(s, group)[0] + teams(s, group, true);
    }

    /**
     * Positions the group's rota fills in a week, for {@link #weeklyPaidHours} per position: the
     * roster's position-days in the same busiest seven days over 7 (a position every day is one,
     * a position on weekdays only is 5/7), and each team member one. A rota property: 3 positions
     * of 8 hours every day are 3, whatever part of a shift the run cuts (their 168 h a week read
     * 56 h per position).
     */
    public static double weeklyPositions(Scenario s, int group) {
        return busiestWeek(s, group)[1] / 7 + teams(s, group, false);
    }

    /** The roster's hours worked (breaks not counted) and position-days in its busiest seven days (by hours) touching the run. */
    private static double[] busiestWeek(Scenario s, int group) {
        String name = s.groups().get(group).name();
        LocalDate first = s.start().toLocalDate();
        LocalDate last = s.start().plusSeconds((long) Math.ceil(s.horizon()) - 1).toLocalDate();
        double[] busiest = {0, 0};
        for (LocalDate w = first.minusDays(6); !w.isAfter(last); w = w.plusDays(1)) {
            double hours = 0, days = 0;
            for (int i = 0; i < 7; i++)
                for (RosterEntry e : s.roster())
                    if (e.group().equals(name) && (e.dates() == null || e.dates().contains(w.plusDays(i)))) {
                        hours += e.agents() * DutyPlan.worked(s.shifts().get(e.shift())) / 3600;
                        days += e.agents();
                    }
            if (hours > busiest[0]) busiest = new double[]{hours, days};
        }
        return busiest;
    }

    /** Team members' hours in an average week of their cycle, or the members themselves. */
    private static double teams(Scenario s, int group, boolean hours) {
        String name = s.groups().get(group).name();
        double teams = 0;
        for (Team t : s.teams()) {
            int members = t.agents().getOrDefault(name, 0);
            if (members == 0 || t.cycle().isEmpty()) continue;
            if (!hours) { teams += members; continue; }
            double cycle = 0;
            for (String shift : t.cycle()) if (s.shifts().containsKey(shift)) cycle += DutyPlan.worked(s.shifts().get(shift)) / 3600;
            teams += members * cycle * 7 / t.cycle().size();
        }
        return teams;
    }

    /** The group's positions on a date, or the hours worked on them (breaks not counted). */
    private static double positions(Scenario s, String group, LocalDate date, boolean hours) {
        double sum = 0;
        for (RosterEntry e : s.roster()) {
            if (!e.group().equals(group) || (e.dates() != null && !e.dates().contains(date))) continue;
            sum += e.agents() * (hours ? DutyPlan.worked(s.shifts().get(e.shift())) / 3600 : 1);
        }
        return sum;
    }
}
