package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.whatif.Comparison;
import io.kefusim.whatif.Sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * compare.html and sweep.html: a plain-language verdict first (what each plan costs and
 * saves, where the goal still fails), then the charts, then every figure in a table. The
 * verdict's sentences are also written to the JSON, so a script and a reader see one answer.
 */
public final class WhatIfPages {
    private WhatIfPages() {}

    // ---- compare --------------------------------------------------------------------

    /** The verdict of a comparison: the best plan first, then one sentence per plan. */
    public static List<String> compareVerdict(Comparison.Result r, Text text) {
        Scenario base = r.plans().get(0).scenario();
        int sl = WhatIfCharts.index(r.headlines(), "service_level"), labour = labourOfCost(r.headlines()),
                unanswered = WhatIfCharts.index(r.headlines(), "unanswered_cost"), total = WhatIfCharts.index(r.headlines(), "shop_cost_full");
        String within = Words.duration(text, base.serviceLevelTarget());
        List<String> out = new ArrayList<>();
        // a plan whose run expects no buyers costs only its pay: never the cheapest, it is left out and said why
        List<String> unranked = new ArrayList<>();
        int best = -1, first = -1;
        boolean alike = true;
        for (int k = 0; k < r.plans().size(); k++) {
            if (io.kefusim.sanity.NoBuyers.expected(r.plans().get(k).scenario())) {
                unranked.add(text.get("cp_no_buyers", r.plans().get(k).name()));
                continue;
            }
            if (best < 0 || r.cell(k, total).value().meanOrNaN() < r.cell(best, total).value().meanOrNaN()) best = k;
            // cmp13: the ranked plans' totals must be over one period and of one shop's buyers to name a cheapest
            if (first < 0) first = k;
            else alike &= io.kefusim.sanity.PlanMeasures.sameTotals(r.plans().get(first).scenario(), r.plans().get(k).scenario());
        }
        if (best < 0) {
            out.add(text.get("cp_none_ranked"));
        } else if (!alike) {
            // cmp13: totals over another period or of other buyers are not set side by side: no cheapest plan (compare.period_differs, demand_differs)
            // the same period, other buyers only (a variant of demand.scale, "20% more buyers"): named, and why totals are not compared
            // while per-buyer figures are (the same target over the same period)
            List<String> otherBuyers = new ArrayList<>(), otherPeople = new ArrayList<>(), peopleKeys = new ArrayList<>();
            boolean periodToo = false;
            for (int k = 0; k < r.plans().size(); k++) {
                if (k == first || io.kefusim.sanity.NoBuyers.expected(r.plans().get(k).scenario())) continue;
                Scenario a = r.plans().get(first).scenario(), b = r.plans().get(k).scenario();
                if (!io.kefusim.sanity.PlanMeasures.samePeriod(a, b)) periodToo = true;
                else if (!io.kefusim.sanity.PlanMeasures.sameDemand(a, b)) otherBuyers.add(text.get("cp_plan_quoted", r.plans().get(k).name()));
                else if (!io.kefusim.sanity.PlanMeasures.sameBuyers(a, b)) { // goalF: the buyers' value or behaviour set: not a plan the shop can choose
                    otherPeople.add(text.get("cp_plan_quoted", r.plans().get(k).name()));
                    String key = Words.setting(text, a, io.kefusim.sanity.PlanMeasures.buyerKey(a, b));
                    if (!peopleKeys.contains(key)) peopleKeys.add(key);
                }
            }
            if (!periodToo && otherBuyers.isEmpty() && !otherPeople.isEmpty()) out.add(text.get(otherPeople.size() == 1 ? "cp_no_lowest_buyers" : "cp_no_lowest_buyers_many",
                    String.join(text.get("list_sep"), otherPeople), r.plans().get(first).name(), String.join(text.get("list_sep"), peopleKeys),
                    Words.duration(text, base.serviceLevelTarget())));
            else out.add(periodToo || otherBuyers.isEmpty() ? text.get("cp_no_lowest", r.plans().get(0).name())
                    : text.get(otherBuyers.size() == 1 ? "cp_no_lowest_demand" : "cp_no_lowest_demand_many", String.join(text.get("list_sep"), otherBuyers),
                            r.plans().get(first).name(), Words.duration(text, base.serviceLevelTarget())));
        } else {
            // no plan puts money on buyers: its cost to the shop is labour alone, and the verdict says so rather than name the lowest cost to the shop;
            // with a warm-up the figure is the labour after it (the cost the run counts), named so (staffH)
            boolean labourOnly = r.plans().stream().allMatch(p -> io.kefusim.metrics.Money.noMoneyOnBuyers(p.scenario()));
            String bestSentence = labourOnly ? text.get(r.plans().get(best).scenario().warmup() > 0 ? "cp_best_labour_warmup" : "cp_best_labour", r.plans().get(best).name(), Format.whole(r.cell(best, total).value().mean()), text.get("nm_why"))
                    : text.get(io.kefusim.metrics.Money.marginForAll(base) ? "cp_best_margin" : "cp_best", r.plans().get(best).name(),
                    Format.whole(r.cell(best, total).value().mean()));
            out.add(Words.sentences(text, bestSentence, compareTies(text, r, best, total)));
        }
        out.addAll(unranked);
        out.add(Words.sentences(text, text.get("cp_base", r.plans().get(0).name(), Format.share(r.cell(0, sl).value().mean()), Words.channel(text, base, "wa_within", within),
                Format.whole(r.cell(0, total).value().mean())), worst(text, base, r.runs().get(0))));
        boolean margin = io.kefusim.metrics.Money.marginForAll(base);
        for (int k = 1; k < r.plans().size(); k++) {
            Comparison.Cell l = r.cell(k, labour), u = r.cell(k, unanswered), t = r.cell(k, total), q = r.cell(k, sl);
            if (!comparable(r, k)) {
                // a run with no buyers (this plan's or the base's): a difference would set empty figures against a day of buyers
                Scenario plan = r.plans().get(k).scenario();
                boolean own = io.kefusim.sanity.NoBuyers.expected(plan);
                out.add(Words.sentences(text, own ? text.get("cp_plan_not_compared", r.plans().get(k).name(), r.plans().get(0).name(),
                                io.kefusim.sanity.NoBuyers.span(plan), Format.whole(t.value().mean()))
                        : text.get("cp_plan_base_empty", r.plans().get(k).name(), r.plans().get(0).name(), io.kefusim.sanity.NoBuyers.span(base),
                                Format.share(q.value().mean()), Words.channel(text, plan, "wa_within", within), Format.whole(t.value().mean())),
                        worst(text, plan, r.runs().get(k))));
                continue;
            }
            // the parts of the one total compare ranks by, so they add up: labour + lost sales (margin) in full + unanswered buyers
            // (the loss is the total less the other two, replication by replication: in margin when the total is)
            Scenario plan = r.plans().get(k).scenario();
            if (t.difference().mean() == null || q.difference().mean() == null) {
                // cmp13: measured otherwise than the baseline (another target, period or buyers): its own figures, no difference of them
                out.add(Words.sentences(text, text.get("cp_plan_apart", r.plans().get(k).name(), ownCost(text, r, k, t, l, u, margin),
                        ownShare(text, r, k, q)), worst(text, plan, r.runs().get(k))));
                continue;
            }
            double lost = t.difference().mean() - l.difference().mean() - u.difference().mean();
            out.add(Words.sentences(text, text.get(margin ? "cp_plan_margin" : "cp_plan", r.plans().get(k).name(),
                    Format.signedWhole(t.difference().mean()), text.get(t.real() ? "cp_real" : "cp_not_real"), Format.signedWhole(l.difference().mean()),
                    Format.signedWhole(lost), Format.signedWhole(u.difference().mean()),
                    Format.share(q.value().mean()), Words.channel(text, plan, "wa_within", within), Format.signedPoints(q.difference().mean(), Format.pointDecimals(q.difference().mean())), text.get(q.real() ? "cp_real" : "cp_not_real")),
                    worst(text, r.plans().get(k).scenario(), r.runs().get(k))));
        }
        return out;
    }

