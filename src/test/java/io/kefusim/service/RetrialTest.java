package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retrials (issue 25): a buyer who gives up, or gets a late reply, comes back as a new contact. */
class RetrialTest {
    @TempDir
    Path dir;

    /**
     * The three buyers of {@link HandTraceTest} (one agent, reply 30 s, think 60 s, patience 100 s),
     * with every buyer who gives up coming back 60 s later:
     * <pre>
     * A  #0 t=0    2 messages, replies 30 and 120, closes 120
     * B  #1 t=10   gives up at 110; comes back at 170 as contact #3
     * C  #2 t=25   taken at 120 (wait 95), reply 150 (first response 125), closes 150
     * B' #3 t=170  agent free since 150: taken at once, reply 200 (first response 30)
     * </pre>
     * Contacts 4, people 3, retrials 1, abandoned 1 of which 1 came back, none gone for good.
     * With {@code after_late_reply: {after: 2m, probability: 1}} C's first response (125 s) is late:
     * C comes back at 150 + 60 = 210 as contact #4, taken at once (agent free since 200).
     */
    @Test
    void aBuyerWhoGaveUpComesBackAsOneMoreContactNotOneMorePerson() throws Exception {
        List<String> rows = new ArrayList<>(), back = new ArrayList<>();
        ChatCell t = threeBuyers("", rows, back).total;
        assertEquals(List.of("#1 10.0 abandoned NaN NaN", "#0 0.0 closed 0.0 30.0", "#2 25.0 closed 95.0 125.0", "#3 170.0 closed 0.0 30.0"), rows);
        assertEquals(List.of("#3 is #1"), back);
        assertEquals(4, t.arrived);
        assertEquals(3, Figures.people(t));
        assertEquals(1, t.retrials);
        assertEquals(1, t.abandoned);
        assertEquals(1, t.abandonedCameBack);
        assertEquals(0, Figures.abandonedForGood(t));
        assertEquals(0.0, Figures.peopleAbandonShare(t), 1e-12);
        assertEquals(0.25, Figures.abandonShare(t), 1e-12); // per contact: 1 of 4
        assertEquals(3, t.accepted);

        rows.clear();
        back.clear();
        t = threeBuyers("      after_late_reply: {after: 2m, probability: 1}\n", rows, back).total;
        assertEquals(List.of("#1 10.0 abandoned NaN NaN", "#0 0.0 closed 0.0 30.0", "#2 25.0 closed 95.0 125.0", "#3 170.0 closed 0.0 30.0",
                "#4 210.0 closed 0.0 30.0"), rows);
        assertEquals(List.of("#3 is #1", "#4 is #2"), back);
        assertEquals(5, t.arrived);
        assertEquals(3, Figures.people(t));
        assertEquals(2, t.retrials);
    }

    /**
     * Lost orders are counted per buyer, on the contact that ends the buyer's story (conversion 0.4,
     * 100 CNY, f = 1 within 1 min, 0.8 within 3 min, else 0.5; reporting interval 1 min):
     * <pre>
     * A  #0  first response 30 s                                 lost 0
     * B  #1  gives up, comes back: not B's last contact           lost 0   (before: 0.4)
     * C  #2  first response 125 s, f = 0.8                        lost 0.08
     * B' #3  answered at 200; B first asked at 10: 190 s, f = 0.5 lost 0.2 (before: 0, its own 30 s)
     * </pre>
     * Total 0.28 (before 0.48), B's 0.2 in B''s interval (170 s: the third), C's in the first. Sales
     * (for commission) 40 + 32 + 20 = 92, so lost × 100 + sales = 3 buyers × 40. Unanswered cost 0:
     * nobody gave up for good. With the late-reply retrial C's #2 loses nothing and C' #4 (at 210 s, the
     * fourth interval) loses 0.08, at C's first response from C's first contact, 125 s.
     */
    @Test
    void aBuyerLosesOrdersOnceOnTheContactThatEndsTheStory() throws Exception {
        String money = "    conversion: 0.4\n    order_value: 100\n    unanswered_cost: 7\n"
                + "    conversion_factor: [{within: 1m, factor: 1}, {within: 3m, factor: 0.8}, {otherwise: 0.5}]\n";
        List<String> rows = new ArrayList<>(), back = new ArrayList<>();
        ReplicationMetrics m = threeBuyers("", money, "interval: 1m\n", rows, back);
        assertEquals(List.of("#1 0.0", "#0 0.0", "#2 0.08", "#3 0.2"), lostByRow(rows));
        assertEquals(0.28, m.total.lostOrders, 1e-12);
        assertEquals(28.0, m.total.lostSales, 1e-9);
        assertEquals(3, m.total.storiesEnded());
        assertEquals(0.0, Figures.unansweredCost(handScenario, m), 1e-12);
        assertEquals(92.0, m.salesByGroup[0], 1e-9);
        assertEquals(120.0, m.total.lostSales + m.salesByGroup[0], 1e-9);
        assertEquals(0.08, m.byInterval[0].lostOrders, 1e-12);
        assertEquals(0.0, m.byInterval[1].lostOrders, 1e-12);
        assertEquals(0.2, m.byInterval[2].lostOrders, 1e-12);
        double sum = 0;
        for (ChatCell c : m.byInterval) sum += c.lostOrders;
        assertEquals(m.total.lostOrders, sum, 1e-12);
        assertEquals(m.total.lostOrders, m.byDay[0].lostOrders, 1e-12);

        rows.clear();
        back.clear();
        m = threeBuyers("      after_late_reply: {after: 2m, probability: 1}\n", money, "interval: 1m\n", rows, back);
        assertEquals(List.of("#1 0.0", "#0 0.0", "#2 0.0", "#3 0.2", "#4 0.08"), lostByRow(rows));
        assertEquals(0.28, m.total.lostOrders, 1e-12);
        assertEquals(1, m.total.answeredCameBack);
        assertEquals(3, m.total.storiesEnded());
        assertEquals(92.0, m.salesByGroup[0], 1e-9); // C's sale once, on C' (before: 32 on each)
        assertEquals(0.0, m.byInterval[0].lostOrders, 1e-12);
        assertEquals(0.2, m.byInterval[2].lostOrders, 1e-12);
        assertEquals(0.08, m.byInterval[3].lostOrders, 1e-12);
    }

