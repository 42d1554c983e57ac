package io.kefusim.whatif;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sweep: one or two scenario keys varied over lists or ranges of values, each point run
 * with the same seed (so points differ only by the varied value, common random numbers), in
 * exactly the way {@code kefusim run --set key=value} would run it.
 */
public final class Sweep {
    private static final String ALLOWED = "a list like 4,6,8 or 30s,1m,2m; a range like 4..16 or 4..16:2; "
            + "or a range of durations like 15s..90s:15s";
    private static final String ALLOWED_ZH = "列表，如 4,6,8 或 30s,1m,2m；范围，如 4..16 或 4..16:2；或时长范围，如 15s..90s:15s";
    private static final Pattern RANGE = Pattern.compile("(.+?)\\.\\.(.+?)(?::(.+))?");
    private static final int MAX_POINTS = 1000;

    /** A varied key and its values, as written (numbers, or durations with a unit). */
    public record Vary(String key, List<String> values, boolean durations) {
        /** The value as a number for charts: seconds for durations. */
        public double numeric(int i) {
            return durations ? Durations.parse(values.get(i)) : Double.parseDouble(values.get(i));
        }
    }

    public record Point(List<String> values, Scenario scenario, List<ReplicationMetrics> reps, Estimate[] figures) {}

    public record Result(List<Vary> varies, List<Headline> headlines, List<Point> points) {}

    private Sweep() {}

    /** Reads {@code key=values}; throws a ScenarioException naming what is allowed. */
    public static Vary parseVary(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new ScenarioException("--vary", 0, spec, "expected KEY=VALUES, e.g. roster[0].agents=4..16 or buyers.presale.patience.mean=30s,1m,2m,5m",
                    "应为 键=取值，如 roster[0].agents=4..16 或 buyers.presale.patience.mean=30s,1m,2m,5m");
        }
        String key = spec.substring(0, eq).trim(), values = spec.substring(eq + 1).trim();
        List<String> out = new ArrayList<>();
        Matcher m = RANGE.matcher(values);
        if (m.matches()) {
            String from = m.group(1).trim(), to = m.group(2).trim(), step = m.group(3) == null ? null : m.group(3).trim();
            boolean dur = hasUnit(from) || hasUnit(to) || (step != null && hasUnit(step));
            double a = number(from, dur, key), b = number(to, dur, key);
            double st = step == null ? 1 : number(step, dur, key);
            if (dur && step == null) throw bad(key, values, "a range of durations needs a step, e.g. 15s..90s:15s", "时长范围需要步长，如 15s..90s:15s");
            if (!(st > 0)) throw bad(key, values, "the step must be more than 0", "步长必须大于 0");
            if (b < a) throw bad(key, values, "the range must go up, from the smaller value to the larger", "范围须从小到大");
            if ((b - a) / st + 1 > MAX_POINTS) throw bad(key, values, "more than " + MAX_POINTS + " values", "超过 " + MAX_POINTS + " 个取值");
            BigDecimal x = BigDecimal.valueOf(a), end = BigDecimal.valueOf(b), stp = BigDecimal.valueOf(st);
            for (; x.compareTo(end) <= 0; x = x.add(stp)) {
                out.add(dur ? Durations.format(x.doubleValue()) : x.stripTrailingZeros().toPlainString());
            }
            return new Vary(key, out, dur);
        }
        String[] parts = values.split(",");
        boolean dur = false;
        for (String p : parts) if (hasUnit(p.trim())) dur = true;
        for (String p : parts) {
            String v = p.trim();
            if (v.isEmpty()) throw bad(key, values, "an empty value", "有一个取值是空的");
            number(v, dur, key);
            out.add(v);
        }
        if (out.size() > MAX_POINTS) throw bad(key, values, "more than " + MAX_POINTS + " values", "超过 " + MAX_POINTS + " 个取值");
        return new Vary(key, out, dur);
    }

    /** Written as a duration: digits then a unit (30s, 1m30s), or ISO-8601 (PT2M). */
    private static boolean hasUnit(String v) {
        return v.matches("\\d.*[a-zA-Z]") || v.startsWith("PT");
    }

    private static double number(String v, boolean duration, String key) {
        try {
            return duration ? Durations.parse(v) : Double.parseDouble(v);
        } catch (IllegalArgumentException e) {
            throw bad(key, v, "'" + v + "' is not a " + (duration ? "duration" : "number"), "'" + v + "' 不是" + (duration ? "时长" : "数字"));
        }
    }

    private static ScenarioException bad(String key, String values, String why, String whyZh) {
        return new ScenarioException("--vary", 0, key, why + "; allowed: " + ALLOWED, whyZh + "；允许：" + ALLOWED_ZH);
    }

    /** Every point of the grid (first key slowest), each loaded and checked before anything runs. */
    /** Each point's scenario by its values as a page names it ("6, 2m"). */
    public static java.util.Map<String, Scenario> byPoint(List<Point> points) {
        java.util.Map<String, Scenario> out = new java.util.LinkedHashMap<>();
        for (Point p : points) out.put(String.join(", ", p.values()), p.scenario());
        return out;
    }

    public static List<Point> plan(Path file, List<Assignment> overrides, List<Vary> varies) {
        if (varies.isEmpty() || varies.size() > 2) {
            throw new ScenarioException("--vary", 0, null, "give one or two --vary options", "请给一个或两个 --vary 选项");
        }
        List<List<String>> grid = new ArrayList<>();
        for (String a : varies.get(0).values()) {
            if (varies.size() == 1) grid.add(List.of(a));
            else for (String b : varies.get(1).values()) grid.add(List.of(a, b));
        }
        // the file and its --set values, checked once (their error, if any, before any point's);
        // each point then applies its --vary values and binds once, not checking the same file and --set again
        ScenarioLoader.load(file, overrides);
        List<Point> points = new ArrayList<>();
        for (List<String> values : grid) {
            List<Assignment> all = new ArrayList<>(overrides);
            for (int i = 0; i < varies.size(); i++) all.add(Assignment.vary(varies.get(i).key(), values.get(i)));
            points.add(new Point(values, ScenarioLoader.loadPoint(file, all), null, null));
        }
        return points;
    }

    /**
     * Point {@code p}'s figure {@code headline} against point {@code base}'s, as compare pairs its plans: every
     * point runs on the same seed and replications, so replication r of each sees the same buyers.
     */
    public static Comparison.Cell versus(Result r, Point p, Point base, int headline) {
        Headline f = r.headlines().get(headline);
        return Comparison.paired(Comparison.values(f, base.scenario(), base.reps()), Comparison.values(f, p.scenario(), p.reps()));
    }

    public static Result run(List<Vary> varies, List<Point> planned, int threads, IntConsumer progress) {
        List<Point> done = new ArrayList<>();
        Scenario first = planned.get(0).scenario();
        List<Headline> headlines = Headline.of(first);
        int reps = first.replications();
        for (int k = 0; k < planned.size(); k++) {
            Point p = planned.get(k);
            Scenario s = p.scenario().withRun(reps, first.seed());
            final int offset = k * reps;
            List<ReplicationMetrics> r = Experiment.run(s, threads, null, progress == null ? null : n -> progress.accept(offset + n));
            Estimate[] f = new Estimate[headlines.size()];
            for (int h = 0; h < f.length; h++) f[h] = Estimate.of(Comparison.values(headlines.get(h), s, r));
            done.add(new Point(p.values(), s, r, f));
        }
        return new Result(varies, headlines, done);
    }
}
