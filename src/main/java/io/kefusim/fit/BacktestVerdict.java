package io.kefusim.fit;

import io.kefusim.report.Text;
import io.kefusim.report.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backtest's verdict in words: whether the model reproduces the period as a whole, and at
 * which hours of the day it can be trusted. The bar is the project's own (issue 25): abandonment
 * within {@value #ABANDON_POINTS} points, mean queue wait within {@value #WAIT_SHARE} of the
 * records', and the records' hour inside the simulated band on at least {@value #INSIDE} of hours.
 * An hour of the day is trustworthy when, over the dates, abandonment and mean wait both lie
 * inside the band on at least that share of them; otherwise the words say which way it misses.
 */
final class BacktestVerdict {
    static final double ABANDON_POINTS = 0.03, WAIT_SHARE = 0.30, INSIDE = 0.70;

    private BacktestVerdict() {}

    /**
     * Whether the whole period meets the bar: abandonment, wait, and both figures' hours inside the
     * band; then whether the records give queue waits at all (a 千牛 export may not: the wait is then
     * not judged, rather than judged missed) and whether any hour had enough buyers to judge.
     */
    @SuppressWarnings("unchecked")
    static boolean[] overall(Map<String, Object> json) {
        Map<String, Object> overall = (Map<String, Object>) json.get("overall");
        Map<String, Object> ab = (Map<String, Object>) overall.get("abandon_share"), w = (Map<String, Object>) overall.get("queue_wait_mean_s");
        boolean waits = w.get("observed") != null, hoursJudged = ab.get("inside_band_share") != null;
        boolean abandon = close(ab, ABANDON_POINTS, false), wait = !waits || close(w, WAIT_SHARE, true);
        boolean hours = share(ab) >= INSIDE && (!waits || share(w) >= INSIDE);
        return new boolean[]{abandon, wait, hours, waits, hoursJudged};
    }

    private static boolean close(Map<String, Object> f, double tolerance, boolean relative) {
        if (f.get("observed") == null || f.get("simulated") == null) return false;
        double o = (Double) f.get("observed"), s = (Double) f.get("simulated");
        return Math.abs(s - o) <= (relative ? tolerance * o : tolerance) + 1e-12;
    }

    private static double share(Map<String, Object> f) {
        return f.get("inside_band_share") == null ? 0 : (Double) f.get("inside_band_share");
    }

    /** The verdict, a few lines of words. */
    static List<String> lines(Backtest.Result r, Text text) {
        List<String> out = new ArrayList<>();
        boolean[] ok = overall(r.json());
        String verdict = ok[0] && ok[1] && ok[2] ? text.get(ok[3] ? "bv_period_ok" : "bv_period_ok_no_waits")
                : text.get("bv_period_not", text.list(misses(ok, text)));
        out.add(verdict);
        if (!ok[3] && !(ok[0] && ok[1] && ok[2])) out.add(text.get("bv_no_waits"));
        // hour of day -> {compared, inside both, sum of simulated - observed abandonment}
        double[][] byHour = new double[24][3];
        for (Map<String, Object> row : r.rows()) {
            Object ao = row.get("abandon_share_observed"), wo = row.get("queue_wait_mean_s_observed");
            if (ao == null || row.get("abandon_share_low") == null) continue;
            if (((Number) row.get("buyers_observed")).doubleValue() < Backtest.MIN_BUYERS) continue; // too few to judge, as in the period's figures
            int h = Integer.parseInt(row.get("interval_start").toString().substring(11, 13));
            byHour[h][0]++;
            boolean inA = inside(row, "abandon_share"), inW = wo == null || row.get("queue_wait_mean_s_low") == null || inside(row, "queue_wait_mean_s");
            if (inA && inW) byHour[h][1]++;
            byHour[h][2] += (Double) row.get("abandon_share_simulated") - (Double) ao;
        }
        List<String> good = new ArrayList<>(), optimistic = new ArrayList<>(), pessimistic = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if (byHour[h][0] == 0) continue;
            String label = String.format(Locale.ROOT, "%02d:00", h);
            if (byHour[h][1] / byHour[h][0] >= INSIDE) good.add(label);
            else if (byHour[h][2] < 0) optimistic.add(label);
            else pessimistic.add(label);
        }
        Object few = r.json().get("hours_too_few_buyers");
        if (few instanceof Number n && n.intValue() > 0) {
            out.add(text.get("bv_few_buyers", n.intValue(), r.json().get("hours_with_buyers"), (int) Backtest.MIN_BUYERS));
        }
        // a period reproduced as a whole can still be untrustworthy at most hours of the day: said beside the verdict
        int compared = good.size() + optimistic.size() + pessimistic.size();
        if (ok[0] && ok[1] && ok[2] && compared > 0 && good.size() < INSIDE * compared) {
            out.add(1, text.get("bv_whole_only", good.size(), compared));
        }
        // no hour of the day compared: "trustworthy at: no hour" read as a finding about every hour
        out.add(compared == 0 ? text.get("bv_hours_none_judged", (int) Backtest.MIN_BUYERS)
                : text.get(ok[3] ? "bv_hours_ok" : "bv_hours_ok_no_waits", good.isEmpty() ? text.get("bv_none") : text.list(good)));
        if (!optimistic.isEmpty()) out.add(text.get("bv_hours_optimistic", text.list(optimistic)));
        if (!pessimistic.isEmpty()) out.add(text.get("bv_hours_pessimistic", text.list(pessimistic)));
        out.add(text.get("bv_staffing", r.replayed() != null ? r.replayed().staffing(text) : r.json().get("staffing")));
        // issue 25; reply times on a chat desk, talk times on a phone desk
        String talk = r.scenario() == null ? "bv_talk_pick_up" : "bv_talk";
        if (r.replayed() != null) out.add(r.scenario() == null ? text.get(talk, r.replayed().talk(text)) : Words.channel(text, r.scenario(), talk, r.replayed().talk(text)));
        else if (r.json().get("talk") != null) out.add(r.scenario() == null ? text.get(talk, r.json().get("talk")) : Words.channel(text, r.scenario(), talk, r.json().get("talk")));
        return out;
    }

    private static boolean inside(Map<String, Object> row, String fig) {
        double o = (Double) row.get(fig + "_observed"), lo = (Double) row.get(fig + "_low"), hi = (Double) row.get(fig + "_high");
        return o >= lo - 1e-12 && o <= hi + 1e-12;
    }

    private static List<String> misses(boolean[] ok, Text text) {
        List<String> out = new ArrayList<>();
        if (!ok[0]) out.add(text.get("bv_miss_abandon"));
        if (!ok[1]) out.add(text.get("bv_miss_wait"));
        if (!ok[2]) out.add(ok[4] ? text.get("bv_miss_hours") : text.get("bv_miss_no_hours", (int) Backtest.MIN_BUYERS));
        return out;
    }
}
