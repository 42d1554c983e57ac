package io.kefusim.roster;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The duty changes are sorted as packed primitives; the order must be the one the plan always had:
 * a list of {time, agent, action} sorted by time, then agent, then action, each by Double.compare.
 */
class DutyChangesOrderTest {
    @Test
    void sameOrderAsTheComparatorChainWithTiesInEveryKey() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7L);
        for (int round = 0; round < 50; round++) {
            int n = 1 + rng.nextInt(400);
            DutyPlan.Changes changes = new DutyPlan.Changes();
            List<double[]> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // few distinct times, agents and actions, so that ties in each key are common; 0.0 and large times too
                double t = switch (rng.nextInt(4)) {
                    case 0 -> 0.0;
                    case 1 -> rng.nextInt(20) * 1800.0;
                    case 2 -> rng.nextDouble() * 86400 * 46;
                    default -> 3600.0 + rng.nextInt(3) * 1e-9;
                };
                int agent = rng.nextInt(round % 2 == 0 ? 5 : 50_000);
                int action = rng.nextInt(4);
                changes.add(t, agent, action);
                list.add(new double[]{t, agent, action});
            }
            list.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]).thenComparingDouble(e -> e[2]));
            changes.sort();
            double[] t = new double[n];
            int[] a = new int[n], act = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = list.get(i)[0];
                a[i] = (int) list.get(i)[1];
                act[i] = (int) list.get(i)[2];
            }
            assertEquals(n, changes.time.length);
            assertArrayEquals(t, changes.time);
            assertArrayEquals(a, changes.agent);
            assertArrayEquals(act, changes.action);
        }
    }

    @Test
    void orderKeyOrdersAsDoubleCompare() {
        double[] v = {-1.5, -0.0, 0.0, Double.MIN_VALUE, 1.0, 86400.0, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : v) {
            for (double y : v) {
                assertEquals(Integer.signum(Double.compare(x, y)), Long.signum(Long.compare(DutyPlan.Changes.orderKey(x), DutyPlan.Changes.orderKey(y))), x + " vs " + y);
            }
        }
    }
}