    /**
     * Which other ranked plans cost not distinguishably more than the lowest, as sweep says of its points
     * ({@link #ties}): each plan's cost to the shop less the lowest's, paired replication by replication (the
     * same buyers), "not distinguishable" when its 95% interval holds zero; null when no other plan is ranked.
     */
    static String compareTies(Text text, Comparison.Result r, int best, int total) {
        List<String> tied = new ArrayList<>();
        int others = 0;
        for (int k = 0; k < r.plans().size(); k++) {
            if (k == best || io.kefusim.sanity.NoBuyers.expected(r.plans().get(k).scenario())) continue;
            others++;
            Comparison.Cell c = Comparison.versus(r, k, best, total);
            // the same cost in every replication: "(0 CNY)" beside the cheapest's "(23,826 CNY)" read as this plan's cost (tester26)
            if (!c.real()) tied.add(zero(c.difference()) ? text.get("cp_tie_same", r.plans().get(k).name())
                    : text.get("cp_tie_item", r.plans().get(k).name(), signed(text, "CNY", c.difference())));
        }
        if (others == 0) return null;
        return tieSentence(text, tied, "cp_tie", "cp_tie_none");
    }

    /** compare's and sweep's clause after the cheapest: the ones not distinguishable from it ({@code some}), or that every other costs more ({@code none}). */
    private static String tieSentence(Text text, List<String> tied, String some, String none) {
        return tied.isEmpty() ? text.get(none) : text.get(some, String.join(text.get("group_sep"), tied));
    }

