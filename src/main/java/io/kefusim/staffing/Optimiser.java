package io.kefusim.staffing;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.Money;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Decisions.Decision;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cheapest roster that meets a goal, found by integer programming and checked by
 * simulation.
 *
 * <ol>
 * <li><b>Start.</b> Erlang A gives agents needed per group and interval; an integer program
 * (ojAlgo) picks the cheapest headcounts that cover them, each decision's coverage being the
 * exact on-duty share of each interval. The roster is simulated; where the goal fails, the
 * requirements of the failing intervals are raised and the program solved again, until a
 * roster meets the goal (or the bounds allow no more).</li>
 * <li><b>Refine.</b> More agents never make service worse, so a roster that fails rules out
 * every roster it dominates (no more agents anywhere). A second integer program, without the
 * Erlang requirements, asks for the cheapest roster that is cheaper than the best found and
 * not dominated by any roster already seen to fail. It is simulated; if it meets the goal it
 * becomes the best and the search goes on; if not, it is cut off. When no such roster is left,
 * the best is the cheapest in the bounds (given monotone service); if the simulation budget
 * runs out first, the best found is returned and said to be unproven.</li>
 * <li>For {@code lost-sales} (no constraint) the start uses the scenario's service-level goal
 * and the refinement is a neighbourhood search on labour cost + recoverable lost sales or margin +
 * unanswered buyers' cost ({@link Evaluation#objective}; one agent more or
 * fewer per decision), all with the same seed, so every comparison is paired.</li>
 * </ol>
 */
