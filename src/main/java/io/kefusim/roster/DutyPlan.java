package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Break;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;
import org.apache.commons.rng.UniformRandomProvider;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Who is on duty when, for one replication: every agent of the roster and of the teams, and
 * a time-ordered list of duty changes (start/end of shift, start/end of break). Built from
 * the scenario's shifts day by day, including a shift that began the evening before the
 * start and is still running. Absence is drawn per agent and shift: an absent agent does
 * not come to that shift and is not paid for it.
 *
 * <p>Back-to-back shifts of one agent (e.g. 00:00-24:00 every day) are merged into one duty
 * period, so no artificial hand-over happens at midnight.
 */
public final class DutyPlan {
    public static final int OFF = 0, BREAK_START = 1, BREAK_END = 2, ON = 3;

    private final int[] agentGroup;
    private final String[] agentName;
    private final double[] time;
    private final int[] agent;
    private final int[] action;
    private final double[] paidSeconds; // scheduled duty within [0, horizon], per agent
    private final double[][][] stints;  // per agent: {start, end, premium seconds, rest-day seconds, holiday seconds, night seconds} of each stint, clipped to [0, horizon]

    private DutyPlan(int[] agentGroup, String[] agentName, double[] time, int[] agent, int[] action, double[] paidSeconds, double[][][] stints) {
        this.agentGroup = agentGroup;
        this.agentName = agentName;
        this.time = time;
        this.agent = agent;
        this.action = action;
        this.paidSeconds = paidSeconds;
        this.stints = stints;
    }

    public int agents() { return agentGroup.length; }
    public int group(int a) { return agentGroup[a]; }
    /** Every agent's group, by agent (a copy). */
    public int[] groups() { return agentGroup.clone(); }
    public String agentName(int a) { return agentName[a]; }
    public int changes() { return time.length; }
    public double time(int i) { return time[i]; }
    public int agent(int i) { return agent[i]; }
    public int action(int i) { return action[i]; }
    public double paidSeconds(int a) { return paidSeconds[a]; }

    /**
     * The agent's stints (back-to-back shifts merged, breaks inside) clipped to [0, horizon], as
     * {start, end, premium, restDay, holiday}: premium is the scheduled time the working-time system pays
     * as overtime at the overtime factor, restDay the stint's share of its week's rest-day hours,
     * paid at the rest-day factor, holiday its time worked on listed statutory holidays, paid at
     * the holiday factor (see {@link #premium}); no second is in two of them.
     */
    public double[][] stints(int a) { return stints[a]; }

    /** Is agent a on duty (in a shift and not on a break) at time t? For tests and reports. */
    public boolean onDuty(int a, double t) {
        boolean on = false;
        for (int i = 0; i < time.length && time[i] <= t; i++) {
            if (agent[i] != a) continue;
            on = action[i] == ON || action[i] == BREAK_END;
        }
        return on;
    }

    /** On-duty periods [start, end) of an agent (shifts minus breaks), in time order. */
    public List<double[]> onDutySegments(int a) {
        List<double[]> out = new ArrayList<>();
        double since = Double.NaN;
        for (int i = 0; i < time.length; i++) {
            if (agent[i] != a) continue;
            boolean on = action[i] == ON || action[i] == BREAK_END;
            if (on && Double.isNaN(since)) since = time[i];
            if (!on && !Double.isNaN(since)) {
                if (time[i] > since) out.add(new double[]{since, time[i]});
                since = Double.NaN;
            }
        }
        return out;
    }

    /**
     * A shift instance (or back-to-back instances merged); premium is the instances' time worked
     * beyond the legal day, restDay their share of their weeks' rest-day hours (standard system, team members).
     */
    private record Period(double start, double end, List<double[]> breaks, double premium, double restDay) {}

