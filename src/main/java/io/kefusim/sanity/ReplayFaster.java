package io.kefusim.sanity;

import io.kefusim.scenario.Said;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fit.answers_faster}, {@code backtest.answers_faster} (fit13): a replay of records, by
 * {@code kefusim backtest} or by {@code fit} choosing its idle gap, whose service level or share of
 * those taken who were taken at once lies above the records' beyond the replay's band. A desk
 * fitted from records must not be stronger than the real one without saying so: a roster planned
 * from the file is promised a better service level than the same staff gave. Read from the
 * replay's figures as {@code backtest.json} holds them ({@code overall.service_level},
 * {@code answered_at_once}, each with {@code observed}, {@code simulated}, {@code simulated_range}).
 */
public final class ReplayFaster {
    private ReplayFaster() {}

    /**
     * fit13: what the replay says faster than the records, beyond the replay's band: the service
     * level, and the share of those taken who were taken at once, each when the records' value lies
     * below the band's 2.5% end. Each finding is said with the records' value, the replay's mean and
     * band and the points between; empty when the replay is not faster. A roster planned from a file
     * whose replay answers faster than the records is planned for a stronger desk than the real one.
     */
    @SuppressWarnings("unchecked")
    public static List<Said> answersFaster(Map<String, Object> json) {
        List<Said> out = new ArrayList<>();
        Map<String, Object> overall = (Map<String, Object>) json.get("overall");
        Object target = json.get("service_level_target_s");
        if (overall != null) faster((Map<String, Object>) overall.get("service_level"), "wn_faster_service_level",
                target instanceof Number n ? new io.kefusim.scenario.Said.Duration(n.doubleValue()) : "", out);
        faster((Map<String, Object>) json.get("answered_at_once"), "wn_faster_at_once", null, out);
        return out;
    }

    private static void faster(Map<String, Object> f, String key, Object target, List<Said> out) {
        if (f == null || !(f.get("observed") instanceof Double o) || !(f.get("simulated") instanceof Double sim)) return;
        if (!(f.get("simulated_range") instanceof List<?> range) || range.size() != 2) return;
        double lo = ((Number) range.get(0)).doubleValue(), hi = ((Number) range.get(1)).doubleValue();
        if (o >= lo - 1e-12) return;
        String points = String.format(Locale.ROOT, "%.1f", (sim - o) * 100);
        if (target == null) out.add(new Said(key, pct(sim), pct(o), points, pct(lo), pct(hi)));
        else out.add(new Said(key, target, pct(sim), pct(o), points, pct(lo), pct(hi)));
    }

    private static String pct(double v) { return String.format(Locale.ROOT, "%.1f%%", v * 100); }

    /**
     * The fitted desk answers faster than the records (see {@link #answersFaster}): one warning with
     * every finding, placed at {@code file}'s service_level_target, or none.
     *
     * @param replayed what was replayed, as a Said (fit's own in-sample replay, or the backtest's)
     */
    public static List<Warning> warning(String code, String file, Map<String, Object> json, Said replayed) {
        return warning(code, file, json, replayed, null, null);
    }

    /**
     * fitD: the same, with what the fitted file as run says beside the replay ({@code asRun}, or null
     * when it is not faster); said by {@code asRunOnly} as the subject when the replay is not faster.
     */
    public static List<Warning> warning(String code, String file, Map<String, Object> json, Said replayed, Said asRun, Said asRunOnly) {
        List<Said> found = new ArrayList<>(answersFaster(json));
        if (found.isEmpty() && asRun == null) return List.of();
        if (found.isEmpty()) replayed = asRunOnly;
        if (asRun != null) found.add(asRun);
        Object finding = found.get(0);
        for (int i = 1; i < found.size(); i++) finding = new Said("wn_faster_and", finding, found.get(i));
        // records with no queue waits (a 千牛 export without 等待时长) give no mean wait to judge a plan by
        return List.of(new Warning(code, new io.kefusim.scenario.Origins.Origin(file, 0, "service_level_target"), null,
                new Said(recordsGiveWaits(json) ? "wn_answers_faster" : "wn_answers_faster_no_waits", replayed, finding)));
    }

    private static boolean recordsGiveWaits(Map<String, Object> json) {
        if (!(json.get("overall") instanceof Map<?, ?> overall)) return true;
        return !(overall.get("queue_wait_mean_s") instanceof Map<?, ?> w) || w.get("observed") != null;
    }
}
