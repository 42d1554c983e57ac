package io.kefusim.service;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The routing trees pick, after any sequence of agent changes, exactly the agent a scan of the
 * candidate list picks: among agents in a shift, not on a break and below their concurrency,
 * fewest active chats, then the smallest free stamp, then the earliest in the list.
 */
class AgentChooserTest {

    @Test
    void everyTreeAgreesWithAScanOfItsList() {
        agreesWithAScan(new int[]{1, 3, 5});
    }

    /** Lists of agents that hold one chat at a time are kept as a {@link FreeAgentLine}, not a tree: the same pick. */
    @Test
    void everyLineOfSingleChatAgentsAgreesWithAScanOfItsList() {
        agreesWithAScan(new int[]{1, 1, 1});
    }

    private static void agreesWithAScan(int[] concurrency) {
        SplittableRandom rng = new SplittableRandom(42);
        int agents = 300, groups = 3;
        int[] group = new int[agents], active = new int[agents];
        long[] stamp = new long[agents];
        boolean[] inShift = new boolean[agents], onBreak = new boolean[agents];
        for (int a = 0; a < agents; a++) {
            group[a] = rng.nextInt(groups);
            inShift[a] = rng.nextInt(4) > 0;
        }
        AgentChooser chooser = new AgentChooser(active, stamp, inShift, onBreak, concurrency, group);
        // list sizes around the tree's level boundaries (1, 4, 16, 64, 256 leaves), and an empty list
        int[] sizes = {0, 1, 2, 4, 5, 16, 17, 63, 64, 65, 100, 256, 257, 300};
        int[][] lists = new int[sizes.length][];
        int[] tree = new int[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            lists[k] = shuffledAgents(rng, agents, sizes[k]);
            tree[k] = chooser.addTree(lists[k]);
        }
        chooser.build(agents);

        long clock = 0;
        for (int step = 0; step < 200_000; step++) {
            int a = rng.nextInt(agents);
            switch (rng.nextInt(6)) {
                case 0, 1 -> { if (active[a] < concurrency[group[a]]) active[a]++; }
                case 2 -> {
                    if (active[a] > 0) active[a]--;
                    if (rng.nextInt(3) > 0) clock++; // some agents free a slot at the same time: equal stamps
                    stamp[a] = clock;
                }
                case 3 -> inShift[a] = !inShift[a];
                case 4 -> onBreak[a] = rng.nextInt(5) == 0;
                default -> { } // touched without a change
            }
            chooser.touch(a);
            if (step % 7 == 0 || step > 199_000) {
                for (int k = 0; k < sizes.length; k++) {
                    assertEquals(scan(lists[k], active, stamp, inShift, onBreak, concurrency, group), chooser.best(tree[k]),
                            "list of " + sizes[k] + " after step " + step);
                }
            }
        }
    }

    private static int[] shuffledAgents(SplittableRandom rng, int agents, int n) {
        int[] all = new int[agents];
        for (int i = 0; i < agents; i++) all[i] = i;
        for (int i = agents - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), x = all[i];
            all[i] = all[j];
            all[j] = x;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    /** The routing rule, agent by agent. */
    private static int scan(int[] list, int[] active, long[] stamp, boolean[] inShift, boolean[] onBreak, int[] concurrency, int[] group) {
        int best = -1;
        for (int a : list) {
            if (!inShift[a] || onBreak[a] || active[a] >= concurrency[group[a]]) continue;
            if (best < 0 || active[a] < active[best] || (active[a] == active[best] && stamp[a] < stamp[best])) best = a;
        }
        return best;
    }
}
