package io.kefusim.fit;

import io.kefusim.fit.RecordFormat.Outcome;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.service.ChatObserver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays the period a shop's records cover — its real arrivals as a trace, and the agents the
 * records show on duty hour by hour — with a scenario's behaviour (patience, messages, reply and
 * think times), and compares, hour by hour, what the model says with what happened.
 *
 * <p>The trace holds the buyers who reached the queue (those the records show resolved by the
 * bot are not replayed, and the replay deflects nobody), so both sides start from the same buyers.
 * Each figure is computed the same way from the records and from every replication:
 * abandon share (of buyers who reached the queue), mean queue wait of those taken, service
 * level (share of buyers who reached the queue answered within the scenario's target: for calls
 * the pick-up, for chats the first human reply), and mean first response (chats). The band is
 * the 2.5–97.5% range of the replications' values for that hour: what one real day could show.
 */
public final class Backtest {
    /** Hours with fewer buyers (who reached the queue, in the records) are shown but not judged, as run's verdict judges hours. */
    static final double MIN_BUYERS = io.kefusim.metrics.Shortfall.MIN_BUYERS_PER_INTERVAL;

    public static final String[] FIGURES = {"abandon_share", "queue_wait_mean_s", "service_level", "first_response_mean_s"};

    /** Per-interval counts behind the figures, for the records or one replication. */
    static final class Tally {
        final long[] offered, abandoned, accepted, within, responded, atOnce;
        final double[] sumWait, sumResponse;

        Tally(int n) {
            offered = new long[n]; abandoned = new long[n]; accepted = new long[n]; within = new long[n]; responded = new long[n]; atOnce = new long[n];
            sumWait = new double[n]; sumResponse = new double[n];
        }

        void add(int i, boolean bot, boolean gaveUp, boolean taken, double wait, double response, double target) {
            if (i < 0 || i >= offered.length || bot) return;
            offered[i]++;
            if (gaveUp) abandoned[i]++;
            if (taken && !Double.isNaN(wait)) { accepted[i]++; sumWait[i] += wait; if (wait <= 0) atOnce[i]++; }
            if (taken && !Double.isNaN(response)) {
                responded[i]++;
                sumResponse[i] += response;
                if (response <= target) within[i]++;
            }
        }

        double value(int figure, int i) {
            return switch (figure) {
                case 0 -> offered[i] == 0 ? Double.NaN : (double) abandoned[i] / offered[i];
                case 1 -> accepted[i] == 0 ? Double.NaN : sumWait[i] / accepted[i];
                case 2 -> offered[i] == 0 ? Double.NaN : (double) within[i] / offered[i];
                default -> responded[i] == 0 ? Double.NaN : sumResponse[i] / responded[i];
            };
        }

        double total(int figure) {
            long o = sum(offered), a = sum(abandoned), acc = sum(accepted), w = sum(within), r = sum(responded);
            return switch (figure) {
                case 0 -> o == 0 ? Double.NaN : (double) a / o;
                case 1 -> acc == 0 ? Double.NaN : Arrays.stream(sumWait).sum() / acc;
                case 2 -> o == 0 ? Double.NaN : (double) w / o;
                default -> r == 0 ? Double.NaN : Arrays.stream(sumResponse).sum() / r;
            };
        }

        /** Share of those taken who were taken at once (a queue wait of 0): a desk with a free agent when they came. */
        double atOnceShare() {
            long acc = sum(accepted);
            return acc == 0 ? Double.NaN : (double) sum(atOnce) / acc;
        }

        private static long sum(long[] v) { return Arrays.stream(v).sum(); }
    }

    public record Result(Scenario scenario, Map<String, Object> json, List<Map<String, Object>> rows, Fit.Read read, Replayed replayed) {
        Result(Scenario scenario, Map<String, Object> json, List<Map<String, Object>> rows, Fit.Read read) {
            this(scenario, json, rows, read, null);
        }
    }

