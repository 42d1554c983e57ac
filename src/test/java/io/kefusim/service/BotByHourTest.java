package io.kefusim.service;

import io.kefusim.TestScenarios;
import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code bot_deflection: {hourly: [...]}}: the one draw per arrival from the bot's stream is
 * compared with the share of the arrival's local clock hour. With shares of 1 and 0 the bot
 * resolves exactly the buyers of the type arriving in the hours of 1, and nobody else.
 */
class BotByHourTest {
    /** Night hours 0:00-6:59 and 22:00-23:59 resolved by the bot, the day's none. */
    static final String NIGHT = "[1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]";

    /** Two days from 05:30 (so the clock hour is not the hour since the start), presale by the hour, aftersale {@code after}. */
    static Scenario shop(String presale, String after) {
        return TestScenarios.yaml("name: nights\nstart: 2026-11-11T05:30\nhorizon: 48h\nreplications: 1\nseed: 11\n"
                + "demand:\n  pattern: {hourly: [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]}\n"
                + "  mix: {presale: 0.6, aftersale: 0.4}\n"
                + "buyers:\n  presale: {bot_deflection: " + presale + "}\n  aftersale: {bot_deflection: " + after + "}\n"
                + "agents:\n  - {group: desk, skills: [presale, aftersale]}\n"
                + "shifts:\n  all: {from: \"00:00\", to: \"24:00\"}\n"
                + "roster:\n  - {group: desk, shift: all, agents: 3}\n");
    }

    record Chat(double arrival, int type, String outcome) {
        int clockHour() { return (int) Math.floor((arrival + 5.5 * 3600) / 3600) % 24; }
        boolean night() { return clockHour() < 7 || clockHour() >= 22; }
    }

    static List<Chat> chats(Scenario s, ReplicationMetrics[] out) {
        List<Chat> chats = new ArrayList<>();
        ChatObserver rec = (arrival, type, outcome, wait, first, messages, agent, lostOrders, lostSales) -> chats.add(new Chat(arrival, type, outcome));
        out[0] = Replication.run(s, RateProfile.of(s), 0, rec);
        return chats;
    }

    @Test
    void theBotResolvesExactlyThePresaleBuyersOfTheNightHours() {
        Scenario s = shop("{hourly: " + NIGHT + "}", "0");
        int presale = s.typeIndex("presale");
        ReplicationMetrics[] m = new ReplicationMetrics[1];
        List<Chat> chats = chats(s, m);
        long nightPresale = chats.stream().filter(c -> c.type() == presale && c.night()).count();
        long deflected = chats.stream().filter(c -> c.outcome().equals("deflected")).count();
        // every deflected buyer is a presale buyer of a night hour, and every such buyer is deflected
        assertEquals(nightPresale, deflected);
        assertTrue(chats.stream().filter(c -> c.outcome().equals("deflected")).allMatch(c -> c.type() == presale && c.night()));
        assertEquals(nightPresale, m[0].total.deflected);
        assertEquals(207, deflected); // seed 11: 9 night hours x 2 days x 20 x 0.6 = 216 expected
        assertEquals(960, m[0].total.arrived, 60); // 48 h x 20 an hour
    }

    @Test
    void theSameShareEveryHourGivesTheScalarsFiguresExactly() {
        String flat = "{hourly: [" + "0.3, ".repeat(23) + "0.3]}";
        ReplicationMetrics[] a = new ReplicationMetrics[1], b = new ReplicationMetrics[1];
        List<Chat> scalar = chats(shop("0.3", "0.1"), a);
        List<Chat> hourly = chats(shop(flat, "0.1"), b);
        assertEquals(scalar, hourly);
        assertEquals(a[0].total.deflected, b[0].total.deflected);
        assertTrue(a[0].total.deflected > 0);
    }
}
