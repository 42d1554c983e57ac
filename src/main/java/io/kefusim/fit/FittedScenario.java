package io.kefusim.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code fitted.yaml} (a runnable scenario, each estimate's sample size and 95% interval
 * in a comment beside it) and fills {@code fit.json} with the same estimates.
 */
final class FittedScenario {
    /** The service-level target written for calls (service_level_target), seconds: the pick-up's short waits are those up to it (fitG). */
    static final double CALL_TARGET_S = 20;

    /** A share inside fit.json's pick-up calibration (fitG), as a percentage with one decimal. */
    @SuppressWarnings("unchecked")
    private static String pct(Map<String, Object> m, String part, String key) {
        Object v = ((Map<String, Object>) m.get(part)).get(key);
        return v instanceof Double d && !Double.isNaN(d) ? String.format(Locale.ROOT, "%.1f%%", d * 100) : "—";
    }

    /** Fewer events than this for a buyer type: its patience (or messages) is the pooled estimate. */
    static final int MIN_PER_TYPE = 30;

    private FittedScenario() {}

    /**
     * @param idleGap how long an agent may sit idle between contacts and count as on duty, seconds
     *                ({@link IdleGapChoice}); written as {@code availability.idle_gap} and used for the roster
     */
    static String yaml(FitResult r, Map<String, Object> json, double idleGap) {
        return yaml(r, json, idleGap, new io.kefusim.report.Text("en"));
    }

