package io.kefusim.service;

/**
 * Which agent takes a new buyer, without scanning every agent: one tournament tree per list of
 * candidates (a buyer type's primary agents, or one skill rank of its secondary agents). A
 * leaf holds its candidate if that agent is accepting chats; a node holds the better of its
 * children by the routing rule — fewest active chats, then free the longest, then earliest
 * in the list — so the root is the agent a scan of the list would pick. When an agent's
 * state changes, only its own leaves and their ancestors are recomputed: O(log n) per list
 * it is on, instead of O(n) per arrival.
 */
final class AgentChooser {
    private final int[] active;
    private final double[] lastFree;
    private final boolean[] inShift, onBreak;
    private final int[] concurrency, group;

    private int[][] nodes = new int[8][];  // per tree: [1, 2·size) heap-ordered, positions or -1
    private int[][] members = new int[8][]; // per tree: the candidate agents, by position
    private int[] sizes = new int[8];
    private int trees;

    // an agent's places in the trees: tree and position, from placeStart[agent]
    private int[] placeStart, placeTree, placePos;

    AgentChooser(int[] active, double[] lastFree, boolean[] inShift, boolean[] onBreak, int[] concurrency, int[] group) {
        this.active = active;
        this.lastFree = lastFree;
        this.inShift = inShift;
        this.onBreak = onBreak;
        this.concurrency = concurrency;
        this.group = group;
    }

    /** Adds a tree over {@code candidates} (in the order ties are broken); returns its number. */
    int addTree(int[] candidates) {
        if (trees == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, trees * 2);
            members = java.util.Arrays.copyOf(members, trees * 2);
            sizes = java.util.Arrays.copyOf(sizes, trees * 2);
        }
        int size = 1;
        while (size < Math.max(1, candidates.length)) size <<= 1;
        int[] t = new int[2 * size];
        java.util.Arrays.fill(t, -1);
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
            for (int i = 0; i < members[k].length; i++) {
                int a = members[k][i];
                placeTree[fill[a]] = k;
                placePos[fill[a]++] = i;
            }
            int size = sizes[k];
            int[] t = nodes[k];
            for (int i = 0; i < members[k].length; i++) t[size + i] = accepting(members[k][i]) ? i : -1;
            for (int n = size - 1; n >= 1; n--) t[n] = better(k, t[2 * n], t[2 * n + 1]);
        }
    }

    /** The agent the tree's rule picks, or -1 if none of its candidates accepts a chat now. */
    int best(int tree) {
        int p = nodes[tree][1];
        return p < 0 ? -1 : members[tree][p];
    }

    /** Recomputes an agent's leaves after its active chats, last free time, shift or break changed. */
    void touch(int agent) {
        boolean acc = accepting(agent);
        for (int j = placeStart[agent], end = placeStart[agent + 1]; j < end; j++) {
            int k = placeTree[j], pos = placePos[j];
            int[] t = nodes[k];
            int n = sizes[k] + pos;
            t[n] = acc ? pos : -1;
            // the whole path up: even where the winner's position stays, its key may have changed
            for (n >>>= 1; n >= 1; n >>>= 1) t[n] = better(k, t[2 * n], t[2 * n + 1]);
        }
    }

    private boolean accepting(int a) {
        return inShift[a] && !onBreak[a] && active[a] < concurrency[group[a]];
    }

    /** The better of two positions of tree k (-1 is none); on a tie the earlier position. */
    private int better(int k, int p, int q) {
        if (p < 0) return q;
        if (q < 0) return p;
        int a = members[k][p], b = members[k][q];
        if (active[b] != active[a]) return active[b] < active[a] ? q : p;
        if (lastFree[b] < lastFree[a]) return q;
        if (lastFree[a] < lastFree[b]) return p;
        return q < p ? q : p; // equals: the earlier in the list, as a scan keeps the first of equals
    }
}