    /**
     * What was replayed, for words in the user's language: whose staffing (with the idle gap bridged when
     * the records'), and whether calls talked their recorded times.
     */
    public record Replayed(Staffing staffing, double idleGap, boolean recordedTalk) {
        /** Whose staffing was replayed, in words. */
        public String staffing(io.kefusim.report.Text text) {
            return staffing == Staffing.SCENARIO ? text.get("bt_staffing_scenario")
                    : text.get("bt_staffing_records", io.kefusim.report.Words.duration(text, idleGap));
        }

        /** Whose talk times were replayed, in words. */
        public String talk(io.kefusim.report.Text text) {
            return text.get(recordedTalk ? "bt_talk_recorded" : "bt_talk_fitted");
        }
    }

    /** Whose staffing the replay puts on duty: the records' own (read with the scenario's idle gap) or the scenario's roster and teams. */
    public enum Staffing { RECORDS, SCENARIO }

    /** Whose talk times the replay uses (issue 25): drawn from the scenario's reply time, or each answered call's own as recorded. */
    public enum Talk { FITTED, RECORDED }

    /** The records read once, ready to replay: each chat as {arrival, typeIndex, messages, outcome, waited, response, talk}. */
    public static final class Records {
        final List<double[]> chats = new ArrayList<>();
        final List<String> typeList = new ArrayList<>();
        final Map<String, Integer> typeIndex = new java.util.HashMap<>();
        /** The files read, as given (named in backtest.json beside the scenario tested). */
        List<Path> files = List.of();
        Fit.Read read;

        public Fit.Read read() { return read; }
    }

    private Backtest() {}

    /**
     * The results folder's name: the scenario tested and the records' first date, "w1-backtest-1999-02-08"
     * (week 1's fit replayed over week 2), so a backtest of other records is not filed as the fitted week's.
     */
    public static String folderName(Records rec, Scenario base) {
        if (rec.chats.isEmpty()) return base.name() + "-backtest";
        return base.name() + "-backtest-" + LocalDate.ofEpochDay((long) Math.floor(rec.chats.get(0)[0] / 86400));
    }

    /** Reads the records, keeping each chat or call for the replay. */
    public static Records collect(List<Path> files, RecordFormat forced, java.util.function.Consumer<io.kefusim.scenario.Said> progress) {
        Records rec = new Records();
        rec.files = List.copyOf(files);
        rec.read = Fit.read(files, forced, progress, o -> {
            int t = rec.typeIndex.computeIfAbsent(o.type(), k -> { rec.typeList.add(k); return rec.typeList.size() - 1; });
            rec.chats.add(new double[]{o.arrival(), t, o.messages(), o.outcome().ordinal(), o.waited(), o.firstResponse(), o.service()});
        });
        rec.chats.sort((a, b) -> Double.compare(a[0], b[0]));
        return rec;
    }

    /**
     * @param base     the scenario whose behaviour is tested (its demand is replaced by the records', and its
     *                 staffing too unless {@code staffing} is {@link Staffing#SCENARIO})
     * @param trace    where the replayed arrivals are written
     */
    public static Result run(Records rec, Scenario base, Staffing staffing, int replications, long seed, int threads, Path trace) throws IOException {
        return run(rec, base, staffing, Talk.FITTED, replications, seed, threads, trace);
    }

