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

    /** Buyer messages of the current buyer if the source knows it (a trace column), else -1. */
    int messages();

    @Override
    default void close() {}
}