    private static List<String> lostByRow(List<String> rows) {
        List<String> out = new ArrayList<>();
        for (String r : rows) {
            String[] f = r.split(" ");
            out.add(f[0] + " " + f[f.length - 1]);
        }
        return out;
    }

    private ReplicationMetrics threeBuyers(String late, List<String> rows, List<String> back) throws Exception {
        return threeBuyers(late, "", "", rows, back);
    }

    private Scenario handScenario;

    private ReplicationMetrics threeBuyers(String late, String money, String top, List<String> rows, List<String> back) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "time,type,messages\n"
                + "2026-11-11 00:00:00,presale,2\n2026-11-11 00:00:10,presale,1\n2026-11-11T00:00:25,presale,1\n");
        Scenario s = TestScenarios.yaml("name: hand\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\n" + top
                + "demand: {trace: trace.csv, mix: {presale: 1}}\n"
                + "buyers:\n  presale:\n    patience: {dist: constant, value: 100s}\n    think_time: {dist: constant, value: 60s}\n" + money
                + "    retrial:\n      probability: 1\n      delay: {dist: constant, value: 60s}\n" + late
                + "agents: [{group: desk, skills: [presale], concurrency: 1, reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 1}]\n", dir.resolve("hand.yaml"));
        ChatObserver rec = new ChatObserver() {
            @Override
            public void chatEnded(double arrival, int type, String outcome, double wait, double first, int messages, int agent, double lo, double ls) { }

            @Override
            public void chatEnded(long chat, double waited, double arrival, int type, String outcome, double wait, double first,
                                  int messages, int agent, double lo, double ls) {
                rows.add("#" + chat + " " + arrival + " " + outcome + " " + wait + " " + first + (money.isEmpty() ? "" : " " + Math.round(lo * 1e9) / 1e9));
            }

            @Override
            public void cameBack(long chat, long firstChat) {
                back.add("#" + chat + " is #" + firstChat);
            }
        };
        handScenario = s;
        return Replication.run(s, null, 0, rec);
    }

    /**
     * Conservation, replication by replication: the trace's 3,000 rows are 3,000 people whatever
     * the retrials do; contacts = people + retrials; every retrial is an abandoned contact whose
     * buyer came back (no late-reply retrials, no warm-up, and the run lasts until every buyer
     * who comes back has come). Over all replications, the share of abandoned contacts that came
     * back is the retrial probability: the count lies within 3.29 binomial standard deviations
     * (99.9%) of p times the abandoned.
     */
    @Test
    void peoplePlusRetrialsAreContacts() throws Exception {
        StringBuilder trace = new StringBuilder("time\n");
        java.util.Random r = new java.util.Random(25);
        double t = 0;
        for (int i = 0; i < 3000; i++) {
            t += -Math.log(1 - r.nextDouble()) * 20; // about 3 a minute for 1,000 minutes
            trace.append(java.time.LocalDateTime.of(2026, 11, 11, 0, 0).plusNanos((long) (t * 1e9)).toString().replace('T', ' ')).append('\n');
        }
        Files.writeString(dir.resolve("many.csv"), trace);
        double p = 0.4;
        Scenario s = TestScenarios.yaml("name: law\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 12\nseed: 2525\n"
                + "demand: {trace: many.csv, mix: {presale: 1}}\n"
                + "buyers:\n  presale:\n    patience: {dist: exponential, mean: 90s}\n    messages: {dist: constant, value: 1}\n"
                + "    conversion: 0.4\n    order_value: 100\n    conversion_factor: [{within: 1m, factor: 1}, {otherwise: 0.5}]\n"
                + "    retrial: {probability: " + p + ", delay: {dist: exponential, mean: 10m}}\n"
                + "agents: [{group: desk, skills: [presale], channel: phone, reply_time: {dist: exponential, mean: 3m}}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 9}]\n", dir.resolve("law.yaml"));
        long abandoned = 0, cameBack = 0;
        for (ReplicationMetrics m : Experiment.run(s, 2, null, null)) {
            ChatCell c = m.total;
            assertEquals(3000, Figures.people(c));
            assertEquals(c.arrived, Figures.people(c) + c.retrials);
            assertEquals(c.retrials, c.abandonedCameBack);
            assertEquals(c.arrived, c.accepted + c.abandoned + c.openAtEnd);
            assertTrue(c.retrials > 0, "some buyers came back");
            // every buyer either orders (sales) or not (lost orders), once: conversion 0.4 a person, not a contact
            assertEquals(3000, c.storiesEnded());
            assertEquals(3000 * 0.4, c.lostOrders + m.salesByGroup[0] / 100, 1e-9);
            double byInterval = 0, byDay = 0;
            for (ChatCell iv : m.byInterval) byInterval += iv.lostOrders;
            for (ChatCell d : m.byDay) byDay += d.lostOrders;
            assertEquals(c.lostOrders, byInterval, 1e-9);
            assertEquals(c.lostOrders, byDay, 1e-9);
            abandoned += c.abandoned;
            cameBack += c.abandonedCameBack;
        }
        double sd = Math.sqrt(abandoned * p * (1 - p));
        System.out.printf(Locale.ROOT, "  came back %d of %d abandoned (p = %.2f: expected %.1f ± %.1f at 99.9%%)%n", cameBack, abandoned, p, p * abandoned, 3.29 * sd);
        assertTrue(Math.abs(cameBack - p * abandoned) <= 3.29 * sd);
    }

    /**
     * A known answer: nobody serves the type, so every contact gives up, and a buyer makes k
     * contacts with probability p^(k-1)(1-p): contacts per person = 1 / (1 - p) exactly, and
     * every person gives up for good once. Inside the 99% interval over replications.
     */
    @Test
    void withNobodyToAnswerContactsPerPersonAreOneOverOneMinusP() {
        double p = 0.6;
        Scenario s = TestScenarios.yaml("name: none\nstart: 2026-11-11T00:00\nhorizon: 48h\nreplications: 20\nseed: 77\n"
                + "demand: {pattern: {hourly: [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]},"
                + " mix: {presale: 1, other: 0}}\n"
                + "buyers:\n  presale:\n    patience: {dist: exponential, mean: 60s}\n"
                + "    retrial: {probability: " + p + ", delay: {dist: exponential, mean: 5m}}\n"
                + "  other: {}\n"
                + "agents: [{group: desk, skills: [other]}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 1}]\n");
        List<ReplicationMetrics> reps = Experiment.run(s, 2, null, null);
        Estimate perPerson = TestScenarios.estimate(reps, m -> (double) m.total.arrived / Figures.people(m.total), 0.99);
        inside("contacts per person, nobody answers, p = " + p, perPerson, 1 / (1 - p));
        for (ReplicationMetrics m : reps) assertEquals(Figures.people(m.total), Figures.abandonedForGood(m.total));
    }

    static void inside(String what, Estimate sim, double exact) {
        double lo = sim.mean() - sim.ci95(), hi = sim.mean() + sim.ci95();
        System.out.printf(Locale.ROOT, "  %-50s exact %10.5f  simulated %10.5f ± %.5f (99%%)%n", what, exact, sim.mean(), sim.ci95());
        assertTrue(exact >= lo && exact <= hi, what + ": exact " + exact + " outside " + sim.mean() + " ± " + sim.ci95());
    }
}
