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
}
