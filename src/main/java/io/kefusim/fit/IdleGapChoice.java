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
 * per-agent staffing read with that threshold) and by running the fitted file it writes as a shop
 * runs it (Poisson arrivals from the fitted pattern, the roster written from that threshold,
 * {@value #AS_RUN_REPLICATIONS} replications from a fixed seed). Each is scored by the largest
 * relative error against the records: the replay of abandonment, mean wait, service level and the
 * share taken at once, the file as run of the first three (its share taken at once is shown, not
 * judged: no threshold brings it near the records', and judging it buys it with abandonment). The
 * threshold whose worse score is smallest is chosen (fitD). Before, only the
 * replay's abandonment and mean wait counted, and the roster written from the chosen threshold
 * made the file as run answer faster than the records (fitting.md, "Replay and as run"). Only that
 * one number is chosen this way; everything else is estimated directly.
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

    record Candidate(double idleGap, double abandon, double meanWait, double atOnce, double loss, double talkWhileQueued,
                     double serviceLevel, AsRun asRun, double replayError, double asRunError) {}

    /** The candidate's fitted file as run: abandonment, mean wait, service level, share taken at once (means over replications). */
    record AsRun(double abandon, double meanWait, double serviceLevel, double atOnce, double lowestServiceLevel) {}
    /** Replications and seed of each candidate's file as run (fixed: the choice is the same with any --threads). */
    static final int AS_RUN_REPLICATIONS = 5;
    static final long AS_RUN_SEED = 1;
    double observedServiceLevel = Double.NaN;

    final List<Candidate> candidates = new ArrayList<>();
    private final List<Map<String, Object>> replays = new ArrayList<>(); // each candidate's replay (backtest.json's figures), by index
    final double observedAbandon, observedWait;
    /** The records' share of those taken with no queue wait (NaN when none was taken); shown beside each candidate's (fitB). */
    double observedAtOnce = Double.NaN;
    /** Agent-hours on duty at the chosen idle gap: in the spans the replay reads, and in the roster the fitted file writes (fitB). */
    double spanHours = Double.NaN, rosterHours = Double.NaN;
    Candidate chosen;
    /** fitF: whether the records give any queue wait (a 千牛-style export may have no wait column); without, the idle gap is not judged on the mean wait. */
    final boolean recordsHoldWaits;

    /**
     * @param yaml the fitted scenario's text for a threshold
     */
    IdleGapChoice(Backtest.Records rec, DoubleFunction<String> yaml, Path dir, int threads) throws IOException {
        Path trace = Files.createTempFile(dir, "idle-gap-", ".csv");
        double oa = Double.NaN, ow = Double.NaN;
        boolean holds = false;
        for (double[] c : rec.chats) if (!Double.isNaN(c[4])) { holds = true; break; }
        recordsHoldWaits = holds;
        try {
            for (double g : GRID) {
                Scenario s = ScenarioLoader.fromYaml(yaml.apply(g), "fitted.yaml", null);
                Backtest.Result r = Backtest.run(rec, s, Backtest.Staffing.RECORDS, REPLICATIONS, 1, threads, trace);
                double[] a = figure(r, "abandon_share"), w = figure(r, "queue_wait_mean_s");
                oa = a[0];
                ow = holds ? w[0] : Double.NaN; // fitF: no waits in the records, none to judge against (not 0 s)
                double[] once = atOnce(r), sl = figure(r, "service_level");
                observedAtOnce = once[0];
                observedServiceLevel = sl[0];
                // fitD: the candidate's file as run is judged too, and the worse of the two counts
                AsRun ar = asRun(s, threads);
                double replayErr = worst(a[0], ow, sl[0], once[0], a[1], w[1], sl[1], once[1]);
                // as run, the share taken at once is shown but not judged: no idle gap brings it near the records' (the Anonymous
                // Bank's week 1: 57.7% to 73.8% against 50.5%), and judging it picks the gap that buys it with abandonment
                double asRunErr = worst(a[0], ow, sl[0], Double.NaN, ar.abandon(), ar.meanWait(), ar.serviceLevel(), Double.NaN);
                double loss = Math.max(replayErr, asRunErr);
                candidates.add(new Candidate(g, a[1], w[1], once[1], loss, talkWhileQueued(rec.read.fitter(), g), sl[1], ar, replayErr, asRunErr));
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

    /**
     * The largest relative error of abandonment, mean wait, service level and the share taken at
     * once against the records' (a figure the records or the simulation cannot give is left out).
     */
    static double worst(double oa, double ow, double osl, double oo, double a, double w, double sl, double o) {
        double e = Math.abs(a - oa) / Math.max(oa, 1e-3);
        if (!Double.isNaN(ow)) e = Math.max(e, Math.abs(w - ow) / Math.max(ow, 1)); // fitF: NaN when the records give no waits
        if (!Double.isNaN(osl) && !Double.isNaN(sl)) e = Math.max(e, Math.abs(sl - osl) / Math.max(osl, 1e-3));
        if (!Double.isNaN(oo) && !Double.isNaN(o)) e = Math.max(e, Math.abs(o - oo) / Math.max(oo, 1e-3));
        return e;
    }

    /**
     * The candidate's fitted file as a shop runs it: Poisson arrivals from the fitted pattern, the
     * fitted roster, retrials and behaviour; {@value #AS_RUN_REPLICATIONS} replications from seed
     * {@value #AS_RUN_SEED}, each replication's figures kept by its index, so any number of threads
     * gives the same means.
     */
    static AsRun asRun(Scenario fitted, int threads) {
        Scenario s = fitted.withRun(AS_RUN_REPLICATIONS, AS_RUN_SEED);
        io.kefusim.demand.RateProfile profile = io.kefusim.demand.RateProfile.of(s);
        double[][] fig = new double[AS_RUN_REPLICATIONS][];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, Math.min(threads, AS_RUN_REPLICATIONS)), r -> {
            Thread t = new Thread(r, "kefusim-fit-as-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < AS_RUN_REPLICATIONS; i++) {
                final int rep = i;
                jobs.add(pool.submit(() -> {
                    long[] once = new long[2]; // taken with no wait, taken
                    io.kefusim.metrics.ReplicationMetrics m = io.kefusim.run.Replication.run(s, profile, rep, new io.kefusim.service.ChatObserver() {
                        @Override public void chatEnded(double arrival, int type, String outcome, double wait, double firstResponse, int messages,
                                                        int agent, double lostOrders, double lostSales) {
                            if (Double.isNaN(wait)) return;
                            once[1]++;
                            if (wait <= 0) once[0]++;
                        }
                    }, false);
                    io.kefusim.metrics.ChatCell c = m.total;
                    fig[rep] = new double[]{io.kefusim.metrics.Figures.abandonShare(c), io.kefusim.metrics.Figures.meanWait(c),
                            io.kefusim.metrics.Figures.serviceLevel(c), once[1] == 0 ? Double.NaN : (double) once[0] / once[1]};
                }));
            }
            for (java.util.concurrent.Future<?> j : jobs) j.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double[] mean = new double[4];
        double lowest = Double.POSITIVE_INFINITY;
        for (double[] f : fig) {
            for (int k = 0; k < 4; k++) mean[k] += f[k] / AS_RUN_REPLICATIONS;
            lowest = Math.min(lowest, f[2]);
        }
        return new AsRun(mean[0], mean[1], mean[2], mean[3], lowest);
    }

    /**
     * The chosen threshold's file as run, when it answers faster than the records: every
     * replication's service level above the records' (as the replay's band's lower end above them
     * says it of the replay); null otherwise.
     */
    io.kefusim.scenario.Said asRunFaster() {
        AsRun a = asRunWritten != null ? asRunWritten : chosen.asRun(); // fitG: the file as written, with its pick-up
        if (a == null || Double.isNaN(observedServiceLevel) || !(a.lowestServiceLevel() > observedServiceLevel)) return null;
        if (!recordsHoldWaits || Double.isNaN(observedAtOnce)) // fitF: no share taken at once to set beside the file's
            return new io.kefusim.scenario.Said("wn_faster_as_run_no_waits", AS_RUN_REPLICATIONS, pct(a.serviceLevel()), pct(observedServiceLevel),
                    String.format(java.util.Locale.ROOT, "%.1f", (a.serviceLevel() - observedServiceLevel) * 100));
        return new io.kefusim.scenario.Said("wn_faster_as_run", AS_RUN_REPLICATIONS, pct(a.serviceLevel()), pct(observedServiceLevel),
                String.format(java.util.Locale.ROOT, "%.1f", (a.serviceLevel() - observedServiceLevel) * 100), pct(a.atOnce()), pct(observedAtOnce));
    }

    private static String pct(double v) { return String.format(java.util.Locale.ROOT, "%.1f%%", v * 100); }


    /** The chosen threshold's replay, as backtest.json holds it: overall figures with their bands, and the share taken at once (fit13). */
    Map<String, Object> chosenReplay() { return replays.get(candidates.indexOf(chosen)); }

    /** Calibrations of a reply time fitted from first response − wait (fitE): at most this many replays more. */
    static final int CALIBRATIONS = 5;

    /**
     * fitE: a reply time fitted from per-chat first response − queue wait also holds the time the agent typed in its other
     * chats before this one's first reply, which the model adds again on top: the file as run answers later than the records
     * did. At the chosen idle gap, the replay's mean first response is brought to the records' by scaling the reply time
     * ({@link Fitter#replyScale}, never above 1: first response − wait is an upper bound of the reply): the part after the
     * replay's own wait, first response − wait, scaled by the records' first response less the replay's wait over the
     * replay's (or halfway between the scales known to answer too fast and too slowly, when that step would leave them),
     * and replayed again, until within {@value #CLOSE} of the records' or {@value #CALIBRATIONS} replays. The
     * chosen replay is then the one closest to the records' (what {@code fit.answers_faster} reads); the idle gaps' table keeps the choice's.
     */
    void calibrateReply(Backtest.Records rec, Fitter f, DoubleFunction<String> yaml, Path dir, int threads) throws IOException {
        Path trace = Files.createTempFile(dir, "reply-", ".csv");
        try {
            int at = candidates.indexOf(chosen);
            Map<String, Object> rep = chosenReplay();
            double[] fr = figure(rep, "first_response_mean_s"), w = figure(rep, "queue_wait_mean_s");
            f.replyCalibration = new double[]{fr[0], fr[1], fr[1]};
            // the replay's first response rises with the scale: keep the scales known to answer too fast (lo) and too
            // slowly (hi), so a step that overshoots (the waits move with the reply) is taken back to the middle, and keep
            // the replay closest to the records' (the last is not always the best)
            double lo = 0, hi = 1, best = 1, bestGap = Math.abs(fr[1] - fr[0]);
            Map<String, Object> bestRep = rep;
            for (int i = 0; i < CALIBRATIONS; i++) {
                if (!(fr[0] > 0) || !(fr[1] > 0) || Math.abs(fr[1] - fr[0]) <= CLOSE * fr[0]) break;
                if (fr[1] > fr[0]) hi = f.replyScale; else lo = f.replyScale;
                double target = fr[0] - w[1], now = fr[1] - w[1];
                double scale = target > 0 && now > 0 ? Math.min(1, f.replyScale * target / now) : Double.NaN;
                if (!(scale > lo && scale < hi)) scale = (lo + hi) / 2;
                if (scale == f.replyScale) break;
                f.replyScale = scale;
                Scenario s = ScenarioLoader.fromYaml(yaml.apply(chosen.idleGap()), "fitted.yaml", null);
                rep = Backtest.run(rec, s, Backtest.Staffing.RECORDS, REPLICATIONS, 1, threads, trace).json();
                fr = figure(rep, "first_response_mean_s");
                w = figure(rep, "queue_wait_mean_s");
                if (Math.abs(fr[1] - fr[0]) < bestGap) {
                    bestGap = Math.abs(fr[1] - fr[0]);
                    best = scale;
                    bestRep = rep;
                }
            }
            f.replyScale = best;
            replays.set(at, bestRep);
            f.replyCalibration[2] = figure(bestRep, "first_response_mean_s")[1];
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    /** fitG: at most this many replays and runs as written to find the pick-up's mean. */
    static final int PICK_UP_STEPS = 3;
    /** fitG: close enough, the mean of the replay's and the file as run's service level within this of the records' (a share). */
    static final double PICK_UP_CLOSE = 0.005;
    /** The chosen idle gap's file as run with the pick-up written (fitG), read by {@link #asRunFaster}; null: none written. */
    AsRun asRunWritten;

    /**
     * fitG: the readiness within the hours the model lacks. A call record that waited although an agent was free was rung
     * for a few seconds (the agent finishing something, the phone ringing); the model answers the moment an agent is free,
     * so the fitted desk takes more callers at once than the records (Anonymous Bank week 1: replay 56.7%, as run 63.8%,
     * records 50.5%). For call records whose waits are recorded, when both the replay and the file as run at the chosen
     * idle gap take more at once than the records: a {@code pick_up} for the share
     * 1 − records' / √(replay's × as run's) of the callers who find an agent free (so both are brought toward the records'
     * by the same factor, neither favoured), exponential, its mean found by replaying and running the file as written
     * (at most {@value #PICK_UP_STEPS} times, {@value #REPLICATIONS} replications each, from the records' mean wait of the
     * answered who waited at most the service-level target, then by the secant from no pick-up) until the mean of the
     * two service levels is within {@value #PICK_UP_CLOSE} of the records'; the closest is kept. The idle gap stays as chosen.
     */
    void calibratePickUp(Backtest.Records rec, Fitter f, DoubleFunction<String> yaml, Path dir, int threads, double target) throws IOException {
        if (!f.calls || !recordsHoldWaits || Double.isNaN(observedAtOnce) || Double.isNaN(observedServiceLevel) || chosen.asRun() == null) return;
        double replayOnce = chosen.atOnce(), runOnce = chosen.asRun().atOnce();
        if (!(replayOnce > observedAtOnce) || !(runOnce > observedAtOnce)) return;
        double share = 1 - observedAtOnce / Math.sqrt(replayOnce * runOnce);
        double sum = 0;
        long n = 0;
        for (double[] c : rec.chats) {
            if (c[3] != RecordFormat.Outcome.ANSWERED.ordinal() || !(c[4] > 0) || c[4] > target) continue;
            sum += c[4];
            n++;
        }
        if (n == 0) return;
        Path trace = Files.createTempFile(dir, "pick-up-", ".csv");
        try {
            int at = candidates.indexOf(chosen);
            double g0 = (chosen.serviceLevel() + chosen.asRun().serviceLevel()) / 2 - observedServiceLevel;
            double m0 = 0, m = sum / n;
            double best = Double.NaN, bestGap = Double.POSITIVE_INFINITY;
            Map<String, Object> bestRep = null;
            AsRun bestRun = null;
            List<Object> steps = new ArrayList<>();
            f.pickUpShare = share;
            for (int i = 0; i < PICK_UP_STEPS; i++) {
                f.pickUpMean = m;
                Scenario s = ScenarioLoader.fromYaml(yaml.apply(chosen.idleGap()), "fitted.yaml", null);
                Map<String, Object> rep = Backtest.run(rec, s, Backtest.Staffing.RECORDS, REPLICATIONS, 1, threads, trace).json();
                AsRun ar = asRun(s, threads);
                double sl = figure(rep, "service_level")[1];
                double g = (sl + ar.serviceLevel()) / 2 - observedServiceLevel;
                steps.add(io.kefusim.scenario.ScenarioWriter.ordered("mean_s", m, "replay_service_level", sl, "as_run_service_level", ar.serviceLevel(),
                        "replay_answered_at_once", atOnce(rep)[1], "as_run_answered_at_once", FittedScenario.nanToNull(ar.atOnce())));
                if (Math.abs(g) < bestGap) {
                    bestGap = Math.abs(g);
                    best = m;
                    bestRep = rep;
                    bestRun = ar;
                }
                if (Math.abs(g) <= PICK_UP_CLOSE || g == g0) break;
                double next = m - g * (m - m0) / (g - g0); // the secant through the last two
                m0 = m;
                g0 = g;
                m = Math.max(1, Math.min(300, next));
                if (!(next > 0) || m == m0) break;
            }
            f.pickUpMean = best;
            replays.set(at, bestRep);
            asRunWritten = bestRun;
            f.pickUpCalibration = io.kefusim.scenario.ScenarioWriter.ordered(
                    "rule", "share = 1 - records' share taken at once / sqrt(replay's x as run's), at the chosen idle gap without a pick-up; mean (exponential) from the records' mean wait of the answered who waited at most the service-level target, then the secant on the mean of the replay's and the file as run's service level against the records'",
                    "records", io.kefusim.scenario.ScenarioWriter.ordered("answered_at_once", observedAtOnce, "service_level", observedServiceLevel,
                            "short_waits", n, "short_wait_mean_s", sum / n),
                    "without", io.kefusim.scenario.ScenarioWriter.ordered("replay_answered_at_once", replayOnce, "as_run_answered_at_once", runOnce,
                            "replay_service_level", chosen.serviceLevel(), "as_run_service_level", chosen.asRun().serviceLevel()),
                    "steps", steps,
                    "written", io.kefusim.scenario.ScenarioWriter.ordered("share", share, "mean_s", best, "replay_service_level", figure(bestRep, "service_level")[1],
                            "as_run_service_level", bestRun.serviceLevel(), "replay_answered_at_once", atOnce(bestRep)[1],
                            "as_run_answered_at_once", FittedScenario.nanToNull(bestRun.atOnce())));
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    /** The share taken at once of a replay as backtest.json holds it, {observed, simulated}. */
    @SuppressWarnings("unchecked")
    private static double[] atOnce(Map<String, Object> json) {
        Map<String, Object> o = (Map<String, Object>) json.get("answered_at_once");
        if (o == null) return new double[]{Double.NaN, Double.NaN};
        return new double[]{o.get("observed") instanceof Double d ? d : Double.NaN, o.get("simulated") instanceof Double d ? d : Double.NaN};
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
        m.put("rule", "each threshold of the grid judged twice: its replay of the records (in-sample backtest) and its fitted file as run (Poisson arrivals from the fitted pattern, the fitted roster; "
                + AS_RUN_REPLICATIONS + " replications, seed " + AS_RUN_SEED + "); the replay by the largest relative error of abandonment, mean wait, service level and the share taken at once, the file as run by that of the first three; the threshold whose worse of the two is smallest");
        m.put("idle_gap_s", chosen.idleGap());
        m.put("observed_abandon_share", observedAbandon);
        m.put("observed_queue_wait_mean_s", FittedScenario.nanToNull(observedWait));
        if (!recordsHoldWaits) m.put("observed_queue_waits", "the records give no queue waits: the mean wait and the share taken at once are not judged"); // fitF
        m.put("observed_service_level", FittedScenario.nanToNull(observedServiceLevel));
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
                    "simulated_queue_wait_mean_s", c.meanWait(), "simulated_answered_at_once", FittedScenario.nanToNull(c.atOnce()), "loss", c.loss(), "talk_while_queued_ratio", FittedScenario.nanToNull(c.talkWhileQueued()),
                    "simulated_service_level", FittedScenario.nanToNull(c.serviceLevel()), "replay_error", FittedScenario.nanToNull(c.replayError()),
                    "as_run", c.asRun() == null ? null : io.kefusim.scenario.ScenarioWriter.ordered("abandon_share", c.asRun().abandon(), "queue_wait_mean_s", c.asRun().meanWait(),
                            "service_level", c.asRun().serviceLevel(), "answered_at_once", FittedScenario.nanToNull(c.asRun().atOnce())),
                    "as_run_error", FittedScenario.nanToNull(c.asRunError())));
        }
        m.put("candidates", rows);
        return m;
    }
}
