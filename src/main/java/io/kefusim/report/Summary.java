package io.kefusim.report;

import io.kefusim.metrics.AgentTime;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.Money;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Builds the {@code summary.json} tree (SCENARIO.md "Results"): every figure is an
 * {@link Estimate} over replications; percentiles come from histograms merged over
 * replications and are written {@code {"value": x}}. Nothing here depends on run time or
 * thread count, so the same seed gives the same file byte for byte.
 */
public final class Summary {
    public static final double[] PERCENTILES = {50, 80, 90, 95, 99};

    /** A figure read off merged histograms rather than averaged over replications. */
    public record Value(Double value) {}

    private final Scenario s;
    private final List<ReplicationMetrics> reps;
    private final String[] labels;
    private final List<Warning> warnings;
    private final Money money;

    /** With the scenario's warnings worked out here (tests, and callers that did not print them). */
    public Summary(Scenario s, List<ReplicationMetrics> reps) {
        this(s, reps, ScenarioSanity.check(s));
    }

    /** @param warnings the scenario's warnings, as the command found and printed them before the run */
    public Summary(Scenario s, List<ReplicationMetrics> reps, List<Warning> warnings) {
        this.s = s;
        this.reps = reps;
        this.labels = s.deadlineLabels();
        this.warnings = warnings;
        this.money = new Money(s);
    }

    public Map<String, Object> build() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", s.name());
        root.put("replications", reps.size());
        root.put("seed", s.seed());
        root.put("first_response_means", firstResponseMeans(s));
        // what a user should know before trusting the figures travels with them (SCENARIO.md)
        root.put("warnings", WarningText.json(warnings));
        Map<String, Object> totals = chatFigures(m -> m.total, true);
        totals.putAll(agentFigures(m -> m.agentTotal, s.horizon() - s.warmup()));
        totals.put("labour_cost", est(m -> Figures.labourCost(s, m)));
        if (s.warmup() > 0) { // the labour set beside the counted buyers (per answered buyer, cost to the shop), and from when
            root.put("counted_from", countedFrom(s));
            totals.put("labour_cost_counted", est(m -> Figures.labourCostCounted(s, m)));
        }
        totals.put("paid_overtime_h", est(Figures::paidOvertimeHours));
        totals.put("paid_overtime_extended_h", est(m -> Figures.paidOvertimeHours(m) - Figures.restDayHours(m) - Figures.holidayHours(m)));
        totals.put("paid_overtime_rest_day_h", est(Figures::restDayHours));
        totals.put("paid_overtime_holiday_h", est(Figures::holidayHours));
        if (s.costs().nightAllowance() > 0) { // costs.night_allowance: its hours and CNY, only when the shop pays one
            totals.put("night_hours", est(Figures::nightHours));
            totals.put("night_allowance", est(m -> Figures.nightAllowance(s, m)));
        }
        totals.put("paid_hours_per_agent_week", est(m -> Figures.paidHoursPerAgentWeek(s, m)));
        totals.put("people_employed", est(m -> Figures.peopleEmployed(s)));
        totals.put("paid_hours_per_person_week", est(m -> Figures.paidHoursPerPersonWeek(s, m)));
        totals.put("labour_cost_per_person", est(m -> Figures.labourCostPerPerson(s, m)));
        totals.put("labour_cost_per_answered", est(m -> Figures.labourCostPerAnswered(s, m)));
        totals.put("unanswered_cost", est(m -> Figures.unansweredCost(s, m)));
        totals.put("lost_sales_recoverable", est(money::recoverableSales));
        if (money.marginForAll()) {
            totals.put("lost_margin", est(money::lostMargin));
            totals.put("lost_margin_recoverable", est(money::recoverableMargin));
        }
        if (s.hasRetrials()) totals.putAll(peopleFigures(m -> m.total));
        root.put("totals", totals);

        Map<String, Object> byType = new LinkedHashMap<>();
        for (int t = 0; t < s.buyers().size(); t++) {
            final int type = t;
            Map<String, Object> f = chatFigures(m -> m.byType[type], true);
            f.put("unanswered_cost", est(m -> Figures.unansweredCost(s, m.byType[type], type)));
            f.put("lost_sales_recoverable", est(m -> money.recoverableSales(m.byType[type], type)));
            if (money.hasMargin(type)) {
                f.put("lost_margin", est(m -> money.lostMargin(m.byType[type], type)));
                f.put("lost_margin_recoverable", est(m -> money.recoverableMargin(m.byType[type], type)));
            }
            if (s.hasRetrials()) f.putAll(peopleFigures(m -> m.byType[type]));
            byType.put(s.buyers().get(t).name(), f);
        }
        root.put("by_type", byType);