    /** The same, its comments (the opening ones and those beside the values) in {@code text}'s language. */
    static String yaml(FitResult r, Map<String, Object> json, double idleGap, io.kefusim.report.Text text) {
        Fitter f = r.f;
        StringBuilder y = new StringBuilder();
        Map<String, Object> est = new LinkedHashMap<>();
        json.put("estimates", est);
        y.append("# ").append(text.get("fy_head", f.rows, f.skipped)).append("\n")
                .append("# ").append(text.get("fy_estimates")).append("\n")
                .append("# ").append(text.get("fy_check", io.kefusim.sanity.BacktestRun.BAND_REPLICATIONS)).append("\n");
        y.append("name: ").append(r.name).append("\n");
        y.append("start: \"").append(r.date(r.firstDay)).append("T00:00\"\n");
        y.append("horizon: ").append(r.lastDay - r.firstDay + 1).append("d\n");
        y.append("replications: 10\nseed: 1\ninterval: 1h\n");
        if (f.calls) y.append("service_level_target: 20s                # ").append(text.get("fy_sl_target")).append("\n");

        // demand
        y.append("demand:\n  pattern:\n    hourly: ").append(list(r.basePattern)).append("   # ").append(text.get("fy_hourly")).append("\n");
        y.append("    weekdays:                            # ").append(text.get("fy_weekdays")).append("\n");
        Map<String, Object> arrivals = new LinkedHashMap<>();
        for (int w = 0; w < 7; w++) {
            double[] day = r.weekdayTotal[w];
            double[] pattern = r.weekdayDates[w] == 0 ? r.basePattern : r.weekdayPattern[w];
            y.append("      ").append(Fitter.weekdayKey(w)).append(": ").append(list(pattern));
            if (r.weekdayDates[w] == 0) y.append("   # ").append(text.get("fy_weekday_none")).append("\n");
            else y.append("   # ").append(text.get("fy_weekday", r.weekdayDates[w], day[0], day[1], day[2])).append("\n");
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("dates", r.weekdayDates[w]);
            one.put("chats_per_hour", round(pattern));
            one.put("ci95_low", round(r.weekdayLow[w]));
            one.put("ci95_high", round(r.weekdayHigh[w]));
            arrivals.put(Fitter.weekdayKey(w), one);
        }
        est.put("arrivals_by_weekday", arrivals);
        if (!r.spikes.isEmpty()) { // issue 25: one-off bursts, listed, not copied into the weekday pattern
            y.append("    # ").append(text.get("fy_spikes")).append("\n")
                    .append("    # ").append(text.get("fy_spikes_how")).append("\n");
            List<Object> sj = new ArrayList<>();
            for (FitResult.Spike sp : r.spikes) {
                y.append("    #   ").append(text.get("fy_spike", r.date(sp.day()), sp.hour(), sp.count(), sp.reference())).append("\n");
                sj.add(io.kefusim.scenario.ScenarioWriter.ordered("date", r.date(sp.day()).toString(), "hour", sp.hour(), "chats", sp.count(), "median_other_dates", sp.reference()));
            }
            est.put("spikes", sj);
        }
        if (!r.dayScale.isEmpty() || !r.dateScale.isEmpty()) {
            y.append("  days:                                  # ").append(text.get(r.dateScale.isEmpty() ? "fy_days" : "fy_days_own")).append("\n");
            Map<String, Object> scales = new LinkedHashMap<>();
            TreeMap<Long, Double> all = new TreeMap<>(r.dayScale);
            all.putAll(r.dateScale);
            for (Map.Entry<Long, Double> e : all.entrySet()) {
                y.append("    - {date: \"").append(r.date(e.getKey())).append("\", scale: ").append(String.format(Locale.ROOT, "%.3f", e.getValue()));
                Map<Integer, Double> peaks = r.datePeaks.getOrDefault(e.getKey(), Map.of());
                if (!peaks.isEmpty()) {
                    y.append(", peaks: [");
                    boolean first = true;
                    for (Map.Entry<Integer, Double> pk : peaks.entrySet()) {
                        y.append(first ? "" : ", ").append(String.format(Locale.ROOT, "{from: \"%02d:00\", to: \"%02d:00\", scale: %.3f}", pk.getKey(), (pk.getKey() + 1) % 24, pk.getValue()));
                        first = false;
                    }
                    y.append("]");
                }
                y.append("}").append(r.dayScale.containsKey(e.getKey()) && !r.dateScale.isEmpty() ? "   # " + text.get("fy_day_far") : "").append("\n");
                scales.put(r.date(e.getKey()).toString(), e.getValue());
            }
            est.put("day_scales", scales);
        }
        List<String> types = new ArrayList<>(f.arrivalsByTypeHour.keySet());
        long[][] mix = r.mixByHour();
        y.append("  mix:                                   # ").append(text.get("fy_mix")).append("\n");
        long all = 0;
        for (long[] c : f.arrivalsByTypeHour.values()) for (long v : c) all += v;
        Map<String, Object> mixJson = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            long n = 0;
            for (long v : f.arrivalsByTypeHour.get(types.get(t))) n += v;
            StringBuilder sb = new StringBuilder("[");
            List<Double> shares = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                sb.append(h == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", mix[h][t] / 1e6));
                shares.add(mix[h][t] / 1e6);
            }
            double share = (double) n / all, hs = 1.96 * Math.sqrt(share * (1 - share) / all);
            y.append("    ").append(r.typeNames.get(types.get(t))).append(": ").append(sb).append("]   # ").append(text.get("fy_mix_type", n, share, Math.max(0, share - hs), Math.min(1, share + hs)))
                    .append(types.get(t).equals(r.typeNames.get(types.get(t))) ? "" : text.get("fy_mix_recorded", comment(types.get(t)))).append("\n");
            mixJson.put(r.typeNames.get(types.get(t)), io.kefusim.scenario.ScenarioWriter.ordered("records_name", types.get(t), "chats", n, "share_by_hour", shares));
        }
        est.put("mix", mixJson);

