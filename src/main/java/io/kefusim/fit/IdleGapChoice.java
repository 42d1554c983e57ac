package io.kefusim.fit;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * How long an agent may sit idle between two contacts and still count as available. Records
 * show when agents talked, not when they were ready: an idle stretch may be waiting for the next
 * buyer, or a break, outbound calls, paperwork. Counting every gap under 30 minutes as available
 * gave a desk about 20% stronger than the real one (issue 25).
 *
 * <p>The rule: each threshold of a fixed grid is tried by replaying the fitted period itself
 * (in-sample backtest, {@value #REPLICATIONS} replications, the fitted behaviour, the records'
 * per-agent staffing read with that threshold), and the one whose replay is closest to the records
 * in abandonment and mean queue wait (sum of the two relative errors) is chosen. Only that one
 * number is chosen this way; everything else is estimated directly.
 *
 * <p>A bound reported beside it: the <em>talk-while-queued ratio</em>, the share of on-duty agent
 * time spent in contacts during the minutes a buyer was waiting all through. With agents truly
 * available it is near 1 (less the after-call work); far below 1 means the threshold counts
 * agents on duty who were not taking buyers.
 */
final class IdleGapChoice {
    /** Thresholds tried, seconds: 2 to 30 minutes. */
    static final double[] GRID = {120, 180, 240, 360, 480, 600, 900, 1200, 1800};
    /** Few, but each threshold sees the same buyers and draws (common random numbers), so their comparison is sharper than each figure. */
    static final int REPLICATIONS = 5;

    record Candidate(double idleGap, double abandon, double meanWait, double atOnce, double loss, double talkWhileQueued) {}

    final List<Candidate> candidates = new ArrayList<>();
    private final List<Map<String, Object>> replays = new ArrayList<>(); // each candidate's replay (backtest.json's figures), by index
    final double observedAbandon, observedWait;
    /** The records' share of those taken with no queue wait (NaN when none was taken); shown beside each candidate's (fitB). */
    double observedAtOnce = Double.NaN;
    /** Agent-hours on duty at the chosen idle gap: in the spans the replay reads, and in the roster the fitted file writes (fitB). */
    double spanHours = Double.NaN, rosterHours = Double.NaN;
    Candidate chosen;

    /**
     * @param yaml the fitted scenario's text for a threshold
     */
    IdleGapChoice(Backtest.Records rec, DoubleFunction<String> yaml, Path dir, int threads) throws IOException {
        Path trace = Files.createTempFile(dir, "idle-gap-", ".csv");
        double oa = Double.NaN, ow = Double.NaN;
        try {
            for (double g : GRID) {
                Scenario s = ScenarioLoader.fromYaml(yaml.apply(g), "fitted.yaml", null);
                Backtest.Result r = Backtest.run(rec, s, Backtest.Staffing.RECORDS, REPLICATIONS, 1, threads, trace);
                double[] a = figure(r, "abandon_share"), w = figure(r, "queue_wait_mean_s");
                oa = a[0];
                ow = w[0];
                double loss = Math.abs(a[1] - a[0]) / Math.max(a[0], 1e-3) + Math.abs(w[1] - w[0]) / Math.max(w[0], 1);
                double[] once = atOnce(r);
                observedAtOnce = once[0];
                candidates.add(new Candidate(g, a[1], w[1], once[1], loss, talkWhileQueued(rec.read.fitter(), g)));
                replays.add(r.json());
            }
        } finally {
            Files.deleteIfExists(trace);
        }
        observedAbandon = oa;
        observedWait = ow;
        chosen = candidates.get(0);
        for (Candidate c : candidates) if (c.loss() < chosen.loss() - 1e-12) chosen = c;
    }

    /** The chosen threshold's replay, as backtest.json holds it: overall figures with their bands, and the share taken at once (fit13). */
    Map<String, Object> chosenReplay() { return replays.get(candidates.indexOf(chosen)); }

    /** Calibrations of a reply time fitted from first response − wait (fitE): at most this many replays more. */
    static final int CALIBRATIONS = 3;

    /**
     * fitE: a reply time fitted from per-chat first response − queue wait also holds the time the agent typed in its other
     * chats before this one's first reply, which the model adds again on top: the file as run answers later than the records
     * did. At the chosen idle gap, the replay's mean first response is brought to the records' by scaling the reply time
     * ({@link Fitter#replyScale}, never above 1: first response − wait is an upper bound of the reply): the part after the
     * replay's own wait, first response − wait, scaled by the records' first response less the replay's wait over the
     * replay's, and replayed again, until within {@value #CLOSE} of the records' or {@value #CALIBRATIONS} replays. The
     * chosen replay is then the last one (what {@code fit.answers_faster} reads); the idle gaps' table keeps the choice's.
     */
    void calibrateReply(Backtest.Records rec, Fitter f, DoubleFunction<String> yaml, Path dir, int threads) throws IOException {
        Path trace = Files.createTempFile(dir, "reply-", ".csv");
        try {
            for (int i = 0; i < CALIBRATIONS; i++) {
                Map<String, Object> rep = chosenReplay();
                double[] fr = figure(rep, "first_response_mean_s"), w = figure(rep, "queue_wait_mean_s");
                if (i == 0) f.replyCalibration = new double[]{fr[0], fr[1], fr[1]};
                if (!(fr[0] > 0) || !(fr[1] > 0) || Math.abs(fr[1] - fr[0]) <= CLOSE * fr[0]) break;
                double target = fr[0] - w[1], now = fr[1] - w[1];
                if (!(target > 0) || !(now > 0)) break;
                double scale = Math.min(1, f.replyScale * target / now);
                if (scale == f.replyScale) break;
                f.replyScale = scale;
                Scenario s = ScenarioLoader.fromYaml(yaml.apply(chosen.idleGap()), "fitted.yaml", null);
                Backtest.Result r = Backtest.run(rec, s, Backtest.Staffing.RECORDS, REPLICATIONS, 1, threads, trace);
                replays.set(candidates.indexOf(chosen), r.json());
                f.replyCalibration[2] = figure(r.json(), "first_response_mean_s")[1];
            }
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    /** Close enough: the replay's mean first response within this share of the records'. */
    static final double CLOSE = 0.05;

    /** The share taken at once, {observed, simulated}, NaN where there is none. */
    @SuppressWarnings("unchecked")
    private static double[] atOnce(Backtest.Result r) {
        Map<String, Object> o = (Map<String, Object>) r.json().get("answered_at_once");
        if (o == null) return new double[]{Double.NaN, Double.NaN};
        return new double[]{o.get("observed") instanceof Double d ? d : Double.NaN, o.get("simulated") instanceof Double d ? d : Double.NaN};
    }

    /** Agent-hours on duty in the spans the replay reads at the chosen idle gap. */
    static double spanHours(Fitter f, double idleGap) {
        double sec = 0;
        for (List<double[]> spans : f.spans(idleGap).values()) for (double[] s : spans) sec += s[1] - s[0];
        return sec / 3600;
    }

    private static double[] figure(Backtest.Result r, String name) {
        return figure(r.json(), name);
    }

    @SuppressWarnings("unchecked")
    private static double[] figure(Map<String, Object> json, String name) {
        Map<String, Object> f = (Map<String, Object>) ((Map<String, Object>) json.get("overall")).get(name);
        Object o = f.get("observed"), s = f.get("simulated");
        return new double[]{o == null ? 0 : (Double) o, s == null ? 0 : (Double) s};
    }

    /** Share of on-duty agent time spent in contacts during the whole minutes a buyer waited through. */
    static double talkWhileQueued(Fitter f, double idleGap) {
        double onDuty = 0, talking = 0;
        TreeMap<Long, List<double[]>> duty = f.spans(idleGap), busy = f.spans(0);
        for (Map.Entry<Long, List<double[]>> e : duty.entrySet()) onDuty += queuedSeconds(f, e.getKey(), e.getValue());
        for (Map.Entry<Long, List<double[]>> e : busy.entrySet()) talking += queuedSeconds(f, e.getKey(), e.getValue());
        return onDuty == 0 ? Double.NaN : talking / onDuty;
    }

    private static double queuedSeconds(Fitter f, long day, List<double[]> spans) {
        double sum = 0;
        for (double[] s : spans) {
            for (long m = (long) Math.floor(s[0] / 60); m * 60 < s[1]; m++) {
                if (!f.waitedThrough(day, m * 60 - 1e-9, (m + 1) * 60 + 1e-9)) continue;
                sum += Math.min(s[1], (m + 1) * 60) - Math.max(s[0], m * 60);
            }
        }
        return sum;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", "in-sample backtest over the grid: the threshold whose replay is closest to the records in abandonment and mean wait (sum of relative errors)");
        m.put("idle_gap_s", chosen.idleGap());
        m.put("observed_abandon_share", observedAbandon);
        m.put("observed_queue_wait_mean_s", observedWait);
        m.put("observed_answered_at_once", FittedScenario.nanToNull(observedAtOnce));
        m.put("talk_while_queued_ratio", FittedScenario.nanToNull(chosen.talkWhileQueued()));
        m.put("on_duty_agent_hours", io.kefusim.scenario.ScenarioWriter.ordered("spans_replayed", FittedScenario.nanToNull(spanHours),
                "roster_as_run", FittedScenario.nanToNull(rosterHours)));
        // fit13: what the chosen threshold's replay says of the service level and the share taken at once, against the records
        Map<String, Object> replay = chosenReplay();
        @SuppressWarnings("unchecked") Map<String, Object> overall = (Map<String, Object>) replay.get("overall");
        m.put("replay_service_level", overall == null ? null : overall.get("service_level"));
        m.put("replay_answered_at_once", replay.get("answered_at_once"));
        List<Object> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            rows.add(io.kefusim.scenario.ScenarioWriter.ordered("idle_gap_s", c.idleGap(), "simulated_abandon_share", c.abandon(),
                    "simulated_queue_wait_mean_s", c.meanWait(), "simulated_answered_at_once", FittedScenario.nanToNull(c.atOnce()), "loss", c.loss(), "talk_while_queued_ratio", FittedScenario.nanToNull(c.talkWhileQueued())));
        }
        m.put("candidates", rows);
        return m;
    }
}