    /**
     * @param talk {@link Talk#RECORDED}: each answered call is talked for its recorded time (the trace's
     *             {@code talk} column); calls the records do not show answered, and every call when
     *             {@link Talk#FITTED}, draw the scenario's reply time
     */
    public static Result run(Records rec, Scenario base, Staffing staffing, Talk talk, int replications, long seed, int threads, Path trace) throws IOException {
        check(rec, base, null, talk); // the records' staffing is read (and refused if unknown) once, by replay
        Fitter f = rec.read.fitter();
        boolean calls = f.calls;
        boolean recorded = talk == Talk.RECORDED;
        Map<String, String> names = FitResult.typeNames(rec.typeList);
        List<double[]> chats = rec.chats;
        long firstDay = (long) Math.floor(chats.get(0)[0] / 86400), lastDay = (long) Math.floor(chats.get(chats.size() - 1)[0] / 86400);
        double start = firstDay * 86400.0;
        int intervals = (int) (lastDay - firstDay + 1) * 24;
        double target = base.serviceLevelTarget();

        // the records' own figures, and the trace of their arrivals
        Tally observed = new Tally(intervals);
        try (BufferedWriter w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            w.write(recorded ? "time,type,messages,talk\n" : "time,type,messages\n");
            for (double[] c : chats) {
                Outcome o = Outcome.values()[(int) c[3]];
                observed.add((int) Math.floor((c[0] - start) / 3600), o == Outcome.BOT, o == Outcome.ABANDONED, o == Outcome.ANSWERED,
                        c[4], calls ? c[4] : c[5], target);
                // only buyers who reached the queue: the records already say who the bot resolved
                if (o != Outcome.BOT) {
                    w.write(String.format(Locale.ROOT, "%.3f,%s,%s", c[0] - start, names.get(rec.typeList.get((int) c[1])), c[2] >= 1 ? Integer.toString((int) c[2]) : ""));
                    if (recorded) w.write(o == Outcome.ANSWERED && c[6] >= 0 ? String.format(Locale.ROOT, ",%.3f", c[6]) : ",");
                    w.write("\n");
                }
            }
        }
        Scenario s = replay(base, f, staffing, trace, LocalDate.ofEpochDay(firstDay), intervals * 3600.0, replications, seed);
        List<Tally> sims = simulate(s, intervals, replications, threads, target);
        Result r = compare(s, base.name(), rec.files, observed, sims, intervals, LocalDateTime.of(LocalDate.ofEpochDay(firstDay), java.time.LocalTime.MIDNIGHT), calls, rec.read);
        Replayed replayed = new Replayed(staffing, base.idleGap(), recorded);
        io.kefusim.report.Text en = new io.kefusim.report.Text("en");
        r.json().put("staffing", replayed.staffing(en));
        r.json().put("talk", replayed.talk(en));
        return new Result(r.scenario(), r.json(), r.rows(), r.read(), replayed);
    }

    /**
     * Whether the records can be replayed with the scenario at all (--talk recorded for calls only, every
     * buyer type of the records known to the scenario, first response meant alike): bad input, said before
     * any warning so that the error is the one thing said. With {@link Staffing#RECORDS}, also whether the
     * records say who served whom (null: not checked here).
     */
    public static void check(Records rec, Scenario base, Staffing staffing, Talk talk) {
        Fitter f = rec.read.fitter();
        boolean calls = f.calls;
        if (talk == Talk.RECORDED && !calls) {
            throw new ScenarioException("--talk", 0, null, "recorded talk times are in call records only (a chat's replies are many); allowed for chats: fitted",
                    "只有电话记录含通话时长（在线咨询有多条回复）；在线咨询只能用：fitted");
        }
        Map<String, String> names = FitResult.typeNames(rec.typeList);
        for (String t : rec.typeList) {
            if (base.typeIndex(names.get(t)) < 0) {
                String types = String.join(", ", base.buyers().stream().map(Scenario.BuyerType::name).toList());
                throw new ScenarioException(base.source() == null ? "scenario" : base.source().toString(), 0, "buyers",
                        "the records have buyer type '" + t + "' (" + names.get(t) + ") the scenario does not know; its types: "
                                + types + " (fit the records with kefusim fit first)",
                        "记录中有方案不认识的买家类型 '" + t + "'（" + names.get(t) + "）；方案中的类型：" + types + "（请先用 kefusim fit 拟合这些记录）");
            }
        }
        sameFirstResponse(base, calls, rec.typeList, names);
        if (staffing == Staffing.RECORDS) recordedStaffing(f, base);
    }