    public static DutyPlan build(Scenario s, UniformRandomProvider absenceRng) {
        // In small methods, one loop each, and none here: built once per replication, this was one
        // method of 1,184 bytes of bytecode that C2 compiled (with its loops' on-stack replacements)
        // five times over, 50 kB of machine code each time, more compile time than any other method of
        // a staffing search. Without loops of its own it runs too few times for C2 to compile it.
        Agents agents = new Agents(s.groups().size());
        LocalDate first = s.start().toLocalDate();
        double day0 = s.startOfFirstDay();
        int lastDay = (int) Math.ceil((s.horizon() - day0) / 86400);
        addRoster(s, agents, first, day0, lastDay, absenceRng);
        addTeams(s, agents, first, day0, lastDay, absenceRng);
        int nAgents = agents.groups.size();
        double[] paid = new double[nAgents];
        double[][][] stints = new double[nAgents][][];
        Changes changes = new Changes();
        duties(s, agents, paid, stints, changes);
        changes.sort();
        return new DutyPlan(agents.groups.stream().mapToInt(Integer::intValue).toArray(), agents.names.toArray(String[]::new),
                changes.time, changes.agent, changes.action, paid, stints);
    }

    /** Every roster entry's positions (absence drawn in this order: entry by entry, position by position, day by day). */
    private static void addRoster(Scenario s, Agents agents, LocalDate first, double day0, int lastDay, UniformRandomProvider absenceRng) {
        for (RosterEntry e : s.roster()) addPositions(s, e, agents, first, day0, lastDay, absenceRng);
    }

    /** Every team's members, after the roster's positions. */
    private static void addTeams(Scenario s, Agents agents, LocalDate first, double day0, int lastDay, UniformRandomProvider absenceRng) {
        for (Team team : s.teams()) addMembers(s, team, agents, first, day0, lastDay, absenceRng);
    }

    /** The positions of a roster entry, each with its shift instances. */
    private static void addPositions(Scenario s, RosterEntry e, Agents agents, LocalDate first, double day0, int lastDay, UniformRandomProvider absenceRng) {
        Shift shift = s.shifts().get(e.shift());
        int g = s.groupIndex(e.group());
        for (int n = 0; n < e.agents(); n++) {
            agents.add(g, null, s.groups().get(g).name(), positionPeriods(s, e, shift, n, first, day0, lastDay, absenceRng));
        }
    }

    /** The members of a team, group by group, each with its shift instances. */
    private static void addMembers(Scenario s, Team team, Agents agents, LocalDate first, double day0, int lastDay, UniformRandomProvider absenceRng) {
        for (var ga : team.agents().entrySet()) {
            int g = s.groupIndex(ga.getKey());
            for (int n = 0; n < ga.getValue(); n++) {
                agents.add(g, team, team.name() + "/" + s.groups().get(g).name(), memberPeriods(s, team, n, first, day0, lastDay, absenceRng));
            }
        }
    }

    /** Every agent's stints, paid seconds and duty changes. */
    private static void duties(Scenario s, Agents agents, double[] paid, double[][][] stints, Changes changes) {
        for (int a = 0; a < paid.length; a++) {
            stints[a] = agentDuty(s, a, agents.periods.get(a), agents.teamOf.get(a), s.groups().get(agents.groups.get(a)).partTime(), paid, changes);
        }
    }

    /** The agents of a plan as they are added: group, team (null for a roster position), name and shift instances. */
    private static final class Agents {
        final List<Integer> groups = new ArrayList<>();
        final List<List<Period>> periods = new ArrayList<>();
        final List<Team> teamOf = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final int[] perGroupCount;

        Agents(int groupCount) { perGroupCount = new int[groupCount]; }

        void add(int g, Team team, String prefix, List<Period> mine) {
            teamOf.add(team);
            groups.add(g);
            names.add(prefix + "#" + (++perGroupCount[g]));
            periods.add(mine);
        }
    }

    /** The shift instances of position n of a roster entry, day by day (absence drawn per instance). */
    private static List<Period> positionPeriods(Scenario s, RosterEntry e, Shift shift, int n, LocalDate first, double day0, int lastDay,
                                                UniformRandomProvider absenceRng) {
        List<Period> mine = new ArrayList<>();
        for (int k = -1; k <= lastDay; k++) {
            LocalDate date = first.plusDays(k);
            if (e.dates() != null && !e.dates().contains(date)) continue;
            // a day's hours beyond 8, its hours on a listed holiday not counted among them (paid at the holiday factor instead)
            addInstance(mine, shift, day0 + k * 86400.0, s, absenceRng, Math.max(0, worked(shift) - HolidayHours.ofShift(s, shift, date, n) - STANDARD_DAY), 0, n);
        }
        return mine;
    }

