package io.kefusim.metrics;

import io.kefusim.TestScenarios;
import io.kefusim.report.Summary;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.DistSpec;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Lost margin and the part of lost sales staffing can recover, against hand-computed cases. */
class MoneyTest {
    private static final Scenario.ConversionFactor STEP =
            new Scenario.ConversionFactor(new double[]{30, 120, 300}, new double[]{1.0, 0.9, 0.7}, 0.5, false);

    @Test
    void keptConversionWithOneReplyTimeIsExactForAStepTable() {
        // R exponential, mean 60 s: F(w) = 1 - exp(-w/60). E[f(R)] = 1.0 F(30) + 0.9 (F(120) - F(30)) + 0.7 (F(300) - F(120)) + 0.5 (1 - F(300))
        // = 0.393469 + 0.424077 + 0.090018 + 0.003369 = 0.9109323
        assertEquals(0.9109322880, Unrecoverable.expectedFactor(STEP, DistSpec.exponential(60), 1), 1e-9);
        // a speed factor of 2 doubles every reply: the same as R of mean 120 s
        assertEquals(Unrecoverable.expectedFactor(STEP, DistSpec.exponential(120), 1), Unrecoverable.expectedFactor(STEP, DistSpec.exponential(60), 2), 1e-12);
        // constant 45 s falls in the 2-min row; an empirical sample averages its rows
        assertEquals(0.9, Unrecoverable.expectedFactor(STEP, DistSpec.constant(45), 1), 0);
        assertEquals((1.0 + 0.9 + 0.5) / 3, Unrecoverable.expectedFactor(STEP, new DistSpec(DistSpec.Kind.EMPIRICAL, 0, 0, new double[]{10, 100, 400}), 1), 1e-12);
    }

    @Test
    void keptConversionWithOneReplyTimeForALinearTable() {
        // f = 1 up to 60 s, falling linearly to 0.4 at 180 s, 0.4 after; R exponential, mean 60 s.
        // E[f(R)] = F(60) + (F(180) - F(60)) - 0.005 E[(R - 60); 60 < R <= 180] + 0.4 (1 - F(180)), with
        // E[(R - a); a < R <= b] = e^(-a/60) (60 (1 - e^(-(b-a)/60)) - (b - a) e^(-(b-a)/60)) = 13.11103
        // = 0.632121 + 0.318092 - 0.065555 + 0.019915 = 0.9045723
        Scenario.ConversionFactor linear = new Scenario.ConversionFactor(new double[]{60, 180}, new double[]{1.0, 0.4}, 0.4, true);
        assertEquals(0.9045722882, Unrecoverable.expectedFactor(linear, DistSpec.exponential(60), 1), 1e-8);
    }

    @Test
    void aCallIsAnsweredAtItsPickUpSoAFreeAgentLosesOnlyWhatTheTableLosesAtZero() {
        // the same desk on the phone: the first response is the pick-up, at once with a free agent,
        // so the loss no roster can avoid is 0.4 x (1 - f(0)) = 0 with the table's first row at 1.0
        Scenario phone = TestScenarios.yaml(DESK_PHONE);
        int presale = phone.typeIndex("presale");
        assertTrue(phone.phoneType(presale));
        assertEquals(0.0, Unrecoverable.ordersPerBuyer(phone, presale), 0);
        Scenario chat = desk(40, "");
        assertEquals(0.4 * (1 - 0.9109322880), Unrecoverable.ordersPerBuyer(chat, chat.typeIndex("presale")), 1e-9);
    }