    /**
     * Whether plan {@code k}'s differences to the first plan are shown: not when either run expects no buyers
     * ({@code demand.no_buyers}, left out of the ranking), whose figures about buyers are empty and whose cost is only pay.
     */
    public static boolean comparable(Comparison.Result r, int k) {
        return k > 0 && !io.kefusim.sanity.NoBuyers.expected(r.plans().get(0).scenario()) && !io.kefusim.sanity.NoBuyers.expected(r.plans().get(k).scenario());
    }

    /** cmp13: a later plan's cost clause: against the baseline when its totals are alike, else its own total over its own period. */
    private static String ownCost(Text text, Comparison.Result r, int k, Comparison.Cell t, Comparison.Cell l, Comparison.Cell u, boolean margin) {
        if (t.difference().mean() == null) {
            // the reason, as it is: another period (compare.period_differs), other buyers (compare.demand_differs), or both
            Scenario s = r.plans().get(k).scenario(), base = r.plans().get(0).scenario();
            String baseName = r.plans().get(0).name(), cost = Format.whole(t.value().mean());
            if (io.kefusim.sanity.PlanMeasures.samePeriod(base, s) && io.kefusim.sanity.PlanMeasures.sameDemand(base, s)) // goalF: the buyers' value or behaviour
                return text.get("cp_cost_own_buyers", cost, baseName, Words.setting(text, base, io.kefusim.sanity.PlanMeasures.buyerKey(base, s)));
            if (io.kefusim.sanity.PlanMeasures.samePeriod(base, s)) return text.get("cp_cost_own_demand", cost, baseName);
            return text.get(io.kefusim.sanity.PlanMeasures.sameDemand(base, s) ? "cp_cost_own" : "cp_cost_own_both", cost,
                    Words.duration(text, s.horizon()), s.start().toString().replace('T', ' '), baseName);
        }
        double lost = t.difference().mean() - l.difference().mean() - u.difference().mean();
        return text.get(margin ? "cp_cost_diff_margin" : "cp_cost_diff", Format.signedWhole(t.difference().mean()), text.get(t.real() ? "cp_real" : "cp_not_real"),
                Format.signedWhole(l.difference().mean()), Format.signedWhole(lost), Format.signedWhole(u.difference().mean()));
    }

    /** cmp13: a later plan's service-level clause: against the baseline within the same target, else its own target said. */
    private static String ownShare(Text text, Comparison.Result r, int k, Comparison.Cell q) {
        Scenario s = r.plans().get(k).scenario(), base = r.plans().get(0).scenario();
        String within = Words.channel(text, s, "wa_within", Words.duration(text, s.serviceLevelTarget()));
        if (q.difference().mean() == null) return text.get("cp_sl_own", Format.share(q.value().mean()), within,
                r.plans().get(0).name(), Words.duration(text, base.serviceLevelTarget()));
        return text.get("cp_sl_diff", Format.share(q.value().mean()), within,
                Format.signedPoints(q.difference().mean(), Format.pointDecimals(q.difference().mean())), text.get(q.real() ? "cp_real" : "cp_not_real"));
    }

    /**
     * cmp13: a figure's label in compare's table: the service level, when the plans count it within
     * different targets, is named without one, and each plan's cell says its own ({@link #ownTarget}).
     */
    /** The labour the cost to the shop counts: after the warm-up when there is one ({@code labour_cost_counted}), else the labour cost. */
    static int labourOfCost(List<Headline> headlines) {
        for (int i = 0; i < headlines.size(); i++) if (headlines.get(i).key().equals("labour_cost_counted")) return i;
        return WhatIfCharts.index(headlines, "labour_cost");
    }

    public static String label(Text text, Comparison.Result r, String key) {
        if (key.equals("service_level") && !r.targetsAlike()) return text.get("cp_sl_own_label");
        return Words.figure(text, r.plans().get(0).scenario(), key);
    }

    /** cmp13: a plan's service-level cell with its own target, when the plans' targets differ ("29.7% within 30 s"). */
    public static String ownTarget(Text text, Comparison.Result r, int k, String key, String cell) {
        if (!key.equals("service_level") || r.targetsAlike()) return cell;
        return text.get("cp_sl_cell", cell, Words.duration(text, r.plans().get(k).scenario().serviceLevelTarget()));
    }

    /** The worst-hours sentence of one plan's replications (the run report's, for its goal). */
    static String worst(Text text, Scenario s, List<ReplicationMetrics> reps) {
        return ShortfallText.sentence(text, s, worstSection(s, reps), text.get("sf_service_level"), Format.share(s.serviceLevelGoal()), true);
    }

