package io.kefusim.service;

import io.kefusim.scenario.Scenario;

/**
 * Priority classes (issue 25, key {@code priority} of a buyer type): an agent with a free slot
 * takes the waiting buyer of the highest class among its skills; within a class, the group's
 * {@code queue_order} decides (by skills: the first skill with anyone waiting; by arrival: the
 * longest waiting). Service is never interrupted for a higher class (non-preemptive). With every
 * type in one class this is the order kefusim always had.
 */
final class PriorityClasses {
    private final int[] priority;
    private final boolean any;

    PriorityClasses(Scenario s) {
        priority = s.buyers().stream().mapToInt(Scenario.BuyerType::priority).toArray();
        any = s.hasPriorities();
    }

    /** Whether types differ in class: then an agent must look at every skill's queue, not just the first non-empty one. */
    boolean any() { return any; }

    /**
     * Whether the head of {@code type}'s queue, waiting since {@code arrival}, goes before the
     * head already chosen (of {@code chosenType}, since {@code chosenArrival}); skills are looked
     * at in the agent's order, so a tie keeps the one chosen first unless by arrival.
     */
    boolean before(int type, double arrival, int chosenType, double chosenArrival, boolean byArrival) {
        int p = priority[type], q = priority[chosenType];
        if (p != q) return p > q;
        return byArrival && arrival < chosenArrival;
    }
}
