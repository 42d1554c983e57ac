package io.kefusim.fit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-message records (chat id, time, sender), held compactly (about 20 bytes a message: a
 * 512 MB heap takes some 20 million messages; split larger exports by month) and turned into
 * per-chat figures and the agents' own reply times.
 *
 * <p><b>Reply time, not the buyer's wait for it.</b> An agent types one reply at a time. A reply
 * sent at r answers the buyer's latest message in that chat, sent at m; the agent's previous
 * reply, in any chat, was at p. The agent cannot have started typing before max(m, p), so the
 * reply took r - max(m, p): the part of the buyer's wait spent behind the agent's other chats is
 * taken out. In kefusim's own model (first come, first served typing, no idle gaps while
 * anything is pending) this is exact; in a real desk an agent may pause between replies, so it
 * is an upper bound on typing time. <b>Think time</b> is a buyer message's time minus the
 * agent's last reply in that chat.
 */
final class MessageLog {
    static final byte BUYER = 0, AGENT = 1, BOT = 2;
    private final Map<String, Integer> chatIds = new HashMap<>(), agentIds = new HashMap<>();
    private int[] chat = new int[1 << 12], agent = new int[1 << 12];
    private double[] time = new double[1 << 12];
    private byte[] sender = new byte[1 << 12];
    private int n;

    void add(String chatId, double t, byte who, String agentName) {
        if (n == chat.length) {
            int cap = n * 2;
            chat = Arrays.copyOf(chat, cap);
            agent = Arrays.copyOf(agent, cap);
            time = Arrays.copyOf(time, cap);
            sender = Arrays.copyOf(sender, cap);
        }
        chat[n] = chatIds.computeIfAbsent(chatId, k -> chatIds.size());
        agent[n] = agentName == null ? -1 : agentIds.computeIfAbsent(agentName, k -> agentIds.size());
        time[n] = t;
        sender[n] = who;
        n++;
    }

    int messages() { return n; }

    /** What the messages say, fed to the fitter's samples. */
    record Figures(Sample reply, Sample think, Sample messagesPerChat, int concurrency, long chats) {}

    Figures figures(java.util.function.BiConsumer<String, double[]> busy) {
        Sample reply = new Sample(), think = new Sample(), perChat = new Sample();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // by chat, then time (buyer before agent at the same instant)
        Arrays.sort(order, (a, b) -> chat[a] != chat[b] ? Integer.compare(chat[a], chat[b])
                : time[a] != time[b] ? Double.compare(time[a], time[b]) : Byte.compare(sender[a], sender[b]));
        double[] answered = new double[n]; // for each agent reply: the time of the buyer message it answers
        Arrays.fill(answered, Double.NaN);
        int chats = chatIds.size();
        double[] start = new double[chats], end = new double[chats];
        int[] chatAgent = new int[chats];
        Arrays.fill(start, Double.NaN);
        Arrays.fill(chatAgent, -1);
        for (int k = 0; k < n; ) {
            int c = chat[order[k]];
            int buyerMessages = 0;
            double lastBuyer = Double.NaN, lastReply = Double.NaN;
            int j = k;
            for (; j < n && chat[order[j]] == c; j++) {
                int i = order[j];
                if (sender[i] == BUYER) {
                    buyerMessages++;
                    if (!Double.isNaN(lastReply) && (Double.isNaN(lastBuyer) || lastBuyer <= lastReply)) think.add(time[i] - lastReply);
                    lastBuyer = time[i];
                } else if (sender[i] == AGENT) {
                    answered[i] = lastBuyer;
                    lastReply = time[i];
                    if (Double.isNaN(start[c])) start[c] = time[i];
                    end[c] = time[i];
                    chatAgent[c] = agent[i];
                }
            }
            if (buyerMessages > 0) perChat.add(buyerMessages);
            k = j;
        }
        // by agent, then time: the reply took r - max(message answered, agent's previous reply)
        Arrays.sort(order, (a, b) -> agent[a] != agent[b] ? Integer.compare(agent[a], agent[b]) : Double.compare(time[a], time[b]));
        double prev = Double.NaN;
        int prevAgent = -2;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (sender[i] != AGENT || agent[i] < 0) continue;
            if (agent[i] != prevAgent) { prev = Double.NEGATIVE_INFINITY; prevAgent = agent[i]; }
            if (!Double.isNaN(answered[i])) {
                double began = Math.max(answered[i], prev);
                double r = time[i] - began;
                reply.add(r);
                int c = chat[i];
                if (start[c] == time[i]) start[c] = began; // the chat's first reply began here
            }
            prev = time[i];
        }
        // chats held at once per agent: from the start of its first reply to its last reply
        String[] names = new String[agentIds.size()];
        agentIds.forEach((name, id) -> names[id] = name);
        int concurrency = 0;
        double[][] events = new double[2 * chats][];
        int e = 0;
        for (int c = 0; c < chats; c++) {
            if (chatAgent[c] < 0 || Double.isNaN(start[c])) continue;
            events[e++] = new double[]{chatAgent[c], start[c], 1};
            events[e++] = new double[]{chatAgent[c], end[c], -1};
            busy.accept(names[chatAgent[c]], new double[]{start[c], end[c]});
        }
        double[][] ev = Arrays.copyOf(events, e);
        Arrays.sort(ev, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        int held = 0;
        double cur = -1;
        for (double[] x : ev) {
            if (x[0] != cur) { cur = x[0]; held = 0; }
            held += (int) x[2];
            concurrency = Math.max(concurrency, held);
        }
        return new Figures(reply, think, perChat, concurrency, chats);
    }
}