        // buyers
        y.append("buyers:\n");
        thetaCheck(f, y, est, text);
        Map<String, Object> buyers = new LinkedHashMap<>();
        for (String t : types) {
            Map<String, Object> b = new LinkedHashMap<>();
            y.append("  ").append(r.typeNames.get(t)).append(":\n");
            Patience p = f.patienceByType.getOrDefault(t, new Patience());
            Patience use = p.events() >= MIN_PER_TYPE ? p : f.patienceAll;
            if (!f.patienceKnown && use.observations() == 0) {
                // left out (commented), so every run of the file says it runs on kefusim's default (defaults.illustrative)
                y.append("    # patience: {dist: exponential, mean: 3m}   # ").append(text.get("fy_patience_default")).append(text.get("fy_left_out")).append("\n");
            } else if (use.events() == 0) {
                y.append("    patience: {dist: never}              # ").append(text.get("fy_patience_never", use.observations())).append("\n");
            } else {
                double[] ci = use.exponentialInterval();
                double[] wb = use.weibull();
                boolean weibull = f.weibullPatience && wb != null;
                if (weibull) y.append(weibullLine(wb, use, "    patience: ", "   # ", text)).append("\n").append("    # ").append(text.get("fy_instead_of"));
                y.append(weibull ? "patience: {dist: exponential, mean: " : "    patience: {dist: exponential, mean: ").append(FitResult.d(use.exponentialMean())).append("}   # ")
                        .append(text.get("fy_patience_mle", use.events(), use.observations(), use == p ? "" : text.get("fy_pooled_types"),
                                text.get("fy_ci", FitResult.d(ci[0]), FitResult.d(ci[1])),
                                Double.isNaN(use.kaplanMeierMedian()) ? "" : text.get("fy_km_median", FitResult.d(use.kaplanMeierMedian())))).append("\n");
                if (!weibull && wb != null) y.append(weibullLine(wb, use, "    # " + text.get("fy_weibull_or") + "patience: ", text.chinese() ? "：" : ": ", text)).append("\n");
                Map<String, Object> pj = new LinkedHashMap<>();
                if (wb != null) {
                    pj.put("weibull", io.kefusim.scenario.ScenarioWriter.ordered("shape", wb[0], "scale_s", wb[1], "shape_ci95", List.of(wb[2], wb[3]),
                            "exponential_rejected_p", wb[4], "written", weibull));
                }
                pj.put("mean_s", use.exponentialMean());
                pj.put("ci95_low_s", ci[0]);
                pj.put("ci95_high_s", ci[1]);
                pj.put("gave_up", use.events());
                pj.put("waited", use.observations());
                pj.put("pooled", use != p);
                pj.put("kaplan_meier_median_s", nanToNull(use.kaplanMeierMedian()));
                b.put("patience", pj);
            }
            Sample m = f.messagesByType.getOrDefault(t, new Sample());
            Sample mu = m.n() >= MIN_PER_TYPE ? m : f.messagesAll;
            if (f.calls) {
                y.append("    messages: {dist: constant, value: 1}    # ").append(text.get("fy_call_message")).append("\n");
            } else if (mu.n() > 0) {
                y.append("    messages: {dist: geometric, mean: ").append(String.format(Locale.ROOT, "%.3f", Math.max(1, mu.mean()))).append("}   # ")
                        .append(text.get("fy_messages", mu.n(), ci(text, mu.meanInterval()), mu == m ? "" : text.get("fy_pooled"))).append("\n");
                Map<String, Object> mj = new LinkedHashMap<>();
                mj.put("mean", nanToNull(mu.mean()));
                mj.put("ci95", java.util.Arrays.asList(nanToNull(mu.meanInterval()[0]), nanToNull(mu.meanInterval()[1])));
                mj.put("n", mu.n());
                b.put("messages", mj);
            }
            if (!f.calls && f.think.n() > 1) {
                y.append("    think_time: ").append(timeDist(f.think.mean(), f.think.sd(), false)).append("   # ")
                        .append(text.get("fy_think", f.think.n(), ci(text, f.think.meanInterval()), ci(text, f.think.sdInterval()))).append("\n");
            }
            long[] botN = f.botByType.get(t);
            double share = (double) botN[0] / botN[1];
            double h = 1.96 * Math.sqrt(share * (1 - share) / botN[1]);
            HourlyBot.Found hb = HourlyBot.of(r, t);
            if (hb.hourly()) { // the hours differ from the day (a closed desk's night): the share by clock hour
                y.append("    # ").append(text.get(f.calls ? "fy_bot_calls" : "fy_bot_chats", botN[0], botN[1], Math.max(0, share - h), Math.min(1, share + h))).append("\n");
                y.append("    # ").append(text.get("fy_bot_hourly", (int) Math.round(HourlyBot.MATERIAL * 100), hb.day(), HourlyBot.MIN_CALLS)).append("\n");
                y.append("    bot_deflection: {hourly: ").append(HourlyBot.list(hb.shares())).append("}\n");
                b.put("bot_deflection", io.kefusim.scenario.ScenarioWriter.ordered("share", share, "of", botN[1],
                        "hourly", HourlyBot.json(hb.shares()), "hourly_of", java.util.Arrays.stream(hb.calls()).boxed().toList(), "day_share_without_spikes", hb.day()));
            } else {
                y.append("    bot_deflection: ").append(String.format(Locale.ROOT, "%.4f", share)).append("   # ")
                        .append(text.get(f.calls ? "fy_bot_calls" : "fy_bot_chats", botN[0], botN[1], Math.max(0, share - h), Math.min(1, share + h))).append("\n");
                b.put("bot_deflection", io.kefusim.scenario.ScenarioWriter.ordered("share", share, "of", botN[1]));
            }
            Conversion.write(f.conversionByType.get(t), f.orderValueByType.get(t), f.ordersFromValues, y, b, text);
            RetrialsAndClasses.buyer(f, t, y, b, text);
            buyers.put(r.typeNames.get(t), b);
        }
        est.put("buyers", buyers);
        RetrialsAndClasses.json(f, r, est);
        if (!f.calls) est.put("think_time", sampleJson(f.think));
        Map<String, Object> replyJson = sampleJson(replyUsed(f));
        replyJson.put("source", replySource(f));
        if (replySource(f).equals("first_response_minus_wait")) {
            // fitE: the first replies' mean and sd above; the file writes them times this scale (its replay's first response brought to the records')
            replyJson.put("scale", f.replyScale);
            if (f.replyCalibration != null) replyJson.put("first_response_mean_s", io.kefusim.scenario.ScenarioWriter.ordered("records", f.replyCalibration[0],
                    "replay_unscaled", f.replyCalibration[1], "replay_as_written", f.replyCalibration[2]));
        }
        est.put("reply_time", replyJson);

