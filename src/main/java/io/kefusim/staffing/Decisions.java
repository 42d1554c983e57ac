package io.kefusim.staffing;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.metrics.Payroll;
import io.kefusim.roster.DutyPlan;
import io.kefusim.roster.People;
import io.kefusim.scenario.Limits;
import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.Scenario.Bound;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Team;
import org.apache.commons.rng.simple.RandomSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headcounts the optimiser decides: for each agent group, either each shift (every day,
 * or each date with {@code byDate} for a group paid by the hour) or, for a scenario with rotating
 * teams, each team. A roster line of the scenario with dates (sale-day temporaries) is decided as a
 * line on those same dates, its headcount free, its dates kept: they are the shop's plan for when it
 * works; a group the roster names only on dates is decided on those dates on its other shifts too.
 * With {@code byDate} only a group paid by the hour is decided per date: a monthly-paid group employs
 * its people every day (a position on one date would be priced as a day's share of a salary, which
 * no shop pays: {@code pay.salaried_few_days}), so its shifts are decided for every day. Each
 * decision knows its bounds, its pay for one agent over the horizon, and the share of each
 * reporting interval one agent is on duty — computed by building the real duty plan of a
 * single agent, so breaks, midnight crossings and rotations count exactly as in a run.
 */
public final class Decisions {
    /**
     * One decision: how many agents of {@code group} on {@code shift} (on {@code date}: one date of
     * {@code --by-date}; or on {@code dates}: a dated roster line's dates, kept as the scenario gives
     * them; neither: every day) or in {@code team}.
     */
    public record Decision(String group, String shift, LocalDate date, List<LocalDate> dates, String team, int min, int max,
                           double cost, double[] coverage) {
        public String label() {
            return label(group, shift, on(), team);
        }

        /** The label with another shift name: a designed shift as optimised.yaml names it ("0400-8h-b0600x3", not the candidate's "0400-8h"). */
        public String label(String shiftName) {
            return label(group, shiftName, on(), team);
        }

        /** The dates this decision's agents work (null: every day). */
        public List<LocalDate> on() {
            return date != null ? List.of(date) : dates;
        }

        /** Whether its agents work every day (not one date, not a dated line). */
        public boolean everyDay() {
            return date == null && dates == null;
        }

        static String label(String group, String shift, List<LocalDate> on, String team) {
            return group + " @ " + (team != null ? "team " + team : shift + (on == null ? ""
                    : " " + String.join(",", on.stream().map(LocalDate::toString).toList())));
        }

        /**
         * Whether a roster entry of the scenario is counted in this decision ("now"): a dated line in the decision of
         * its dates; an undated entry in the every-day decision, or on each date of {@code --by-date}, as is a dated
         * entry on each of its dates.
         */
        public boolean counts(RosterEntry e) {
            if (team != null || !e.group().equals(group) || !e.shift().equals(shift)) return false;
            if (date != null) return e.dates() == null || e.dates().contains(date);
            if (dates != null) return e.dates() != null && new java.util.TreeSet<>(e.dates()).equals(new java.util.TreeSet<>(dates));
            return e.dates() == null;
        }
    }

    public static final int DEFAULT_MAX = 200;

    private Decisions() {}

    /**
     * Whether the scenario has rotating teams, whose sizes are decided (their rotations kept). A roster beside them (an
     * hourly part-timer's line) is decided beside them: its groups' lines as without teams ({@link #of}). Until staffM a
     * single roster line made staff drop the teams and decide every group's shifts as roster lines instead.
     */
    public static boolean teamsMode(Scenario s) {
        return !s.teams().isEmpty();
    }

    /** Rotating teams and no roster line: every decision is a team's. */
    public static boolean teamsOnly(Scenario s) {
        return !s.teams().isEmpty() && s.roster().isEmpty();
    }

