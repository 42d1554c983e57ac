package io.kefusim.sanity;

import io.kefusim.metrics.Estimate;
import io.kefusim.scenario.Origins.Origin;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;

import java.util.List;
import java.util.Locale;

/**
 * {@code kefusim staff} judges a goal on the 95% confidence bound over the replications of each
 * roster it tries, and the bound's half-width is Student t(0.975, n − 1) × sd / √n: 9.0 sd with
 * two replications (t = 12.7), 2.5 with three (t = 4.3), 0.72 with ten. A wide bound is not a
 * cautious one: it makes the search buy agents until the mean sits that far above the goal (the
 * classroom scenario: 10 agents with 2 replications, 5 with 3, 4 with 5 or 10). So:
 * <ul>
 * <li>below {@value #MIN_REPLICATIONS} replications staff refuses (one line naming where the number
 *     came from): with one there is no bound at all, with two it is the mean less nine standard deviations;</li>
 * <li>{@code staff.few_replications}: at the chosen roster the widest half-width among the cells the
 *     goal judges is more than a quarter of the goal's room (from the threshold to 100% for service
 *     level, to 0 for missed and abandoned shares): the roster may be larger than needed; the warning
 *     says how many replications would bring that half-width to a quarter of the room, at the same spread.</li>
 * </ul>
 */
public final class StaffReplications {
    /** Fewer replications than this cannot judge a goal on a confidence bound. */
    public static final int MIN_REPLICATIONS = 3;
    /** The share of the goal's room a half-width may take before the roster is said to be maybe larger than needed. */
    static final double ROOM_SHARE = 0.25;
    static final String CODE = "staff.few_replications";

    private StaffReplications() {}

    /** One line, exit 2, at the place the number of replications came from (the option, or the file's key). */
    public static void refuseTooFew(Scenario s) {
        int n = s.replications();
        if (n >= MIN_REPLICATIONS) return;
        Origin o = s.origins().at("replications");
        String en = n + " replications cannot judge a goal on its 95% confidence bound (with 1 there is none; with 2 it is the mean less 9 standard deviations); allowed: "
                + MIN_REPLICATIONS + " to 100000 (10 or more for a roster you mean to use)";
        String zh = n + " 次重复无法按 95% 置信界判断目标（1 次没有置信界；2 次时置信界是均值减去 9 个标准差）；允许："
                + MIN_REPLICATIONS + " 到 100000（要采用的排班请用 10 次或更多）";
        if ("--replications".equals(o.file())) throw new ScenarioException(o.file(), 0, null, en, zh); // the option alone, as its range error
        if (o.file() != null && !o.file().startsWith("--") && o.line() > 0) {
            // the file's own value: its line and column, as the loader's range error gives them
            io.kefusim.scenario.Node at = io.kefusim.scenario.TreeReader.read(java.nio.file.Path.of(o.file())).opt("replications");
            if (at != null) throw at.error(en, zh);
        }
        throw new ScenarioException(o.file() == null ? "--replications" : o.file(), o.line(), "replications", en, zh);
    }

    /**
     * @param halfWidth the widest 95% half-width among the judged cells of the chosen roster, {@code sd} its spread over
     *                  {@code n} replications; {@code per} "interval", "day" or "run" and {@code cell} its index there;
     *                  {@code room} the goal's room, {@code below} true when the bound lies below the mean (service level)
     */
    public static List<Warning> check(Scenario s, double halfWidth, double sd, int n, String per, int cell, double room, double threshold, boolean below) {
        double aim = ROOM_SHARE * room;
        if (!(room > 0) || !(halfWidth > aim)) return List.of();
        int need = n + 1;
        while (need < 100_000 && Estimate.tFactor(need) * sd > aim) need = need < 1000 ? need + 1 : need * 2;
        need = Math.min(need, 100_000);
        Origin at = s.origins().at("replications"); // the option typed is the place, as backtest's warning says it; else the file's key
        Origin o = !s.origins().written("replications") || at.file() == null || at.file().startsWith("--")
                ? new Origin(null, 0, at.file() != null && at.file().startsWith("--") ? at.file() : "--replications") : at;
        return List.of(new Warning(CODE, o, null, new Said("wn_staff_few_replications", n, points(halfWidth), new Said(below ? "sf_below" : "sf_above"),
                where(s, per, cell), points(room), share(threshold), share(below ? 1 : 0), need, points(Estimate.tFactor(need) * sd))));
    }

    private static Said where(Scenario s, String per, int cell) {
        return switch (per) {
            case "interval" -> new Said("wn_sfr_interval", s.start().plusSeconds(Math.round(cell * s.interval()))
                    .format(java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")));
            case "day" -> new Said("wn_sfr_day", s.start().toLocalDate().plusDays(cell).format(java.time.format.DateTimeFormatter.ofPattern("MM-dd")));
            default -> new Said("wn_sfr_run");
        };
    }

    private static String points(double v) { return String.format(Locale.ROOT, "%.1f", v * 100); }

    private static String share(double v) { return String.format(Locale.ROOT, "%.1f%%", v * 100); }
}
