package io.kefusim.metrics;

/**
 * Time integrals of agent state for one slice (a group, an interval, a day, the run), in
 * agent-seconds: on duty (in a shift, not on a break), typing while on duty, chats held while
 * on duty, and overtime (off shift but still finishing chats).
 */
public final class AgentTime implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public double onDuty, typing, activeChats, overtime;
}
