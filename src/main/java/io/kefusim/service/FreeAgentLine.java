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
    private final int[] next, prev;
    private int head = -1, tail = -1;

    FreeAgentLine(int positions) {
        key = new long[positions];
        Arrays.fill(key, NONE);
        next = new int[positions];
        prev = new int[positions];
    }

    /** The first position, -1 if nobody in the list takes a chat now. */
    int first() { return head; }

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
        if (p >= 0) next[p] = n;
        else head = n;
        if (n >= 0) prev[n] = p;
        else tail = p;
    }

    /** After the last position with a smaller key (keys differ: the position is part of them). */
    private void insert(int pos, long k) {
        int p = tail;
        while (p >= 0 && key[p] > k) p = prev[p];
        int n = p >= 0 ? next[p] : head;
        prev[pos] = p;
        next[pos] = n;
        if (p >= 0) next[p] = pos;
        else head = pos;
        if (n >= 0) prev[n] = pos;
        else tail = pos;
    }
}