        Map<String, Object> byGroup = new LinkedHashMap<>();
        for (int g = 0; g < s.groups().size(); g++) {
            final int group = g;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("accepted", est(m -> m.byGroup[group].accepted));
            f.put("queue_wait", timeFigures(m -> m.byGroup[group], Figures::meanWait, c -> c.wait));
            f.put("first_response", timeFigures(m -> m.byGroup[group], Figures::meanFirstResponse, c -> c.firstResponse));
            f.put("late_replies", late(m -> m.byGroup[group]));
            f.put("avg_response_s", est(m -> Figures.avgResponse(m.byGroup[group])));
            f.putAll(agentFigures(m -> m.agentByGroup[group], s.horizon() - s.warmup()));
            f.put("labour_cost", est(m -> Figures.labourCost(s, m, group)));
            if (s.warmup() > 0) f.put("labour_cost_counted", est(m -> Figures.labourCostCounted(s, m, group)));
            f.put("paid_overtime_h", est(m -> Figures.paidOvertimeHours(m, group)));
            f.put("paid_overtime_extended_h", est(m -> Figures.paidOvertimeHours(m, group) - Figures.restDayHours(m, group) - Figures.holidayHours(m, group)));
            f.put("paid_overtime_rest_day_h", est(m -> Figures.restDayHours(m, group)));
            f.put("paid_overtime_holiday_h", est(m -> Figures.holidayHours(m, group)));
            if (s.costs().nightAllowance() > 0) {
                f.put("night_hours", est(m -> Figures.nightHours(m, group)));
                f.put("night_allowance", est(m -> Figures.nightAllowance(s, m, group)));
            }
            f.put("paid_hours_per_agent_week", est(m -> Figures.paidHoursPerAgentWeek(s, m, group)));
            f.put("people_employed", est(m -> Figures.peopleEmployed(s, group)));
            f.put("paid_hours_per_person_week", est(m -> Figures.paidHoursPerPersonWeek(s, m, group)));
            f.put("labour_cost_per_person", est(m -> Figures.labourCostPerPerson(s, m, group)));
            f.put("labour_cost_per_answered", est(m -> Figures.labourCostPerAnswered(s, m, group)));
            byGroup.put(s.groups().get(g).name(), f);
        }
        root.put("by_group", byGroup);