    /**
     * What the replay itself warns of, before it runs: with {@link Staffing#SCENARIO}, the hours with
     * buyers in the records in which the scenario's roster and teams put nobody on duty
     * ({@code backtest.no_agent_on_duty}); none with the records' own staffing.
     */
    public static List<io.kefusim.sanity.Warning> warnings(Records rec, Scenario base, Staffing staffing) {
        if (staffing != Staffing.SCENARIO || rec.chats.isEmpty()) return List.of();
        List<double[]> chats = rec.chats;
        long firstDay = (long) Math.floor(chats.get(0)[0] / 86400), lastDay = (long) Math.floor(chats.get(chats.size() - 1)[0] / 86400);
        int intervals = (int) (lastDay - firstDay + 1) * 24;
        long[] buyers = new long[intervals];
        for (double[] c : chats) {
            if (Outcome.values()[(int) c[3]] == Outcome.BOT) continue; // as replayed: only buyers who reached the queue
            int i = (int) Math.floor((c[0] - firstDay * 86400.0) / 3600);
            if (i >= 0 && i < intervals) buyers[i]++;
        }
        // the replay's trace is not read here: only its roster and teams
        Scenario s = replay(base, rec.read.fitter(), staffing, Path.of("trace.csv"), LocalDate.ofEpochDay(firstDay), intervals * 3600.0, 2, 1);
        return io.kefusim.sanity.BacktestCoverage.check(base, s, buyers);
    }