public final class Optimiser {
    static {
        // ojAlgo prints a note about unknown hardware profiles to stdout when its utility class
        // loads; load it once with stdout muted so it does not mix into kefusim's output.
        java.io.PrintStream stdout = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            Class.forName("org.ojalgo.OjAlgoUtils");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(stdout);
        }
    }

    /**
     * A simulated roster. {@code lostMargin} is NaN unless every converting type has a margin;
     * {@code recoverableLoss} is what the lost-sales goal counts as lost ({@link Money#objectiveLoss}).
     */
    public record Evaluation(int[] x, Scenario scenario, List<ReplicationMetrics> reps, boolean meets, double basePay,
                             double labourCost, double lostSales, double lostMargin, double recoverableLoss, double unansweredCost) {
        /**
         * What the lost-sales goal minimises: labour cost + the lost sales staffing can recover
         * (in margin when every converting type has one) + the cost of unanswered buyers. The
         * unrecoverable part of lost sales is the same for every roster, so leaving it out
         * changes the figure, not the choice. Labour over the counted part of the run (after the
         * warm-up), as the lost sales and unanswered buyers are: {@link #countedLabour}.
         */
        public double objective() { return countedLabour() + recoverableLoss + unansweredCost; }

        /** The labour cost of the counted part of the run, after the warm-up ({@link Figures#labourCostCounted}); {@link #labourCost} without one. */
        public double countedLabour() {
            if (!(scenario.warmup() > 0) || reps == null) return labourCost;
            return Estimate.over(reps, m -> Figures.labourCostCounted(scenario, m)).meanOrNaN();
        }

        /** A simulated roster: whether it meets the goal, and its mean labour cost and money lost. */
        public static Evaluation of(int[] x, Scenario scenario, List<ReplicationMetrics> reps, Goal goal, double basePay) {
            Money money = new Money(scenario);
            double labour = Estimate.over(reps, m -> Figures.labourCost(scenario, m)).meanOrNaN();
            double lost = Estimate.over(reps, m -> m.total.lostSales).meanOrNaN();
            double margin = Estimate.over(reps, money::lostMargin).meanOrNaN();
            double recoverable = Estimate.over(reps, money::objectiveLoss).meanOrNaN();
            double unanswered = Estimate.over(reps, m -> Figures.unansweredCost(scenario, m)).meanOrNaN();
            return new Evaluation(x.clone(), scenario, reps, goal.holds(reps), basePay, labour, lost, margin, recoverable, unanswered);
        }
    }

    /**
     * The search's answer. {@code boundOnly}: the simulation budget ran out before the search
     * simulated any roster that meets the goal, so {@code best} is only the starting bound, the
     * largest roster the bounds allow (every decision at its max), simulated once after the budget
     * to show whether the goal can be met at all: not a search result, and no one should staff by it.
     */
    public record Result(Goal goal, List<Decision> decisions, int[][] required, Evaluation best, boolean proven,
                         boolean met, int simulations, List<Note> log, boolean boundOnly, Replications replications) {
        public Result(Goal goal, List<Decision> decisions, int[][] required, Evaluation best, boolean proven, boolean met, int simulations, List<Note> log) {
            this(goal, decisions, required, best, proven, met, simulations, log, false, Replications.NONE);
        }
    }

    /**
     * How the search's simulations ran ({@link Screening}): how many rosters were stopped after the
     * first {@code stage} replications as clearly short of the goal, and the replications simulated in
     * all (today's roster, simulated beside the search, not counted). {@code stage} is 0 when no
     * roster could be screened (a goal without a threshold, or no more replications than the first stage's).
     */
    public record Replications(int stopped, int stage, long simulated) {
        public static final Replications NONE = new Replications(0, 0, 0);
    }

    private Result result(Evaluation e, boolean proven, boolean met, boolean boundOnly) {
        return new Result(goal, decisions, required, e, proven, met, seen.size(), log, boundOnly,
                new Replications(stopped, screening() ? Screening.FIRST : 0, simulated));
    }

    /** Rosters stopped after the first stage, and every replication the search simulated. */
    private int stopped;
    private long simulated;

    /** Whether the refinement's candidates are screened on their first replications ({@link Screening}). */
    private boolean screening() {
        return screenOn && goal.isConstraint() && Screening.applies(s.replications());
    }

    private boolean screenOn = true;

    /** Without screening (tests: the same answer with and without it). */
    Optimiser withoutScreening() {
        this.screenOn = false;
        return this;
    }

    /** What the search found on the way, as a message key and its arguments (the report says it in the user's language). */
    public record Note(String key, Object... args) {
        @Override
        public String toString() { return key + java.util.Arrays.toString(args); }
    }

    private final Scenario s;
    private final Goal goal;
    private final List<Decision> decisions;
    private final int threads;
    private final int budget;
    private final Consumer<Step> progress;

    /**
     * One simulated roster, for a progress line (worded by the command, in its language): the
     * simulation's number, the roster's scheduled pay, and whether it meets the goal or, for a goal
     * without a threshold, the labour cost + losses it minimises; {@code stoppedAfter}: the replications
     * after which a roster clearly short of the goal was stopped ({@link Screening}), 0 when it got all.
     */
    public record Step(int simulation, double rosterPay, boolean constraint, boolean meets, double objective, int stoppedAfter) {
        public Step(int simulation, double rosterPay, boolean constraint, boolean meets, double objective) {
            this(simulation, rosterPay, constraint, meets, objective, 0);
        }
    }
    private final Map<String, Evaluation> seen = new java.util.LinkedHashMap<>(); // in order of simulation
    private final List<int[]> failed = new ArrayList<>();
    private final List<Note> log = new ArrayList<>();
    private final java.util.Set<String> uncovered = new java.util.LinkedHashSet<>();

    /** Sets of decisions on staggered shifts: same group and date, same hours, breaks at different times. */
    private final List<int[]> staggered = new ArrayList<>();

    /** Rotating teams: rows sum_k a_k x_k >= 0 that keep every date of the cycle as staffed as the run's days ({@link CycleCover}). */
    private final List<double[]> cycle;
    /** Team decisions never on duty in the run: a roster with more of them simulates as one without ({@link CycleCover#offInRun}). */
    private final boolean[] offInRun;

    /** How headcounts become a scenario to simulate: the scenario's shifts, or designed ones ({@link ShiftDesigner}). */
    private final java.util.function.Function<int[], Scenario> apply;
    /** Designing shifts: the refinement and the exact search run over the shifts the start opened (see {@link #designing(ShiftDesigner, Goal, int, int, Consumer)}). */
    private final boolean designing;
    /** Decisions the refinement may change (null: all). */
    private boolean[] open;

    public Optimiser(Scenario s, Goal goal, boolean byDate, int threads, int budget, Consumer<Step> progress) {
        this(s, goal, Decisions.of(s, byDate), null, false, threads, budget, progress);
        String types = byDate && !Decisions.teamsOnly(s) ? Decisions.noHourlyGroup(s) : "";
        if (!types.isEmpty()) note("by_date_salaried", types);
    }

    /**
     * An optimiser over designed shifts: the start's integer program chooses among every
     * candidate shift; the refinement (greedy removal, then the exact search) among the shifts
     * the start opened, so "proven" means cheapest on those shifts, not among every design.
     */
    public static Optimiser designing(ShiftDesigner designer, Goal goal, int threads, int budget, Consumer<Step> progress) {
        return new Optimiser(designer.base(), goal, designer.decisions(), designer::apply, true, threads, budget, progress);
    }

    private Optimiser(Scenario s, Goal goal, List<Decision> decisions, java.util.function.Function<int[], Scenario> apply, boolean designing,
                      int threads, int budget, Consumer<Step> progress) {
        this.s = s;
        this.goal = goal;
        this.decisions = decisions;
        this.apply = apply != null ? apply : x -> Decisions.apply(s, decisions, x);
        this.designing = designing;
        Map<String, List<Integer>> siblings = new java.util.LinkedHashMap<>();
        for (int k = 0; k < decisions.size(); k++) {
            Decision d = decisions.get(k);
            if (d.shift() == null || d.max() == 0) continue;
            Scenario.Shift sh = s.shifts().get(d.shift());
            siblings.computeIfAbsent(d.group() + "|" + d.on() + "|" + sh.fromSec() + "|" + sh.toSec(), key -> new ArrayList<>()).add(k);
        }
        for (List<Integer> set : siblings.values()) if (set.size() > 1) staggered.add(set.stream().mapToInt(Integer::intValue).toArray());
        this.cycle = designing ? List.of() : CycleCover.rows(s, decisions);
        this.offInRun = designing ? new boolean[decisions.size()] : CycleCover.offInRun(s, decisions);
        this.threads = threads;
        this.budget = budget;
        this.progress = progress == null ? m -> { } : progress;
    }

    public List<Decision> decisions() { return decisions; }

    /** Another node budget for the integer programs (tests: a program that gives up must not read as a proof). */
    Optimiser nodeBudget(int nodes) {
        this.nodeBudget = nodes;
        return this;
    }

    private int[][] required;

    /** ojAlgo iterations (branch-and-bound nodes) one integer program may take (see {@link #model}). */
    static final int NODE_BUDGET = 500;
    private int nodeBudget = NODE_BUDGET;
    /** Whether the last integer program stopped without an answer, neither a roster nor a proof that none is left. */
    private boolean programGaveUp;
    /** Whether the last program ended in a proof: its roster is the cheapest (OPTIMAL), or there is none (INFEASIBLE). */
    private boolean programProved;

    /** The start's requirements and first program, worked out by {@link #ahead()} (null: by {@link #run()} itself). */
    private java.util.concurrent.FutureTask<int[]> first;
    private int[][] firstReq;

    /**
     * Starts the search's first step, the Erlang requirements and the first integer program, on a
     * thread of its own, so that it runs beside other work (the command simulates the scenario's
     * own roster meanwhile; the program uses one core, the simulation two). Neither depends on the
     * other, and {@link #run()} takes this program's answer where it would have solved it: the
     * same answer, notes and roster as without. Call once, before {@link #run()}.
     */
    public Optimiser ahead() {
        if (first != null) throw new IllegalStateException("ahead() twice");
        first = new java.util.concurrent.FutureTask<>(() -> {
            required = Requirements.of(s, goal);
            firstReq = Arrays.stream(required).map(int[]::clone).toArray(int[][]::new);
            return solve(firstReq, Double.POSITIVE_INFINITY, false);
        });
        Thread t = new Thread(first, "kefusim-program");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** The answer of {@link #ahead()}'s program; its requirements are in {@link #required} and {@link #firstReq}. */
    private int[] firstAnswer() {
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    public Result run() {
        int[] ready = null;
        int[][] req;
        if (first != null) {
            ready = firstAnswer(); // sets required and firstReq (happens-before: FutureTask.get)
            req = firstReq;
        } else {
            required = Requirements.of(s, goal);
            req = Arrays.stream(required).map(int[]::clone).toArray(int[][]::new);
        }
        Evaluation best = null;
        // 1. start: Erlang requirements, raised where the simulation fails
        for (int round = 0; round < 40 && seen.size() < budget; round++) {
            int[] x = round == 0 && first != null ? ready : solve(req, Double.POSITIVE_INFINITY, false);
            if (x == null) {
                if (programGaveUp) note("program_budget", nodeBudget);
                else note("no_cover");
                break;
            }
            Evaluation e = evaluate(x);
            if (e.meets) {
                best = e;
                break;
            }
            if (!raise(req, e)) {
                note("no_interval");
                break;
            }
        }
        if (best == null && designing) {
            // the largest design (every candidate at its max) is no roster anyone would run: say what the start found
            // the budget spent before any designed roster met the goal: the last one tried is no result (the report says so first)
            if (seen.size() >= budget) note("design_budget", budget);
            else note("design_none");
            Evaluation last = seen.values().stream().reduce((a, b) -> b).orElse(null);
            if (last == null) last = evaluate(new int[decisions.size()]);
            return result(last, false, false, false);
        }
        if (best == null) {
            // the budget spent on the start's rosters, none meeting the goal: the bounds' largest is simulated
            // once more, past the budget, to tell a goal out of reach from a budget too small; it is no answer
            int spent = seen.size() >= budget ? seen.size() : -1;
            int[] max = decisions.stream().mapToInt(Decision::max).toArray();
            Evaluation e = evaluate(max);
            if (!e.meets) {
                note("largest_fails");
                return result(e, false, false, false);
            }
            if (spent >= 0 && seen.size() > spent) {
                note("bound_only", budget, seen.size());
                return result(e, false, e.meets, true);
            }
            best = e;
        }
        if (!uncovered.isEmpty()) {
            note("uncovered", uncovered.size(), uncovered.iterator().next());
        }
        if (designing) {
            open = new boolean[decisions.size()];
            int n = 0;
            for (int k = 0; k < open.length; k++) if (open[k] = best.x[k] > 0) n++;
            note("design_open", n, decisions.size());
        }
        boolean proven;
        if (goal.isConstraint()) {
            proven = refineConstraint(best);
            best = bestFeasible();
        } else {
            best = refineObjective(best);
            proven = false;
        }
        return result(best, proven, best.meets, false);
    }

    private Evaluation bestFeasible() {
        Evaluation best = null;
        for (Evaluation e : seen.values()) {
            if (e.meets && (best == null || e.basePay < best.basePay - 1e-9 || (Math.abs(e.basePay - best.basePay) <= 1e-9 && key(e.x).compareTo(key(best.x)) < 0))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Greedy removal from the best roster (decisions with the most surplus first, in halving
     * steps, skipping rosters dominated by one that failed), then the exact search for
     * anything cheaper.
     */
    private boolean refineConstraint(Evaluation start) {
        Evaluation best = start;
        boolean removed = true;
        while (removed && seen.size() < budget) {
            removed = false;
            for (int k : removalOrder(best.x)) {
                // remove half of what could go, then halve the step on failure: log(n) simulations, not n
                int step = Math.max(1, (best.x[k] - decisions.get(k).min()) / 2);
                while (step >= 1 && best.x[k] - step >= decisions.get(k).min() && seen.size() < budget) {
                    int[] y = best.x.clone();
                    y[k] -= step;
                    Evaluation e = dominatedByFailure(y) || !keepsRules(y) ? null : evaluate(y, true);
                    if (e != null && e.meets) {
                        best = e;
                        removed = true;
                        step = Math.min(step, best.x[k] - decisions.get(k).min());
                    } else {
                        step /= 2;
                    }
                }
            }
        }
        return exactSearch(best.basePay);
    }

    /**
     * Decisions in the order to try removing an agent: those whose agents are most on duty
     * beyond the Erlang requirement (surplus agent-intervals, weighted by pay) first.
     */
    private Integer[] removalOrder(int[] x) {
        int groups = s.groups().size(), intervals = required[0].length;
        double[][] staffed = new double[groups][intervals];
        for (int k = 0; k < x.length; k++) {
            int g = s.groupIndex(decisions.get(k).group());
            for (int i = 0; i < intervals; i++) staffed[g][i] += decisions.get(k).coverage()[i] * x[k];
        }
        double[] surplus = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            if (x[k] <= decisions.get(k).min()) {
                surplus[k] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int g = s.groupIndex(decisions.get(k).group());
            double sum = 0, on = 0;
            for (int i = 0; i < intervals; i++) {
                double c = decisions.get(k).coverage()[i];
                if (c <= 0) continue;
                on += c;
                sum += c * Math.min(1, Math.max(0, staffed[g][i] - required[g][i]));
            }
            surplus[k] = on == 0 ? Double.POSITIVE_INFINITY : sum / on * decisions.get(k).cost();
        }
        Integer[] order = new Integer[x.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, (p, q) -> Double.compare(surplus[q], surplus[p]));
        return order;
    }

    private boolean dominatedByFailure(int[] y) {
        for (int[] f : failed) {
            boolean below = true;
            for (int k = 0; k < y.length && below; k++) below = offInRun[k] || y[k] <= f[k];
            if (below) return true;
        }
        return false;
    }

    /** Cheapest non-dominated rosters until none is left (proven), the budget is spent, or the program gives up. */
    private boolean exactSearch(double startCost) {
        double bestCost = startCost;
        while (seen.size() < budget) {
            int[] x = solve(null, bestCost - 1e-6, true);
            if (x == null && programGaveUp) {
                note("program_budget", nodeBudget);
                return false;
            }
            if (x == null) {
                note(designing ? "proven_design" : "proven");
                return true;
            }
            Evaluation e = evaluate(x, true);
            if (e.meets) bestCost = e.basePay;
        }
        note("budget", budget);
        return false;
    }

    /** Labour cost + recoverable lost sales (or margin) + unanswered cost: steepest descent over one agent more or fewer per decision. */
    private Evaluation refineObjective(Evaluation start) {
        Evaluation best = start;
        boolean improved = true;
        while (improved && seen.size() < budget) {
            improved = false;
            Evaluation round = best;
            for (int k = 0; k < decisions.size() && seen.size() < budget; k++) {
                if (open != null && !open[k]) continue;
                for (int step : new int[]{-1, 1}) {
                    int v = best.x[k] + step;
                    if (v < decisions.get(k).min() || v > decisions.get(k).max()) continue;
                    int[] y = best.x.clone();
                    y[k] = v;
                    if (!keepsRules(y)) continue;
                    Evaluation e = evaluate(y);
                    if (e.objective() < round.objective() - 1e-9) round = e;
                }
            }
            // rotating teams sized over their cycle move together (one team alone breaks CycleCover's rule): all of a group's at once
            for (int g = 0; g < s.groups().size() && !cycle.isEmpty() && seen.size() < budget; g++) {
                for (int step : new int[]{-1, 1}) {
                    int[] y = best.x.clone();
                    boolean ok = false;
                    for (int k = 0; k < y.length; k++) {
                        if (!decisions.get(k).group().equals(s.groups().get(g).name()) || decisions.get(k).max() == 0) continue;
                        y[k] = Math.max(decisions.get(k).min(), Math.min(decisions.get(k).max(), y[k] + step));
                        ok |= y[k] != best.x[k];
                    }
                    if (!ok || !keepsRules(y) || seen.size() >= budget) continue;
                    Evaluation e = evaluate(y);
                    if (e.objective() < round.objective() - 1e-9) round = e;
                }
            }
            if (round != best) {
                best = round;
                improved = true;
            }
        }
        note((new Money(s).marginForAll() ? "lost_margin" : "lost_sales") + (seen.size() >= budget ? "_budget" : ""));
        return best;
    }

    /**
     * Raises requirements where the goal failed: for each buyer type that falls short in an
     * interval (inside the failing days, or anywhere for a run goal), the group that owns the
     * type gets one more agent (or 10% more) in that interval. False when there is nowhere to raise.
     */
    private boolean raise(int[][] req, Evaluation e) {
        List<Integer> failing = goal.failing(e.reps);
        ReplicationMetrics first = e.reps.get(0);
        boolean raised = false;
        List<int[]> shortTypes = goal.failingTypeIntervals(e.reps);
        for (int[] ti : shortTypes) {
            int i = ti[1];
            boolean inScope = switch (goal.per()) {
                case INTERVAL -> true; // a type short in an interval fails its buyers there
                case DAY -> failing.contains(first.dayIndex((i + 0.5) * s.interval()));
                case RUN -> true;
            };
            if (!inScope) continue;
            int g = Requirements.owner(s, s.buyers().get(ti[0]).name());
            if (g < 0) continue;
            req[g][i] = Math.max(req[g][i] + Math.max(1, req[g][i] / 10), 1);
            raised = true;
        }
        if (!raised) {
            // nothing individually short (a run/day goal missed by a little everywhere): one more agent wherever required
            for (int[] row : req) for (int i = 0; i < row.length; i++) if (row[i] > 0) { row[i]++; raised = true; }
        }
        return raised;
    }

    /**
     * The integer program: minimise roster pay (scheduled hours, premium, contributions on salaries; priced by Payroll.cost as the run's labour cost) subject to coverage >= req (when given), cost
     * at most maxCost, and (when cut) not dominated by any roster that failed.
     */
    private int[] solve(int[][] req, double maxCost, boolean cut) {
        boolean[] allowed = open; // designing, the refinement keeps to the opened shifts
        if (designing && open == null) {
            // Designing, the start: branch and bound over every candidate shift takes minutes, so the
            // linear relaxation picks the shifts worth opening (a basic solution opens few) and the
            // integer program decides whole headcounts on those alone.
            double[] lp = model(req, maxCost, cut, null, false, true);
            return lp == null ? null : roundUp(lp, req);
        }
        // the start's programs (no cuts) first without presolving each node; one that stops without
        // proving its answer (the node budget spent) is solved again as before, with it (see minimise)
        double[] v = cut ? model(req, maxCost, true, allowed, true, true) : model(req, maxCost, false, allowed, true, false);
        if (!cut && !programProved) v = model(req, maxCost, false, allowed, true, true);
        if (v == null) return null;
        int[] out = new int[v.length];
        for (int k = 0; k < v.length; k++) out[k] = (int) Math.round(v[k]);
        return out;
    }

    /**
     * Whole headcounts from the linear relaxation of the start: each opened shift rounded up (so
     * every requirement stays covered), then, shift by shift from the most rounded up, one agent
     * taken off wherever the requirements and the rules stay kept. (Branch and bound over every
     * candidate shift takes minutes: with monthly pay many shifts cost the same, and it cannot
     * tell them apart; the simulation and the refinement judge the result anyway.)
     */
    private int[] roundUp(double[] lp, int[][] req) {
        int[] x = new int[lp.length];
        for (int k = 0; k < lp.length; k++) x[k] = Math.min(decisions.get(k).max(), (int) Math.ceil(lp[k] - 1e-6));
        int groups = s.groups().size(), intervals = req[0].length;
        double[][] cover = new double[groups][intervals];
        int[] groupOf = new int[x.length];
        for (int k = 0; k < x.length; k++) {
            groupOf[k] = s.groupIndex(decisions.get(k).group());
            for (int i = 0; i < intervals; i++) cover[groupOf[k]][i] += decisions.get(k).coverage()[i] * x[k];
        }
        Integer[] order = new Integer[x.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, (p, q) -> Double.compare(x[q] - lp[q], x[p] - lp[p]));
        for (int k : order) {
            while (x[k] > decisions.get(k).min()) {
                double[] c = decisions.get(k).coverage();
                boolean ok = true;
                for (int i = 0; i < intervals && ok; i++) ok = c[i] <= 0 || req[groupOf[k]][i] <= 0 || cover[groupOf[k]][i] - c[i] >= req[groupOf[k]][i] - 1e-9;
                x[k]--;
                if (!ok || !keepsRules(x)) {
                    x[k]++;
                    break;
                }
                for (int i = 0; i < intervals; i++) cover[groupOf[k]][i] -= c[i];
            }
        }
        return x;
    }

    /** The program's solution (null if none), over the allowed decisions (null: all; the others are 0), whole or not. */
    private double[] model(int[][] req, double maxCost, boolean cut, boolean[] allowed, boolean integer, boolean nodePresolve) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[decisions.size()];
        for (int k = 0; k < x.length; k++) {
            Decision d = decisions.get(k);
            if (allowed != null && !allowed[k]) continue; // not in the program at all: 0
            x[k] = model.addVariable("x" + k).integer(integer).lower(BigDecimal.valueOf(d.min())).upper(BigDecimal.valueOf(d.max()))
                    .weight(d.cost());
        }
        if (req != null) {
            for (int g = 0; g < req.length; g++) {
                String group = s.groups().get(g).name();
                for (int i = 0; i < req[g].length; i++) {
                    if (req[g][i] <= 0) continue;
                    boolean covered = false;
                    for (int k = 0; k < x.length; k++) covered |= x[k] != null && covers(decisions.get(k), group) && decisions.get(k).coverage()[i] > 0;
                    if (!covered) {
                        // no shift of this group is on duty then: nothing to decide; the simulation judges the result
                        uncovered.add(group + " at interval " + i);
                        continue;
                    }
                    Expression e = model.addExpression("cover_" + g + "_" + i).lower(BigDecimal.valueOf(req[g][i]));
                    for (int k = 0; k < x.length; k++) {
                        Decision d = decisions.get(k);
                        if (x[k] != null && covers(d, group) && d.coverage()[i] > 0) e.set(x[k], d.coverage()[i]);
                    }
                }
            }
        }
        addRules(model, x);
        if (Double.isFinite(maxCost)) {
            Expression c = model.addExpression("cheaper").upper(BigDecimal.valueOf(maxCost));
            for (int k = 0; k < x.length; k++) if (x[k] != null) c.set(x[k], decisions.get(k).cost());
        }
        if (cut) {
            int n = 0;
            for (int[] f : failed) {
                Expression some = model.addExpression("not_below_" + n).lower(BigDecimal.ONE);
                boolean any = false;
                for (int k = 0; k < x.length; k++) {
                    if (f[k] >= decisions.get(k).max() || x[k] == null || offInRun[k]) continue;
                    Variable z = model.addVariable("z" + n + "_" + k).binary();
                    // x_k >= (f_k + 1) z  : z may be 1 only if decision k has more agents than in f
                    model.addExpression("up_" + n + "_" + k).lower(BigDecimal.ZERO).set(x[k], 1).set(z, -(f[k] + 1));
                    some.set(z, 1);
                    any = true;
                }
                if (!any) return null; // the failed roster is already the largest: everything is dominated
                n++;
            }
        }
        // one solver thread: parallel branch-and-bound returns whichever of equally cheap rosters a
        // thread finds first, so the same seed could give another roster on another run
        model.options.integer(org.ojalgo.optimisation.integer.IntegerStrategy.DEFAULT.withParallelism(() -> 1));
        // A budget of branch-and-bound nodes, not of seconds: each failed roster adds a disjunction,
        // and after about 70 of them (a by-date Double 11 with a larger --max-simulations) one solve
        // ran for over 11 minutes without a word. A count keeps the same seed's answer the same on
        // any machine, where a time limit would not. Integer programs only: the linear relaxation
        // that opens a design's shifts runs to its end.
        if (integer) model.options.iterations_abort = nodeBudget;
        Optimisation.Result r = minimise(model, nodePresolve);
        programProved = r.getState() == Optimisation.State.OPTIMAL || r.getState() == Optimisation.State.INFEASIBLE;
        // INFEASIBLE proves no roster satisfies the program; any other failure (the budget spent)
        // proves nothing. A feasible answer within the budget may not be the cheapest: only a later
        // INFEASIBLE proves anything.
        programGaveUp = !r.getState().isFeasible() && r.getState() != Optimisation.State.INFEASIBLE;
        if (!r.getState().isFeasible()) return null;
        double[] out = new double[x.length];
        for (int k = 0, v = 0; k < x.length; k++) if (x[k] != null) out[k] = r.doubleValue(v++); // variables in the order they were added
        return out;
    }

    /** Guards ojAlgo's list of presolvers, one static list for every model, while a program is solved. */
    private static final Object PRESOLVERS = new Object();

    /** A presolver that changes nothing: with it alone on the list, ojAlgo presolves no branch-and-bound node (see {@link #minimise}). */
    private static final ExpressionsBasedModel.Presolver NOTHING = new ExpressionsBasedModel.Presolver(0) {
        @Override
        public boolean simplify(Expression expression, java.util.Set<org.ojalgo.structure.Structure1D.IntIndex> remaining, BigDecimal lower,
                                BigDecimal upper, org.ojalgo.type.context.NumberContext precision) {
            return false;
        }
    };

    /**
     * Solves a program, with ojAlgo's presolve on every branch-and-bound node or without it (issue
     * 29). That presolve tightens the bounds of every two-variable row by BigDecimal division to 34
     * digits (an exact quotient then loses its trailing zeros one BigInteger division at a time),
     * on every node: it was about half of the start's integer-program CPU and much of its compiling
     * (process CPU during the Double 11 example's programs 1.8-2.3 s without it against 3.8-4.6 s
     * with it, load 7). Without it, ojAlgo still scans the whole model once before solving (each
     * row's bounds passed to its variables, as it does while its list of presolvers is not empty,
     * hence the one that changes nothing) and branch and bound still ends in a proof or the node
     * budget. Used for the start's programs only, and one that ends without a proof is solved again
     * with the presolve, as before. When both ways prove their answer it costs the same, but which of
     * equally cheap rosters comes out follows the nodes' linear programs, so on other inputs it could
     * be another one than before (on the published examples it is the same: bench/same-outputs.sh);
     * and a program that proves its answer only without the presolve now gives its cheapest roster
     * where before its budget ran out on a dearer one.
     * The exact search's programs, whose disjunctions need the presolve within the node budget, and
     * linear relaxations keep it.
     */
    private static Optimisation.Result minimise(ExpressionsBasedModel model, boolean nodePresolve) {
        synchronized (PRESOLVERS) {
            ExpressionsBasedModel.clearPresolvers();
            if (nodePresolve) ExpressionsBasedModel.resetPresolvers();
            else ExpressionsBasedModel.addPresolver(NOTHING);
            try {
                return model.minimise();
            } finally {
                ExpressionsBasedModel.clearPresolvers();
                ExpressionsBasedModel.resetPresolvers();
            }
        }
    }

    /**
     * Rules every roster the optimiser proposes keeps, beyond the bounds:
     * <ul>
     * <li><b>Staggered shifts stay staggered.</b> Shifts of a group with the same hours and
     * breaks at different times exist so that the desk never goes to lunch all at once; left
     * alone, the program may put everyone on one of them (38 agents on one evening shift, none on
     * its twin, all breaking at once). No such shift has more than twice the agents of another,
     * plus one: x_k <= 2 x_l + 1, so a break never takes away much more than two thirds of them.</li>
     * <li><b>No group disappears.</b> Where a group's own buyers need agents (its Erlang
     * requirement is above zero) and one of its shifts could be there, at least one agent of the
     * group is on duty, so after-sale is never left with nobody for a day.</li>
     * <li><b>Rotating teams are sized over their whole cycle.</b> Every date of one cycle the run
     * does not count has, at every time of day, at least the agents of each of the run's days
     * ({@link CycleCover}): a team off on the run's days is sized by the shifts it works on the others.</li>
     * </ul>
     */
    private void addRules(ExpressionsBasedModel model, Variable[] x) {
        int n = 0;
        for (int[] set : staggered) {
            for (int k : set) {
                for (int l : set) {
                    if (l != k && x[k] != null && x[l] != null) model.addExpression("stagger_" + n++).upper(BigDecimal.ONE).set(x[k], 1).set(x[l], -2);
                }
            }
        }
        for (int[] cover : minimumCover()) {
            boolean any = false;
            for (int k = 1; k < cover.length; k++) any |= x[cover[k]] != null;
            if (!any) continue; // none of its shifts is in this program
            Expression e = model.addExpression("someone_" + n++).lower(BigDecimal.ONE);
            for (int k = 1; k < cover.length; k++) if (x[cover[k]] != null) e.set(x[cover[k]], 1);
        }
        for (double[] row : cycle) {
            Expression e = model.addExpression("cycle_" + n++).lower(BigDecimal.ZERO);
            for (int k = 0; k < row.length; k++) if (row[k] != 0 && x[k] != null) e.set(x[k], row[k]);
        }
    }

    private List<int[]> minimumCover;

    /** For each group and interval that needs agents and can have them: {interval, decisions on duty then...}. */
    private List<int[]> minimumCover() {
        if (required == null) return List.of();
        if (minimumCover != null) return minimumCover; // the requirements are fixed once the search starts
        List<int[]> out = new ArrayList<>();
        minimumCover = out;
        for (int g = 0; g < required.length; g++) {
            String group = s.groups().get(g).name();
            for (int i = 0; i < required[g].length; i++) {
                if (required[g][i] <= 0) continue;
                List<Integer> on = new ArrayList<>();
                for (int k = 0; k < decisions.size(); k++) {
                    Decision d = decisions.get(k);
                    // the group itself, not a group with its skills: the shop's own group is never left with nobody
                    if (d.group().equals(group) && d.coverage()[i] > 0 && d.max() > 0) on.add(k);
                }
                if (on.isEmpty()) continue;
                int[] row = new int[on.size() + 1];
                row[0] = i;
                for (int j = 0; j < on.size(); j++) row[j + 1] = on.get(j);
                out.add(row);
            }
        }
        return out;
    }

    /** Does a roster keep the rules of {@link #addRules}? (The greedy and neighbourhood steps check before simulating.) */
    private boolean keepsRules(int[] y) {
        for (int[] set : staggered) {
            for (int k : set) for (int l : set) if (y[k] > 2L * y[l] + 1) return false;
        }
        for (int[] cover : minimumCover()) {
            int on = 0;
            for (int k = 1; k < cover.length; k++) on += y[cover[k]];
            if (on < 1) return false;
        }
        for (double[] row : cycle) {
            double sum = 0;
            for (int k = 0; k < row.length; k++) sum += row[k] * y[k];
            if (sum < -1e-9) return false;
        }
        return true;
    }

    Evaluation evaluate(int[] x) {
        return evaluate(x, false);
    }

    /**
     * A roster simulated on the scenario's replications, or, with {@code screen} (the refinement's
     * candidates, whose figures are used only when they meet the goal), first on {@link Screening#FIRST}
     * of them: a roster that clearly fails there is stopped, its evaluation (failing) made of those
     * alone; any other gets the rest, and its evaluation is the one without screening.
     */
    Evaluation evaluate(int[] x, boolean screen) {
        String key = key(x);
        Evaluation cached = seen.get(key);
        if (cached != null) return cached;
        Scenario candidate = apply.apply(x);
        List<ReplicationMetrics> reps;
        int stoppedAfter = 0;
        if (screen && screening() && Screening.applies(candidate.replications())) {
            reps = Experiment.runCounters(candidate, threads, Screening.FIRST, goal::clearlyFails);
            if (reps.size() == Screening.FIRST) stoppedAfter = Screening.FIRST;
        } else {
            reps = Experiment.runCounters(candidate, threads);
        }
        simulated += reps.size();
        Evaluation e = Evaluation.of(x, candidate, reps, goal, Decisions.cost(decisions, x));
        if (stoppedAfter > 0) {
            stopped++;
            // a cell's mean below its optimistic bound below the goal fails the 95% bound too; said outright all the same
            e = new Evaluation(e.x, e.scenario, e.reps, false, e.basePay, e.labourCost, e.lostSales, e.lostMargin, e.recoverableLoss, e.unansweredCost);
        }
        seen.put(key, e);
        if (!e.meets) failed.add(x.clone());
        progress.accept(new Step(seen.size(), e.basePay, goal.isConstraint(), e.meets, e.objective(), stoppedAfter));
        return e;
    }

    /**
     * Whether a decision's agents count towards {@code group}'s requirement: its own, or a group with the same skills
     * (a temporaries group beside the shop's own, as in the Double 11 example: the requirement goes to the group that
     * owns the buyer type, and without this the program never opened the temporaries, which cover the same buyers).
     */
    private boolean covers(Decision d, String group) {
        if (d.group().equals(group)) return true;
        if (designing) return false; // designed shifts: each group its own requirement, as before (staffI left the designer as it was)
        Scenario.AgentGroup a = s.groups().get(s.groupIndex(d.group())), b = s.groups().get(s.groupIndex(group));
        return a.skills().equals(b.skills());
    }

    private void note(String key, Object... args) {
        log.add(new Note(key, args));
    }

    private static String key(int[] x) {
        StringBuilder sb = new StringBuilder();
        for (int v : x) sb.append(String.format("%05d,", v));
        return sb.toString();
    }
}
