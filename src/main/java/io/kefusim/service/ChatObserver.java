package io.kefusim.service;

/**
 * Told about each chat when it ends (for {@code --records}). Implementations may allocate;
 * the default model has none, so a normal run pays nothing for this.
 */
public interface ChatObserver {
    /**
     * @param outcome       "deflected", "abandoned", "closed" or "open"
     * @param agent         agent index, or -1 if no agent accepted the chat
     * @param wait          queue wait of an accepted chat, else NaN
     * @param firstResponse time to the first human reply, else NaN
     */
    void chatEnded(double arrival, int type, String outcome, double wait, double firstResponse, int messages,
                   int agent, double lostOrders, double lostSales);

    /**
     * The same, with the chat's number in arrival order and the time it spent in the queue
     * (until accepted, until it gave up, or until the run ended; NaN for deflected chats).
     */
    default void chatEnded(long chat, double waited, double arrival, int type, String outcome, double wait, double firstResponse,
                           int messages, int agent, double lostOrders, double lostSales) {
        chatEnded(arrival, type, outcome, wait, firstResponse, messages, agent, lostOrders, lostSales);
    }

    /** A buyer message of chat number {@code chat} (its first one at arrival). */
    default void messageSent(long chat, double time) { }

    /** Chat number {@code chat} is a retrial: the buyer of chat number {@code firstChat} came back (issue 25). */
    default void cameBack(long chat, long firstChat) { }

    /** An agent's reply to chat number {@code chat}. */
    default void replied(long chat, double time, int agent) { }
}
