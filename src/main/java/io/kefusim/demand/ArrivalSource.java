package io.kefusim.demand;

/**
 * Buyers opening chats, one at a time in time order. Implementations hold only what they
 * need for the next buyer, so a long trace is never in memory.
 */
public interface ArrivalSource extends AutoCloseable {
    /** Advances to the next buyer; false when there are no more before the horizon. */
    boolean next();

    /** Arrival time of the current buyer, seconds from the scenario start. */
    double time();

    /** Buyer type index of the current buyer. */
    int type();

    /**
     * The local clock hour (0-23) in which the current buyer arrived, as the buyer mix reckons it
     * (worked out once an hour; draws nothing).
     */
    int hour();

    /** Buyer messages of the current buyer if the source knows it (a trace column), else -1. */
    int messages();

    /**
     * Seconds the agent's first reply to the current buyer takes, when the source knows it (a
     * trace's {@code talk} column: a call's recorded talk time, which {@code kefusim backtest --talk
     * recorded} replays), else NaN: drawn from the agent group's reply time.
     */
    default double talk() { return Double.NaN; }

    @Override
    default void close() {}
}