    /** Replays the records' period {@code replications} times, tallying each the same way as the records. */
    private static List<Tally> simulate(Scenario s, int intervals, int replications, int threads, double target) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, replications)), r -> {
            Thread t = new Thread(r, "kefusim-backtest");
            t.setDaemon(true);
            return t;
        });
        List<Tally> sims = new ArrayList<>();
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    Tally t = new Tally(intervals);
                    Replication.run(s, null, rep, new ChatObserver() {
                        @Override
                        public void chatEnded(double arrival, int type, String outcome, double wait, double firstResponse, int messages,
                                              int agent, double lostOrders, double lostSales) {
                            boolean taken = outcome.equals("closed");
                            t.add((int) Math.floor(arrival / 3600), outcome.equals("deflected"), outcome.equals("abandoned"), taken,
                                    wait, firstResponse, target);
                        }
                    });
                    return t;
                }));
            }
            for (Future<Tally> fu : futures) sims.add(fu.get());
        } catch (Exception e) {
            throw new IllegalStateException("backtest replication failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return sims;
    }

    /**
     * The records and the scenario must mean one thing by a first response: for calls the
     * pick-up, for chats the first human reply. The replay reports what {@code kefusim run}
     * reports, which is the pick-up only for types the scenario serves by phone.
     */
    static void sameFirstResponse(Scenario base, boolean calls, List<String> typeList, Map<String, String> names) {
        for (String t : typeList) {
            String type = names.get(t);
            if (base.phoneType(base.typeIndex(type)) == calls) continue;
            String where = base.source() == null ? "scenario" : base.source().toString();
            String[] en = calls ? new String[]{"calls", "chat", "first reply", "phone", "pick-up"} : new String[]{"chats", "phone", "pick-up", "chat", "first reply"};
            String[] zh = calls ? new String[]{"电话", "在线聊天", "首次回复", "phone", "接起电话"} : new String[]{"在线聊天", "电话", "接起电话", "chat", "首次回复"};
            throw new ScenarioException(where, 0, "agents",
                    "the records are " + en[0] + ", but the scenario serves buyer type '" + type + "' by " + en[1] + " (first response = " + en[2]
                            + "); give its group channel: " + en[3] + ", so both sides count the " + en[4],
                    "记录是" + zh[0] + "，但方案用" + zh[1] + "接待买家类型 '" + type + "'（首次响应 = " + zh[2] + "）；请给其客服组设 channel: " + zh[3]
                            + "，使两边都按" + zh[4] + "计算");
        }
    }

    /** The staffing the records show on duty, read with the scenario's idle gap; bad input when they do not say who served whom. */
    private static RecordedRoster recordedStaffing(Fitter f, Scenario base) {
        RecordedRoster recorded = new RecordedRoster(f.spans(base.idleGap()), 1);
        if (recorded.isEmpty()) {
            throw new ScenarioException("records", 0, "agent", "the records do not say which agent served whom, so the staffing on duty is unknown; "
                    + "a backtest needs an agent column (or --staffing scenario)", "记录中看不出哪位客服接待了谁，无法得知在岗人数；回测需要客服（agent）列（或用 --staffing scenario）");
        }
        return recorded;
    }

    /** The base scenario over the records' period, with their arrivals, and their staffing or the scenario's. */
    static Scenario replay(Scenario base, Fitter f, Staffing staffing, Path trace, LocalDate first, double horizon, int replications, long seed) {
        Map<String, Scenario.Shift> shifts = new LinkedHashMap<>(base.shifts());
        List<Scenario.RosterEntry> roster = base.roster();
        List<Scenario.Team> teams = base.teams();
        double absence = base.absence();
        if (staffing == Staffing.RECORDS) {
            RecordedRoster recorded = recordedStaffing(f, base);
            recorded.shifts().forEach(shifts::putIfAbsent);
            roster = recorded.roster(base.groups().get(0).name());
            teams = List.of();
            absence = 0;
        }
        // the trace holds only buyers who reached the queue, so nobody is deflected again; it holds
        // every contact, callbacks included, so retrials are not simulated again (that would count
        // each callback twice); priority classes are kept
        List<Scenario.BuyerType> buyers = new ArrayList<>();
        for (Scenario.BuyerType b : base.buyers()) {
            buyers.add(new Scenario.BuyerType(b.name(), b.patience(), b.messages(), b.thinkTime(), 0, b.conversion(), b.silentBuy(), b.orderValue(),
                    b.conversionFactor(), b.unansweredCost(), b.margin(), b.priority(), Scenario.Retrial.NONE));
        }
        Scenario.Demand d = base.demand();
        Scenario.Demand replayed = new Scenario.Demand(d.patterns(), 1, List.of(), trace, d.mixTypes(), d.mixByHour());
        return new Scenario(base.name() + "-backtest", base.source(), first.atStartOfDay(), base.zone(), horizon, 0, replications, seed, 3600,
                base.serviceLevelTarget(), base.serviceLevelGoal(), base.firstResponseDeadlines(), base.replyDeadline(), replayed, List.copyOf(buyers),
                base.groups(), java.util.Collections.unmodifiableMap(shifts), List.copyOf(roster), List.copyOf(teams), absence, base.costs(), List.of(),
                base.labour(), base.idleGap(), io.kefusim.scenario.Origins.NONE);
    }

    /** @param tested the scenario tested, by its own name (not the replay's "w1-backtest"); {@code files} the records it was tested on */
    private static Result compare(Scenario s, String tested, List<Path> files, Tally obs, List<Tally> sims, int intervals, LocalDateTime start, boolean calls, Fit.Read read) {
        Map<String, Object> overall = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        double[][][] band = new double[FIGURES.length][intervals][];
        for (int figure = 0; figure < FIGURES.length; figure++) {
            final int fig = figure;
            if (calls && fig == 3) continue; // a call's first response is its pick-up: the queue wait
            int counted = 0, inside = 0;
            double absErr = 0;
            double[] simTotals = new double[sims.size()];
            for (int r = 0; r < sims.size(); r++) simTotals[r] = sims.get(r).total(fig);
            for (int iv = 0; iv < intervals; iv++) {
                final int i = iv;
                double o = obs.value(fig, i);
                double[] v = sims.stream().mapToDouble(t -> t.value(fig, i)).filter(x -> !Double.isNaN(x)).sorted().toArray();
                if (v.length == 0) continue;
                double mean = Arrays.stream(v).average().orElse(Double.NaN), lo = quantile(v, 0.025), hi = quantile(v, 0.975);
                band[fig][i] = new double[]{o, mean, lo, hi};
                // judged as run's verdict judges: only hours with at least 10 buyers (a night hour's 2 buyers
                // make an abandon share of 0% or 50% by chance); the others are shown, not counted
                if (Double.isNaN(o) || obs.offered[i] < MIN_BUYERS) continue;
                counted++;
                if (o >= lo - 1e-12 && o <= hi + 1e-12) inside++;
                absErr += Math.abs(o - mean);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("observed", nan(obs.total(fig)));
            one.put("simulated", nan(Arrays.stream(simTotals).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN)));
            double[] sorted = Arrays.stream(simTotals).filter(x -> !Double.isNaN(x)).sorted().toArray();
            one.put("simulated_range", sorted.length == 0 ? null : List.of(quantile(sorted, 0.025), quantile(sorted, 0.975)));
            one.put("intervals_compared", counted);
            one.put("inside_band_share", counted == 0 ? null : (double) inside / counted);
            one.put("mae", counted == 0 ? null : absErr / counted);
            overall.put(FIGURES[fig], one);
        }
        for (int iv = 0; iv < intervals; iv++) {
            final int i = iv;
            if (obs.offered[i] == 0 && Arrays.stream(band).allMatch(b -> b[i] == null)) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("interval_start", start.plusHours(i).toString());
            row.put("buyers_observed", obs.offered[i]);
            for (int fig = 0; fig < FIGURES.length; fig++) {
                if (calls && fig == 3) continue;
                double[] b = band[fig][i];
                row.put(FIGURES[fig] + "_observed", b == null ? nan(obs.value(fig, i)) : nan(b[0]));
                row.put(FIGURES[fig] + "_simulated", b == null ? null : nan(b[1]));
                row.put(FIGURES[fig] + "_low", b == null ? null : nan(b[2]));
                row.put(FIGURES[fig] + "_high", b == null ? null : nan(b[3]));
            }
            rows.add(row);
        }
        int few = 0, withBuyers = 0;
        for (int i = 0; i < intervals; i++) {
            if (obs.offered[i] > 0) withBuyers++;
            if (obs.offered[i] > 0 && obs.offered[i] < MIN_BUYERS) few++;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", tested);
        json.put("records", files.stream().map(Path::toString).toList());
        json.put("period", io.kefusim.scenario.ScenarioWriter.ordered("from", start.toString(), "to", start.plusHours(intervals).toString()));
        json.put("replications", sims.size());
        json.put("seed", s.seed());
        json.put("service_level_target_s", s.serviceLevelTarget());
        json.put("service_level_means", calls ? "call picked up within the target" : "first human reply within the target");
        json.put("min_buyers_per_hour", (int) MIN_BUYERS);
        json.put("hours_with_buyers", withBuyers);
        json.put("hours_too_few_buyers", few);
        json.put("overall", overall);
        // fit13: the share taken at once, records against replay (a desk counted with agents ready who were not answers more at once)
        double[] once = sims.stream().mapToDouble(Tally::atOnceShare).filter(x -> !Double.isNaN(x)).sorted().toArray();
        json.put("answered_at_once", io.kefusim.scenario.ScenarioWriter.ordered("observed", nan(obs.atOnceShare()),
                "simulated", nan(Arrays.stream(once).average().orElse(Double.NaN)),
                "simulated_range", once.length == 0 ? null : List.of(quantile(once, 0.025), quantile(once, 0.975)),
                "means", "share of the buyers taken whose queue wait was 0"));
        json.put("intervals", rows);
        return new Result(s, json, rows, read);
    }

    static double quantile(double[] sorted, double p) {
        if (sorted.length == 1) return sorted[0];
        double x = p * (sorted.length - 1);
        int i = (int) Math.floor(x);
        return i + 1 >= sorted.length ? sorted[sorted.length - 1] : sorted[i] + (x - i) * (sorted[i + 1] - sorted[i]);
    }

    private static Double nan(double v) { return Double.isFinite(v) ? v : null; }
}
