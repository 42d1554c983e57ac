package io.kefusim.fit;

import io.kefusim.scenario.Durations;
import org.apache.commons.statistics.distribution.TDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fitted model: every estimate with its sample size and 95% interval, written as a
 * runnable scenario ({@code fitted.yaml}, the intervals as comments beside the values) and as
 * {@code fit.json}.
 *
 * <p><b>Demand.</b> Chats per hour for each weekday: the mean over the dates of that weekday
 * (interval: Student t over those dates; Poisson with one date). A date whose total is more than
 * 1.5x (or less than 1/1.5) the median of its weekday (of all dates, with fewer than three of that
 * weekday) gets its own {@code days[].scale} — a sale day — and is left out of its weekday's
 * pattern, as long as the weekday has other dates. The buyer-type mix is read by hour.
 *
 * <p><b>Spikes</b> (issue 25): an hour of one date far above the same hour on the other ordinary
 * dates of its weekday — count c against r, the median of those others, with c > 1.5 r and
 * c − r > 4 √(c + r) (about 4 standard deviations of the difference of two Poisson counts) — is a
 * one-off burst, not the weekday's pattern: it counts as r in the weekday's mean (and the
 * ordinary-date mean), and is listed in {@code fitted.yaml} and {@code fit.json} ({@code spikes}).
 * A weekday with one ordinary date has nothing to compare with, and is taken as it is.
 * <b>Staffing</b> on duty is written agent by agent: each on-duty span a shift, with a dated roster
 * ({@link RecordedRoster}, {@link AgentWork#spans}).
 */
final class FitResult {
    final Fitter f;
    final String name;
    final long firstDay, lastDay;
    final Map<String, String> typeNames = new LinkedHashMap<>(); // records' type -> scenario name
    final double[][] weekdayPattern = new double[7][24], weekdayLow = new double[7][24], weekdayHigh = new double[7][24];
    final int[] weekdayDates = new int[7];
    final double[][] weekdayTotal = new double[7][]; // {mean, low, high} of a day's chats
    final double[] basePattern = new double[24];
    final Map<Long, Double> dayScale = new TreeMap<>();
    /**
     * Each ordinary date's own volume where its weekday has two dates or more (the pattern is
     * then their mean): its chats / its weekday pattern's, and its spike hours as peaks (hour ->
     * the hour's chats / the pattern's times the date's scale), so that as run each date meets
     * its own demand beside its own roster.
     */
    final Map<Long, Double> dateScale = new TreeMap<>();
    final Map<Long, Map<Integer, Double>> datePeaks = new TreeMap<>();
    /** One-off hourly bursts left out of the weekday pattern (see the class comment). */
    record Spike(long day, int hour, double count, double reference) {}
    final List<Spike> spikes = new ArrayList<>();
    /** Spike hours by day*24+hour: the value the pattern counts instead. */
    private final Map<Long, Double> cleaned = new java.util.HashMap<>();
    final Map<String, Object> json = new LinkedHashMap<>();

    FitResult(Fitter f, String name) {
        this.f = f;
        this.name = name;
        this.firstDay = f.arrivalsByDayHour.firstKey();
        this.lastDay = f.arrivalsByDayHour.lastKey();
        typeNames.putAll(typeNames(f.arrivalsByTypeHour.keySet()));
        demand();
    }

    /**
     * Buyer-type names a scenario accepts, one for each name in the records: letters (Chinese kept:
     * 售前 stays 售前), digits, '_' and '-', at most 40 characters; anything else becomes '_'. A name a
     * YAML reader would take for something else (true, no, null, 12) or that is already taken gets
     * a numbered name instead.
     */
    static Map<String, String> typeNames(java.util.Collection<String> recorded) {
        Map<String, String> out = new LinkedHashMap<>();
        int k = 0;
        for (String t : recorded) {
            String safe = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]", "_").replaceFirst("^-+", "");
            if (safe.length() > 40) safe = safe.substring(0, 40);
            if (safe.replace("_", "").isEmpty() || out.containsValue(safe) || YAML_WORDS.matcher(safe).matches()) safe = "type" + (++k);
            out.put(t, safe);
        }
        return out;
    }

    /** Plain words and numbers a YAML 1.1 or 1.2 reader does not take as text. */
    private static final java.util.regex.Pattern YAML_WORDS = java.util.regex.Pattern.compile("y|n|yes|no|true|false|on|off|null|[0-9_]+");

    private void demand() {
        Map<Long, Double> totals = new TreeMap<>();
        for (Map.Entry<Long, long[]> e : f.arrivalsByDayHour.entrySet()) {
            double s = 0;
            for (long v : e.getValue()) s += v;
            totals.put(e.getKey(), s);
        }
        // every date of the period counts, also one with no chats at all
        for (long d = firstDay; d <= lastDay; d++) totals.putIfAbsent(d, 0.0);
        List<Double> all = new ArrayList<>(totals.values());
        java.util.Set<Long> flagged = new java.util.HashSet<>();
        for (Map.Entry<Long, Double> e : totals.entrySet()) {
            List<Double> same = new ArrayList<>();
            for (Map.Entry<Long, Double> o : totals.entrySet()) if (Fitter.weekday(o.getKey()) == Fitter.weekday(e.getKey())) same.add(o.getValue());
            double norm = median(same.size() >= 3 ? same : all);
            if (norm > 0 && e.getValue() > 0 && Math.abs(Math.log(e.getValue() / norm)) > Math.log(1.5)) flagged.add(e.getKey());
        }
        double[] baseSum = new double[24];
        int baseDates = 0;
        for (int w = 0; w < 7; w++) {
            List<Long> dates = new ArrayList<>();
            for (long d : totals.keySet()) if (Fitter.weekday(d) == w && !flagged.contains(d)) dates.add(d);
            if (dates.isEmpty()) for (long d : totals.keySet()) if (Fitter.weekday(d) == w) dates.add(d);
            weekdayDates[w] = dates.size();
            findSpikes(dates, flagged);
            double[] dayTotals = new double[dates.size()];
            for (int i = 0; i < dayTotals.length; i++) dayTotals[i] = totals.get(dates.get(i));
            weekdayTotal[w] = meanInterval(dayTotals);
            for (int h = 0; h < 24; h++) {
                double[] v = new double[dates.size()];
                for (int i = 0; i < v.length; i++) v[i] = patternCount(dates.get(i), h);
                double[] ci = meanInterval(v);
                weekdayPattern[w][h] = ci[0];
                weekdayLow[w][h] = ci[1];
                weekdayHigh[w][h] = ci[2];
            }
            for (long d : dates) {
                if (flagged.contains(d)) continue;
                for (int h = 0; h < 24; h++) baseSum[h] += patternCount(d, h);
                baseDates++;
            }
        }
        for (int h = 0; h < 24; h++) basePattern[h] = baseDates == 0 ? 0 : baseSum[h] / baseDates;
        for (long d : flagged) {
            int w = Fitter.weekday(d);
            double norm = 0;
            for (double v : weekdayPattern[w]) norm += v;
            boolean ownPattern = totals.keySet().stream().anyMatch(o -> Fitter.weekday(o) == w && !flagged.contains(o));
            if (ownPattern && norm > 0) dayScale.put(d, totals.get(d) / norm);
        }
        for (long d : totals.keySet()) {
            int w = Fitter.weekday(d);
            // a date with a scale of its own already (far from its weekday, left out of its pattern) keeps it
            if (dayScale.containsKey(d) || weekdayDates[w] < 2) continue;
            double norm = 0, own = 0;
            for (int h = 0; h < 24; h++) { norm += weekdayPattern[w][h]; own += patternCount(d, h); }
            if (!(norm > 0)) continue;
            double scale = own / norm;
            dateScale.put(d, scale);
            for (Spike sp : spikes) {
                if (sp.day() != d || !(weekdayPattern[w][sp.hour()] * scale > 0)) continue;
                datePeaks.computeIfAbsent(d, k -> new TreeMap<>()).put(sp.hour(), sp.count() / (weekdayPattern[w][sp.hour()] * scale));
            }
        }
    }

    /** Spikes among the ordinary dates of one weekday: each date-hour against the median of the same hour on the others. */
    private void findSpikes(List<Long> dates, java.util.Set<Long> flagged) {
        if (dates.size() < 2) return;
        for (long d : dates) {
            if (flagged.contains(d)) continue;
            for (int h = 0; h < 24; h++) {
                List<Double> others = new ArrayList<>();
                for (long o : dates) if (o != d && !flagged.contains(o)) others.add(hourCount(o, h));
                if (others.isEmpty()) continue;
                double c = hourCount(d, h), r = median(others);
                if (c > 1.5 * r && c - r > 4 * Math.sqrt(c + r)) {
                    spikes.add(new Spike(d, h, c, r));
                    cleaned.put(d * 24 + h, r);
                }
            }
        }
    }

    /** The count the pattern uses: the recorded one, or for a spike the median of the weekday's other dates. */
    double patternCount(long day, int h) {
        Double c = cleaned.get(day * 24 + h);
        return c != null ? c : hourCount(day, h);
    }

    double hourCount(long day, int h) {
        long[] c = f.arrivalsByDayHour.get(day);
        return c == null ? 0 : c[h];
    }

    /** {mean, low, high} of a 95% interval: Student t over the values, or Poisson for one value. */
    static double[] meanInterval(double[] v) {
        if (v.length == 0) return new double[]{0, 0, 0};
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        if (v.length == 1) {
            double h = 1.96 * Math.sqrt(m);
            return new double[]{m, Math.max(0, m - h), m + h};
        }
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        double h = TDistribution.of(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
        return new double[]{m, Math.max(0, m - h), m + h};
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        int n = s.size();
        return n == 0 ? 0 : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Type shares for each hour of day, in millionths adding up to exactly one million (so the loader's check holds). */
    long[][] mixByHour() {
        List<String> types = new ArrayList<>(f.arrivalsByTypeHour.keySet());
        long[][] out = new long[24][types.size()];
        double[] overall = new double[types.size()];
        for (int t = 0; t < types.size(); t++) for (long v : f.arrivalsByTypeHour.get(types.get(t))) overall[t] += v;
        for (int h = 0; h < 24; h++) {
            double[] w = new double[types.size()];
            double sum = 0;
            for (int t = 0; t < types.size(); t++) { w[t] = f.arrivalsByTypeHour.get(types.get(t))[h]; sum += w[t]; }
            if (sum < 1) { w = overall.clone(); sum = 0; for (double x : w) sum += x; }
            long given = 0;
            int largest = 0;
            for (int t = 0; t < types.size(); t++) {
                out[h][t] = Math.round(w[t] / sum * 1_000_000);
                given += out[h][t];
                if (w[t] > w[largest]) largest = t;
            }
            out[h][largest] += 1_000_000 - given;
        }
        return out;
    }

    static String d(double seconds) { return Durations.format(Math.max(1, Math.round(seconds))); }

    static String num(double v) {
        if (Double.isNaN(v)) return "null";
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    LocalDate date(long day) { return LocalDate.ofEpochDay(day); }
}