        // agents
        y.append("agents:\n  - group: agents\n    skills: [");
        for (int t = 0; t < types.size(); t++) y.append(t == 0 ? "" : ", ").append(r.typeNames.get(types.get(t)));
        y.append("]\n");
        // the records do not rank the types, and their order of first appearance is no ranking: one queue, first come first served
        y.append("    queue_order: arrival                 # ").append(text.get("fy_queue_order")).append(RetrialsAndClasses.orderNote(f, text)).append("\n");
        if (f.calls) {
            y.append("    channel: phone                       # ").append(text.get("fy_phone")).append("\n");
        } else if (f.concurrency > 0) {
            y.append("    concurrency: ").append(f.concurrency).append("                       # ").append(text.get("fy_concurrency")).append("\n");
        } else {
            y.append("    # concurrency: 5                     # ").append(text.get("fy_concurrency_default")).append(text.get("fy_left_out")).append("\n");
        }
        if (f.reply.n() > 1) {
            y.append("    reply_time: ").append(timeDist(f.reply.mean(), f.reply.sd(), false)).append("   # ")
                    .append(text.get(f.calls ? "fy_reply_calls" : "fy_reply_chats", f.reply.n(), ci(text, f.reply.meanInterval()), ci(text, f.reply.sdInterval()))).append("\n");
        } else if (!f.calls && f.firstReply.n() > 1) {
            // fitE: per-chat records with a first response and a queue wait: the first reply is the one the agent typed
            double k = f.replyScale;
            y.append("    reply_time: ").append(timeDist(f.firstReply.mean() * k, f.firstReply.sd() * k, false)).append("   # ")
                    .append(text.get("fy_reply_first", f.firstReply.n(), ci(text, f.firstReply.meanInterval()), ci(text, f.firstReply.sdInterval())))
                    .append(f.firstReplyBelowWait > 0 ? text.get("fy_reply_first_below", f.firstReplyBelowWait) : "")
                    .append(k < 1 && f.replyCalibration != null ? text.get("fy_reply_scaled", String.format(Locale.ROOT, "%.3f", k), String.format(Locale.ROOT, "%.1f", f.replyCalibration[1]),
                            String.format(Locale.ROOT, "%.1f", f.replyCalibration[2]), String.format(Locale.ROOT, "%.1f", f.replyCalibration[0])) : "").append("\n");
        } else {
            y.append("    # reply_time: {dist: lognormal, mean: 30s, sd: 20s}   # ").append(text.get("fy_reply_default")).append(text.get("fy_left_out")).append("\n");
        }