    public static Map<String, Object> worstSection(Scenario s, List<ReplicationMetrics> reps) {
        return ShortfallText.json(s, Summary.serviceLevelShortfall(s, reps), "service_level", s.serviceLevelGoal());
    }

    /** The compared plans' scenarios by name. */
    public static Map<String, Scenario> plans(Comparison.Result r) {
        Map<String, Scenario> out = new java.util.LinkedHashMap<>();
        for (var plan : r.plans()) out.put(plan.name(), plan.scenario());
        return out;
    }

    /** Each plan's warnings as compare's page and compare.json show them: the scenario's, then a seed or replications the first plan's replaced. */
    public static Map<String, List<io.kefusim.sanity.Warning>> warnings(Comparison.Result r) {
        Map<String, Scenario> given = new java.util.LinkedHashMap<>();
        for (var plan : r.given()) given.put(plan.name(), plan.scenario());
        return WarningText.merged(WarningText.of(plans(r)), io.kefusim.sanity.RunAlignment.check(given));
    }

    /** Issue 31: each plan's demand split (compare.json's {@code demand_uncertainty}), by plan name; null when every plan's demand is known. */
    public static Map<String, Object> compareDemandSpread(Comparison.Result r) {
        Map<String, List<ReplicationMetrics>> reps = new java.util.LinkedHashMap<>();
        for (int k = 0; k < r.plans().size(); k++) reps.put(r.plans().get(k).name(), r.runs().get(k));
        return DemandSpreadText.byPlan(plans(r), reps);
    }

    /** The comparison table's head: the figure, then each plan and (after the first) its paired difference. */
    public static List<String> compareHead(Comparison.Result r, Text text) {
        List<String> head = new ArrayList<>(List.of(text.get("wf_figure")));
        for (int k = 0; k < r.plans().size(); k++) {
            head.add(r.plans().get(k).name());
            if (k > 0) head.add(text.get("cp_diff_col", r.plans().get(0).name()));
        }
        return head;
    }

    /** Whether some plan's recoverable-by-staffing estimate is below 0 (its cell reads about 0, a note says why). */
    static boolean anyRecoverableBelowZero(Comparison.Result r) {
        for (int h = 0; h < r.headlines().size(); h++)
            if (shown(r.headlines().get(h)) && RecoverableWords.isRecoverable(r.headlines().get(h).key()))
                for (int k = 0; k < r.plans().size(); k++) if (RecoverableWords.belowZero(r.cell(k, h).value())) return true;
        return false;
    }

