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

    // per tree, heap-ordered nodes [1, 2·size): the winner's position (-1: none) and its keys, so a
    // comparison reads the two children's entries side by side instead of chasing agent indices
    private int[][] nodePos = new int[8][], nodeActive = new int[8][];
    private double[][] nodeFree = new double[8][];
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
        if (trees == nodePos.length) {
            nodePos = java.util.Arrays.copyOf(nodePos, trees * 2);
            nodeActive = java.util.Arrays.copyOf(nodeActive, trees * 2);
            nodeFree = java.util.Arrays.copyOf(nodeFree, trees * 2);
            members = java.util.Arrays.copyOf(members, trees * 2);
            sizes = java.util.Arrays.copyOf(sizes, trees * 2);
        }
        int size = 1;
        while (size < Math.max(1, candidates.length)) size <<= 1;
        int[] t = new int[2 * size];
        java.util.Arrays.fill(t, -1);
        nodePos[trees] = t;
        nodeActive[trees] = new int[2 * size];
        nodeFree[trees] = new double[2 * size];
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
                setLeaf(k, sizes[k] + i, i, a);
            }
            for (int n = sizes[k] - 1; n >= 1; n--) {
                int w = better(nodePos[k], nodeActive[k], nodeFree[k], 2 * n);
                copy(k, w, n);
            }
        }
    }

    /** The agent the tree's rule picks, or -1 if none of its candidates accepts a chat now. */
    int best(int tree) {
        int p = nodePos[tree][1];
        return p < 0 ? -1 : members[tree][p];
    }

    /** Recomputes an agent's leaves after its active chats, last free time, shift or break changed. */
    void touch(int agent) {
        for (int j = placeStart[agent], end = placeStart[agent + 1]; j < end; j++) {
            int k = placeTree[j];
            int[] pos = nodePos[k], act = nodeActive[k];
            double[] free = nodeFree[k];
            int n = sizes[k] + placePos[j];
            setLeaf(k, n, placePos[j], agent);
            // Up the path while something changes: a node whose winner and keys stay the same
            // leaves every node above it as it was.
            for (n >>>= 1; n >= 1; n >>>= 1) {
                int w = better(pos, act, free, 2 * n);
                int p = w < 0 ? -1 : pos[w];
                if (p == pos[n] && (p < 0 || (act[w] == act[n] && free[w] == free[n]))) break;
                copy(k, w, n);
            }
        }
    }

    private void setLeaf(int k, int n, int position, int agent) {
        if (accepting(agent)) {
            nodePos[k][n] = position;
            nodeActive[k][n] = active[agent];
            nodeFree[k][n] = lastFree[agent];
        } else {
            nodePos[k][n] = -1;
        }
    }

    /** Node n of tree k takes the winner at node w (-1: none). */
    private void copy(int k, int w, int n) {
        if (w < 0) {
            nodePos[k][n] = -1;
        } else {
            nodePos[k][n] = nodePos[k][w];
            nodeActive[k][n] = nodeActive[k][w];
            nodeFree[k][n] = nodeFree[k][w];
        }
    }

    private boolean accepting(int a) {
        return inShift[a] && !onBreak[a] && active[a] < concurrency[group[a]];
    }

    /**
     * Which of the nodes l and l + 1 holds the better agent (-1 if neither holds one): fewest
     * active chats, then free the longest, then the earlier position, as a scan keeps the first of equals.
     */
    private static int better(int[] pos, int[] act, double[] free, int l) {
        int r = l + 1, p = pos[l], q = pos[r];
        if (p < 0) return q < 0 ? -1 : r;
        if (q < 0) return l;
        if (act[r] != act[l]) return act[r] < act[l] ? r : l;
        if (free[r] < free[l]) return r;
        if (free[l] < free[r]) return l;
        return q < p ? r : l;
    }
}
