package io.kefusim.fit;

import io.kefusim.report.Pages;
import io.kefusim.report.Text;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** fit.html: what was fitted, each estimate against what the records show. */
final class FitPage {
    private FitPage() {}

    static void write(Path dir, FitResult r, Map<String, Object> json, IdleGapChoice choice, List<io.kefusim.sanity.Warning> warnings, Text text) throws IOException {
        Fitter f = r.f;
        Pages p = new Pages(text, text.get("fit_title") + " — " + r.name,
                text.get("fit_sub", f.rows, r.date(r.firstDay).toString(), r.date(r.lastDay).toString(), f.skipped));
        p.warnings(Map.of(r.name, warnings)); // fit13: the fitted desk answers faster than the records
        double days = r.lastDay - r.firstDay + 1;
        p.verdict(text.get("fit_verdict", f.rows / days, io.kefusim.report.Words.duration(text, f.patienceAll.exponentialMean()), f.patienceAll.events(),
                f.patienceAll.observations(), FittedScenario.replyUsed(f).n() > 0 ? io.kefusim.report.Words.duration(text, FittedScenario.replyUsed(f).mean()) : "-", f.calls ? "" : text.get("fit_think", io.kefusim.report.Words.duration(text, f.think.mean())))
                // fitM: the records' chats a day and the fitted pattern's, named apart, when contacts were taken out of the arrivals
                + (f.takenOut() == 0 ? "" : (text.chinese() ? "" : " ") + text.get("fit_verdict_taken_out", f.takenOut(), f.takenOut() / days, (f.rows - f.takenOut()) / days)));

        // arrivals: observed each hour of the period against the fitted pattern of its weekday (and date scale)
        XYSeries obs = new XYSeries(text.get("fit_observed")), fit = new XYSeries(text.get("fit_fitted"));
        for (long d = r.firstDay; d <= r.lastDay; d++) {
            int w = Fitter.weekday(d);
            double[] pattern = r.weekdayDates[w] == 0 ? r.basePattern : r.weekdayPattern[w];
            double scale = r.dayScale.getOrDefault(d, r.dateScale.getOrDefault(d, 1.0));
            for (int h = 0; h < 24; h++) {
                double x = (d - r.firstDay) + h / 24.0;
                obs.add(x, r.hourCount(d, h));
                fit.add(x, pattern[h] * scale * r.datePeaks.getOrDefault(d, java.util.Map.of()).getOrDefault(h, 1.0));
            }
        }
        p.heading(text.get("fit_arrivals"));
        p.chart("arrivals", text.get("fit_arrivals"), text.get("fit_day"), text.get("fit_chats_per_hour"), collection(obs, fit),
                new boolean[]{true, false}, false);

        // patience: Kaplan-Meier against the fitted exponential
        p.heading(text.get("fit_patience"));
        p.para(text.get("fit_patience_how"));
        XYSeries km = new XYSeries(text.get("fit_km")), ex = new XYSeries(text.get("fit_exponential"));
        double mean = f.patienceAll.exponentialMean();
        double top = 0;
        for (double[] pt : f.patienceAll.kaplanMeier()) {
            km.add(pt[0] / 60, pt[1]);
            top = Math.max(top, pt[0]);
        }
        for (int i = 0; i <= 100 && Double.isFinite(mean); i++) ex.add(top * i / 100 / 60, Math.exp(-top * i / 100 / mean));
        p.chart("patience", text.get("fit_patience"), text.get("fit_minutes_waited"), text.get("fit_still_waiting"), collection(km, ex),
                new boolean[]{true, false}, true);

        histogram(p, "reply", text.get(f.calls ? "fit_talk" : "fit_reply"), FittedScenario.replyUsed(f), text); // fitE: or first response − wait
        if (FittedScenario.replySource(f).equals("first_response_minus_wait")) { // fitE: where it came from, and its scale
            double k = f.replyScale, m = f.firstReply.mean();
            p.para(text.get("fit_reply_first", f.firstReply.n()) + (k < 1 && f.replyCalibration != null ? (text.chinese() ? "" : " ") + text.get("fit_reply_scaled", String.format(Locale.ROOT, "%.3f", k),
                    io.kefusim.report.Words.duration(text, m * k), String.format(Locale.ROOT, "%.1f", f.replyCalibration[1]),
                    String.format(Locale.ROOT, "%.1f", f.replyCalibration[2]), String.format(Locale.ROOT, "%.1f", f.replyCalibration[0])) : ""));
        }
        if (!f.calls && f.think.n() > 1) histogram(p, "think", text.get("fit_think_title"), f.think, text);

        availability(p, f, choice, text);
        BehaviourSection.write(p, r, text); // issue 25: retrials, queue order, patience checks, spikes
        OrdersSection.write(p, r, text); // fitE: conversion, factors by first response and order value per type

        p.heading(text.get("fit_files"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("fitted.yaml", text.get("fit_file_yaml")));
        rows.add(List.of("fit.json", text.get("fit_file_json")));
        p.table(List.of(text.get("fit_file"), text.get("fit_what")), rows);
        @SuppressWarnings("unchecked") List<String> notices = (List<String>) json.get(text.chinese() ? "notices_zh" : "notices");
        if (!notices.isEmpty()) p.para(String.join(text.get("group_sep"), notices));
        p.write(dir.resolve("fit.html"));
    }

    /** How the idle gap was chosen (each threshold's in-sample replay), and the after-call work. */
    private static void availability(Pages p, Fitter f, IdleGapChoice choice, Text text) {
        if (choice == null) return;
        p.heading(text.get("fit_availability"));
        if (!choice.recordsHoldWaits) // fitF: no waits in the records: not judged on a 0 s wait, no NaN
            p.para(text.get("fit_availability_how_no_waits", io.kefusim.report.Words.duration(text, choice.chosen.idleGap()), pct(choice.observedAbandon),
                    pct(choice.observedServiceLevel)));
        else p.para(text.get("fit_availability_how", io.kefusim.report.Words.duration(text, choice.chosen.idleGap()), pct(choice.observedAbandon),
                String.format(Locale.ROOT, "%.1f", choice.observedWait), pct(choice.observedServiceLevel), pct(choice.observedAtOnce), pct(choice.chosen.talkWhileQueued())));
        List<List<String>> rows = new ArrayList<>();
        for (IdleGapChoice.Candidate c : choice.candidates) {
            IdleGapChoice.AsRun a = c.asRun();
            rows.add(List.of(io.kefusim.scenario.Durations.format(c.idleGap()) + (c == choice.chosen ? " ←" : ""), pct(c.abandon()),
                    String.format(Locale.ROOT, "%.1f s", c.meanWait()), pct(c.serviceLevel()), pct(c.atOnce()),
                    pct(a.abandon()), String.format(Locale.ROOT, "%.1f s", a.meanWait()), pct(a.serviceLevel()), pct(a.atOnce()),
                    String.format(Locale.ROOT, "%.3f", c.loss()), pct(c.talkWhileQueued())));
        }
        List<String> head = new ArrayList<>(List.of(text.get("fit_idle_gap")));
        for (String col : new String[]{"fit_replay_col", "fit_as_run_col"}) {
            for (String fig : List.of(text.get("bt_abandon_share"), text.get("bt_queue_wait_mean_s"), text.get("bt_service_level"), text.get("fit_at_once")))
                head.add(text.get(col, fig));
        }
        head.add(text.get("fit_loss"));
        head.add(text.get("fit_talk_queued"));
        p.table(head, rows);
        if (!Double.isNaN(choice.rosterHours)) {
            p.para(text.get(Double.isNaN(choice.observedAtOnce) ? "fit_on_duty_hours_no_waits" : "fit_on_duty_hours", Double.isNaN(choice.observedAtOnce) ? "" : pct(choice.observedAtOnce), String.format(Locale.ROOT, "%.0f", choice.spanHours),
                    String.format(Locale.ROOT, "%.0f", choice.rosterHours)));
        }
        if (f.pickUpCalibration != null) { // fitG: the pick-up written, and what it does to the replay and the file as run
            @SuppressWarnings("unchecked") Map<String, Object> wr = (Map<String, Object>) f.pickUpCalibration.get("written");
            @SuppressWarnings("unchecked") Map<String, Object> wo = (Map<String, Object>) f.pickUpCalibration.get("without");
            p.para(text.get("fit_pick_up_para", pct(f.pickUpShare), io.kefusim.report.Words.duration(text, f.pickUpMean), pct(choice.observedAtOnce),
                    pct((Double) wo.get("replay_answered_at_once")), pct((Double) wo.get("as_run_answered_at_once")),
                    pct((Double) wr.get("replay_answered_at_once")), pct(wr.get("as_run_answered_at_once") instanceof Double d ? d : Double.NaN),
                    pct(choice.observedServiceLevel), pct((Double) wo.get("replay_service_level")), pct((Double) wo.get("as_run_service_level")),
                    pct((Double) wr.get("replay_service_level")), pct((Double) wr.get("as_run_service_level"))));
        }
        Sample w = f.work.afterCallWork();
        if (w.n() >= 2) histogram(p, "wrap_up", text.get("fit_wrap_up"), w, text);
        if (w.n() >= 2 && f.wrapUpIntervals().size() >= 2) { // fitD: what the fitted file writes, which the histogram is not
            CensoredLognormal c = f.wrapUpEveryPause();
            if (c.degenerate(AgentWork.WRAP_UP_MAX) != null) p.para(text.get("fit_wrap_degenerate_para", f.wrapUpIntervals().size(), io.kefusim.report.Words.duration(text, c.mean())));
            else p.para(text.get("fit_wrap_every_para", f.wrapUpIntervals().size(), io.kefusim.report.Words.duration(text, c.mean()),
                    io.kefusim.report.Words.duration(text, c.median())));
        }
    }

    /** The sample's histogram as a density, against the fitted lognormal's density. */
    private static void histogram(Pages p, String key, String title, Sample s, Text text) {
        if (s.n() < 2) return;
        double[] v = s.values();
        double hi = v[(int) Math.min(v.length - 1, Math.floor(v.length * 0.99))];
        if (!(hi > 0) || !(s.sd() > 0)) { // every value the same (a constant field): nothing to draw, say so
            p.heading(title);
            p.para(text.get("fit_sample", s.n(), io.kefusim.report.Words.duration(text, s.mean()), io.kefusim.report.Words.duration(text, 0)));
            return;
        }
        int bins = 40;
        double width = hi / bins;
        XYSeries hist = new XYSeries(text.get("fit_observed")), dens = new XYSeries(text.get("fit_lognormal"));
        int[] count = new int[bins];
        for (double x : v) if (x < hi) count[(int) (x / width)]++;
        for (int b = 0; b < bins; b++) hist.add((b + 0.5) * width, count[b] / (v.length * width));
        double m = s.mean(), sd = s.sd();
        double s2 = Math.log(1 + sd * sd / (m * m));
        LogNormalDistribution ln = LogNormalDistribution.of(Math.log(m) - s2 / 2, Math.sqrt(s2));
        for (int i = 1; i <= 200; i++) dens.add(hi * i / 200, ln.density(hi * i / 200));
        p.heading(title);
        p.para(text.get("fit_sample", s.n(), io.kefusim.report.Words.duration(text, m), io.kefusim.report.Words.duration(text, sd)));
        p.chart(key, title, text.get("fit_seconds"), text.get("fit_density"), collection(hist, dens), new boolean[]{true, false}, false);
    }

    static XYSeriesCollection collection(XYSeries... s) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries x : s) c.addSeries(x);
        return c;
    }

    /** A share as a percentage; "—" where there is none (fitF: never "NaN%"). */
    static String pct(double v) { return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100); }
}
