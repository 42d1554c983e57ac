package io.kefusim.studio;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.report.HtmlReport;
import io.kefusim.report.IntervalFigures;
import io.kefusim.report.Summary;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.report.WhatIfPages;
import io.kefusim.report.Words;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader.Plan;
import io.kefusim.whatif.Comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page shows of one setting after k replications, tagged with the setting's id so the
 * page never draws figures of two settings together: the run report's headline cards and
 * worst-hours sentence (from {@link HtmlReport}, so the same words, figures and verdicts), its
 * warnings, the interval figures for the charts, and, when a setting is pinned, the compare
 * table and verdict over the replications both have finished (paired: replication r of each
 * saw the same buyers).
 */
final class View {
    private View() {}

    static Map<String, Object> of(LiveRun run, LiveRun pinned, Text text) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", run.id);
        v.put("total", run.total());
        v.put("failure", run.failure());
        v.put("warnings", WarningText.html(text, run.warnings));
        v.put("warning_list", WarningText.json(run.warnings)); // as summary.json holds them: codes for a script driving the studio
        synchronized (LiveRun.LOCK) {
            List<ReplicationMetrics> reps = run.done();
            v.put("done", reps.size());
            v.put("finished", reps.size() == run.total());
            if (reps.isEmpty()) return v;
            Scenario s = run.scenario;
            Map<String, Object> summary = new Summary(s, reps, run.warnings).build();
            v.put("headline", new HtmlReport(s, summary, run.warnings, text).headline());
            v.put("charts", charts(s, IntervalFigures.of(s, reps), text));
            if (pinned != null && pinned != run) {
                v.put("pinnedId", pinned.id);
                v.put("compare", compare(pinned, pinned.done(), run, reps, text));
            }
        }
        return v;
    }

    private static Map<String, Object> charts(Scenario s, List<IntervalFigures> rows, Text text) {
        boolean days = rows.size() > 1 && !rows.get(0).start().toLocalDate().equals(rows.get(rows.size() - 1).start().toLocalDate());
        List<String> labels = new ArrayList<>();
        List<Double> sl = new ArrayList<>(), lo = new ArrayList<>(), hi = new ArrayList<>(), arrived = new ArrayList<>(), onDuty = new ArrayList<>(), lost = new ArrayList<>();
        for (IntervalFigures r : rows) {
            String t = r.start().toString().replace('T', ' ');
            labels.add(days ? t.substring(5, 16) : t.substring(11, 16));
            Estimate e = r.serviceLevel();
            sl.add(pct(e.mean()));
            lo.add(e.mean() == null || e.ci95() == null ? null : pct(Math.max(0, e.mean() - e.ci95())));
            hi.add(e.mean() == null || e.ci95() == null ? null : pct(Math.min(1, e.mean() + e.ci95())));
            arrived.add(round(r.arrived().mean()));
            onDuty.add(round(r.agentsOnDuty().mean()));
            lost.add(round(r.lostSales().mean()));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("labels", labels);
        c.put("serviceLevel", sl);
        c.put("low", lo);
        c.put("high", hi);
        c.put("goal", pct(s.serviceLevelGoal()));
        c.put("arrived", arrived);
        c.put("agents", onDuty);
        c.put("lostSales", lost);
        // the report's axis title: the bars are buyers per interval, not per hour unless the interval is an hour
        c.put("arrivedAxis", s.interval() == 3600 ? text.get("ch_chats_per_hour")
                : text.get("ch_chats_per_interval", Words.duration(text, s.interval())));
        return c;
    }

    private static Map<String, Object> compare(LiveRun pinned, List<ReplicationMetrics> a, LiveRun current, List<ReplicationMetrics> b, Text text) {
        int k = Math.min(a.size(), b.size());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("replications", k);
        if (k < 2) return c; // an interval needs two pairs
        Comparison.Result r = Comparison.compare(List.of(new Plan(text.get("studio_pinned"), pinned.scenario), new Plan(text.get("studio_current"), current.scenario)),
                List.of(a.subList(0, k), b.subList(0, k)));
        c.put("head", WhatIfPages.compareHead(r, text));
        c.put("rows", WhatIfPages.compareRows(r, text));
        c.put("verdict", WhatIfPages.compareVerdict(r, text));
        c.put("note", "* " + text.get("wf_real") + (text.chinese() ? "。" : ". ") + text.get("cp_how"));
        return c;
    }

    private static Double pct(Double share) { return share == null || share.isNaN() ? null : Math.round(share * 1000) / 10.0; }

    private static Double round(Double v) { return v == null || v.isNaN() ? null : Math.round(v * 10) / 10.0; }
}
