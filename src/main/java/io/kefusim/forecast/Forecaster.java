package io.kefusim.forecast;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.TDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * Expected buyers per hour for a date, with a prediction interval per hour and for the day.
 *
 * <p>Ordinary days: the weekday × hour profile — the mean count of each hour over the history's
 * ordinary days of the same weekday (all ordinary days when the weekday has none). Sale days: the
 * latest earlier sale day with the same month and day, hour by hour, times a growth (set, or
 * estimated from the pre-heat days: see {@link Growth}).
 *
 * <p>Uncertainty, estimated from held-out history, never in sample: every ordinary history day
 * with a same-weekday partner is forecast from the others (leave one out), giving its day-level
 * error r = ln(actual total / forecast total) and, within it, the spread of each hour around the
 * profile scaled to the day's actual level, as a negative binomial's overdispersion φ
 * (Var = μ + φ μ², moments). A day's prediction: ln D ~ mean r + sd r · sqrt(1 + 1/n) · T(n − 1),
 * the hour's count ~ Poisson(profile · D · G), G ~ Gamma(mean 1, variance φ), drawn 4,000 times
 * with a fixed seed; the interval is the draws' quantiles, for each hour and for their day sum.
 */
public final class Forecaster {
    /** Draws of the predictive distribution per day. */
    static final int DRAWS = 4000;
    /** An hour counts in the interval-coverage check when at least this many buyers are expected (the shop is open). */
    public static final double OPEN_HOUR = 1.0;

    /** The day-level and hour-level errors of the forecast, from held-out history. */
    public record Errors(double meanLog, double sdLog, int n, double phi) {}

    /** Growth of a sale day over the earlier one: its estimate and 95% interval, from {@code n} pre-heat days (n = 0: set by the user). */
    public record Growth(double value, double lo, double hi, int n, double sdLog, LocalDate earlierSale) {
        public boolean estimated() { return n > 0; }
    }

    /** One day's forecast; {@code actual} null when the day has not happened (is not in the history). */
    public record Day(LocalDate date, boolean sale, double[] expected, double[] lo, double[] hi, double total, double totalLo,
                      double totalHi, long[] actual, Growth growth) {
        public long actualTotal() { return actual == null ? -1 : Arrays.stream(actual).sum(); }
    }

    private final SortedMap<LocalDate, long[]> history;
    private final Set<LocalDate> saleDays;
    private final double level;

    /**
     * @param history  buyers per hour by date
     * @param saleDays dates in the history that were sale days (left out of the ordinary profile)
     * @param level    the prediction intervals' coverage, e.g. 0.8
     */
    public Forecaster(SortedMap<LocalDate, long[]> history, Set<LocalDate> saleDays, double level) {
        this.history = history;
        this.saleDays = saleDays;
        this.level = level;
    }

    public double level() { return level; }

    private boolean ordinary(LocalDate d) { return !saleDays.contains(d); }

    /** The weekday × hour profile for {@code target}, from ordinary days not in {@code without}; null when there are none. */
    double[] profile(LocalDate target, Set<LocalDate> without) {
        double[] same = mean(target, without, true);
        return same != null ? same : mean(target, without, false);
    }

    private double[] mean(LocalDate target, Set<LocalDate> without, boolean sameWeekday) {
        double[] sum = new double[24];
        int n = 0;
        for (var e : history.entrySet()) {
            LocalDate d = e.getKey();
            if (d.equals(target) || without.contains(d) || !ordinary(d)) continue;
            if (sameWeekday && d.getDayOfWeek() != target.getDayOfWeek()) continue;
            for (int h = 0; h < 24; h++) sum[h] += e.getValue()[h];
            n++;
        }
        if (n == 0) return null;
        for (int h = 0; h < 24; h++) sum[h] /= n;
        return sum;
    }

    private boolean hasPartner(LocalDate d, Set<LocalDate> without) {
        for (LocalDate o : history.keySet()) {
            if (!o.equals(d) && !without.contains(o) && ordinary(o) && o.getDayOfWeek() == d.getDayOfWeek()) return true;
        }
        return false;
    }

