package io.kefusim.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what {@link Callbacks} and {@link Overtaking} found (issue 25) into {@code fitted.yaml}
 * (keys {@code priority} and {@code retrial} of each buyer type, with n and 95% intervals in
 * comments) and {@code fit.json} ({@code estimates.retrials}, {@code estimates.priority}).
 */
final class RetrialsAndClasses {
    private RetrialsAndClasses() {}

    /** The type's priority class and retrials, as lines under its {@code buyers.<type>:}. */
    static void buyer(Fitter f, String type, StringBuilder y, Map<String, Object> b, io.kefusim.report.Text text) {
        if (f.classes != null && !f.classes.fcfs()) {
            int c = f.classes.classes().getOrDefault(type, 0);
            y.append("    priority: ").append(c).append("                          # ")
                    .append(text.get("fy_priority", above(f.classes, type, text))).append("\n");
            b.put("priority", c);
        }
        if (f.retrials == null || f.callbacks.isEmpty()) return;
        LateReply.Found late = f.retrials.late().get(type), lateOk = f.lateReply(type);
        if (late != null) b.put("retrial_after_late_reply", lateJson(late));
        String lateKey = lateOk == null ? "" : String.format(Locale.ROOT, ", after_late_reply: {after: %s, probability: %.4f}",
                io.kefusim.scenario.Durations.format(Math.floor(lateOk.after())), lateOk.probability());
        String lateNote = late == null ? "" : lateComment(late, text);
        if (!f.writesRetrials()) {
            if (lateOk != null) lateOnly(lateOk, lateKey, y);
            y.append(lateNote);
            return;
        }
        Callbacks.Estimate own = f.retrials.byType().get(type), use = own;
        if (own == null || own.abandoned() < FittedScenario.MIN_PER_TYPE) {
            // not pooled: a type whose callers are not identified may have its callbacks in its arrivals already
            y.append("    # ").append(text.get("fy_retrial_few", own == null ? 0 : own.abandoned(), FittedScenario.MIN_PER_TYPE)).append("\n");
            if (lateOk != null) lateOnly(lateOk, lateKey, y);
            y.append(lateNote);
            return;
        }
        if (use.retried() == 0) {
            y.append("    # ").append(text.get("fy_retrial_none", use.abandoned(), io.kefusim.scenario.Durations.format(Callbacks.WINDOW_S))).append("\n");
            if (lateOk != null) lateOnly(lateOk, lateKey, y);
            y.append(lateNote);
            return;
        }
        double[] pi = use.probabilityInterval(), di = use.delayInterval();
        y.append(String.format(Locale.ROOT, "    retrial: {probability: %.4f, delay: {dist: exponential, mean: %s}%s}   # ", use.probability(), FitResult.d(use.meanDelay()), lateKey))
                .append(text.get("fy_retrial", use.retried(), use.abandoned(), io.kefusim.scenario.Durations.format(Callbacks.WINDOW_S),
                        use.truncated() ? text.get("fy_retrial_truncated", use.withinWindow() * 100, use.withinWindow()) : "",
                        pi[0], pi[1], FitResult.d(di[0]), FitResult.d(di[1]))).append("\n");
        long[] unid = f.unidentifiedTakenOut.getOrDefault(type, new long[2]);
        y.append("    # ").append(text.get("fy_retrial_unidentified", use.retried() + unid[0], use.retried(), unid[0], unid[1])).append("\n");
        y.append(lateNote);
        b.put("retrial", estimateJson(use, false));
        b.put("retrial_taken_out_of_arrivals", io.kefusim.scenario.ScenarioWriter.ordered("identified", use.retried(), "unidentified_expected", unid[0],
                "unidentified_gave_up", unid[1]));
    }

    /** A type whose buyers come back after a late reply but not (identifiably) after giving up: its delay is the late returns'. */
    private static void lateOnly(LateReply.Found l, String lateKey, StringBuilder y) {
        y.append(String.format(Locale.ROOT, "    retrial: {probability: 0, delay: {dist: exponential, mean: %s}%s}%n", FitResult.d(l.meanDelay()), lateKey));
    }

