package io.kefusim.output;

import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Scenario;
import io.kefusim.service.ChatObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code chats.csv}: one row per chat of replication 1, and {@code messages.csv}: one row per
 * buyer message and agent reply, both written as the run goes (so a long run does not hold them
 * in memory), for analysts and teachers to open in a spreadsheet — and for {@code kefusim fit},
 * which reads them back with no mapping. {@code chat_id} ties the two.
 */
public final class ChatRecords implements ChatObserver, AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private final Csv csv, messages;
    private final Scenario s;
    private final String[] agentNames;
    private final String[] agentGroups;
    /**
     * Issue 25, with retrials only: column {@code buyer_id}, the chat_id of the buyer's first contact
     * (a caller id, as a shop's export has one), so a buyer who came back can be told from a new one.
     * Holds the retrial contacts not yet ended.
     */
    private final java.util.Map<Long, Long> buyerOf;
    /** Rows written to chats.csv, so the console can say how many chats the one replication holds. */
    private long rows;

    public ChatRecords(Path file, Scenario s, DutyPlan plan) throws IOException {
        this.s = s;
        List<String> header = new java.util.ArrayList<>(List.of("arrival", "arrival_s", "type", "handled_by", "outcome", "queue_wait_s",
                "first_response_s", "messages", "agent", "group", "lost_orders", "lost_sales", "chat_id", "waited_s"));
        buyerOf = s.hasRetrials() ? new java.util.HashMap<>() : null;
        if (buyerOf != null) header.add("buyer_id");
        this.csv = new Csv(file, header);
        this.messages = new Csv(file.resolveSibling("messages.csv"), List.of("chat_id", "time", "time_s", "sender", "agent"));
        agentNames = new String[plan.agents()];
        agentGroups = new String[plan.agents()];
        for (int a = 0; a < plan.agents(); a++) {
            agentNames[a] = plan.agentName(a);
            agentGroups[a] = s.groups().get(plan.group(a)).name();
        }
    }

    @Override
    public void chatEnded(double arrival, int type, String outcome, double wait, double firstResponse, int messages,
                          int agent, double lostOrders, double lostSales) {
        chatEnded(-1, Double.NaN, arrival, type, outcome, wait, firstResponse, messages, agent, lostOrders, lostSales);
    }

    /** @return the chats written so far (replication 1's, once the run is over) */
    public long rows() {
        return rows;
    }

    @Override
    public void messageSent(long chat, double time) {
        message(chat, time, "buyer", -1);
    }

    @Override
    public void cameBack(long chat, long firstChat) {
        if (buyerOf != null) buyerOf.put(chat, firstChat);
    }

    @Override
    public void replied(long chat, double time, int agent) {
        message(chat, time, "agent", agent);
    }

    private void message(long chat, double time, String sender, int agent) {
        try {
            messages.row(List.of(Long.toString(chat), s.start().plusNanos((long) (time * 1e9)).format(STAMP), Csv.num(time), sender,
                    agent >= 0 ? agentNames[agent] : ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void chatEnded(long chat, double waited, double arrival, int type, String outcome, double wait, double firstResponse,
                          int messages, int agent, double lostOrders, double lostSales) {
        rows++;
        try {
            List<String> row = List.of(
                    s.start().plusNanos((long) (arrival * 1e9)).format(STAMP),
                    Csv.num(arrival),
                    s.buyers().get(type).name(),
                    outcome.equals("deflected") ? "bot" : "agent",
                    outcome,
                    Csv.num(wait),
                    Csv.num(firstResponse),
                    Integer.toString(messages),
                    agent >= 0 ? agentNames[agent] : "",
                    agent >= 0 ? agentGroups[agent] : "",
                    Csv.num(lostOrders),
                    Csv.num(lostSales),
                    chat >= 0 ? Long.toString(chat) : "",
                    Csv.num(waited));
            if (buyerOf != null) {
                Long first = buyerOf.remove(chat);
                row = new java.util.ArrayList<>(row);
                row.add(Long.toString(first != null ? first : chat));
            }
            csv.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (messages) {
            csv.close();
        }
    }
}