        Map<String, Object> byDay = new LinkedHashMap<>();
        ReplicationMetrics first = reps.get(0);
        for (int d = 0; d < first.byDay.length; d++) {
            final int day = d;
            if (first.dayLength(d) <= 0) continue; // a day entirely inside the warm-up
            Map<String, Object> f = chatFigures(m -> m.byDay[day], true);
            f.putAll(agentFigures(m -> m.agentByDay[day], first.dayLength(d)));
            f.put("labour_cost", est(m -> Figures.labourCostOfDay(s, m, day)));
            f.put("paid_overtime_h", est(m -> Figures.paidOvertimeHoursOfDay(m, day)));
            f.put("paid_overtime_holiday_h", est(m -> Figures.holidayHoursOfDay(m, day)));
            byDay.put(s.start().toLocalDate().plusDays(d).toString(), f);
        }
        root.put("by_day", byDay);
        root.put("worst_intervals", ShortfallText.json(s, serviceLevelShortfall(s, reps), "service_level", s.serviceLevelGoal()));
        return root;
    }

    /**
     * What first response, its deadlines and the service level count in this run, said in the
     * summary so a reader of the numbers alone knows: chats by the first human reply, calls by the pick-up.
     */
    static String firstResponseMeans(Scenario s) {
        return switch (s.firstResponse()) {
            case FIRST_REPLY -> "first human reply";
            case PICK_UP -> "pick-up";
            case BOTH -> "chat types: first human reply; phone types: pick-up";
        };
    }

        /** The intervals whose mean service level is below the scenario's service_level_goal. */
    public static io.kefusim.metrics.Shortfall serviceLevelShortfall(Scenario s, List<ReplicationMetrics> reps) {
        return io.kefusim.metrics.Shortfall.of(reps, Figures::serviceLevel, s.serviceLevelGoal(), true);
    }

    Map<String, Object> chatFigures(Function<ReplicationMetrics, ChatCell> cell, boolean withPercentiles) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("arrived", est(m -> cell.apply(m).arrived));
        f.put("deflected", est(m -> cell.apply(m).deflected));
        f.put("accepted", est(m -> cell.apply(m).accepted));
        f.put("abandoned", est(m -> cell.apply(m).abandoned));
        f.put("open_at_end", est(m -> cell.apply(m).openAtEnd));
        f.put("abandon_share", est(m -> Figures.abandonShare(cell.apply(m))));
        f.put("queue_wait", timeFigures(cell, Figures::meanWait, withPercentiles ? c -> c.wait : null));
        f.put("time_to_abandon", timeFigures(cell, Figures::meanAbandonTime, withPercentiles ? c -> c.abandonTime : null));
        // everyone who left the queue, taken or gone: the wait of the taken alone looks short when most gave up
        f.put("queue_time_all_mean_s", est(m -> Figures.meanQueueTimeAll(cell.apply(m))));
        f.put("first_response", timeFigures(cell, Figures::meanFirstResponse, withPercentiles ? c -> c.firstResponse : null));
        f.put("service_level", est(m -> Figures.serviceLevel(cell.apply(m))));
        Map<String, Object> missed = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            final int d = i;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("count", est(m -> cell.apply(m).missed[d]));
            one.put("share", est(m -> Figures.missedShare(cell.apply(m), d)));
            missed.put(labels[i], one);
        }
        f.put("missed_deadlines", missed);
        f.put("late_replies", late(cell));
        f.put("avg_response_s", est(m -> Figures.avgResponse(cell.apply(m))));
        f.put("lost_orders", est(m -> cell.apply(m).lostOrders));
        f.put("lost_sales", est(m -> cell.apply(m).lostSales));
        return f;
    }

    /**
     * Issue 25, in scenarios with retrials: the figures above count contacts (a buyer who comes
     * back is one more arrival); these count people. people = arrived - retrials;
     * abandoned_for_good = abandoned contacts whose buyer did not come back;
     * people_abandon_share = abandoned_for_good / (people - deflected).
     */
    private Map<String, Object> peopleFigures(Function<ReplicationMetrics, ChatCell> cell) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("contacts", est(m -> cell.apply(m).arrived));
        f.put("people", est(m -> Figures.people(cell.apply(m))));
        f.put("retrials", est(m -> cell.apply(m).retrials));
        f.put("abandoned_for_good", est(m -> Figures.abandonedForGood(cell.apply(m))));
        f.put("people_abandon_share", est(m -> Figures.peopleAbandonShare(cell.apply(m))));
        return f;
    }

    private Map<String, Object> late(Function<ReplicationMetrics, ChatCell> cell) {
        Map<String, Object> late = new LinkedHashMap<>();
        late.put("count", est(m -> cell.apply(m).lateReplies));
        late.put("share", est(m -> Figures.lateShare(cell.apply(m))));
        return late;
    }

    private Map<String, Object> agentFigures(Function<ReplicationMetrics, AgentTime> time, double seconds) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("agents_on_duty", est(m -> time.apply(m).onDuty / seconds));
        f.put("occupancy", est(m -> Figures.occupancy(time.apply(m))));
        f.put("mean_active_chats", est(m -> Figures.meanActiveChats(time.apply(m))));
        f.put("overtime_h", est(m -> time.apply(m).overtime / 3600));
        return f;
    }

    private Map<String, Object> timeFigures(Function<ReplicationMetrics, ChatCell> cell, ToDoubleFunction<ChatCell> mean,
                                            Function<ChatCell, Histogram> hist) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("mean_s", est(m -> mean.applyAsDouble(cell.apply(m))));
        if (hist != null) {
            List<Histogram> each = new ArrayList<>(reps.size());
            for (ReplicationMetrics m : reps) each.add(hist.apply(cell.apply(m))); // null: already merged into replication 1's
            Histogram merged = ChatCell.mergedForReading(each);
            boolean empty = merged.getTotalCount() == 0;
            for (double p : PERCENTILES) {
                f.put("p" + (int) p + "_s", new Value(empty ? null : merged.getValueAtPercentile(p) / 1000.0));
            }
            f.put("max_s", new Value(empty ? null : merged.getMaxValue() / 1000.0));
        }
        return f;
    }

    public Estimate est(ToDoubleFunction<ReplicationMetrics> f) {
        return Estimate.over(reps, f);
    }

    /** When the counted part of the run starts, the warm-up's end: local time to the minute ("2026-11-10 12:00"). */
    static String countedFrom(Scenario s) {
        return s.start().plusNanos(Math.round(s.warmup() * 1e9)).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