        // the records hold no pay: said where it would go, so the money is not read as the shop's own (pay.below_minimum_wage)
        y.append("    # monthly_pay: ").append(text.get("fy_pay_default")).append("\n");
        wrapUp(f, y, est, text);
        if (f.pickUpShare > 0 && f.pickUpMean > 0) { // fitG
            y.append("    pick_up: {dist: exponential, mean: ").append(String.format(Locale.ROOT, "%.1fs", f.pickUpMean)).append("}");
            if (f.pickUpCalibration != null) y.append("   # ") // null while it is being calibrated
                    .append(text.get("fy_pick_up", pct(f.pickUpCalibration, "records", "answered_at_once"), pct(f.pickUpCalibration, "without", "replay_answered_at_once"),
                            pct(f.pickUpCalibration, "without", "as_run_answered_at_once"), pct(f.pickUpCalibration, "written", "replay_answered_at_once"),
                            pct(f.pickUpCalibration, "written", "as_run_answered_at_once"), pct(f.pickUpCalibration, "records", "service_level"),
                            pct(f.pickUpCalibration, "written", "replay_service_level"), pct(f.pickUpCalibration, "written", "as_run_service_level")));
            y.append("\n");
            y.append("    pick_up_share: ").append(String.format(Locale.ROOT, "%.4f", f.pickUpShare)).append("   # ").append(text.get("fy_pick_up_share")).append("\n");
            if (f.pickUpCalibration != null) est.put("pick_up", f.pickUpCalibration);
        }