    /** The comparison table's rows (compare.html and the studio): a difference marked * is real at 95%. */
    public static List<List<String>> compareRows(Comparison.Result r, Text text) {
        Scenario base = r.plans().get(0).scenario();
        List<List<String>> rows = new ArrayList<>();
        for (int h = 0; h < r.headlines().size(); h++) {
            Headline f = r.headlines().get(h);
            if (!shown(f)) continue;
            List<String> row = new ArrayList<>(List.of(label(text, r, f.key())));
            for (int k = 0; k < r.plans().size(); k++) {
                Comparison.Cell c = r.cell(k, h);
                row.add(ownTarget(text, r, k, f.key(), RecoverableWords.isRecoverable(f.key()) ? RecoverableWords.cell(text, c.value(), withCi(f.unit(), c.value())) : withCi(f.unit(), c.value())));
                if (k > 0) row.add(!comparable(r, k) ? text.get("cp_not_compared")
                        : c.difference().mean() == null && c.value().mean() != null ? text.get("cp_not_compared_apart")
                        : signed(text, f.unit(), c.difference()) + (c.real() ? " *" : ""));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Whether compare shows a figure on its console and page: all but labour + lost sales, which adds
     * revenue to pay one to one (money.md) and would stand beside the one total compare ranks by,
     * the cost to the shop, disagreeing with it. compare.csv and compare.json keep it for scripts.
     */
    public static boolean shown(Headline f) {
        // one total: shop_cost_full (lost sales in full: a plan may change the reply time); shop_cost, the
        // staffing objective's (only what staffing can recover), stays in compare.json and compare.csv
        return !f.key().equals("labour_cost_plus_lost_sales") && !f.key().equals("shop_cost");
    }

    public static void writeCompare(Path dir, Comparison.Result r, Text text, Map<String, String> svgs, List<String> verdict) throws IOException {
        Scenario base = r.plans().get(0).scenario();
        Pages p = new Pages(text, text.get("cp_title") + " — " + base.name(),
                text.get("cp_sub", base.replications(), base.seed(), r.plans().get(0).name()));
        p.warnings(warnings(r));
        p.verdict(verdict.get(0)).bullets(verdict.subList(1, verdict.size()));
        p.demandSpread(compareDemandSpread(r), Map.of()); // issue 31: plans are named by their own names
        p.heading(text.get("html_charts"));
        for (Map.Entry<String, String> e : svgs.entrySet()) p.svg(e.getKey(), e.getValue());
        p.heading(text.get("html_tables"));
        p.table(compareHead(r, text), compareRows(r, text));
        p.para(text.get("cp_footnote", text.get("wf_real"), text.get("cp_how")));
        if (anyRecoverableBelowZero(r)) p.para(text.get("rc_compare_note"));
        p.write(dir.resolve("compare.html"));
    }

    // ---- sweep ----------------------------------------------------------------------

    /** A point's values in words: "agents: presale on night = 8". */
    static String pointWords(Text text, Sweep.Result r, Sweep.Point p) {
        Scenario s = r.points().get(0).scenario();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < r.varies().size(); i++) {
            parts.add(Words.setting(text, s, r.varies().get(i).key()) + " = " + Words.value(text, r.varies().get(i), p.values().get(i)));
        }
        return String.join(text.chinese() ? "，" : ", ", parts);
    }

    /**
     * The verdict of a sweep: how the service level moves along the first key, at which
     * values the goal holds (per value of the second key, if any), and the cheapest point.
     */
    public static List<String> sweepVerdict(Sweep.Result r, Text text) {
        Scenario s = r.points().get(0).scenario();
        int sl = WhatIfCharts.index(r.headlines(), "service_level"), labour = labourOfCost(r.headlines()),
                total = WhatIfCharts.index(r.headlines(), WhatIfCharts.SWEEP_COST); // as compare's: a sweep may vary the reply time
        Sweep.Vary vx = r.varies().get(0);
        String within = Words.duration(text, s.serviceLevelTarget()), goal = Format.share(s.serviceLevelGoal()), xWords = Words.setting(text, s, vx.key());
        List<String> out = new ArrayList<>();
        // the goal varied: it changes only which points hold it, never a simulated figure; said first, under the table (t16)
        if (goalVaries(r)) out.add(text.get("sw_goal_judgement_only", Words.setting(text, s, "service_level_goal")));
        int met = 0;
        List<String> groups = new ArrayList<>();
        List<String> seconds = r.varies().size() == 2 ? r.varies().get(1).values() : java.util.Collections.singletonList(null);
        for (String second : seconds) {
            List<String> at = new ArrayList<>();
            for (Sweep.Point p : r.points()) {
                if (second != null && !p.values().get(1).equals(second)) continue;
                Estimate e = p.figures()[sl];
                if (e.mean() != null && e.mean() - (e.ci95() == null ? 0 : e.ci95()) >= p.scenario().serviceLevelGoal()) {
                    at.add(Words.value(text, vx, p.values().get(0)));
                }
            }
            met += at.size();
            String list = at.isEmpty() ? text.get("sw_nowhere") : String.join(text.get("list_sep"), at);
            groups.add(second == null ? list : text.get("sw_with", Words.setting(text, s, r.varies().get(1).key()),
                    Words.value(text, r.varies().get(1), second), list));
        }
        // the service-level target varied: each point's share is within its own target, never the first point's
        boolean ownTarget = targetVaries(r);
        if (r.varies().size() == 1) {
            Sweep.Point first = r.points().get(0), last = r.points().get(r.points().size() - 1);
            if (ownTarget) {
                out.add(Words.channel(text, s, "sw_range_own", Format.share(first.figures()[sl].mean()), Words.value(text, vx, first.values().get(0)),
                        Words.duration(text, first.scenario().serviceLevelTarget()), Format.share(last.figures()[sl].mean()),
                        Words.value(text, vx, last.values().get(0)), Words.duration(text, last.scenario().serviceLevelTarget()), xWords));
            } else if (sameEverywhere(r, sl)) {
                // a key that moves no buyer (a cost, a goal): "goes from 89.9% to 89.9%" would read as a change
                out.add(text.get("sw_range_same", Words.channel(text, s, "wa_within", within), Format.share(first.figures()[sl].mean()), Words.value(text, vx, first.values().get(0)),
                        Words.value(text, vx, last.values().get(0)), xWords));
            } else if (sameServiceLevel(r, sl)) {
                // the share alone is the same (a quiet desk's second agent): say it is, and that the key moves the rest
                out.add(text.get("sw_range_same_sl", Words.channel(text, s, "wa_within", within), Format.share(first.figures()[sl].mean()), Words.value(text, vx, first.values().get(0)),
                        Words.value(text, vx, last.values().get(0)), xWords));
            } else {
                out.add(text.get("sw_range", Words.channel(text, s, "wa_within", within), Format.share(first.figures()[sl].mean()), Words.value(text, vx, first.values().get(0)),
                        Format.share(last.figures()[sl].mean()), Words.value(text, vx, last.values().get(0)), xWords));
            }
        }
        String held = String.join(text.get("group_sep"), groups);
        // the service-level goal varied: each point was judged on its own goal, and the sentence names their range, never the first point's
        if (goalVaries(r)) out.add(ownGoals(text, r, ownTarget ? text.get("sw_own_target") : within, met, xWords, held));
        else out.add(ownTarget ? Words.channel(text, s, "sw_goal_own", goal, met, r.points().size(), xWords, held)
                : Words.channel(text, s, "sw_goal", goal, within, met, r.points().size(), xWords, held));
        // a point whose run expects no buyers costs only its pay: left out of the cheapest, and said
        List<Sweep.Point> ranked = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Sweep.Point p : r.points()) {
            if (io.kefusim.sanity.NoBuyers.expected(p.scenario())) empty.add(pointWords(text, r, p));
            else ranked.add(p);
        }
        if (!empty.isEmpty()) out.add(text.get("sw_no_buyers", String.join(text.get("group_sep"), empty)));
        if (ranked.isEmpty()) return out;
        for (Sweep.Point p : ranked) if (!io.kefusim.sanity.PlanMeasures.samePeriod(ranked.get(0).scenario(), p.scenario())) {
            // cmp13: totals over different periods are not set side by side: no cheapest point (sweep.period_varies)
            out.add(text.get("sw_no_lowest", xWords));
            return out;
        }
        for (Sweep.Point p : ranked) if (!io.kefusim.sanity.PlanMeasures.sameDemand(ranked.get(0).scenario(), p.scenario())) {
            // totals of other buyers are not set side by side, as compare's (compare.demand_differs): no cheapest point (sweep.demand_varies)
            out.add(text.get("sw_no_lowest_demand", demandWords(text, r)));
            return out;
        }
        for (Sweep.Point p : ranked) if (!io.kefusim.sanity.PlanMeasures.sameBuyers(ranked.get(0).scenario(), p.scenario())) {
            // goalF: points whose buyers are worth otherwise or behave otherwise (order value, patience, ...) are not plans to choose
            // among: the cost is lowest at cheaper orders or more patient buyers only because of them (sweep.demand_varies)
            out.add(text.get("sw_no_lowest_buyers", keyWords(text, r, io.kefusim.sanity.PlanMeasures::sameBuyers)));
            return out;
        }
        Sweep.Point best = ranked.get(0);
        for (Sweep.Point p : ranked) if (p.figures()[total].meanOrNaN() < best.figures()[total].meanOrNaN()) best = p;
        boolean margin = io.kefusim.metrics.Money.marginForAll(s);
        if (ranked.size() > 1 && sameEverywhere(ranked, total)) {
            // every point costs the same (the varied key reaches nothing, or nothing it changes costs): no point is "lowest"
            // its worst hours are one point's: named, as no sentence before names it
            out.add(Words.sentences(text, text.get(margin ? "sw_best_same_margin" : "sw_best_same",
                    Format.whole(best.figures()[total].mean()), Format.whole(best.figures()[labour].mean())),
                    text.get("sw_worst_at", pointWords(text, r, best), worst(text, best.scenario(), best.reps()))));
            return out;
        }
        // the cost is labour + the lost sales (margin) in full + unanswered buyers' cost (shop_cost_full), its parts named so;
        // labour alone when no point puts money on buyers, and said so rather than name the lowest cost to the shop
        boolean labourOnly = ranked.stream().allMatch(p -> io.kefusim.metrics.Money.noMoneyOnBuyers(p.scenario()));
        out.add(Words.sentences(text, labourOnly ? text.get(best.scenario().warmup() > 0 ? "sw_best_labour_warmup" : "sw_best_labour", pointWords(text, r, best), Format.whole(best.figures()[total].mean()), text.get("nm_why"))
                : text.get(margin ? "sw_best_margin" : "sw_best", pointWords(text, r, best),
                Format.whole(best.figures()[total].mean()), Format.whole(best.figures()[labour].mean())), ties(text, r, ranked, best, total),
                ownTarget ? text.get("sw_worst_at", pointWords(text, r, best), worst(text, best.scenario(), best.reps())) : worst(text, best.scenario(), best.reps())));
        return out;
    }

    /** Each point's warnings as sweep's page and sweep.json show them: the scenario's, then a period or buyers other than the first point's (cmp13). */
    public static Map<String, List<io.kefusim.sanity.Warning>> sweepWarnings(Sweep.Result r) {
        Map<String, Scenario> points = Sweep.byPoint(r.points());
        return WarningText.merged(WarningText.of(points), io.kefusim.sanity.PlanMeasures.sweep(points));
    }

    /**
     * The varied keys that change the buyers, in words: a key is named when two points that differ only in it
     * serve different buyers (with two keys, the second may be what changes them); every key when none alone does.
     */
    static String demandWords(Text text, Sweep.Result r) {
        return keyWords(text, r, io.kefusim.sanity.PlanMeasures::sameDemand);
    }

    /** The varied keys that change what {@code same} tells apart, in words (see {@link #demandWords}). */
    static String keyWords(Text text, Sweep.Result r, java.util.function.BiPredicate<Scenario, Scenario> same) {
        Scenario s = r.points().get(0).scenario();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < r.varies().size(); i++) {
            boolean changes = false;
            for (Sweep.Point a : r.points()) for (Sweep.Point b : r.points()) {
                boolean onlyHere = true;
                for (int j = 0; j < r.varies().size(); j++) if (j != i && !a.values().get(j).equals(b.values().get(j))) onlyHere = false;
                if (onlyHere && !same.test(a.scenario(), b.scenario())) changes = true;
            }
            if (changes) keys.add(Words.setting(text, s, r.varies().get(i).key()));
        }
        if (keys.isEmpty()) for (Sweep.Vary v : r.varies()) keys.add(Words.setting(text, s, v.key()));
        return String.join(" × ", keys);
    }