    /** The shift instances of member n of a team's group, day by day along the team's cycle. */
    private static List<Period> memberPeriods(Scenario s, Team team, int n, LocalDate first, double day0, int lastDay,
                                              UniformRandomProvider absenceRng) {
        List<Period> mine = new ArrayList<>();
        for (int k = -1; k <= lastDay; k++) {
            LocalDate date = first.plusDays(k);
            String name = shiftOn(team, date);
            if (name.equals(ScenarioLoader.OFF)) continue;
            Shift shift = s.shifts().get(name);
            double[] pay = team.workingTime(s) == Scenario.WorkingTime.STANDARD ? WeeklyOvertime.shareOf(s, team, date, n)
                    : new double[]{Math.max(0, worked(shift) - STANDARD_DAY), 0};
            addInstance(mine, shift, day0 + k * 86400.0, s, absenceRng, pay[0], pay[1], n);
        }
        return mine;
    }

    /** Agent a's stints (returned), paid seconds (into {@code paid}) and duty changes (into {@code changes}). */
    private static double[][] agentDuty(Scenario s, int a, List<Period> periods, Team team, boolean partTime, double[] paid, Changes changes) {
        List<Period> merged = merge(periods);
        double[][] stints = premium(s, merged, team == null ? s.labour().workingTime() : team.workingTime(s), team, partTime);
        for (Period p : merged) {
            paid[a] += Math.max(0, Math.min(p.end, s.horizon()) - Math.max(p.start, 0));
            changes.add(Math.max(0, p.start), a, ON);
            changes.add(p.end, a, OFF);
            for (double[] b : p.breaks) {
                if (b[1] <= 0) continue;
                changes.add(Math.max(0, b[0]), a, BREAK_START);
                changes.add(b[1], a, BREAK_END);
            }
        }
        return stints;
    }

    /**
     * The duty changes, put in order by (time, agent, action), each compared as {@link Double#compare}
     * does. Sorted as primitives, not as a list of arrays under a chain of comparators (the same
     * order: changes equal in all three are the same change, so the sort's stability cannot show).
     */
    static final class Changes {
        double[] time = new double[64];
        int[] agent = new int[64], action = new int[64];
        int n;

        void add(double t, int a, int act) {
            if (n == time.length) {
                time = Arrays.copyOf(time, 2 * n);
                agent = Arrays.copyOf(agent, 2 * n);
                action = Arrays.copyOf(action, 2 * n);
            }
            time[n] = t;
            agent[n] = a;
            action[n++] = act;
        }

