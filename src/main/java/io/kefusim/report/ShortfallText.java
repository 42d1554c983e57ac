package io.kefusim.report;

import io.kefusim.metrics.Shortfall;
import io.kefusim.scenario.Scenario;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worst intervals in words ("service level below 80% in 3 of 48 hours: 11-11
 * 20:00–23:00; worst 41% at 11-11 21:00") and as a {@code summary.json} section.
 */
public final class ShortfallText {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int RANGES_SHOWN = 4;

    private ShortfallText() {}

    /**
     * The sentence, read off a {@code worst_intervals} section (so the words and the JSON agree).
     *
     * @param figure   the figure's name in the user's words ("Service level")
     * @param goal     the threshold as the user reads it ("80.0%")
     * @param below    true when falling short means being below the goal (service level)
     */
    @SuppressWarnings("unchecked")
    public static String sentence(Text text, Scenario s, Map<String, Object> section, String figure, String goal, boolean below) {
        // judged by the hour, the day or the run when the intervals hold too few buyers (metrics.JudgedCells): said first
        String per = section.get("judged_per") == null ? "interval" : (String) section.get("judged_per");
        if (!"interval".equals(per)) {
            return text.get("sf_pooled", text.get("sf_by_" + per), (int) Shortfall.MIN_BUYERS_PER_INTERVAL,
                    judged(text, s, section, figure, goal, below, per));
        }
        return judged(text, s, section, figure, goal, below, per);
    }

    @SuppressWarnings("unchecked")
    private static String judged(Text text, Scenario s, Map<String, Object> section, String figure, String goal, boolean below, String per) {
        String unit = text.get(switch (per) {
            case "hour" -> "sf_hours";
            case "day" -> "sf_days";
            default -> s.interval() == 3600 ? "sf_hours" : "sf_intervals";
        });
        // judged on a 95% bound (staff's goal), the sentence calls it the bound: "worst 61.1%" was a bound read as the service level
        boolean onBound = !"mean".equals(section.get("judged_on"));
        String side = text.get(below ? "sfb_lower" : "sfb_upper"), named = text.chinese() ? figure : figure.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + figure.substring(1);
        int counted = (Integer) section.get("intervals_counted"), shortOnes = (Integer) section.get("intervals_short");
        if ("run".equals(per)) { // one cell, the whole run: its figure, not "in every one of 1 ..."
            Map<String, Object> worst = (Map<String, Object>) section.get("worst");
            String cmp = text.get(shortOnes > 0 ? (below ? "sf_below" : "sf_above") : (below ? "sf_at_least" : "sf_at_most"));
            if (shortOnes > 0) {
                String value = Format.share((Double) worst.get("value"));
                return onBound ? text.get("sf_run_short_bound", side, named, value, cmp, goal) : text.get("sf_run_short", figure, value, cmp, goal);
            }
            return onBound ? text.get("sf_run_ok_bound", side, named, cmp, goal) : text.get("sf_run_ok", figure, cmp, goal);
        }
        if (counted == 0) { // not "in every one of 0 hours": no hour had buyers enough to judge
            return text.get(s.interval() == 3600 ? "sf_no_hour" : "sf_no_interval", figure, (int) Shortfall.MIN_BUYERS_PER_INTERVAL);
        }
        if (shortOnes == 0) {
            if (onBound) return text.get("sf_none_bound", side, named, text.get(below ? "sf_at_least" : "sf_at_most"), goal, counted, unit,
                    (int) Shortfall.MIN_BUYERS_PER_INTERVAL);
            return text.get("sf_none", figure, goal, counted, unit, (int) Shortfall.MIN_BUYERS_PER_INTERVAL, text.get(below ? "sf_at_least" : "sf_at_most"));
        }
        List<Map<String, Object>> runs = (List<Map<String, Object>>) section.get("short_periods");
        Map<String, Object> worst = (Map<String, Object>) section.get("worst");
        List<String> ranges = new ArrayList<>();
        List<Integer> listed = shown(runs, worst == null ? null : LocalDateTime.parse((String) worst.get("interval_start")));
        for (int k : listed) {
            ranges.add(range(LocalDateTime.parse((String) runs.get(k).get("from")), LocalDateTime.parse((String) runs.get(k).get("to"))));
        }
        int hidden = runs.size() - listed.size();
        // a period hidden between two named ones (the worst's took the last place) is said to be among them, not after
        boolean between = hidden > 0 && listed.get(listed.size() - 1) >= listed.size();
        String list = text.list(ranges) + (hidden == 0 ? "" : text.get(between ? "sf_more_between" : "sf_more", hidden));
        String value = Format.share((Double) worst.get("value")), at = LocalDateTime.parse((String) worst.get("interval_start")).format(DAY_TIME);
        if (onBound) return text.get("sf_some_bound", side, named, text.get(below ? "sf_below" : "sf_above"), goal, shortOnes, counted, unit, list,
                text.get(below ? "sfb_lowest" : "sfb_highest"), value, at, (int) Shortfall.MIN_BUYERS_PER_INTERVAL);
        // "with at least 10 buyers", as when no hour falls short: hours with fewer are not judged, and "21 of 45" in a 48-hour run said not why
        return text.get("sf_some", figure, text.get(below ? "sf_below" : "sf_above"), goal, shortOnes, counted, unit, list, value, at,
                (int) Shortfall.MIN_BUYERS_PER_INTERVAL);
    }

    /**
     * Which short periods the sentence names, in time order: the first {@link #RANGES_SHOWN} (all of them when
     * only one more would be hidden), except that the period holding the worst interval is never among the hidden
     * ones (it takes the last place shown), so "and N more" never hides the worst hour; the sentence then says the
     * hidden ones are not all after the named ones.
     */
    static List<Integer> shown(List<Map<String, Object>> runs, LocalDateTime worst) {
        List<Integer> shown = new ArrayList<>();
        // "and 1 more" would take as much room as the period itself: one over the limit, every period is named
        int limit = runs.size() == RANGES_SHOWN + 1 ? runs.size() : RANGES_SHOWN;
        for (int k = 0; k < Math.min(limit, runs.size()); k++) shown.add(k);
        if (worst == null || runs.size() <= limit) return shown;
        for (int k = RANGES_SHOWN; k < runs.size(); k++) {
            LocalDateTime from = LocalDateTime.parse((String) runs.get(k).get("from")), to = LocalDateTime.parse((String) runs.get(k).get("to"));
            if (!worst.isBefore(from) && worst.isBefore(to)) {
                shown.set(RANGES_SHOWN - 1, k);
                break;
            }
        }
        return shown;
    }

    /** The {@code worst_intervals} section of summary.json. */
    public static Map<String, Object> json(Scenario s, Shortfall f, String figure, double threshold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", figure);
        m.put("goal", threshold);
        m.put("judged_on", f.confidence() ? "95% confidence bound" : "mean");
        m.put("min_buyers_per_interval", (int) Shortfall.MIN_BUYERS_PER_INTERVAL);
        m.put("judged_per", f.level().name().toLowerCase(java.util.Locale.ROOT)); // interval, or hour, day, run when intervals hold too few buyers
        m.put("intervals_counted", f.counted());
        m.put("intervals_short", f.shortCells());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int[] r : f.runs()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("from", start(s, r[0]).toString());
            one.put("to", start(s, r[1] + 1).toString());
            runs.add(one);
        }
        m.put("short_periods", runs);
        if (f.worst() >= 0) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("interval_start", start(s, f.worst()).toString());
            w.put("value", f.worstValue());
            m.put("worst", w);
        }
        return m;
    }

    private static LocalDateTime start(Scenario s, int interval) {
        return s.start().plusSeconds(Math.round(Math.min(s.horizon(), interval * s.interval())));
    }

    private static String range(LocalDateTime a, LocalDateTime b) {
        boolean sameDay = b.toLocalDate().equals(a.toLocalDate()) || (b.toLocalTime().toSecondOfDay() == 0 && b.toLocalDate().equals(a.toLocalDate().plusDays(1)));
        String end = b.toLocalTime().toSecondOfDay() == 0 && sameDay ? "24:00" : b.format(sameDay ? TIME : DAY_TIME);
        return a.format(DAY_TIME) + "–" + end;
    }
}