    /** Errors from leaving out, one at a time, each ordinary day (not in {@code without}) that has a same-weekday partner. */
    public Errors errors(Set<LocalDate> without) {
        List<Double> logs = new ArrayList<>();
        List<double[]> hours = new ArrayList<>(); // {y, mu}
        for (var e : history.entrySet()) {
            LocalDate d = e.getKey();
            if (without.contains(d) || !ordinary(d) || !hasPartner(d, without)) continue;
            double[] f = mean(d, without, true);
            double ft = Arrays.stream(f).sum();
            long yt = Arrays.stream(e.getValue()).sum();
            if (ft <= 0 || yt <= 0) continue;
            logs.add(Math.log(yt / ft));
            for (int h = 0; h < 24; h++) {
                double mu = f[h] * yt / ft;
                if (mu <= 0) continue;
                hours.add(new double[]{e.getValue()[h], mu});
            }
        }
        int n = logs.size();
        if (n < 3) throw new IllegalArgumentException("too few ordinary days with a same-weekday partner to estimate the forecast's error: " + n + " (need 3)");
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = 0;
        for (double l : logs) ss += (l - mean) * (l - mean);
        return new Errors(mean, Math.sqrt(ss / (n - 1)), n, dispersion(hours));
    }

    /**
     * The negative binomial's overdispersion φ (Var = μ + φ μ²) of the held-out hours around
     * their means, by maximum likelihood (golden-section search on [0, 4]). The method of moments
     * lets a few extreme hours (an opening hour that came early) set the spread of every hour.
     */
    static double dispersion(List<double[]> hours) {
        if (hours.isEmpty()) return 0;
        java.util.function.DoubleUnaryOperator nll = phi -> {
            double sum = 0;
            for (double[] ym : hours) {
                double y = ym[0], mu = ym[1];
                if (phi < 1e-9) {
                    sum -= y * Math.log(mu) - mu - org.apache.commons.numbers.gamma.LogGamma.value(y + 1);
                    continue;
                }
                double r = 1 / phi;
                sum -= org.apache.commons.numbers.gamma.LogGamma.value(y + r) - org.apache.commons.numbers.gamma.LogGamma.value(r)
                        - org.apache.commons.numbers.gamma.LogGamma.value(y + 1) + r * Math.log(r / (r + mu)) + y * Math.log(mu / (r + mu));
            }
            return sum;
        };
        double lo = 0, hi = 4, g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo), b = lo + g * (hi - lo), fa = nll.applyAsDouble(a), fb = nll.applyAsDouble(b);
        while (hi - lo > 1e-5) {
            if (fa < fb) { hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = nll.applyAsDouble(a); }
            else { lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = nll.applyAsDouble(b); }
        }
        double phi = (lo + hi) / 2;
        return nll.applyAsDouble(0) <= nll.applyAsDouble(phi) ? 0 : phi;
    }

    /** An ordinary day's forecast from the history less {@code without} (and less the day itself). */
    public Day ordinary(LocalDate target, Set<LocalDate> without, Errors e) {
        double[] f = profile(target, without);
        if (f == null) throw new IllegalArgumentException("no ordinary day in the history to forecast " + target + " from");
        return predict(target, false, f, e.meanLog(), e.sdLog() * Math.sqrt(1 + 1.0 / e.n()), e.n() - 1, e.phi(), null);
    }

    /**
     * A sale day: the latest earlier sale day with the same month and day, times the growth. With
     * an estimated growth its day-level spread is the pre-heat ratios' (predictive, × sqrt(1 + 1/n));
     * with a growth the user set, the ordinary days' day-level spread.
     */
    public Day sale(LocalDate target, Growth g, Errors e) {
        long[] shape = history.get(g.earlierSale());
        double[] f = new double[24];
        for (int h = 0; h < 24; h++) f[h] = shape[h] * g.value();
        if (g.estimated()) return predict(target, true, f, 0, g.sdLog() * Math.sqrt(1 + 1.0 / g.n()), g.n() - 1, e.phi(), g);
        return predict(target, true, f, 0, e.sdLog() * Math.sqrt(1 + 1.0 / e.n()), e.n() - 1, e.phi(), g);
    }

    /** The latest history sale day before {@code target} with its month and day; null if none. */
    public LocalDate earlierSale(LocalDate target) {
        LocalDate best = null;
        for (LocalDate d : saleDays) {
            if (d.isBefore(target) && d.getMonth() == target.getMonth() && d.getDayOfMonth() == target.getDayOfMonth()
                    && history.containsKey(d) && (best == null || d.isAfter(best))) best = d;
        }
        return best;
    }

    /**
     * Growth from the pre-heat: for each of the {@code days} days before the sale that the
     * history has both this time and before the earlier sale, r = ln(buyers this time / buyers then);
     * growth = exp(mean r), 95% interval exp(mean r ± t(n − 1) sd r / sqrt n).
     */
    public Growth estimateGrowth(LocalDate target, LocalDate earlier, int days) {
        List<Double> r = new ArrayList<>();
        for (int k = 1; k <= days; k++) {
            long[] now = history.get(target.minusDays(k)), then = history.get(earlier.minusDays(k));
            if (now == null || then == null) continue;
            long a = Arrays.stream(now).sum(), b = Arrays.stream(then).sum();
            if (a > 0 && b > 0) r.add(Math.log((double) a / b));
        }
        int n = r.size();
        if (n < 2) throw new IllegalArgumentException("the history has " + n + " pre-heat day(s) before both " + target + " and " + earlier + "; need 2 or more, or set --growth");
        double mean = r.stream().mapToDouble(Double::doubleValue).average().orElse(0), ss = 0;
        for (double x : r) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double t = TDistribution.of(n - 1).inverseSurvivalProbability(0.025);
        return new Growth(Math.exp(mean), Math.exp(mean - t * sd / Math.sqrt(n)), Math.exp(mean + t * sd / Math.sqrt(n)), n, sd, earlier);
    }

    /** A growth the user set. */
    public static Growth setGrowth(double g, LocalDate earlier) { return new Growth(g, g, g, 0, 0, earlier); }

    private Day predict(LocalDate date, boolean sale, double[] f, double meanLog, double sdLog, int df, double phi, Growth g) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(date.toEpochDay() * 31 + 20261111L);
        TDistribution t = TDistribution.of(Math.max(1, df));
        org.apache.commons.rng.sampling.distribution.ContinuousSampler gamma = phi > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1 / phi, phi) : null;
        double[][] y = new double[24][DRAWS];
        double[] tot = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            double u = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            double d = Math.exp(meanLog + sdLog * t.inverseCumulativeProbability(u));
            for (int h = 0; h < 24; h++) {
                double lambda = f[h] * d * (gamma == null ? 1 : gamma.sample());
                y[h][k] = lambda <= 0 ? 0 : PoissonSampler.of(rng, lambda).sample();
                tot[k] += y[h][k];
            }
        }
        double a = (1 - level) / 2;
        double[] lo = new double[24], hi = new double[24], mean = new double[24];
        for (int h = 0; h < 24; h++) {
            Arrays.sort(y[h]);
            lo[h] = quantile(y[h], a);
            hi[h] = quantile(y[h], 1 - a);
            mean[h] = f[h]; // the point forecast: the profile (or the sale shape times growth) itself
        }
        Arrays.sort(tot);
        return new Day(date, sale, mean, lo, hi, Arrays.stream(mean).sum(), quantile(tot, a), quantile(tot, 1 - a), history.get(date), g);
    }

    private static double quantile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }

    /**
     * The backtest of the forecast itself: every ordinary history day with a same-weekday partner,
     * held out — its profile and the error model both estimated without it — and forecast.
     */
    public List<Day> backtest() {
        List<Day> out = new ArrayList<>();
        for (LocalDate d : history.keySet()) {
            if (!ordinary(d) || !hasPartner(d, Set.of())) continue;
            Errors e = errors(Set.of(d));
            out.add(ordinary(d, Set.of(d), e));
        }
        return out;
    }

    /** Share of open hours (expected >= {@value #OPEN_HOUR}) of these days whose actual count fell inside the interval. */
    public static double intervalCoverage(List<Day> days) {
        int in = 0, n = 0;
        for (Day d : days) {
            for (int h = 0; h < 24; h++) {
                if (d.expected()[h] < OPEN_HOUR) continue;
                n++;
                if (d.actual()[h] >= d.lo()[h] && d.actual()[h] <= d.hi()[h]) in++;
            }
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }

    public static int openHours(List<Day> days) {
        int n = 0;
        for (Day d : days) for (int h = 0; h < 24; h++) if (d.expected()[h] >= OPEN_HOUR) n++;
        return n;
    }

    /** Share of these days whose actual total fell inside the day's interval. */
    public static double dayCoverage(List<Day> days) {
        int in = 0;
        for (Day d : days) if (d.actualTotal() >= d.totalLo() && d.actualTotal() <= d.totalHi()) in++;
        return days.isEmpty() ? Double.NaN : (double) in / days.size();
    }
}
