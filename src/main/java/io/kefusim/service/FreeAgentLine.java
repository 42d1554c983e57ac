package io.kefusim.service;

import java.util.Arrays;

/**
 * The free agents of one candidate list whose agents all hold one chat at a time, in the
 * routing rule's order: a linked list of list positions sorted by their packed keys (see
 * {@link AgentChooser}), so the agent a new buyer goes to is the first. With concurrency 1 a
 * free agent holds no chat, and the rule comes down to the free stamp, then the position: an
 * agent that frees its slot has the newest stamp and joins at the end, and the one taken is
 * the first, each O(1), where a tournament tree recomputes its path to the root. An agent whose
 * stamp is older (back from a break) is walked back to its place from the end.
 */
final class FreeAgentLine {
    private static final long NONE = Long.MAX_VALUE;

    /** Per position: its key, NONE while the agent takes no chat (then it is not in the line). */
    private final long[] key;
    /**
     * Links of a circular list with a sentinel at index {@code positions} (its next is the first, its
     * prev the last): unlinking and inserting then need no test for an end of the line. With tests
     * (head and tail as -1), taking the first agent never took the "not first" side in a run's middle,
     * so C2 pruned it and trapped when agents went off shift at a replication's end.
     */
    private final int[] next, prev;
    private final int end;

    FreeAgentLine(int positions) {
        key = new long[positions + 1];
        Arrays.fill(key, NONE);
        key[positions] = Long.MIN_VALUE; // the sentinel: the walk back in insert stops at it
        next = new int[positions + 1];
        prev = new int[positions + 1];
        end = positions;
        next[end] = prev[end] = end;
    }

    /** The first position, -1 if nobody in the list takes a chat now. */
    int first() {
        int h = next[end];
        return h == end ? -1 : h;
    }

    /** The position's key is now {@code k} (NONE: it takes no chat). */
    void set(int pos, long k) {
        long old = key[pos];
        if (old == k) return;
        if (old != NONE) unlink(pos);
        key[pos] = k;
        if (k != NONE) insert(pos, k);
    }

    private void unlink(int pos) {
        int p = prev[pos], n = next[pos];
        next[p] = n;
        prev[n] = p;
    }

    /** After the last position with a smaller key (keys differ: the position is part of them; the sentinel's is the smallest). */
    private void insert(int pos, long k) {
        int p = prev[end];
        while (key[p] > k) p = prev[p];
        int n = next[p];
        prev[pos] = p;
        next[pos] = n;
        next[p] = pos;
        prev[n] = pos;
    }
}