    /** The comment under the type's retrial: what the records say of retrials after a late reply. */
    static String lateComment(LateReply.Found l, io.kefusim.report.Text text) {
        String window = io.kefusim.scenario.Durations.format(Callbacks.WINDOW_S);
        if (l.identified()) {
            double[] pi = l.probabilityInterval(), di = l.delay().delayInterval();
            return "    # " + text.get("fy_late", l.lateBack(), l.late(), io.kefusim.scenario.Durations.format(Math.floor(l.after())), window,
                    l.inTimeBack(), l.inTime(), pi[0], pi[1], FitResult.d(l.meanDelay()),
                    Double.isNaN(di[0]) ? "" : text.get("fy_late_delay_ci", FitResult.d(di[0]), FitResult.d(di[1]))) + "\n";
        }
        return "    # " + switch (l.why()) {
            case "few" -> text.get("fy_late_few", l.answered(), FittedScenario.MIN_PER_TYPE + 1);
            case "none" -> text.get("fy_late_none", l.answered(), window);
            default -> text.get("fy_late_cannot", l.inTimeBack() + l.lateBack(), l.answered(), window,
                    l.late() == 0 ? text.get("fy_late_cut_none")
                            : text.get("fy_late_cut", io.kefusim.scenario.Durations.format(Math.floor(l.after())), l.lateBack(), l.late(), l.inTimeBack(), l.inTime()));
        } + "\n";
    }

    static Map<String, Object> lateJson(LateReply.Found l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identified", l.identified());
        if (!l.identified()) m.put("why", switch (l.why()) {
            case "few" -> "fewer than " + (FittedScenario.MIN_PER_TYPE + 1) + " identified callers answered";
            case "none" -> "no identified caller answered came back within the window";
            default -> "callers answered late came back no more often than those answered in time (95% intervals overlap): not told apart from an ordinary next question";
        });
        m.put("answered_identified", l.answered());
        m.put("after_s", FittedScenario.nanToNull(l.after()));
        m.put("answered_late", l.late());
        m.put("late_came_back", l.lateBack());
        m.put("answered_in_time", l.inTime());
        m.put("in_time_came_back", l.inTimeBack());
        if (l.late() > 0) {
            double[] pi = l.probabilityInterval(), di = l.delay().delayInterval();
            m.put("probability", FittedScenario.nanToNull(l.probability()));
            m.put("probability_ci95", java.util.Arrays.asList(FittedScenario.nanToNull(pi[0]), FittedScenario.nanToNull(pi[1])));
            m.put("delay_mean_s", FittedScenario.nanToNull(l.meanDelay()));
            m.put("delay_mean_ci95", java.util.Arrays.asList(FittedScenario.nanToNull(di[0]), FittedScenario.nanToNull(di[1])));
            m.put("delays_within_window", l.delay().withinWindow());
        }
        return m;
    }

    /** Said beside {@code queue_order}: whether the records look first come first served. */
    static String orderNote(Fitter f, io.kefusim.report.Text text) {
        if (f.classes == null) return "";
        if (f.classes.notOneQueue()) return text.get("fy_order_not_one", f.classes.withinShare() * 100, Overtaking.WITHIN_MAX * 100);
        return text.get(f.classes.fcfs() ? "fy_order_fcfs" : "fy_order_within");
    }

