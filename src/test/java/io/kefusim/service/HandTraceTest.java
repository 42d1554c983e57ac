package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Three buyers, one agent, constant times: every figure worked out by hand.
 *
 * <pre>
 * agent: concurrency 1, reply 30 s, on duty all day; buyers: patience 100 s, think 60 s
 * A  t=0   2 messages  accepted 0 (wait 0); reply 30 (first response 30); message 90; reply 120; closes 120
 * B  t=10  1 message   queued; gives up at 110 (A still open)
 * C  t=25  1 message   queued; taken at 120 when A closes (wait 95); reply 150 (first response 125)
 * </pre>
 * Conversion 0.4, f = 1.0 within 30 s, 0.9 within 2 min, else 0.5; order value 100:
 * lost A = 0, B = 0.4 (never answered), C = 0.4 * (1 - 0.5) = 0.2.
 */
class HandTraceTest {
    @TempDir
    Path dir;

    @Test
    void tinyTraceIsReproducedExactly() throws Exception {
        Scenario s = threeBuyers("chat");
        List<String> rows = new ArrayList<>();
        ChatObserver rec = (arrival, type, outcome, wait, first, messages, agent, lostOrders, lostSales) ->
                rows.add(arrival + " " + outcome + " " + wait + " " + first + " " + messages + " " + lostOrders);
        ReplicationMetrics m = Replication.run(s, null, 0, rec);
        ChatCell t = m.total;

        assertEquals(List.of("10.0 abandoned NaN NaN 1 0.4", "0.0 closed 0.0 30.0 2 0.0", "25.0 closed 95.0 125.0 1 0.2"), rows);
        assertEquals(3, t.arrived);
        assertEquals(0, t.deflected);
        assertEquals(2, t.accepted);
        assertEquals(1, t.abandoned);
        assertEquals(0, t.openAtEnd);
        assertEquals(47.5, Figures.meanWait(t), 1e-12);
        assertEquals(95.0, t.maxWait, 1e-12);
        assertEquals(100.0, Figures.meanAbandonTime(t), 1e-12);
        assertEquals((0 + 95 + 100) / 3.0, Figures.meanQueueTimeAll(t), 1e-12);  // A waited 0, C 95, B gave up after 100
        assertEquals(77.5, Figures.meanFirstResponse(t), 1e-12);
        assertEquals(1.0 / 3, Figures.serviceLevel(t), 1e-12);           // only A within 2 min
        assertEquals(2, t.missed[0]);                                    // 2m: B and C
        assertEquals(1, t.missed[1]);                                    // 30m: B
        assertEquals(1, t.missed[2]);                                    // 2h: B
        assertEquals(3, t.messagesReplied);                              // A twice, C once
        assertEquals((30 + 30 + 125) / 3.0, Figures.avgResponse(t), 1e-12);
        assertEquals(0, t.lateReplies);
        assertEquals(0.6, t.lostOrders, 1e-12);
        assertEquals(60.0, t.lostSales, 1e-9);
        // typing 0-30, 90-120, 120-150 out of one hour on duty
        assertEquals(90.0 / 3600, Figures.occupancy(m.agentTotal), 1e-12);
        assertEquals(1.0, m.agentTotal.onDuty / 3600, 1e-12);
        // monthly pay: a 24-hour position every day takes 168/40 = 4.2, i.e. 5 people, each paid
        // 1,740 a month by the day: the one-hour run is a day of 30-day November (nobody is paid an
        // hour of a salary), 5 x 1740 / 30 = 290; plus 0.5% of expected sales closed: A 40 + C 20
        assertEquals(5 * 1740 / 30.0 + 0.005 * 60, Figures.labourCost(s, m), 1e-9);
        assertEquals(0, m.agentTotal.overtime, 1e-12);
    }

