package io.kefusim.metrics;

import io.kefusim.scenario.DistSpec;
import io.kefusim.scenario.Scenario;

/**
 * Orders lost even with an agent free for every buyer. Then nobody waits and nobody gives up,
 * yet the first reply still takes the agent's own typing time R (times the group's speed
 * factor; slowdown is 1 with one chat), so a buyer orders with probability conversion x
 * E[f(R)], not conversion. The rest, conversion x (1 - E[f(R)]) per buyer who reached the
 * queue, is lost whatever the roster; lost orders beyond it are what staffing can recover.
 *
 * <p>Computed from R's distribution, not measured in the simulation: it is a property of the
 * scenario (reply times and the conversion_factor table), the same for every roster, so it
 * needs no replication noise, no change to the event loop, and it stays right for buyers who
 * gave up before any reply was typed. R is the reply time of the group that would take the
 * buyer with everyone free ({@link Scenario#ownerGroup}), as for the staffing ceiling. A phone
 * type's first response is the pick-up, at once with a free agent: f(0), or with the group's
 * {@code pick_up} delay for its share of buyers ({@link #keptWithPickUp}).
 * E[f(R)] is exact for a step table (f is constant between rows: the CDF's increments) and,
 * for a linear table, exact up to the numerical integral of the CDF over each sloped row.
 */
public final class Unrecoverable {
    private static final int SIMPSON_PANELS = 2000;

    private Unrecoverable() {}

    /** Expected orders lost per buyer of this type who reaches the queue, with an agent free for every buyer. */
    public static double ordersPerBuyer(Scenario s, int type) {
        Scenario.BuyerType b = s.buyers().get(type);
        if (b.conversion() == 0) return 0;
        int g = s.ownerGroup(b.name());
        // nobody can take the type: never answered, whatever the headcount; a call is answered at
        // its pick-up, at once with a free agent, so nothing of it is lost whatever is said after
        double kept;
        if (g < 0) kept = b.silentBuy();
        else if (s.groups().get(g).hasPickUp()) kept = keptWithPickUp(b.conversionFactor(), s.groups().get(g), s.phoneType(type));
        else kept = s.phoneType(type) ? b.conversionFactor().at(0)
                : expectedFactor(b.conversionFactor(), s.groups().get(g).replyTime(), s.groups().get(g).speedFactor());
        return b.conversion() * (1 - kept);
    }

    private static final int PICK_UP_PANELS = 200;

    /**
     * With a pick-up ({@code agents[].pick_up}), a buyer who finds an agent free still waits the
     * pick-up P, for the share {@code pick_up_share} of such buyers: the first response is P (a call) or
     * P + the typing time (a chat) for them, 0 or the typing time for the others. Staffing cannot win
     * that back either (everyone free is the best a roster does), so it is unrecoverable too; before,
     * a picked-up call counted as answered at once and its loss as recoverable.
     */
    static double keptWithPickUp(Scenario.ConversionFactor f, Scenario.AgentGroup g, boolean phone) {
        DistSpec reply = g.replyTime(), pick = g.pickUp();
        double speed = g.speedFactor(), share = g.pickUpShare();
        java.util.function.DoubleUnaryOperator typing = phone ? w -> w >= 0 ? 1 : 0 : w -> reply.cdf(w / speed);
        java.util.function.DoubleUnaryOperator picked = w -> convolved(typing, pick, w);
        return expectedFactor(f, w -> (1 - share) * typing.applyAsDouble(w) + share * picked.applyAsDouble(w));
    }

    /** P(P + X <= w) for the pick-up P and X of CDF {@code x}: exact for a constant or empirical P, else over a grid of P on [0, w]. */
    private static double convolved(java.util.function.DoubleUnaryOperator x, DistSpec pick, double w) {
        if (w < 0) return 0;
        if (pick.kind() == DistSpec.Kind.CONSTANT) return x.applyAsDouble(w - pick.a());
        if (pick.kind() == DistSpec.Kind.EMPIRICAL) {
            double sum = 0;
            for (double p : pick.values()) sum += x.applyAsDouble(w - p);
            return sum / pick.values().length;
        }
        double h = w / PICK_UP_PANELS, sum = x.applyAsDouble(w) * pick.cdf(0), before = pick.cdf(0);
        for (int k = 1; k <= PICK_UP_PANELS; k++) {
            double at = pick.cdf(k * h);
            sum += x.applyAsDouble(w - (k - 0.5) * h) * (at - before); // P in ((k-1)h, kh], X <= w - P at its middle
            before = at;
        }
        return sum;
    }

    /** E[f(speed x R)]: the share of conversion kept when the first response is one reply time. */
    public static double expectedFactor(Scenario.ConversionFactor f, DistSpec reply, double speed) {
        if (reply.kind() == DistSpec.Kind.CONSTANT) return f.at(reply.a() * speed);
        if (reply.kind() == DistSpec.Kind.EMPIRICAL) {
            double sum = 0;
            for (double r : reply.values()) sum += f.at(r * speed);
            return sum / reply.values().length;
        }
        return expectedFactor(f, w -> reply.cdf(w / speed)); // P(speed x R <= w)
    }

    /** E[f(W)] for a first response W of CDF {@code cdf}. */
    static double expectedFactor(Scenario.ConversionFactor f, java.util.function.DoubleUnaryOperator cdf) {
        double[] w = f.within();
        if (w.length == 0) return f.otherwise();
        double sum = f.factor()[0] * cdf.applyAsDouble(w[0]);
        for (int i = 1; i < w.length; i++) {
            double fa = f.factor()[i - 1], fb = f.factor()[i];
            double pa = cdf.applyAsDouble(w[i - 1]), pb = cdf.applyAsDouble(w[i]);
            if (!f.linear() || fa == fb) {
                sum += fb * (pb - pa);
            } else {
                // f linear from fa at a to fb at b: E[f(R); a < R <= b] = fb F(b) - fa F(a) - (fb - fa) x mean of F over [a, b]
                sum += fb * pb - fa * pa - (fb - fa) * meanOver(cdf, w[i - 1], w[i]);
            }
        }
        return sum + f.otherwise() * (1 - cdf.applyAsDouble(w[w.length - 1]));
    }

    /** The mean of a function over [a, b], composite Simpson (the CDFs here are smooth). */
    private static double meanOver(java.util.function.DoubleUnaryOperator g, double a, double b) {
        double h = (b - a) / SIMPSON_PANELS, sum = g.applyAsDouble(a) + g.applyAsDouble(b);
        for (int k = 1; k < SIMPSON_PANELS; k++) sum += g.applyAsDouble(a + k * h) * (k % 2 == 1 ? 4 : 2);
        return sum * h / 3 / (b - a);
    }
}
