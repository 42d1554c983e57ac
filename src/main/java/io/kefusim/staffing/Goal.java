package io.kefusim.staffing;

import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.JudgedCells;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a roster must achieve: {@code service-level>=0.9} (within the scenario's target
 * time), {@code missed(2m)<=0.05}, {@code abandon<=0.03}, or {@code lost-sales} (minimise
 * labour cost + recoverable lost sales or margin + unanswered buyers' cost: no threshold, so
 * nothing to "meet", only a lowest value found), checked for the whole run, each day, or each
 * interval.
 *
 * <p>"Holds with confidence": for the run and for days, the 95% confidence bound on the wrong
 * side must meet the goal (the lower bound for service level, the upper bound for missed
 * replies and abandonment), for the run, for every day, or for every interval with at least
 * {@value #MIN_BUYERS_PER_INTERVAL} buyers per replication: a night hour with three buyers
 * cannot show a service level with any confidence, and demanding one would staff nights for
 * noise. The confidence bound, not the mean, is what lets the roster keep the goal in the
 * hours buyers feel when the days come out differently from the simulated ones. When the
 * intervals with that many buyers hold fewer than half of them (5-minute reporting in a small
 * shop), "every judged interval" would be true of none, so the goal is judged by the hour, the
 * day or the whole run instead ({@link JudgedCells}), and the output says which.
 */
public record Goal(Kind kind, double threshold, int deadlineIndex, String deadlineLabel, Per per) {
    public enum Kind { SERVICE_LEVEL, MISSED, ABANDON, LOST_SALES }
    public enum Per { INTERVAL, DAY, RUN }

    /** The hours judged are those with at least this many buyers: the verdict's own rule (one constant, so the goal's words and the verdict agree). */
    public static final double MIN_BUYERS_PER_INTERVAL = io.kefusim.metrics.Shortfall.MIN_BUYERS_PER_INTERVAL;
    private static final List<String> EXAMPLES = List.of("service-level>=0.9", "missed(2m)<=0.05", "abandon<=0.03");
    private static final Pattern SL = Pattern.compile("service-level\\s*>=\\s*([0-9.]+)");
    private static final Pattern MISSED = Pattern.compile("missed\\(([^)]+)\\)\\s*<=\\s*([0-9.]+)");
    private static final Pattern ABANDON = Pattern.compile("abandon\\s*<=\\s*([0-9.]+)");

    public static Goal parse(String text, String per, Scenario s) {
        Per p = switch (per == null ? "interval" : per.trim()) {
            case "interval" -> Per.INTERVAL;
            case "day" -> Per.DAY;
            case "run" -> Per.RUN;
            default -> throw new ScenarioException("--per", 0, null, "'" + per + "' is not allowed; allowed: interval, day, run",
                    "不允许 '" + per + "'；允许：interval、day、run");
        };
        String t = text.trim();
        Matcher m;
        if ((m = SL.matcher(t)).matches()) return new Goal(Kind.SERVICE_LEVEL, share(m.group(1), t), -1, null, p);
        if ((m = ABANDON.matcher(t)).matches()) return new Goal(Kind.ABANDON, share(m.group(1), t), -1, null, p);
        if ((m = MISSED.matcher(t)).matches()) {
            double d;
            try {
                d = Durations.parse(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("--target", 0, null, "'" + m.group(1) + "' in " + t + ": " + e.getMessage(),
                        t + " 中的 " + Durations.notADurationZh(m.group(1)));
            }
            int index = -1;
            for (int i = 0; i < s.firstResponseDeadlines().length; i++) if (s.firstResponseDeadlines()[i] == d) index = i;
            if (index < 0) {
                throw new ScenarioException("--target", 0, null, "the scenario has no first-response deadline " + m.group(1)
                        + "; its deadlines: " + io.kefusim.scenario.Lists.join(java.util.List.of(s.deadlineLabels()), false),
                        "方案中没有 " + m.group(1) + " 的首次响应时限；已有时限：" + io.kefusim.scenario.Lists.join(java.util.List.of(s.deadlineLabels()), true));
            }
            return new Goal(Kind.MISSED, share(m.group(2), t), index, s.deadlineLabels()[index], p);
        }
        if (t.equals("lost-sales")) return new Goal(Kind.LOST_SALES, 0, -1, null, p);
        throw new ScenarioException("--target", 0, null, "'" + t + "' is not a goal; allowed: " + io.kefusim.scenario.Lists.join(EXAMPLES, false) + ", or lost-sales",
                "'" + t + "' 不是目标；允许：" + io.kefusim.scenario.Lists.join(EXAMPLES, true) + " 或 lost-sales");
    }

    private static double share(String v, String goal) {
        try {
            double x = Double.parseDouble(v);
            if (x >= 0 && x <= 1) return x;
        } catch (NumberFormatException ignored) {
            // fall through to the error
        }
        throw new ScenarioException("--target", 0, null, "'" + v + "' in " + goal + " is not a share; allowed: a number from 0 to 1",
                goal + " 中的 '" + v + "' 不是比例；允许：从 0 到 1 的数");
    }

    /** True when the goal is a constraint (everything but lost-sales). */
    public boolean isConstraint() { return kind != Kind.LOST_SALES; }

    /** Higher is better for service level; lower for missed replies and abandonment. */
    private double value(ChatCell c) {
        return switch (kind) {
            case SERVICE_LEVEL -> Figures.serviceLevel(c);
            case MISSED -> Figures.missedShare(c, deadlineIndex);
            case ABANDON -> Figures.abandonShare(c);
            case LOST_SALES -> c.lostSales;
        };
    }

    private boolean ok(double v) {
        return kind == Kind.SERVICE_LEVEL ? v >= threshold - 1e-12 : v <= threshold + 1e-12;
    }

    /** Does the goal hold for these replications (see the class comment for "with confidence")? */
    public boolean holds(List<ReplicationMetrics> reps) {
        if (!isConstraint()) return true;
        return failing(reps).isEmpty();
    }

    /**
     * Where the goal fails: interval indexes (per interval), day indexes (per day), or {0}
     * (per run). Empty when it holds.
     */
    public List<Integer> failing(List<ReplicationMetrics> reps) {
        ReplicationMetrics first = reps.get(0);
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        switch (per) {
            case RUN -> { if (!okWithConfidence(reps, m -> m.total)) out.add(0); }
            case DAY -> {
                for (int d = 0; d < first.byDay.length; d++) {
                    final int day = d;
                    if (first.dayLength(d) <= 0) continue;
                    if (!okWithConfidence(reps, m -> m.byDay[day])) out.add(d);
                }
            }
            case INTERVAL -> { // every interval of a failing cell (an hour, a day or the run when intervals hold too few buyers)
                for (int[] cell : JudgedCells.of(reps).cells()) {
                    if (!okWithConfidence(reps, JudgedCells.cell(cell))) for (int i = cell[0]; i <= cell[1]; i++) out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * Whether the goal clearly fails on these replications, the first ones of a candidate
     * ({@link Screening}): in some judged cell even the optimistic bound is on the wrong side of
     * the goal. False for a goal without a threshold.
     */
    public boolean clearlyFails(List<ReplicationMetrics> reps) {
        if (!isConstraint()) return false;
        ReplicationMetrics first = reps.get(0);
        java.util.ArrayList<Function<ReplicationMetrics, ChatCell>> cells = new java.util.ArrayList<>();
        switch (per) {
            case RUN -> cells.add(m -> m.total);
            case DAY -> {
                for (int d = 0; d < first.byDay.length; d++) {
                    final int day = d;
                    if (first.dayLength(d) > 0) cells.add(m -> m.byDay[day]);
                }
            }
            case INTERVAL -> {
                for (int[] cell : JudgedCells.of(reps).cells()) {
                    if (JudgedCells.buyers(reps, cell) >= Screening.MIN_BUYERS) cells.add(JudgedCells.cell(cell));
                }
            }
        }
        java.util.ArrayList<double[]> values = new java.util.ArrayList<>(cells.size());
        for (Function<ReplicationMetrics, ChatCell> cell : cells) {
            double[] v = new double[reps.size()];
            for (int r = 0; r < v.length; r++) v[r] = value(cell.apply(reps.get(r)));
            values.add(v);
        }
        return Screening.clearlyFails(values, threshold, kind == Kind.SERVICE_LEVEL);
    }

    /**
     * The (type, interval) pairs whose mean falls short of the goal, among those with at
     * least {@value #MIN_BUYERS_PER_INTERVAL} buyers per replication: {type, interval} pairs.
     */
    public List<int[]> failingTypeIntervals(List<ReplicationMetrics> reps) {
        java.util.ArrayList<int[]> out = new java.util.ArrayList<>();
        ReplicationMetrics first = reps.get(0);
        for (int t = 0; t < first.byTypeInterval.length; t++) {
            for (int i = 0; i < first.byInterval.length; i++) {
                final int type = t, iv = i;
                double offered = 0;
                for (ReplicationMetrics m : reps) offered += m.byTypeInterval[type][iv].offered();
                if (offered / reps.size() < MIN_BUYERS_PER_INTERVAL) continue;
                Estimate e = estimate(reps, m -> m.byTypeInterval[type][iv]);
                if (e.mean() != null && !ok(e.mean())) out.add(new int[]{t, i});
            }
        }
        return out;
    }

    /**
     * How wide the judgement was: among the cells the goal judges (the run, each day with
     * buyers, or each interval with at least {@value #MIN_BUYERS_PER_INTERVAL} buyers per
     * replication), the one whose 95% half-width is widest, with its standard deviation over
     * replications and the cell's index (interval or day; 0 for the run). Null when no cell has
     * a half-width (one replication, or nothing judged) or the goal has no threshold.
     */
    public Width widest(List<ReplicationMetrics> reps) {
        if (!isConstraint() || reps.size() < 2) return null;
        ReplicationMetrics first = reps.get(0);
        Width w = null;
        switch (per) {
            case RUN -> w = wider(w, reps, m -> m.total, 0);
            case DAY -> {
                for (int d = 0; d < first.byDay.length; d++) {
                    final int day = d;
                    if (first.dayLength(d) > 0) w = wider(w, reps, m -> m.byDay[day], d);
                }
            }
            case INTERVAL -> {
                for (int[] cell : JudgedCells.of(reps).cells()) w = wider(w, reps, JudgedCells.cell(cell), cell[0]);
            }
        }
        return w;
    }

    /** A judged cell's 95% half-width, its standard deviation over replications, and where it is (interval, day, or 0 for the run). */
    public record Width(double halfWidth, double sd, int cell, int replications) {}

    private Width wider(Width w, List<ReplicationMetrics> reps, Function<ReplicationMetrics, ChatCell> cell, int index) {
        double[] v = new double[reps.size()];
        for (int r = 0; r < v.length; r++) v[r] = value(cell.apply(reps.get(r)));
        Estimate e = Estimate.of(v);
        if (e.ci95() == null || (w != null && w.halfWidth() >= e.ci95())) return w;
        int n = 0;
        for (double x : v) if (!Double.isNaN(x)) n++;
        return new Width(e.ci95(), e.ci95() / Estimate.tFactor(n), index, n);
    }

    /** The room a bound can use: from the threshold to the best a share can be (100% for service level, 0 for missed or abandoned). */
    public double room() {
        return kind == Kind.SERVICE_LEVEL ? 1 - threshold : threshold;
    }

    private boolean okWithConfidence(List<ReplicationMetrics> reps, Function<ReplicationMetrics, ChatCell> cell) {
        Estimate e = estimate(reps, cell);
        if (e.mean() == null) return true; // nobody to serve
        double h = e.ci95() == null ? 0 : e.ci95();
        return ok(kind == Kind.SERVICE_LEVEL ? e.mean() - h : e.mean() + h);
    }

    private Estimate estimate(List<ReplicationMetrics> reps, Function<ReplicationMetrics, ChatCell> cell) {
        double[] v = new double[reps.size()];
        for (int r = 0; r < v.length; r++) v[r] = value(cell.apply(reps.get(r)));
        return Estimate.of(v);
    }

    /** The goal as a reader's sentence says it: the same as {@link #toString}, its "per ..." in the reader's language. */
    public io.kefusim.scenario.Said said() {
        if (kind == Kind.LOST_SALES) return new io.kefusim.scenario.Said("goal_lost_sales");
        String t = toString();
        return new io.kefusim.scenario.Said("goal_per_" + per.name().toLowerCase(), t.substring(0, t.lastIndexOf(" per ")));
    }

    /** The goal as the --target option writes it, for staffing.json's "goal"; a reader is told it in words (report.Words.goal, or {@link #said}). */
    @Override
    public String toString() {
        String p = per.name().toLowerCase();
        return switch (kind) {
            case SERVICE_LEVEL -> "service-level>=" + threshold + " per " + p;
            case MISSED -> "missed(" + deadlineLabel + ")<=" + threshold + " per " + p;
            case ABANDON -> "abandon<=" + threshold + " per " + p;
            case LOST_SALES -> "lost-sales (minimise labour cost + recoverable lost sales or margin + unanswered buyers' cost)";
        };
    }

    /**
     * The intervals where this goal's figure falls on the wrong side of its threshold, judged on
     * the 95% bound as the goal is (for lost-sales, which has no threshold: the mean service
     * level against the scenario's goal).
     */
    public io.kefusim.metrics.Shortfall shortfall(Scenario s, List<ReplicationMetrics> reps) {
        return switch (kind) {
            case SERVICE_LEVEL -> io.kefusim.metrics.Shortfall.of(reps, Figures::serviceLevel, threshold, true, true);
            case MISSED -> io.kefusim.metrics.Shortfall.of(reps, c -> Figures.missedShare(c, deadlineIndex), threshold, false, true);
            case ABANDON -> io.kefusim.metrics.Shortfall.of(reps, Figures::abandonShare, threshold, false, true);
            case LOST_SALES -> io.kefusim.metrics.Shortfall.of(reps, Figures::serviceLevel, s.serviceLevelGoal(), true, false);
        };
    }

    /** The figure {@link #shortfall} judges, as a summary.json key. */
    public String shortfallFigure() {
        return switch (kind) {
            case SERVICE_LEVEL, LOST_SALES -> "service_level";
            case MISSED -> "missed_" + deadlineLabel + "_share";
            case ABANDON -> "abandon_share";
        };
    }

    /** The threshold {@link #shortfall} uses. */
    public double shortfallThreshold(Scenario s) { return kind == Kind.LOST_SALES ? s.serviceLevelGoal() : threshold; }

    /** Does falling short mean being below the threshold (service level) rather than above it? */
    public boolean shortfallBelow() { return kind == Kind.SERVICE_LEVEL || kind == Kind.LOST_SALES; }

    /** The goal as the analytic requirement uses it: answered within t (s) by a share, and/or abandonment at most a share. */
    io.kefusim.analytic.Staffing.Goal analytic(Scenario s) {
        return switch (kind) {
            case SERVICE_LEVEL -> new io.kefusim.analytic.Staffing.Goal(s.serviceLevelTarget(), threshold, 1);
            case MISSED -> new io.kefusim.analytic.Staffing.Goal(s.firstResponseDeadlines()[deadlineIndex], 1 - threshold, 1);
            case ABANDON -> new io.kefusim.analytic.Staffing.Goal(0, 0, threshold);
            case LOST_SALES -> new io.kefusim.analytic.Staffing.Goal(s.serviceLevelTarget(), s.serviceLevelGoal(), 1);
        };
    }
}