    /** The three buyers above, served by one agent of the channel given. */
    private Scenario threeBuyers(String channel) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "time,type,messages\n"
                + "2026-11-11 00:00:00,presale,2\n2026-11-11 00:00:10,presale,1\n2026-11-11T00:00:25,presale,1\n");
        Scenario s = TestScenarios.yaml("name: hand\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\n"
                + "demand: {trace: trace.csv, mix: {presale: 1}}\n"
                + "buyers:\n  presale:\n    patience: {dist: constant, value: 100s}\n    think_time: {dist: constant, value: 60s}\n"
                + "    conversion: 0.4\n    order_value: 100\n"
                + "    conversion_factor: [{within: 30s, factor: 1.0}, {within: 2m, factor: 0.9}, {otherwise: 0.5}]\n"
                + "agents: [{group: desk, skills: [presale], channel: " + channel + ", concurrency: 1, reply_time: {dist: constant, value: 30s}, monthly_pay: 1740}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: 1}]\n"
                // pay arithmetic only here: no overtime premium, no employer contributions (tested below)
                + "labour: {working_time: flexible}\ncosts: {employer_contributions: 0}\n", dir.resolve("hand.yaml"));
        return s;
    }

    /**
     * The same three buyers at a phone desk: a call is answered when it is picked up, so A's
     * first response is 0 and C's its wait, 95 s; the talk (the reply time) is not waiting.
     * Service level within 2 min: A and C, 2 of 3; missed 2 min: B only. Lost orders: B 0.4,
     * C 0.4 * (1 - 0.9) = 0.04 (picked up within 2 min). Everything else is as for the chat.
     */
    @Test
    void aCallsFirstResponseIsItsPickUp() throws Exception {
        Scenario s = threeBuyers("phone");
        assertEquals(Scenario.FirstResponse.PICK_UP, s.firstResponse());
        List<String> rows = new ArrayList<>();
        ChatObserver rec = (arrival, type, outcome, wait, first, messages, agent, lostOrders, lostSales) ->
                rows.add(arrival + " " + outcome + " " + wait + " " + first);
        ChatCell t = Replication.run(s, null, 0, rec).total;
        assertEquals(List.of("10.0 abandoned NaN NaN", "0.0 closed 0.0 0.0", "25.0 closed 95.0 95.0"), rows);
        assertEquals(47.5, Figures.meanFirstResponse(t), 1e-12);
        assertEquals(2.0 / 3, Figures.serviceLevel(t), 1e-12);
        assertEquals(1, t.missed[0]);
        assertEquals((30 + 30 + 125) / 3.0, Figures.avgResponse(t), 1e-12); // replies (the talk) are timed as before
        assertEquals(0.44, t.lostOrders, 1e-12);
    }

    /**
     * One agent on a night shift (20:00-08:00) from 2026-11-11 00:00, and one chat of 3 messages at
     * {@code at}: replies of 30 s, the buyer thinking 60 s between them, never giving up.
     */
    private Scenario nightDeskWithOneChat(String name, String at, String horizon) throws Exception {
        Files.writeString(dir.resolve(name + ".csv"), "time,messages\n" + at + ",3\n");
        return TestScenarios.yaml("name: " + name + "\nstart: 2026-11-11T00:00\nhorizon: " + horizon + "\nreplications: 1\n"
                + "demand: {trace: " + name + ".csv, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: never}, think_time: {dist: constant, value: 60s}}}\n"
                + "agents: [{group: desk, skills: [presale], reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts: {night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: desk, shift: night, agents: 1}]\n", dir.resolve(name + ".yaml"));
    }

    @Test
    void agentFinishesOpenChatsAfterShiftEndAsOvertime() throws Exception {
        // One chat at 07:59 with 3 messages, reply 30 s, think 60 s: replies end at 07:59:30,
        // 08:01:00, 08:02:30; the shift ends at 08:00, so 150 s of overtime.
        Scenario s = nightDeskWithOneChat("ot", "2026-11-11 07:59:00", "10h");
        ReplicationMetrics m = Replication.run(s, null, 0, null);
        assertEquals(1, m.total.accepted);
        assertEquals(0.0, m.total.sumWait, 1e-12);
        assertEquals(150.0, m.agentTotal.overtime, 1e-9);
        assertEquals(8 * 3600.0, m.agentTotal.onDuty, 1e-9); // on duty 00:00-08:00 from the shift that began the evening before
    }

    @Test
    void afterShiftTimeIsCountedOnTheDayItIsWorked() throws Exception {
        // As above, one day later in a two-day run: the 150 s after the shift fall on day 2
        // (2026-11-12), and the days' after-shift time adds up to the run's.
        Scenario s = nightDeskWithOneChat("ot2", "2026-11-12 07:59:00", "48h");
        ReplicationMetrics m = Replication.run(s, null, 0, null);
        assertEquals(150.0, m.agentTotal.overtime, 1e-9);
        assertEquals(2, m.agentByDay.length);
        assertEquals(0.0, m.agentByDay[0].overtime, 1e-12);
        assertEquals(150.0, m.agentByDay[1].overtime, 1e-9);
    }

    @Test
    void buyerWaitsForTheShiftToStartAndBreaksStopNewChats() throws Exception {
        // Shift 08:00-20:00 with a break 12:00-12:30. A buyer at 07:00 (no patience limit)
        // waits until 08:00; a buyer at 12:10 waits until the break ends at 12:30.
        Files.writeString(dir.resolve("b.csv"), "time,messages\n2026-11-11 07:00:00,1\n2026-11-11 12:10:00,1\n");
        Scenario s = TestScenarios.yaml("name: br\nstart: 2026-11-11T00:00\nhorizon: 24h\nreplications: 1\n"
                + "demand: {trace: b.csv, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: never}}}\n"
                + "agents: [{group: desk, skills: [presale], reply_time: {dist: constant, value: 30s}}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\", breaks: [{at: \"12:00\", for: 30m}]}}\n"
                + "roster: [{group: desk, shift: day, agents: 1}]\n", dir.resolve("br.yaml"));
        ReplicationMetrics m = Replication.run(s, null, 0, null);
        assertEquals(2, m.total.accepted);
        assertEquals(3600.0 + 1200.0, m.total.sumWait, 1e-9);
        assertEquals(11.5 * 3600, m.agentTotal.onDuty, 1e-9);
    }

    /**
     * Queue order, by hand. One agent (skills [presale, aftersale]), every chat one message
     * answered in 30 s, nobody gives up. A presale buyer at 0 is taken at once (0-30); an
     * aftersale buyer arrives at 5, a presale one at 10. By skills the agent takes presale first:
     * presale 30-60 (wait 20), aftersale 60-90 (wait 55). By arrival it takes the longest waiting:
     * aftersale 30-60 (wait 25), presale 60-90 (wait 50).
     */
    @Test
    void queueOrderBySkillsOrByArrival() throws Exception {
        Files.writeString(dir.resolve("q.csv"), "time,type,messages\n2026-11-11 00:00:00,presale,1\n"
                + "2026-11-11 00:00:05,aftersale,1\n2026-11-11 00:00:10,presale,1\n");
        for (String order : new String[]{"skills", "arrival"}) {
            Scenario s = TestScenarios.yaml("name: q\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 1\n"
                    + "demand: {trace: q.csv, mix: {presale: 0.5, aftersale: 0.5}}\n"
                    + "buyers: {presale: {patience: {dist: never}}, aftersale: {patience: {dist: never}}}\n"
                    + "agents: [{group: desk, skills: [presale, aftersale], concurrency: 1, queue_order: " + order
                    + ", reply_time: {dist: constant, value: 30s}}]\n"
                    + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: desk, shift: all, agents: 1}]\n", dir.resolve("q.yaml"));
            List<String> rows = new ArrayList<>();
            Replication.run(s, null, 0, (arrival, type, outcome, wait, first, messages, agent, lostOrders, lostSales) -> rows.add(arrival + " " + wait));
            rows.sort(null);
            assertEquals(order.equals("skills") ? List.of("0.0 0.0", "10.0 20.0", "5.0 55.0") : List.of("0.0 0.0", "10.0 50.0", "5.0 25.0"), rows, order);
        }
    }
}
