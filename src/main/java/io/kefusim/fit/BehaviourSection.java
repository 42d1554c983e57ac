package io.kefusim.fit;

import io.kefusim.report.Pages;
import io.kefusim.report.Text;
import io.kefusim.report.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** fit.html's section on issue 25's estimates: retrials, queue order (priority classes), patience checks and spikes, each with n and 95% intervals. */
final class BehaviourSection {
    private BehaviourSection() {}

    static void write(Pages p, FitResult r, Text text) {
        Fitter f = r.f;
        p.heading(text.get("fit_rt_title"));
        if (f.retrials != null && !f.callbacks.isEmpty()) {
            p.para(text.get("fit_rt_how", Words.duration(text, Callbacks.WINDOW_S)));
            List<List<String>> rows = new ArrayList<>();
            f.retrials.byType().forEach((t, e) -> {
                boolean written = f.writesRetrials(e);
                double[] pi = e.probabilityInterval(), di = e.delayInterval();
                rows.add(List.of(r.typeNames.getOrDefault(t, t), Long.toString(e.abandoned()), Long.toString(e.retried()),
                        written ? String.format(Locale.ROOT, "%.3f (%.3f – %.3f)", e.probability(), pi[0], pi[1]) : text.get("fit_rt_none", FittedScenario.MIN_PER_TYPE),
                        written && !Double.isNaN(di[0]) ? Words.duration(text, e.meanDelay()) + " (" + Words.duration(text, di[0]) + " – " + Words.duration(text, di[1]) + ")" : "-"));
            });
            p.table(List.of(text.get("fit_rt_type"), text.get("fit_rt_gave_up"), text.get("fit_rt_back"), text.get("fit_rt_p"), text.get("fit_rt_delay")), rows);
            f.retrials.late().forEach((t, l) -> { // issue 25: retrials after a late reply, or why not
                String name = r.typeNames.getOrDefault(t, t), window = Words.duration(text, Callbacks.WINDOW_S);
                if (l.identified()) {
                    double[] pi = l.probabilityInterval();
                    p.para(text.get("fit_late_ok", name, l.lateBack(), l.late(), Words.duration(text, Math.floor(l.after())), window, l.inTimeBack(), l.inTime(),
                            l.probability(), pi[0], pi[1]));
                } else {
                    String why = switch (l.why()) {
                        case "few" -> text.get("fit_late_few", l.answered(), FittedScenario.MIN_PER_TYPE + 1);
                        case "none" -> text.get("fit_late_none", l.answered(), window);
                        default -> text.get("fit_late_not_above", l.inTimeBack() + l.lateBack(), l.answered(), window);
                    };
                    p.para(text.get("fit_late_no", name, why));
                }
            });
        }
        if (f.classes != null && !f.classes.types().isEmpty()) {
            String within = pct(f.classes.withinShare());
            if (f.classes.notOneQueue()) p.para(text.get("fit_pc_not_one_queue", within, pct(Overtaking.WITHIN_MAX)));
            else if (f.classes.fcfs()) p.para(text.get("fit_pc_fcfs", within));
            else {
                List<String> cls = new ArrayList<>();
                f.classes.classes().forEach((t, c) -> cls.add(r.typeNames.getOrDefault(t, t) + " " + c));
                p.para(text.get("fit_pc_classes", String.join(text.get("list_sep"), cls)));
            }
        }
        ThetaCheck c = ThetaCheck.of(f.queueByDayHour);
        if (c != null && f.patienceAll.events() > 0) {
            double[] m = c.meanPatience();
            p.para(text.get("fit_theta", c.hours(), Words.duration(text, m[0]), Words.duration(text, m[1]),
                    Double.isInfinite(m[2]) ? "∞" : Words.duration(text, m[2]), Words.duration(text, f.patienceAll.exponentialMean())));
        }
        List<List<String>> wb = new ArrayList<>();
        f.patienceByType.forEach((t, pat) -> {
            if (pat.events() < FittedScenario.MIN_PER_TYPE) return;
            double[] w = pat.weibull();
            if (w == null) return;
            String pv = String.format(Locale.ROOT, "%.3g", w[4]);
            wb.add(List.of(r.typeNames.getOrDefault(t, t), String.format(Locale.ROOT, "%.3f (%.3f – %.3f)", w[0], w[2], w[3]),
                    Words.duration(text, w[1]), text.get(w[4] < 0.05 ? "fit_wb_rejected" : "fit_wb_kept", pv)));
        });
        if (!wb.isEmpty()) p.table(List.of(text.get("fit_rt_type"), text.get("fit_wb_shape"), text.get("fit_wb_scale"), text.get("fit_wb_exp")), wb);
        if (!r.spikes.isEmpty()) {
            List<String> s = new ArrayList<>();
            for (FitResult.Spike sp : r.spikes) s.add(String.format(Locale.ROOT, "%s %02d:00 %.0f/%.0f", r.date(sp.day()), sp.hour(), sp.count(), sp.reference()));
            p.para(text.get("fit_spikes", String.join(text.get("list_sep"), s)));
        }
    }

    private static String pct(double v) { return String.format(Locale.ROOT, "%.1f%%", v * 100); }
}
