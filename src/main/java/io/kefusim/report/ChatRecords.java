package io.kefusim.report;

import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Scenario;
import io.kefusim.service.ChatObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code chats.csv}: one row per chat of replication 1, written as the run goes (so a long
 * run does not hold them in memory), for analysts and teachers to open in a spreadsheet.
 */
public final class ChatRecords implements ChatObserver, AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private final Csv csv;
    private final Scenario s;
    private final String[] agentNames;
    private final String[] agentGroups;

    public ChatRecords(Path file, Scenario s, DutyPlan plan) throws IOException {
        this.s = s;
        this.csv = new Csv(file, List.of("arrival", "arrival_s", "type", "handled_by", "outcome", "queue_wait_s",
                "first_response_s", "messages", "agent", "group", "lost_orders", "lost_sales"));
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
        try {
            csv.row(List.of(
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
                    Csv.num(lostSales)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