    /**
     * Which other points cost not distinguishably more than the cheapest: each point's difference to it
     * paired replication by replication (the same buyers), as compare pairs a plan with the base, "not
     * distinguishable" when the 95% interval of the difference holds zero; null when there is no other point.
     */
    static String ties(Text text, Sweep.Result r, List<Sweep.Point> ranked, Sweep.Point best, int total) {
        if (ranked.size() < 2) return null;
        List<String> tied = new ArrayList<>();
        for (Sweep.Point p : ranked) {
            if (p == best) continue;
            Comparison.Cell c = Sweep.versus(r, p, best, total);
            if (!c.real()) tied.add(text.get("sw_tie_item", pointWords(text, r, p), signed(text, "CNY", c.difference())));
        }
        return tieSentence(text, tied, "sw_tie", "sw_tie_none");
    }

    /** Whether the points' service-level targets differ (the target is varied): then no one target names the service level. */
    public static boolean targetVaries(Sweep.Result r) {
        double first = r.points().get(0).scenario().serviceLevelTarget();
        for (Sweep.Point p : r.points()) if (p.scenario().serviceLevelTarget() != first) return true;
        return false;
    }

    /** Whether the points' service-level goals differ (the goal is varied): then no one share is "the goal". */
    public static boolean goalVaries(Sweep.Result r) {
        double first = r.points().get(0).scenario().serviceLevelGoal();
        for (Sweep.Point p : r.points()) if (p.scenario().serviceLevelGoal() != first) return true;
        return false;
    }

