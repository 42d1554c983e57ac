package io.kefusim.staffing;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Break;
import io.kefusim.scenario.Scenario.Bound;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Shift;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ShiftDesign;
import io.kefusim.scenario.Limits;
import io.kefusim.staffing.Decisions.Decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shift design for {@code kefusim staff --design}: every shift {@code staffing.design} allows
 * (each start, each length, per group, every day or per date) is a decision of the optimiser,
 * so its integer program chooses which shifts to open and how many agents on each; the
 * simulation then checks and repairs the roster as it does for fixed shifts.
 *
 * <p><b>Breaks.</b> Where a candidate's break falls is not decided by the program: for it, one
 * agent's break is spread evenly over the break window (its expected cover), since the
 * staggering below spreads the breaks of many. Once the headcounts are known, each opened
 * shift's agents take the break in turns, one slot of {@code break_for} after another
 * ({@code split}: agent i at the first slot + (i mod n) x break_for, n = the agents or the
 * slots in the window, whichever is fewer), so twins of a shift differ by at most one agent;
 * and the first slot is chosen, shift by shift (most agents first), where it keeps the most
 * breaks within the rule: at any moment at most {@code max_share_on_break} of the group's
 * agents at work (on duty or on break) are on break, rounded down, but at least one; then the
 * flattest; where slots are still equally good, the one whose turns are centred nearest the
 * middle of the shift (ties: the earlier).
 * {@link #breakCheck} says whether the rule held everywhere.
 */
public final class ShiftDesigner {
    /** The grid breaks are staggered on (every start, length and break is a multiple of it). */
    static final int CELL = 300;

    /** A candidate shift: agents of a group from {@code from} (seconds after midnight) for {@code length}, every day or on {@code date}. */
    record Candidate(int group, int from, double length, LocalDate date) {
        String name() { return clock(from) + "-" + Durations.format(length); }
    }

    /**
     * How well the breaks of a designed roster keep the stated rule: {@code worstShare} is the
     * largest share of a group's agents at work on break at once where more than one is.
     */
    public record BreakCheck(double maxShareOnBreak, double worstShare, int minutesOver, String firstOver) {
        public boolean kept() { return minutesOver == 0; }
    }

    private final Scenario s;
    private final ShiftDesign d;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Scenario base;
    private final double day0;
    private final int lastDay, cells;
    private final LocalDate first;

    private ShiftDesigner(Scenario s, boolean byDate) {
        this.s = s;
        this.d = s.design() != null ? s.design() : ShiftDesign.DEFAULT;
        this.first = s.start().toLocalDate();
        this.day0 = s.startOfFirstDay();
        this.lastDay = (int) Math.ceil((s.horizon() - day0) / 86400);
        this.cells = (lastDay + 3) * (86400 / CELL);
        for (Bound b : s.staffingBounds()) {
            if (b.min() > 0 && b.pattern() == null) {
                throw refusal("a min of " + b.min() + " for " + (b.group() == null ? "every group" : b.group())
                                + " would open every one of the designed shifts; allowed with staffing.design: max bounds (min only on a named shift, which design does not use)",
                        "为 " + (b.group() == null ? "所有组" : b.group()) + " 设 min " + b.min() + " 会打开每一个设计班次；设计班次时允许：max 范围（min 只适用于具名班次，设计不用它们）");
            }
        }
        List<Double> lengths = lengths();
        List<LocalDate> dates = new ArrayList<>();
        if (byDate) for (LocalDate x = first.minusDays(1); !x.isAfter(s.start().plusSeconds((long) s.horizon()).toLocalDate()); x = x.plusDays(1)) dates.add(x);
        else dates.add(null);
        Map<String, Shift> shifts = new LinkedHashMap<>(s.shifts());
        for (int g = 0; g < s.groups().size(); g++) {
            for (LocalDate date : dates) {
                for (int from : d.starts()) {
                    for (double len : lengths) {
                        if (date == null && 86400 - len < s.labour().minRest() - 1e-6) continue; // worked every day it must leave the rest
                        Candidate c = new Candidate(g, from, len, date);
                        if (!touchesRun(c)) continue;
                        candidates.add(c);
                        shifts.putIfAbsent(c.name(), shift(c.name(), from, len, centredBreak(len)));
                    }
                }
            }
        }
        this.base = s.withShifts(shifts, List.of());
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        int cap = Math.max(1, Math.min(Decisions.DEFAULT_MAX, Limits.MAX_AGENTS / Math.max(1, candidates.size())));
        for (Candidate c : candidates) {
            Scenario.AgentGroup g = s.groups().get(c.group());
            Scenario single = base.withRoster(List.of(new RosterEntry(g.name(), c.name(), 1, c.date() == null ? null : List.of(c.date()))), List.of(), 0);
            Decision priced = Decisions.decision(base, g, c.name(), c.date(), null, null, single, intervals);
            // a max the bounds give is honoured as written (never capped); without one, the share of the roster limit
            boolean bounded = false;
            for (Bound b : s.staffingBounds()) bounded |= b.hasMax() && b.pattern() == null && (b.group() == null || b.group().equals(g.name()))
                    && (b.date() == null || b.date().equals(c.date()));
            decisions.add(new Decision(g.name(), c.name(), c.date(), null, null, 0, bounded ? priced.max() : cap, priced.cost(), coverage(c, intervals)));
        }
        Decisions.withinLimit(s, decisions); // bounds whose largest roster a run cannot hold are refused, naming them
    }

    /** The candidates of a scenario's {@code staffing.design} (or the defaults), every day or per date. */
    public static ShiftDesigner of(Scenario s, boolean byDate) {
        return new ShiftDesigner(s, byDate);
    }

    public List<Decision> decisions() { return decisions; }

    /** The scenario with every candidate shift defined (no roster): what the optimiser's bookkeeping reads shifts from. */
    public Scenario base() { return base; }

    public ShiftDesign design() { return d; }

    /** Candidates offered. */
    public int size() { return candidates.size(); }

    /** The lengths the design and the labour rules allow, each with room for its break. */
    private List<Double> lengths() {
        List<Double> out = new ArrayList<>();
        for (double len = d.minLength(); len <= d.maxLength() + 1e-9; len += d.lengthStep()) {
            if (len > s.labour().maxStint() + 1e-6) continue;
            // standard system: at most 8 h + 3 h extended of work a day (劳动法 art. 41), breaks not counted
            if (s.labour().workingTime() == io.kefusim.scenario.Scenario.WorkingTime.STANDARD
                    && len - (d.hasBreak(len) ? d.breakFor() : 0) > io.kefusim.roster.LabourCheck.DAILY_LIMIT + 1e-6) continue;
            if (d.hasBreak(len) && len - 2 * d.breakNotWithin() < d.breakFor() - 1e-9) continue;
            out.add(len);
        }
        if (out.isEmpty()) {
            throw refusal(String.format(Locale.ROOT, "no shift length from %s to %s is allowed: labour.max_stint is %s, and a shift longer than %s needs room for its %s break "
                            + "at least %s from either end (and, under labour.working_time: standard, at most 11 h of work, breaks not counted); allowed: lengths up to max_stint with that room",
                    Durations.format(d.minLength()), Durations.format(d.maxLength()), Durations.format(s.labour().maxStint()), Durations.format(d.breakIfLongerThan()),
                    Durations.format(d.breakFor()), Durations.format(d.breakNotWithin())),
                    String.format(Locale.ROOT, "从 %s 到 %s 没有允许的班次长度：labour.max_stint 为 %s，长于 %s 的班次需要在离两端至少 %s 处留出 %s 的休息（标准工时制下每日工作不超过 11 小时，不含休息）；允许：不超过 max_stint 且留得下休息的长度",
                    Durations.format(d.minLength()), Durations.format(d.maxLength()), Durations.format(s.labour().maxStint()), Durations.format(d.breakIfLongerThan()),
                    Durations.format(d.breakNotWithin()), Durations.format(d.breakFor())));
        }
        return out;
    }

    private ScenarioException refusal(String english, String chinese) {
        Origins.Origin at = s.origins().at(s.design() != null ? "staffing.design" : "staffing");
        return new ScenarioException(at.file(), at.line(), "staffing.design", english, chinese);
    }

    private boolean touchesRun(Candidate c) {
        for (double start : starts(c)) if (start < s.horizon() && start + c.length() > Math.max(0, s.warmup())) return true;
        return false;
    }

    /** Start times (seconds from the run's start) of a candidate's instances. */
    private double[] starts(Candidate c) {
        if (c.date() != null) return new double[]{day0 + ChronoUnit.DAYS.between(first, c.date()) * 86400.0 + c.from()};
        double[] out = new double[lastDay + 2];
        for (int k = -1; k <= lastDay; k++) out[k + 1] = day0 + k * 86400.0 + c.from();
        return out;
    }

    /** Seconds after the start when the break window opens, and the number of break slots in it (0: no break). */
    private double windowOffset() { return d.breakNotWithin(); }

    private int slots(double len) {
        if (!d.hasBreak(len)) return 0;
        return (int) Math.floor((len - 2 * d.breakNotWithin()) / d.breakFor() + 1e-9);
    }

    /** One break in the middle of the window (the candidate shift as priced; its agents' breaks are staggered later). */
    private Break centredBreak(double len) {
        int n = slots(len);
        return n == 0 ? null : new Break((int) (windowOffset() + (n / 2) * d.breakFor()), d.breakFor(), 1);
    }

    /** A shift from its start, length and a break whose {@code atSec} is seconds after the start. */
    private static Shift shift(String name, int from, double len, Break offsetBreak) {
        int to = (int) ((from + len) % 86400);
        if (to == 0) to = 86400;
        List<Break> breaks = offsetBreak == null ? List.of()
                : List.of(new Break((int) ((from + offsetBreak.atSec()) % 86400), offsetBreak.duration(), offsetBreak.split()));
        return new Shift(name, from, to, breaks);
    }

    /** One agent's expected share of each interval at work: the shift's time less its break spread evenly over the break window. */
    private double[] coverage(Candidate c, int intervals) {
        double[] out = new double[intervals];
        int n = slots(c.length());
        for (double start : starts(c)) {
            add(out, start, start + c.length(), 1);
            if (n > 0) {
                double ws = start + windowOffset(), we = ws + n * d.breakFor();
                add(out, ws, we, -d.breakFor() / (we - ws));
            }
        }
        for (int i = 0; i < intervals; i++) out[i] = Math.max(0, out[i]);
        return out;
    }

    private void add(double[] cov, double from, double to, double density) {
        for (int i = 0; i < cov.length; i++) {
            double lo = i * s.interval(), hi = Math.min((i + 1) * s.interval(), s.horizon());
            double a = Math.max(from, Math.max(lo, s.warmup())), b = Math.min(to, hi);
            if (b > a) cov[i] += density * (b - a) / (hi - lo);
        }
    }

    /**
     * The roster of headcounts x as a scenario: each opened candidate a shift of its own hours
     * whose agents take the break in turns (see the class comment), named by start, length and
     * first break slot ("0800-8h-b1100x4": from 08:00 for 8 h, breaks from 11:00 in 4 slots).
     */
    public Scenario apply(int[] x) {
        Map<String, Shift> shifts = new LinkedHashMap<>(s.shifts()); // the file's own shifts stay: bounds and variants may name them
        List<RosterEntry> roster = new ArrayList<>();
        for (int g = 0; g < s.groups().size(); g++) {
            int[] present = new int[cells], onBreak = new int[cells];
            List<Integer> open = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                if (x[k] <= 0 || candidates.get(k).group() != g) continue;
                open.add(k);
                for (double st : starts(candidates.get(k))) mark(present, st, st + candidates.get(k).length(), x[k]);
            }
            open.sort(Comparator.<Integer>comparingInt(k -> -x[k]).thenComparingInt(k -> k));
            for (int k : open) {
                Candidate c = candidates.get(k);
                int n = Math.min(x[k], slots(c.length()));
                Break br = null;
                if (n > 0) {
                    int best = bestFirstSlot(c, x[k], n, present, onBreak);
                    double offset = windowOffset() + best * d.breakFor();
                    for (double st : starts(c)) addBreaks(onBreak, st + offset, x[k], n, 1);
                    br = new Break((int) offset, d.breakFor(), n);
                }
                String name = c.name() + (br == null ? "" : "-b" + clock((int) ((c.from() + br.atSec()) % 86400)) + (n > 1 ? "x" + n : ""));
                shifts.putIfAbsent(name, shift(name, c.from(), c.length(), br));
                roster.add(new RosterEntry(s.groups().get(g).name(), name, x[k], c.date() == null ? null : List.of(c.date())));
            }
        }
        return s.withShifts(shifts, roster);
    }

    /**
     * The first slot (0-based in the window) for a shift's breaks that keeps most within the rule, then the flattest,
     * then the one whose turns are centred nearest the shift's middle (a lone agent breaks mid-shift, not 2 h in), then the earliest.
     */
    private int bestFirstSlot(Candidate c, int agents, int n, int[] present, int[] onBreak) {
        int best = 0;
        long bestOver = Long.MAX_VALUE, bestSquares = Long.MAX_VALUE, bestOff = Long.MAX_VALUE;
        for (int j = 0; j + n <= slots(c.length()); j++) {
            long over = 0, squares = 0;
            for (double st : starts(c)) {
                double at = st + windowOffset() + j * d.breakFor();
                for (int q = 0; q < n; q++) {
                    int count = agents / n + (q < agents % n ? 1 : 0);
                    for (int cell = cell(at + q * d.breakFor()), end = cell(at + (q + 1) * d.breakFor()); cell < end; cell++) {
                        if (!inRun(cell)) continue;
                        int after = onBreak[cell] + count;
                        over += Math.max(0, after - d.breakCap(present[cell]));
                        squares += (long) after * after;
                    }
                }
            }
            // twice the distance, in seconds, from the middle of the n turns to the middle of the shift (whole: all on the 5-minute grid)
            long off = Math.abs(Math.round(2 * windowOffset() + (2.0 * j + n) * d.breakFor() - c.length()));
            if (over < bestOver || (over == bestOver && (squares < bestSquares || (squares == bestSquares && off < bestOff)))) {
                best = j;
                bestOver = over;
                bestSquares = squares;
                bestOff = off;
            }
        }
        return best;
    }

    private void addBreaks(int[] onBreak, double at, int agents, int n, int sign) {
        for (int q = 0; q < n; q++) {
            int count = agents / n + (q < agents % n ? 1 : 0);
            mark(onBreak, at + q * d.breakFor(), at + (q + 1) * d.breakFor(), sign * count);
        }
    }

    private void mark(int[] grid, double from, double to, int v) {
        for (int c = Math.max(0, cell(from)), e = Math.min(cells, cell(to)); c < e; c++) grid[c] += v;
    }

    private int cell(double t) { return (int) Math.round((t - (day0 - 86400)) / CELL); }

    private boolean inRun(int cell) {
        double t = day0 - 86400 + (double) cell * CELL;
        return t >= 0 && t < s.horizon();
    }

    /**
     * Whether a designed roster keeps the break rule: per group and 5-minute step of the run, the
     * agents on break against {@link ShiftDesign#breakCap} of those at work, as scheduled (before absence).
     */
    public BreakCheck breakCheck(Scenario designed) {
        double worst = 0;
        int over = 0;
        String firstOver = null;
        for (int g = 0; g < s.groups().size(); g++) {
            int[] present = new int[cells], onBreak = new int[cells];
            for (RosterEntry e : designed.roster()) {
                if (!e.group().equals(s.groups().get(g).name())) continue;
                Shift sh = designed.shifts().get(e.shift());
                for (int k = -1; k <= lastDay; k++) {
                    LocalDate date = first.plusDays(k);
                    if (e.dates() != null && !e.dates().contains(date)) continue;
                    double st = day0 + k * 86400.0 + sh.fromSec();
                    mark(present, st, st + sh.length(), e.agents());
                    for (Break b : sh.breaks()) addBreaks(onBreak, st + Math.floorMod(b.atSec() - sh.fromSec(), 86400), e.agents(), Math.min(e.agents(), b.split()), 1);
                }
            }
            for (int c = 0; c < cells; c++) {
                if (!inRun(c) || present[c] == 0) continue;
                // the share that binds: where the rule's "at least one" allows more, a lone agent's break is not 100% off
                if (onBreak[c] > 1) worst = Math.max(worst, onBreak[c] / (double) present[c]);
                if (onBreak[c] > d.breakCap(present[c])) {
                    over += CELL / 60;
                    if (firstOver == null) firstOver = s.groups().get(g).name() + " " + s.start().plusSeconds((long) (day0 - 86400 + (double) c * CELL)).toString().replace('T', ' ');
                }
            }
        }
        return new BreakCheck(d.maxShareOnBreak(), worst, over, firstOver);
    }

    static String clock(int sec) { return String.format(Locale.ROOT, "%02d%02d", sec / 3600 % 24, sec % 3600 / 60); }
}
