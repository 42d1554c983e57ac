package io.kefusim.service;

/**
 * Which agent takes a new buyer, without scanning every agent: one tournament tree per list of
 * candidates (a buyer type's primary agents, or one skill rank of its secondary agents). A
 * leaf holds its candidate if that agent is accepting chats; a node holds the better of its
 * children by the routing rule — fewest active chats, then free the longest, then earliest
 * in the list — so the root is the agent a scan of the list would pick. When an agent's
 * state changes, only its own leaves and their ancestors are recomputed: O(log n) per list
 * it is on, instead of O(n) per arrival. The climb carries the new minimum up and reads only
 * the sibling at each level, to the root, without stopping early: each level then waits for no
 * store of the level below and the loop has no branch to mispredict (measured 9% less time a
 * replication on the M/M/c+M bench than stopping at the first unchanged node, 5% with 1,000 agents).
 *
 * <p>The rule is packed into one long per node, compared with a plain minimum (no branch to
 * mispredict): active chats in the top bits, then the agent's <em>free stamp</em>, then its
 * position in the list. The free stamp stands for the time a slot was last freed: the model
 * numbers those times in the order they happen, giving equal times the same number, so
 * comparing stamps is exactly comparing times (clock time never runs back), ties included.
 *
 * <p>A list whose agents all hold one chat at a time is kept as a {@link FreeAgentLine} instead
 * of a tree: the same pick, in O(1) for the usual changes (the M/M/c+M case: every arrival takes
 * the first free agent, every completion frees one).
 */
final class AgentChooser {
    private static final int POS_BITS = 20, STAMP_BITS = 36;
    private static final long POS_MASK = (1L << POS_BITS) - 1;
    /** Largest free stamp, active chat count and list length the packing holds. */
    static final long MAX_STAMP = (1L << STAMP_BITS) - 1;
    static final int MAX_ACTIVE = (1 << (63 - STAMP_BITS - POS_BITS)) - 1, MAX_CANDIDATES = 1 << POS_BITS;
    private static final long NONE = Long.MAX_VALUE;

    private final int[] active;
    private final long[] freeStamp;
    private final boolean[] inShift, onBreak;
    private final int[] concurrency, group;

    private long[][] nodes = new long[8][]; // per tree: [1, 2·size) heap-ordered packed keys, NONE where nobody accepts
    private int[][] members = new int[8][]; // per tree: the candidate agents, by position
    private int[] sizes = new int[8];
    private FreeAgentLine[] lines = new FreeAgentLine[8]; // per tree: its line if all its agents have concurrency 1, else null
    private int trees;

    // an agent's places in the trees: tree and position, from placeStart[agent]
    private int[] placeStart, placeTree, placePos;

    AgentChooser(int[] active, long[] freeStamp, boolean[] inShift, boolean[] onBreak, int[] concurrency, int[] group) {
        this.active = active;
        this.freeStamp = freeStamp;
        this.inShift = inShift;
        this.onBreak = onBreak;
        this.concurrency = concurrency;
        this.group = group;
        // an accepting agent holds fewer chats than its concurrency, which must fit the key's top bits
        for (int c : concurrency) if (c > MAX_ACTIVE + 1) throw new IllegalStateException("concurrency above " + (MAX_ACTIVE + 1));
    }

    /** Adds a tree over {@code candidates} (in the order ties are broken); returns its number. */
    int addTree(int[] candidates) {
        if (candidates.length > MAX_CANDIDATES) throw new IllegalStateException("more than " + MAX_CANDIDATES + " candidates");
        if (trees == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, trees * 2);
            members = java.util.Arrays.copyOf(members, trees * 2);
            sizes = java.util.Arrays.copyOf(sizes, trees * 2);
            lines = java.util.Arrays.copyOf(lines, trees * 2);
        }
        boolean single = candidates.length > 0;
        for (int a : candidates) single &= concurrency[group[a]] == 1;
        if (single) lines[trees] = new FreeAgentLine(candidates.length);
        int size = 1;
        while (size < Math.max(1, candidates.length)) size <<= 1;
        long[] t = new long[2 * size];
        java.util.Arrays.fill(t, NONE);
        nodes[trees] = t;
        members[trees] = candidates.clone();
        sizes[trees] = size;
        return trees++;
    }

    /** Indexes every agent's places and computes every tree; call once, after the last addTree. */
    void build(int agents) {
        int[] count = new int[agents + 1];
        for (int k = 0; k < trees; k++) for (int a : members[k]) count[a + 1]++;
        placeStart = new int[agents + 1];
        for (int a = 0; a < agents; a++) placeStart[a + 1] = placeStart[a] + count[a + 1];
        placeTree = new int[placeStart[agents]];
        placePos = new int[placeStart[agents]];
        int[] fill = placeStart.clone();
        for (int k = 0; k < trees; k++) {
            long[] t = nodes[k];
            for (int i = 0; i < members[k].length; i++) {
                int a = members[k][i];
                placeTree[fill[a]] = k;
                placePos[fill[a]++] = i;
                t[sizes[k] + i] = key(a, i);
                if (lines[k] != null) lines[k].set(i, key(a, i));
            }
            for (int n = sizes[k] - 1; n >= 1; n--) t[n] = Math.min(t[2 * n], t[2 * n + 1]);
        }
    }

    /** The agent the tree's rule picks, or -1 if none of its candidates accepts a chat now. */
    int best(int tree) {
        FreeAgentLine line = lines[tree];
        if (line != null) {
            int first = line.first();
            return first < 0 ? -1 : members[tree][first];
        }
        long k = nodes[tree][1];
        return k == NONE ? -1 : members[tree][(int) (k & POS_MASK)];
    }

    /** Recomputes an agent's leaves after its active chats, free stamp, shift or break changed. */
    void touch(int agent) {
        for (int j = placeStart[agent], end = placeStart[agent + 1]; j < end; j++) {
            int k = placeTree[j], pos = placePos[j];
            if (lines[k] != null) {
                lines[k].set(pos, key(agent, pos));
                continue;
            }
            long[] t = nodes[k];
            int n = sizes[k] + pos;
            long v = key(agent, pos);
            t[n] = v;
            // a parent is the smaller of its two children: the one on this path (v) and its sibling
            for (; n > 1; n >>>= 1) {
                v = Math.min(v, t[n ^ 1]);
                t[n >>> 1] = v;
            }
        }
    }

    /** The agent's packed key at list position {@code pos}: smaller is better; NONE if it takes no chat now. */
    private long key(int a, int pos) {
        // & rather than &&: one branch, whose both sides every replication takes, where an agent going off
        // shift or on a break only at a day's end left a branch that C2 pruned and trapped on (issue 29)
        if (!(inShift[a] & !onBreak[a] & active[a] < concurrency[group[a]])) return NONE;
        return ((long) active[a] << (STAMP_BITS + POS_BITS)) | (freeStamp[a] << POS_BITS) | pos;
    }
}