    private static String above(Overtaking.Found c, String type, io.kefusim.report.Text text) {
        int a = c.types().indexOf(type);
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < c.types().size(); b++) {
            if (b == a || c.met()[a][b] == 0) continue;
            double[] i = c.interval(a, b);
            sb.append(sb.length() == 0 ? "" : text.chinese() ? "；" : "; ").append(text.get("fy_went_before",
                    FittedScenario.comment(c.types().get(b)), c.overtook()[a][b], c.met()[a][b], i[0], i[1]));
        }
        return sb.length() == 0 ? text.get("fy_met_none") : sb.toString();
    }

    static void json(Fitter f, FitResult r, Map<String, Object> est) {
        if (f.classes != null && !f.classes.types().isEmpty()) {
            Map<String, Object> pj = new LinkedHashMap<>();
            pj.put("rule", "A ranks above B when later A buyers were taken before earlier B buyers they met in the queue in more than "
                    + Overtaking.ABOVE + " of meetings and that share's 95% interval lies above B's over A; class = number of types ranked below");
            pj.put("first_come_first_served", f.classes.fcfs());
            pj.put("overtaking_within_a_type", f.classes.withinShare());
            pj.put("within_a_type_max", Overtaking.WITHIN_MAX);
            pj.put("classes_estimated", !f.classes.notOneQueue());
            Map<String, Object> pairs = new LinkedHashMap<>();
            List<String> types = f.classes.types();
            for (int a = 0; a < types.size(); a++) {
                for (int b = 0; b < types.size(); b++) {
                    long met = f.classes.met()[a][b];
                    if (met == 0) continue;
                    double[] i = f.classes.interval(a, b);
                    pairs.put(name(r, types.get(a)) + " over " + name(r, types.get(b)), io.kefusim.scenario.ScenarioWriter.ordered(
                            "met", met, "overtook", f.classes.overtook()[a][b], "share", f.classes.share(a, b), "ci95", List.of(i[0], i[1])));
                }
            }
            pj.put("pairs", pairs);
            Map<String, Object> cls = new LinkedHashMap<>();
            f.classes.classes().forEach((t, c) -> cls.put(name(r, t), c));
            pj.put("classes", cls);
            est.put("priority", pj);
        }
        if (f.retrials != null && !f.callbacks.isEmpty()) {
            Map<String, Object> rj = new LinkedHashMap<>();
            rj.put("rule", "a contact that gave up at g is retried when the same caller's next contact that reached the queue arrives within "
                    + io.kefusim.scenario.Durations.format(Callbacks.WINDOW_S) + " of g; later callbacks are new people. Callers without an id are not counted.");
            rj.put("window_s", Callbacks.WINDOW_S);
            rj.put("written", f.writesRetrials());
            // fitM: every contact taken out, whatever the reason (the returns after a late reply too); by reason in fit.json's taken_out_of_arrivals
            rj.put("retried_contacts_taken_out_of_arrivals", f.takenOut());
            rj.put("all", estimateJson(f.retrials.all(), false));
            Map<String, Object> bt = new LinkedHashMap<>();
            f.retrials.byType().forEach((t, e) -> bt.put(name(r, t), estimateJson(e, false)));
            rj.put("by_type", bt);
            Map<String, Object> lj = new LinkedHashMap<>();
            lj.put("rule", "an answered contact whose same caller's next contact that reached the queue arrives within " + io.kefusim.scenario.Durations.format(Callbacks.WINDOW_S)
                    + " of its close came back; after = the change point in the first response where the share who came back rises most likely (two binomials);"
                    + " probability = (late share − in-time share) / (1 − in-time share) / delays within the window; identified when the late share's 95% interval lies above the in-time share's");
            Map<String, Object> lb = new LinkedHashMap<>();
            f.retrials.late().forEach((t, l) -> lb.put(name(r, t), lateJson(l)));
            lj.put("by_type", lb);
            rj.put("after_late_reply", lj);
            est.put("retrials", rj);
        }
    }

    private static String name(FitResult r, String recorded) {
        return r.typeNames.getOrDefault(recorded, recorded);
    }

    private static Map<String, Object> estimateJson(Callbacks.Estimate e, boolean pooled) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gave_up_identified", e.abandoned());
        m.put("came_back", e.retried());
        m.put("probability", FittedScenario.nanToNull(e.probability()));
        double[] pi = e.probabilityInterval(), di = e.delayInterval();
        m.put("probability_ci95", java.util.Arrays.asList(FittedScenario.nanToNull(pi[0]), FittedScenario.nanToNull(pi[1])));
        m.put("delay_mean_s", FittedScenario.nanToNull(e.meanDelay()));
        m.put("delay_mean_ci95", java.util.Arrays.asList(FittedScenario.nanToNull(di[0]), FittedScenario.nanToNull(di[1])));
        m.put("share_within_window", FittedScenario.nanToNull(e.shareWithinWindow()));
        m.put("delays_within_window", e.withinWindow());
        if (pooled) m.put("pooled", true);
        return m;
    }
}