    /**
     * A pick-up (agents[].pick_up) delays the first response of a buyer who finds an agent free, and no roster wins
     * that back: it is unrecoverable (before, a picked-up call counted as answered at once, its loss recoverable).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPickUpNoRosterAvoidsIsUnrecoverable() {
        // phone, pick-up constant 45 s for half the callers: f(0) = 1 for the others, f(45 s) = 0.9 (the 2-min row): kept 0.95
        Scenario phone = TestScenarios.yaml(DESK_PHONE.replace("channel: phone,", "channel: phone, pick_up: {dist: constant, value: 45s}, pick_up_share: 0.5,"));
        assertEquals(0.4 * 0.05, Unrecoverable.ordersPerBuyer(phone, 0), 1e-12);
        // chat: pick-up exponential 20 s for every buyer, then the reply, exponential 60 s: W hypoexponential,
        // F(w) = 1 - (60 e^(-w/60) - 20 e^(-w/20)) / 40; E[f(W)] = 0.8778028458 by hand over the rows 30 s, 2 m, 5 m
        Scenario chat = TestScenarios.yaml(DESK_PHONE.replace("channel: phone,", "pick_up: {dist: exponential, mean: 20s},"));
        // the grid over the pick-up (200 panels, midpoints) is within 1e-4 of the closed form here
        assertEquals(0.4 * (1 - 0.8778028458), Unrecoverable.ordersPerBuyer(chat, 0), 0.4 * 1e-4);
        // simulated with 40 agents free for every caller: the lost sales are the unrecoverable, nothing recoverable
        Scenario free = TestScenarios.yaml(DESK_PHONE.replace("channel: phone,", "channel: phone, pick_up: {dist: constant, value: 45s}, pick_up_share: 0.5,")
                .replace("name: phone\n", "name: phone\nreplications: 10\nseed: 7\n"));
        List<ReplicationMetrics> reps = Experiment.run(free, 2, null, null);
        Estimate perBuyer = Estimate.over(reps, m -> m.byType[0].lostSales / m.byType[0].offered());
        assertEquals(0.4 * 0.05 * 200, perBuyer.mean(), 3 * perBuyer.ci95(), "simulated lost sales per caller against the hand-computed 4 CNY");
        Map<String, Object> totals = (Map<String, Object>) new Summary(free, reps).build().get("totals");
        Estimate recoverable = (Estimate) totals.get("lost_sales_recoverable");
        assertTrue(Math.abs(recoverable.mean()) <= 3 * recoverable.ci95() + 1e-9, "nothing to recover with everyone free: " + recoverable);
    }

    private static final String DESK_PHONE = "name: phone\nstart: 2026-11-01T00:00\nhorizon: 24h\n"
            + "demand: {pattern: {hourly: [30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30]}, mix: {presale: 1}}\n"
            + "buyers:\n  presale: {messages: {dist: constant, value: 1}, conversion: 0.4, order_value: 200,\n"
            + "    conversion_factor: [{within: 30s, factor: 1.0}, {within: 2m, factor: 0.9}, {within: 5m, factor: 0.7}, {otherwise: 0.5}]}\n"
            + "agents:\n  - {group: desk, skills: [presale], channel: phone, reply_time: {dist: exponential, mean: 60s}}\n"
            + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 40}]\n";

    /**
     * One message a chat, 30 buyers an hour. With 40 agents always on duty every buyer is taken at once and the first
     * response is exactly one reply time, so the simulated lost sales are the unrecoverable
     * loss: 0.4 x (1 - 0.9109323) x 200 CNY = 7.12542 CNY a buyer, and nothing is recoverable.
     */
    static Scenario desk(int agents, String aftersaleKeys) {
        return TestScenarios.yaml("name: free\nstart: 2026-11-01T00:00\nhorizon: 24h\nreplications: 10\nseed: 7\n"
                + "demand: {pattern: {hourly: [30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30]}, mix: {presale: 0.8, aftersale: 0.2}}\n"
                + "buyers:\n  presale: {messages: {dist: constant, value: 1}, conversion: 0.4, order_value: 200, margin: 0.25,\n"
                + "    conversion_factor: [{within: 30s, factor: 1.0}, {within: 2m, factor: 0.9}, {within: 5m, factor: 0.7}, {otherwise: 0.5}]}\n"
                + "  aftersale: {messages: {dist: constant, value: 1}, unanswered_cost: 20" + aftersaleKeys + "}\n"
                + "agents:\n  - {group: desk, skills: [presale, aftersale], concurrency: 1, reply_time: {dist: exponential, mean: 60s}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + agents + "}]\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withAnAgentFreeForEveryBuyerNothingIsRecoverableAndMarginIsItsShare() {
        Scenario s = desk(40, "");
        List<ReplicationMetrics> reps = Experiment.run(s, 2, null, null);
        Estimate perBuyer = Estimate.over(reps, m -> m.byType[0].lostSales / m.byType[0].offered());
        assertEquals(0.4 * (1 - 0.9109322880) * 200, perBuyer.mean(), 3 * perBuyer.ci95(), "simulated lost sales per buyer against the hand-computed 7.125 CNY");
        assertEquals(0.4 * (1 - 0.9109322880) * 200, Unrecoverable.ordersPerBuyer(s, 0) * 200, 1e-6);

        Map<String, Object> totals = (Map<String, Object>) new Summary(s, reps).build().get("totals");
        Estimate recoverable = (Estimate) totals.get("lost_sales_recoverable");
        Estimate lost = (Estimate) totals.get("lost_sales");
        assertTrue(Math.abs(recoverable.mean()) <= 3 * recoverable.ci95() + 1e-9, "nothing to recover with everyone free: " + recoverable);
        assertTrue(Math.abs(recoverable.mean()) < 0.02 * lost.mean(), recoverable + " of " + lost);
        // only presale converts and it has a margin: lost margin is 25% of lost sales, replication by replication
        assertEquals(0.25 * lost.mean(), ((Estimate) totals.get("lost_margin")).mean(), 1e-9 * lost.mean());
        assertEquals(0.25 * recoverable.mean(), ((Estimate) totals.get("lost_margin_recoverable")).mean(), 1e-6);
        assertTrue(totals.containsKey("unanswered_cost"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneAgentLeavesMoneyToRecoverAndMarginOnlyWhereEveryConvertingTypeHasOne() {
        Scenario s = desk(1, ", conversion: 0.1");
        List<ReplicationMetrics> reps = Experiment.run(s, 2, null, null);
        Map<String, Object> summary = new Summary(s, reps).build();
        Map<String, Object> totals = (Map<String, Object>) summary.get("totals");
        // aftersale converts too but has no margin: a total would add margin to revenue, so there is none
        assertFalse(totals.containsKey("lost_margin"), totals.keySet().toString());
        Map<String, Object> byType = (Map<String, Object>) summary.get("by_type");
        assertTrue(((Map<String, Object>) byType.get("presale")).containsKey("lost_margin"));
        assertFalse(((Map<String, Object>) byType.get("aftersale")).containsKey("lost_margin"));
        Estimate recoverable = (Estimate) totals.get("lost_sales_recoverable");
        Estimate lost = (Estimate) totals.get("lost_sales");
        assertTrue(recoverable.mean() > 0.2 * lost.mean() && recoverable.mean() > 3 * recoverable.ci95(),
                "one agent for 30 one-minute chats an hour loses orders to waiting: " + recoverable + " of " + lost);
        assertTrue(recoverable.mean() < lost.mean());
        Estimate unanswered = (Estimate) totals.get("unanswered_cost");
        Map<String, Object> after = (Map<String, Object>) byType.get("aftersale");
        assertEquals(20 * (((Estimate) after.get("abandoned")).mean() + ((Estimate) after.get("open_at_end")).mean()), unanswered.mean(), 1e-6);
        assertFalse(new Money(s).marginForAll());
    }
}
