package io.kefusim.scenario;

/** Documented upper limits on counts that have no business being huge (README: Limits worth knowing). */
public final class Limits {
    /** Buyer messages in one chat: a trace row or a record with more is broken input, not a chat. */
    public static final int MAX_MESSAGES_PER_CHAT = 10_000;
    /** Agents on a roster (all entries and teams added up): a run or a staffing search beyond it would not finish. */
    public static final int MAX_AGENTS = 50_000;

    private Limits() {}
}