    /** The goal sentence when each point has its own goal: "Each point's own goal (70.0% to 90.0% answered within 2 min), judged …". */
    static String ownGoals(Text text, Sweep.Result r, String within, int met, String xWords, String held) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Sweep.Point p : r.points()) {
            lo = Math.min(lo, p.scenario().serviceLevelGoal());
            hi = Math.max(hi, p.scenario().serviceLevelGoal());
        }
        // a phone desk's goal is a pick-up, a mixed desk's a reply or a pick-up (Words.channel)
        return Words.channel(text, r.points().get(0).scenario(), "sw_goal_each", Format.share(lo), Format.share(hi), within, met, r.points().size(), xWords, held);
    }

    /** The service level's short head: "answered in 2 min", or "answered in the point's target" when the target varies. */
    public static String serviceLevelHead(Text text, Sweep.Result r) {
        Scenario s = r.points().get(0).scenario();
        return targetVaries(r) ? Words.answered(text, s, "ws_service_level", text.get("sw_own_target")) : Words.figureShort(text, s, "service_level");
    }

    /** Whether every one of these points' mean of figure {@code k} is the same number (to the last digit). */
    private static boolean sameEverywhere(List<Sweep.Point> points, int k) {
        double first = points.get(0).figures()[k].meanOrNaN();
        for (Sweep.Point p : points) if (Double.compare(p.figures()[k].meanOrNaN(), first) != 0) return false;
        return true;
    }

    /**
     * Issue 31: each point's demand split (sweep.json's points' {@code demand_uncertainty}), keyed
     * by the point's words ("agents … = 8"); null when no point's demand is uncertain.
     */
    public static Map<String, Object> sweepDemandSpread(Sweep.Result r, Text text) {
        Map<String, Scenario> plans = new java.util.LinkedHashMap<>();
        Map<String, List<ReplicationMetrics>> reps = new java.util.LinkedHashMap<>();
        for (Sweep.Point p : r.points()) {
            String key = pointWords(text, r, p);
            plans.put(key, p.scenario());
            reps.put(key, p.reps());
        }
        return DemandSpreadText.byPlan(plans, reps);
    }

    public static void writeSweep(Path dir, Sweep.Result r, Text text, Map<String, String> svgs, List<String> verdict) throws IOException {
        Scenario s = r.points().get(0).scenario();
        List<String> keys = r.varies().stream().map(v -> Words.setting(text, s, v.key())).toList();
        Pages p = new Pages(text, text.get("sw_title") + " — " + s.name(), text.get("sw_sub", String.join(" × ", keys), s.replications(), s.seed()));
        p.warnings(sweepWarnings(r));
        p.verdict(verdict.get(0)).bullets(verdict.subList(1, verdict.size()));
        p.demandSpread(sweepDemandSpread(r, text), Map.of()); // issue 31
        p.heading(text.get("html_charts"));
        for (Map.Entry<String, String> e : svgs.entrySet()) p.svg(e.getKey(), e.getValue());
        p.heading(text.get("html_tables"));
        List<String> shown = new ArrayList<>(List.of("service_level"));
        r.headlines().stream().map(Headline::key).filter(k -> k.startsWith("missed_")).findFirst().ifPresent(shown::add);
        shown.addAll(List.of("abandon_share", "lost_orders", "lost_sales", "labour_cost", WhatIfCharts.SWEEP_COST));
        List<String> head = new ArrayList<>(keys);
        for (String k : shown) head.add(k.equals("service_level") ? serviceLevelHead(text, r) : Words.figureShort(text, s, k));
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Point pt : r.points()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.varies().size(); i++) row.add(Words.value(text, r.varies().get(i), pt.values().get(i)));
            for (String k : shown) {
                int h = WhatIfCharts.index(r.headlines(), k);
                row.add(withCi(r.headlines().get(h).unit(), pt.figures()[h]));
            }
            rows.add(row);
        }
        p.table(head, rows);
        p.para(text.get("sw_how"));
        p.write(dir.resolve("sweep.html"));
    }

    // ---- formatting -----------------------------------------------------------------


    static String withCi(String unit, Estimate e) {
        if (e.mean() == null) return "–";
        return Format.byUnit(unit, e.mean()) + (e.ci95() == null ? "" : " ±" + Format.byUnit(unit, e.ci95()));
    }

    public static String signed(Text text, String unit, Estimate e) {
        if (e == null || e.mean() == null) return "–";
        if (zero(e)) return "0"; // no difference at all, and no spread of it: "0", not "±0 ±0"
        int d = Format.pointDecimals(e.mean(), e.ci95());
        String v = unit.equals("share") ? Format.signedPoints(e.mean(), d) : unit.equals("CNY") ? Format.signedWhole(e.mean())
                : (e.mean() >= 0 ? "+" : "−") + Format.one(Math.abs(e.mean()));
        String h = e.ci95() == null ? "" : " ±" + (unit.equals("share") ? Format.points(e.ci95(), d) : Format.byUnit(unit, e.ci95()));
        // a difference of shares in percentage points, its unit after the half-width: "+5.8 ±1.2 points", not "%"
        return v + h + (unit.equals("share") ? text.get("pts") : "");
    }

    /** Whether a difference is exactly 0 in every replication: its mean and its 95% half-width both 0. */
    public static boolean zero(Estimate e) {
        return e != null && e.mean() != null && e.mean() == 0.0 && (e.ci95() == null || e.ci95() == 0.0);
    }

    /** Whether every point's service level is the same number. */
    private static boolean sameServiceLevel(Sweep.Result r, int sl) {
        Double v = r.points().get(0).figures()[sl].mean();
        for (Sweep.Point p : r.points()) if (v == null || !v.equals(p.figures()[sl].mean())) return false;
        return true;
    }

    /**
     * Whether every point's service figures are the same numbers — service level, missed deadlines, abandonment,
     * queue wait, first response, late replies: the varied key reached no buyer's service. The service level alone
     * is not enough: a second agent on a quiet desk leaves it at 99.6% while the first response falls from 23.1 s
     * to 20.5 s (tester20).
     */
    private static boolean sameEverywhere(Sweep.Result r, int sl) {
        if (!sameServiceLevel(r, sl)) return false;
        for (int h = 0; h < r.headlines().size(); h++) {
            String k = r.headlines().get(h).key();
            boolean service = k.startsWith("missed_") || k.equals("abandon_share") || k.equals("queue_wait_mean_s")
                    || k.equals("first_response_mean_s") || k.equals("late_reply_share");
            if (service && !sameEverywhere(r.points(), h)) return false;
        }
        return true;
    }

}