        /**
         * Sorts by time rank (the distinct times in {@link Double#compare} order), then agent, then
         * action, packed into one long each (rank in the high 32 bits, agent and action below), and
         * trims the arrays to the changes.
         */
        void sort() {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = orderKey(time[i]);
            long[] distinct = keys.clone();
            Arrays.sort(distinct);
            int d = 0;
            for (int i = 0; i < n; i++) if (d == 0 || distinct[i] != distinct[d - 1]) distinct[d++] = distinct[i];
            double[] timeOfRank = new double[d];
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                int rank = Arrays.binarySearch(distinct, 0, d, keys[i]);
                timeOfRank[rank] = time[i];
                packed[i] = (long) rank << 32 | (long) agent[i] << 2 | action[i];
            }
            Arrays.sort(packed);
            double[] t = new double[n];
            int[] ag = new int[n], act = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = timeOfRank[(int) (packed[i] >>> 32)];
                ag[i] = (int) (packed[i] & 0xFFFF_FFFFL) >>> 2;
                act[i] = (int) (packed[i] & 3);
            }
            time = t;
            agent = ag;
            action = act;
        }

        /** A long whose signed order is {@link Double#compare}'s order of the doubles (-0.0 before 0.0, NaN last). */
        static long orderKey(double v) {
            long bits = Double.doubleToLongBits(v);
            return bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
    }

    /** The shift (or "off") a team works on a date. */
    public static String shiftOn(Team team, LocalDate date) {
        long d = ChronoUnit.DAYS.between(team.from(), date);
        return team.cycle().get((int) Math.floorMod(d, (long) team.cycle().size()));
    }

    /**
     * @param premium the instance's time paid at the overtime factor under the standard system
     *                (its time worked beyond 8 h; none on a team member's rest day)
     * @param restDay its share of its week's rest-day hours (team members under the standard
     *                system, {@link WeeklyOvertime})
     * @param index  the agent's place in its roster entry or team group, which picks its slot of a split break
     */
    private static void addInstance(List<Period> out, Shift shift, double midnight, Scenario s, UniformRandomProvider absenceRng, double premium, double restDay, int index) {
        double start = midnight + shift.fromSec();
        double end = start + shift.length();
        if (end <= 0 || start >= s.horizon()) return;
        // Drawn for every scheduled instance, in a fixed order, so the stream stays in step.
        if (s.absence() > 0 && absenceRng.nextDouble() < s.absence()) return;
        out.add(new Period(start, end, HolidayHours.breaks(shift, start, index), premium, restDay));
    }

    /** Seconds worked in one instance of a shift: its length less its breaks. */
    public static double worked(Shift shift) {
        double worked = shift.length();
        for (Break b : shift.breaks()) worked -= b.duration();
        return worked;
    }

    /** Daily hours of the standard working-time system (标准工时制); beyond them a stint is overtime. */
    public static final double STANDARD_DAY = 8 * 3600;
    /** Weekly hours of the comprehensive system (综合计算工时制), on the rotation's average week. */
    public static final double STANDARD_WEEK = 40 * 3600;

    /**
     * Stints inside the horizon with the time the working-time system pays at the overtime
     * rate and at the rest-day rate: standard, the time worked (breaks not counted) beyond 8 h
     * in each shift, and for a team member the time worked on the week's rest days (the days
     * worked beyond five, Monday to Sunday) spread over the week's shifts ({@link WeeklyOvertime}),
     * none of it twice;
     * comprehensive, for a team member the hours of the rotation's average week ({@link #averageWeek})
     * beyond 40, times the run's paid days / 7 (a settlement period is longer than a run, so the run
     * is judged by the schedule's average week, not by its own few days), scaled by the hours
     * actually worked over those scheduled (absence) and spread over the stints in proportion
     * (rest days count in the period's total);
     * flexible, none. A roster position is filled by enough people to keep each within 40 hours
     * a week ({@link People}), so it earns only the daily part.
     *
     * <p>Time worked on a listed statutory holiday ({@code costs.holidays}) is paid at the holiday
     * factor under the standard and the comprehensive system (not under flexible), by the clock
     * ({@link HolidayHours}), and is in neither of the others: the standard system's extended
     * hours and rest days leave it out ({@link WeeklyOvertime}); the comprehensive system's total
     * leaves it out and its standard is 8 hours less for each holiday in the run (a holiday is a
     * paid day off, not a working day).
     */
    private static double[][] premium(Scenario s, List<Period> merged, Scenario.WorkingTime system, Team team, boolean partTime) {
        List<double[]> out = new ArrayList<>();
        double workedTotal = 0;
        for (Period p : merged) {
            double a = Math.max(0, p.start), b = Math.min(s.horizon(), p.end);
            if (b <= a) continue;
            double breaks = 0, whole = p.end - p.start;
            for (double[] br : p.breaks) breaks += Math.max(0, br[1] - br[0]);
            double share = (b - a) / whole;
            double worked = (whole - breaks) * share;
            boolean standard = system == Scenario.WorkingTime.STANDARD;
            // a part-timer (非全日制用工) earns no overtime or rest-day premium (Payroll pays the hours at the hourly pay):
            // those seconds are ordinary, so no output says "at 1.5×" or "at 2×" of hours paid at 1× (tester26); the holiday premium stays
            double extra = standard && !partTime ? p.premium * share : 0, rest = standard && !partTime ? p.restDay * share : 0;
            double holiday = system == Scenario.WorkingTime.FLEXIBLE ? 0 : Math.min(worked, HolidayHours.worked(s, a, b, p.breaks));
            // a stint cut by the run's start or end: its share of the day's premium may fall on the holiday part
            if (holiday > 0 && extra + rest > worked - holiday) {
                double f = (worked - holiday) / (extra + rest);
                extra *= f;
                rest *= f;
            }
            double ordinary = worked - holiday;
            workedTotal += ordinary;
            out.add(new double[]{a, b, extra, rest, ordinary, holiday, NightHours.worked(s, a, b, p.breaks)});
        }
        if (system == Scenario.WorkingTime.COMPREHENSIVE && team != null && !partTime && workedTotal > 0) {
            // judged on the rotation's average week, not on the run's few days: a settlement period
            // (a month, a quarter) is longer than a run, and a run of a week's working days is not
            // a week of overtime. The week's hours beyond 40 are spread over the run's paid days as
            // the salary is; hours actually worked (an absent shift is not) scale them.
            double days = Math.max(1, Math.ceil(s.horizon() / 86400.0 - 1e-9));
            double holiday = 0;
            for (double[] st : out) holiday += st[5];
            double scheduled = s.absence() > 0 ? scheduledInRun(s, team) : workedTotal + holiday;
            double expected = averageWeek(s, team) * days / 7 * (scheduled > 0 ? (workedTotal + holiday) / scheduled : 0);
            // no more than the hours worked in the run: a run of an hour of a shift pays a day's salary, not a day's overtime on one hour
            double over = Math.min(workedTotal, Math.max(0, expected - holiday - (STANDARD_WEEK * days / 7 - STANDARD_DAY * HolidayHours.daysInRun(s))));
            for (double[] st : out) st[2] = over * st[4] / workedTotal;
        }
        double[][] arr = new double[out.size()][];
        for (int i = 0; i < arr.length; i++) {
            double[] st = out.get(i);
            arr[i] = new double[]{st[0], st[1], st[2], st[3], st[5], st[6]};
        }
        return arr;
    }

    /**
     * Seconds a team member works (breaks not counted) in an average week of the team's cycle:
     * the cycle's hours × 7 / its days ([office × 5, off, off] of 8 h is 40 h; a cycle of 12-hour
     * shifts [day, day, night, night, off, off, off] is 48 × 7 / 7 = 48 h).
     */
    public static double averageWeek(Scenario s, Team team) {
        if (team.cycle().isEmpty()) return 0;
        double cycle = 0;
        for (String name : team.cycle()) if (s.shifts().containsKey(name)) cycle += worked(s.shifts().get(name));
        return cycle * 7 / team.cycle().size();
    }

    /** Seconds a team member is scheduled to work (breaks not counted) inside [0, horizon], nobody absent. */
    private static double scheduledInRun(Scenario s, Team team) {
        LocalDate first = s.start().toLocalDate();
        double day0 = s.startOfFirstDay(), sum = 0;
        int lastDay = (int) Math.ceil((s.horizon() - day0) / 86400);
        for (int k = -1; k <= lastDay; k++) {
            String name = shiftOn(team, first.plusDays(k));
            if (name.equals(ScenarioLoader.OFF)) continue;
            Shift shift = s.shifts().get(name);
            double start = day0 + k * 86400.0 + shift.fromSec(), end = start + shift.length();
            double a = Math.max(0, start), b = Math.min(s.horizon(), end);
            if (b > a) sum += worked(shift) * (b - a) / shift.length();
        }
        return sum;
    }

    private static List<Period> merge(List<Period> in) {
        List<Period> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Period::start));
        List<Period> out = new ArrayList<>();
        for (Period p : sorted) {
            if (!out.isEmpty() && p.start <= out.get(out.size() - 1).end) {
                Period last = out.remove(out.size() - 1);
                List<double[]> b = new ArrayList<>(last.breaks);
                b.addAll(p.breaks);
                out.add(new Period(last.start, Math.max(last.end, p.end), b, last.premium + p.premium, last.restDay + p.restDay));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "DutyPlan{agents=" + agents() + ", changes=" + Arrays.toString(Arrays.copyOf(time, Math.min(10, time.length))) + "}";
    }
}