    public static List<Decision> of(Scenario s, boolean byDate) {
        List<Decision> out = new ArrayList<>();
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        if (teamsMode(s)) {
            for (Team t : s.teams()) {
                for (Scenario.AgentGroup g : s.groups()) {
                    if (!t.agents().containsKey(g.name())) continue;
                    Team one = new Team(t.name(), Map.of(g.name(), 1), t.cycle(), t.from(), t.workingTime());
                    Decision d = decision(s, g, null, null, null, t.name(), s.withRoster(List.of(), List.of(one), 0), intervals);
                    out.add(new Decision(d.group(), d.shift(), d.date(), null, d.team(), d.min(), d.max(), cycleCost(s, g, one), d.coverage()));
                }
            }
            if (s.roster().isEmpty()) {
                withinLimit(s, out);
                return out;
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        if (byDate) {
            LocalDate first = s.start().toLocalDate().minusDays(1);
            LocalDate last = s.start().plusSeconds((long) s.horizon()).toLocalDate();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) dates.add(d);
        }
        for (Scenario.AgentGroup g : s.groups()) {
            // --by-date varies by date only a group the shop hires by the date: one paid by the hour
            boolean perDate = byDate && g.hourly();
            List<RosterEntry> lines = s.roster().stream().filter(e -> e.group().equals(g.name())).toList();
            // beside rotating teams, only the groups the roster names have roster lines to decide (the teams' are sized above)
            if (teamsMode(s) && lines.isEmpty()) continue;
            boolean datedOnly = !lines.isEmpty() && lines.stream().allMatch(e -> e.dates() != null);
            java.util.TreeSet<LocalDate> groupDates = new java.util.TreeSet<>();
            for (RosterEntry e : lines) if (e.dates() != null) groupDates.addAll(e.dates());
            for (String shift : s.shifts().keySet()) {
                if (perDate) {
                    for (LocalDate d : dates) {
                        RosterEntry one = new RosterEntry(g.name(), shift, 1, List.of(d));
                        Decision dec = decision(s, g, shift, d, null, null, s.withRoster(List.of(one), List.of(), 0), intervals);
                        if (dec.cost() > 0) out.add(dec); // a shift instance entirely outside the horizon decides nothing
                    }
                    continue;
                }
                // every day, unless the roster names the group only on dates (temporaries): then on those dates
                if (!datedOnly) {
                    RosterEntry one = new RosterEntry(g.name(), shift, 1, null);
                    out.add(decision(s, g, shift, null, null, null, s.withRoster(List.of(one), List.of(), 0), intervals));
                }
                // each dated line of the scenario on its own dates (two lines with the same dates are one decision)
                List<java.util.TreeSet<LocalDate>> lineDates = new ArrayList<>();
                for (RosterEntry e : lines) {
                    if (e.dates() == null || !e.shift().equals(shift)) continue;
                    java.util.TreeSet<LocalDate> on = new java.util.TreeSet<>(e.dates());
                    if (!lineDates.contains(on)) lineDates.add(on);
                }
                if (datedOnly && lineDates.isEmpty()) lineDates.add(groupDates);
                for (java.util.TreeSet<LocalDate> on : lineDates) {
                    List<LocalDate> list = List.copyOf(on);
                    RosterEntry one = new RosterEntry(g.name(), shift, 1, list);
                    Decision dec = decision(s, g, shift, null, list, null, s.withRoster(List.of(one), List.of(), 0), intervals);
                    if (dec.cost() > 0) out.add(dec); // dates entirely outside the horizon (said by validate) decide nothing
                }
            }
        }
        withinLimit(s, out);
        return out;
    }

    /**
     * The buyer types no group paid by the hour serves, comma-separated ("" when every type has one): with
     * {@code --by-date} their extra positions can only go to monthly-paid groups, which are decided the same every
     * day, so the answer cannot vary them by date (the search says so once, and what to do).
     */
    public static String noHourlyGroup(Scenario s) {
        List<String> types = new ArrayList<>();
        for (Scenario.BuyerType b : s.buyers()) {
            if (s.groups().stream().noneMatch(g -> g.hourly() && g.skills().contains(b.name()))) types.add(b.name());
        }
        return String.join(", ", types);
    }

    static Decision decision(Scenario s, Scenario.AgentGroup g, String shift, LocalDate date, List<LocalDate> dates, String team,
                                     Scenario single, int intervals) {
        DutyPlan plan = DutyPlan.build(single, RandomSource.SPLIT_MIX_64.create(0L));
        double[] coverage = new double[intervals];
        for (double[] seg : plan.onDutySegments(0)) {
            for (int i = 0; i < intervals; i++) {
                double a = Math.max(seg[0], Math.max(i * s.interval(), s.warmup())), b = Math.min(seg[1], Math.min((i + 1) * s.interval(), s.horizon()));
                double len = Math.min((i + 1) * s.interval(), s.horizon()) - i * s.interval();
                if (b > a) coverage[i] += (b - a) / len;
            }
        }
        // pay of one agent as the run pays it: on monthly pay the people one position takes (a
        // fraction: 1.4 for 8 hours every day) or one team member, prorated; by the hour its hours;
        // and the night allowance of its hours worked between 22:00 and 06:00, as labour cost counts it
        double premium = 0, restDay = 0, holiday = 0, night = 0;
        for (double[] st : plan.stints(0)) {
            premium += st[2];
            restDay += st[3];
            holiday += st[4];
            night += st[5];
        }
        int gi = s.groupIndex(g.name());
        double people = team != null ? 1 : People.forPositions(single, gi);
        double cost = plan.paidSeconds(0) > 0 ? Payroll.cost(s, gi, people, Payroll.months(s), plan.paidSeconds(0), premium, restDay, holiday, 0, 0)
                + Payroll.nightAllowance(s, night) : 0;
        int min = 0, max = Bound.NO_MAX;
        String pattern = team != null ? team : shift;
        for (Bound b : s.staffingBounds()) {
            boolean matches = (b.group() == null || b.group().equals(g.name()))
                    && (b.pattern() == null || b.pattern().equals(pattern))
                    && (b.date() == null || b.date().equals(date) || dates != null && dates.contains(b.date()));
            if (matches) {
                min = Math.max(min, b.min());
                if (b.hasMax()) max = max == Bound.NO_MAX ? b.max() : Math.min(max, b.max());
            }
        }
        // the default max gives way to a larger min: a bound is honoured as written, never capped
        if (max == Bound.NO_MAX) max = Math.max(DEFAULT_MAX, min);
        if (max < min) {
            throw refusal(s, String.format(Locale.ROOT, "for %s the bounds ask for at least %d and at most %d agents; allowed: a max of at least the min",
                    Decision.label(g.name(), shift, date != null ? List.of(date) : dates, team), min, max),
                    String.format(Locale.ROOT, "%s 的范围要求至少 %d、至多 %d 名客服；允许：max 不小于 min", Decision.label(g.name(), shift, date != null ? List.of(date) : dates, team), min, max));
        }
        if (shift != null && io.kefusim.roster.LabourCheck.shiftBreaksRules(s, s.shifts().get(shift), date == null && dates == null).isPresent()) {
            min = max = 0; // a shift no one may legally work is not offered (validate and staff say why)
        }
        return new Decision(g.name(), shift, date, dates, team, min, max, cost, coverage);
    }

    /**
     * What one member of a rotating team costs over the run: what the run's labour cost pays the
     * member over whole periods of the rotation in whole calendar weeks
     * ({@link io.kefusim.roster.RotationCycle#payWindow}), through the run's own code
     * ({@link io.kefusim.run.Replication#scheduledPay}), scaled to the run's months (the salary is the
     * run's months', the hours and premiums the window's average). A member is employed and paid every
     * day and works each of the cycle's shifts in turn, and the search sizes a team over its whole
     * cycle: priced by the run's days alone, a team off on them cost nothing (and the search spent its
     * budget on rosters that differed only in that team's size), and two teams on the same cycle
     * would be priced apart by where the run falls in it. A run of whole periods from a Monday is its
     * own window: the price is then what the run pays the member, to the cent (tests).
     */
    static double cycleCost(Scenario s, Scenario.AgentGroup g, Team one) {
        Scenario w = io.kefusim.roster.RotationCycle.payWindow(s.withRoster(List.of(), List.of(one), 0));
        return io.kefusim.run.Replication.scheduledPay(w, s.groupIndex(g.name())) * Payroll.months(s) / Payroll.months(w);
    }

    /**
     * The largest roster the bounds allow must be one a run can hold ({@link Limits#MAX_AGENTS}
     * agents, counted as the run counts them): the search simulates it when nothing smaller meets
     * the goal, so a larger one is refused here, naming the bounds, rather than capped.
     */
    static void withinLimit(Scenario s, List<Decision> decisions) {
        long largest = 0;
        for (Decision d : decisions) largest += d.max();
        if (largest > Limits.MAX_AGENTS) {
            throw refusal(s, String.format(Locale.ROOT, "the largest roster the bounds allow has %,d agents over %d decisions (%d each unless a max says otherwise); "
                            + "allowed: at most %,d agents on a roster (give smaller max values)", largest, decisions.size(), DEFAULT_MAX, Limits.MAX_AGENTS),
                    String.format(Locale.ROOT, "范围允许的最大排班有 %,d 名客服（%d 个决策，未给 max 的各 %d 名）；允许：一份排班最多 %,d 名客服（请调小 max）",
                            largest, decisions.size(), DEFAULT_MAX, Limits.MAX_AGENTS));
        }
    }

    private static ScenarioException refusal(Scenario s, String english, String chinese) {
        Origins.Origin at = s.origins().at("staffing.bounds");
        return new ScenarioException(at.file(), at.line(), "staffing.bounds", english, chinese);
    }

    /** The scenario with the headcounts x (agents per decision); zero headcounts are left out. */
    public static Scenario apply(Scenario s, List<Decision> decisions, int[] x) {
        List<Team> teams = new ArrayList<>();
        if (teamsMode(s)) {
            Map<String, Map<String, Integer>> sizes = new LinkedHashMap<>();
            for (Team t : s.teams()) sizes.put(t.name(), new LinkedHashMap<>());
            for (int k = 0; k < x.length; k++) if (decisions.get(k).team() != null) sizes.get(decisions.get(k).team()).put(decisions.get(k).group(), x[k]);
            for (Team t : s.teams()) teams.add(new Team(t.name(), sizes.get(t.name()), t.cycle(), t.from(), t.workingTime()));
        }
        List<RosterEntry> roster = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            Decision d = decisions.get(k);
            if (x[k] == 0 || d.team() != null) continue;
            roster.add(new RosterEntry(d.group(), d.shift(), x[k], d.on()));
        }
        return s.withRoster(roster, teams, s.absence());
    }

