package io.kefusim.metrics;

/**
 * Time integrals of agent state for one slice (a group, an interval, a day, the run), in
 * agent-seconds: on duty (in a shift, not on a break), typing while on duty, chats held while
 * on duty, and overtime (off shift but still finishing chats).
 */
public final class AgentTime {
    public double onDuty, typing, activeChats, overtime;
}