        // staffing on duty
        TreeMap<Long, double[]> staff = f.staffing(idleGap);
        Map<String, Object> staffJson = new LinkedHashMap<>();
        if (staff.isEmpty()) {
            y.append("shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n");
            y.append("roster: [{group: agents, shift: all, agents: 1}]   # ").append(text.get("fy_roster_default")).append("\n");
        } else {
            y.append("availability:                            # ").append(text.get("fy_availability")).append("\n")
                    .append("  idle_gap: ").append(io.kefusim.scenario.Durations.format(idleGap))
                    .append("                          # ").append(text.get("fy_idle_gap")).append("\n");
            new FittedTeams(f.days(idleGap), r.firstDay, r.lastDay).yaml(y, "agents", text);
            for (Map.Entry<Long, double[]> e : staff.entrySet()) staffJson.put(r.date(e.getKey()).toString(), round(e.getValue()));
        }
        est.put("agents_on_duty", staffJson);
        if (f.calls) y.append("labour: {working_time: comprehensive}   # ").append(text.get("fy_labour")).append("\n");
        if (replySource(f).equals("default") && !f.calls && f.firstResponse.n() > 0) {
            // fitE: the reply time is kefusim's, but the conversion factors are by the records' first responses: every run says so beside this mean
            y.append("observed:                                # ").append(text.get("fy_observed")).append("\n")
                    .append("  first_response: ").append(FitResult.d(f.firstResponse.mean())).append("                 # ")
                    .append(text.get("fy_observed_first", f.firstResponse.n(), FitResult.num(f.firstResponse.mean()))).append("\n");
        }
        return y.toString();
    }

    /** Where fitted.yaml's reply time comes from: {@code messages} (per-message records), {@code talk_time} (calls), {@code first_response_minus_wait}, or {@code default}. */
    static String replySource(Fitter f) {
        if (f.reply.n() > 1) return f.calls ? "talk_time" : "messages";
        if (!f.calls && f.firstReply.n() > 1) return "first_response_minus_wait";
        return "default";
    }

    static Sample replyUsed(Fitter f) {
        return replySource(f).equals("first_response_minus_wait") ? f.firstReply : f.reply;
    }

    /** The censored Weibull fit as a patience line, with its interval and whether the exponential is rejected. */
    private static String weibullLine(double[] wb, Patience p, String lead, String sep, io.kefusim.report.Text text) {
        return lead + String.format(Locale.ROOT, "{dist: weibull, shape: %.3f, scale: %s}", wb[0], FitResult.d(wb[1])) + sep
                + text.get("fy_weibull", p.events(), p.observations(), wb[2], wb[3], text.get(wb[4] < 0.05 ? "fy_rejected" : "fy_not_rejected"),
                String.format(Locale.ROOT, "%.3g", wb[4]));
    }

    /** A mean's or sd's 95% interval, said in {@code text}'s language. */
    private static String ci(io.kefusim.report.Text text, double[] i) {
        return Double.isNaN(i[0]) ? text.get("fy_no_interval") : text.get("fy_ci", FitResult.num(i[0]), FitResult.num(i[1]));
    }

    /** Brown et al.'s check of the patience: abandonment share against mean time in queue across hours ({@link ThetaCheck}). */
    private static void thetaCheck(Fitter f, StringBuilder y, Map<String, Object> est, io.kefusim.report.Text text) {
        ThetaCheck c = ThetaCheck.of(f.queueByDayHour);
        if (c == null) return;
        double[] m = c.meanPatience();
        y.append("  # ").append(text.get("fy_theta", c.hours(), c.queued(), FitResult.d(m[0]), FitResult.d(m[1]),
                Double.isInfinite(m[2]) ? text.get("fy_unbounded") : FitResult.d(m[2]))).append("\n");
        est.put("patience_theta_check", io.kefusim.scenario.ScenarioWriter.ordered("hours", c.hours(), "queued", c.queued(), "theta_per_s", c.theta(),
                "theta_ci95", List.of(c.low(), c.high()), "mean_patience_s", m[0], "mean_patience_ci95", java.util.Arrays.asList(m[1], Double.isInfinite(m[2]) ? null : m[2])));
    }

    /**
     * After-call work from every pause of up to {@value AgentWork#WRAP_UP_MAX} s between two contacts
     * of an agent, each an interval bounded by the buyers queued in it ({@link AgentWork#wrapUpIntervals}),
     * fitted as an interval-censored lognormal (fitB). Before, only the pauses before a buyer already
     * waiting were read ({@link AgentWork#afterCallWork}), and those keep the agent who was ready
     * first: mean 7.6 s on the Anonymous Bank's week 1 against 23.1 s from every pause, and a replay
     * that took 59% of its callers at once against the records' 50.5%.
     */
    private static void wrapUp(Fitter f, StringBuilder y, Map<String, Object> est, io.kefusim.report.Text text) {
        Sample w = f.work.afterCallWork();
        List<double[]> every = f.wrapUpIntervals();
        if (w.n() < 2 || every.size() < 2) {
            y.append("    wrap_up: {dist: constant, value: 0s}   # ").append(text.get("fy_wrap_none")).append("\n");
            return;
        }
        CensoredLognormal c = f.wrapUpEveryPause();
        String degenerate = c.degenerate(AgentWork.WRAP_UP_MAX);
        if (degenerate != null) { // fitF: a fit no pause can bear (every pause is at most the cap) is not written
            wrapUpFallback(f, y, est, text, c, w, every.size(), degenerate);
            return;
        }
        double mean = Math.max(0.001, c.mean()), sd = c.sd();
        y.append("    wrap_up: ").append(timeDist(mean, sd, true))
                .append("   # ").append(text.get("fy_wrap_every", every.size(), io.kefusim.scenario.Durations.format(AgentWork.WRAP_UP_MAX), c.median(), w.n()))
                .append("\n");
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("rule", "every pause between two contacts of an agent (up to 5 min), interval-censored by the buyers queued in it; lognormal maximum likelihood");
        j.put("n", every.size());
        j.put("mean_s", mean);
        j.put("sd_s", nanToNull(sd));
        j.put("median_s", c.median());
        j.put("lognormal_mu", c.mu);
        j.put("lognormal_sigma", c.sigma);
        Map<String, Object> exact = sampleJson(w);
        exact.put("median_s", w.median());
        j.put("pauses_before_a_waiting_buyer", exact);
        est.put("wrap_up", j);
    }

    /**
     * fitF: the lognormal from every pause is degenerate (its σ at the search's bound, or its mean or
     * 95th percentile past the {@value AgentWork#WRAP_UP_MAX} s cap that bounds every pause read), so it
     * is not written. When the exact pauses (before a buyer already waiting) show no after-chat work
     * (median under the records' 1 s) none is written; otherwise their mean and sd, the estimate used
     * before fitD's change. fit.json's wrap_up says which and why.
     */
    private static void wrapUpFallback(Fitter f, StringBuilder y, Map<String, Object> est, io.kefusim.report.Text text,
                                       CensoredLognormal c, Sample w, int n, String degenerate) {
        String cap = io.kefusim.scenario.Durations.format(AgentWork.WRAP_UP_MAX);
        String why = text.get("fy_wrap_degenerate", n, cap, c.sigma, io.kefusim.report.Words.duration(text, c.mean()),
                io.kefusim.report.Words.duration(text, c.quantile95()), io.kefusim.report.Words.duration(text, c.sd()));
        boolean none = !(w.median() >= 1);
        Map<String, Object> j = new LinkedHashMap<>();
        if (none) {
            y.append("    wrap_up: {dist: constant, value: 0s}   # ").append(why).append("; ")
                    .append(text.get("fy_wrap_degenerate_none", w.n(), w.median())).append("\n");
            j.put("rule", "none: the lognormal fit from every pause is degenerate and the pauses before a buyer already waiting show no after-chat work (median under 1 s)");
            j.put("written", "none");
            j.put("mean_s", 0.0);
        } else {
            double mean = Math.max(0.001, w.mean()), sd = w.sd();
            y.append("    wrap_up: ").append(timeDist(mean, sd, true)).append("   # ").append(why).append("; ")
                    .append(text.get("fy_wrap_degenerate_exact", w.n(), w.median())).append("\n");
            j.put("rule", "the pauses before a buyer already waiting (up to 5 min), as before fitD's change: the lognormal fit from every pause is degenerate");
            j.put("written", "pauses_before_a_waiting_buyer");
            j.put("mean_s", mean);
            j.put("sd_s", nanToNull(sd));
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("n", n);
        ev.put("why_not_written", degenerate);
        ev.put("mean_s", c.mean());
        ev.put("quantile95_s", c.quantile95());
        ev.put("median_s", c.median());
        ev.put("lognormal_mu", c.mu);
        ev.put("lognormal_sigma", c.sigma);
        ev.put("sigma_bound", CensoredLognormal.SIGMA_MAX);
        ev.put("cap_s", AgentWork.WRAP_UP_MAX);
        j.put("every_pause_fit_not_written", ev);
        Map<String, Object> exact = sampleJson(w);
        exact.put("median_s", w.median());
        j.put("pauses_before_a_waiting_buyer", exact);
        est.put("wrap_up", j);
    }

    /**
     * A fitted time as a distribution: lognormal with the sample's mean and sd, or constant when
     * every value was the same (a field a tool fills with one number; a lognormal needs a spread).
     */
    static String timeDist(double mean, double sd, boolean tenths) {
        String m = tenths ? tenths(mean) : FitResult.d(mean);
        if (!(sd >= (tenths ? 0.05 : 0.5))) return "{dist: constant, value: " + m + "}"; // the spread rounds to nothing
        return "{dist: lognormal, mean: " + m + ", sd: " + (tenths ? tenths(sd) : FitResult.d(sd)) + "}";
    }

    /** Seconds to a tenth (a short pause written to the second would lose half its size). */
    private static String tenths(double seconds) {
        return io.kefusim.scenario.Durations.format(Math.max(0.1, Math.round(seconds * 10) / 10.0));
    }

    static Map<String, Object> sampleJson(Sample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("mean_s", nanToNull(s.mean()));
        m.put("mean_ci95", java.util.Arrays.asList(nanToNull(s.meanInterval()[0]), nanToNull(s.meanInterval()[1])));
        m.put("sd_s", nanToNull(s.sd()));
        m.put("sd_ci95", java.util.Arrays.asList(nanToNull(s.sdInterval()[0]), nanToNull(s.sdInterval()[1])));
        return m;
    }

    /**
     * A value from the records made safe for a comment: line breaks and other control characters
     * (which would end the comment and let the rest be read as keys) written as '?', quotes dropped,
     * at most 60 characters.
     */
    static String comment(String recorded) {
        String s = recorded.replaceAll("[\\p{Cntrl}\u0085\u2028\u2029]", "?").replace("'", "");
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    static Double nanToNull(double v) { return Double.isFinite(v) ? v : null; }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v[i]));
        return sb.append("]").toString();
    }

    private static List<Double> round(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) out.add(Math.round(x * 1000) / 1000.0);
        return out;
    }
}