    /**
     * The scenario as optimised.yaml writes it (tester26): {@link #apply}'s, plus a line with {@code agents: 0} for a group,
     * or a shift, that staff decided nobody works and that no other line or team names. Without it the file read back is
     * warned "in no roster line … add it to the roster, or delete the group" ({@code inputs.unread}), advice to undo staff's
     * own decision. A line of 0 agents brings nobody and changes no figure. One line per such group or shift: first a
     * decided-0 line today's roster has, then any decided-0 line; none for a group or shift the file no longer has (designed shifts).
     */
    public static Scenario written(Scenario original, Scenario best, List<Decision> decisions, int[] x) {
        java.util.Set<String> groups = new java.util.HashSet<>(), shifts = new java.util.HashSet<>();
        for (RosterEntry e : best.roster()) { groups.add(e.group()); shifts.add(e.shift()); }
        for (Team t : best.teams()) { groups.addAll(t.agents().keySet()); shifts.addAll(t.cycle()); }
        java.util.Set<List<String>> today = new java.util.HashSet<>();
        for (RosterEntry e : original.roster()) today.add(List.of(e.group(), e.shift()));
        List<RosterEntry> zero = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < x.length && k < decisions.size(); k++) {
                Decision d = decisions.get(k);
                if (x[k] != 0 || d.team() != null || d.shift() == null) continue;
                if (pass == 0 && !today.contains(List.of(d.group(), d.shift()))) continue;
                if (!best.shifts().containsKey(d.shift()) || best.groups().stream().noneMatch(g -> g.name().equals(d.group()))) continue;
                if (groups.contains(d.group()) && shifts.contains(d.shift())) continue;
                zero.add(new RosterEntry(d.group(), d.shift(), 0, d.on()));
                groups.add(d.group());
                shifts.add(d.shift());
            }
        }
        if (zero.isEmpty()) return best;
        List<RosterEntry> roster = new ArrayList<>(best.roster());
        roster.addAll(zero);
        return best.withRoster(roster, best.teams(), best.absence());
    }

    /** Base pay of a roster (what the integer program minimises). */
    public static double cost(List<Decision> decisions, int[] x) {
        double c = 0;
        for (int k = 0; k < x.length; k++) c += decisions.get(k).cost() * x[k];
        return c;
    }
}
