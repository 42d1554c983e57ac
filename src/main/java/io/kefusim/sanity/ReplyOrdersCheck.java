package io.kefusim.sanity;

import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;
import io.kefusim.scenario.Scenario.BuyerType;

import java.util.ArrayList;
import java.util.List;

/**
 * fitE: lost orders whose first responses come from an assumed reply time. A fitted file's conversion factors are by the
 * records' first responses, but where the records could not give the reply time (a per-chat export with a first response
 * and no queue wait or message times) the run's first responses come from kefusim's illustrative reply time, mean 30 s:
 * nearly every simulated chat then falls in the fastest bucket and lost orders come out near 0, the headline figure of a
 * shop, while {@code defaults.illustrative} only lists the reply time. Said ({@code defaults.reply_time_orders}) where the
 * file carries the records' mean first response ({@code observed.first_response}, which {@code kefusim fit} writes in that
 * case), a chat group on duty runs on the default reply time, and a type it serves orders less after a slower first
 * response (a factor below 1); with that mean and the default's beside it.
 */
public final class ReplyOrdersCheck {
    static final String CODE = "defaults.reply_time_orders";

    private ReplyOrdersCheck() {}

    public static List<Warning> check(Scenario s) {
        if (!s.origins().fromFile() || !Double.isFinite(s.observedFirstResponse())) return List.of();
        List<String> groups = new ArrayList<>(), types = new ArrayList<>();
        double assumed = Double.NaN;
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            if (group.phone() || !DefaultsCheck.rostered(s, group.name()) || s.origins().written("agents[" + g + "].reply_time")) continue;
            boolean any = false;
            for (int t = 0; t < s.buyers().size(); t++) {
                BuyerType b = s.buyers().get(t);
                if (!group.skills().contains(b.name()) || !DefaultsCheck.arrives(s, t) || !b.converts() || !slowerSellsLess(b)) continue;
                any = true;
                if (!types.contains(b.name())) types.add(b.name());
            }
            if (!any) continue;
            groups.add("agents[" + g + "].reply_time");
            if (Double.isNaN(assumed)) assumed = group.replyTime().mean();
        }
        if (groups.isEmpty()) return List.of();
        return List.of(new Warning(CODE, s.origins().at(groups.get(0)), null,
                new Said("wn_reply_time_orders", List.copyOf(types), Durations.format(Math.round(assumed)), List.copyOf(groups),
                        Durations.format(Math.round(s.observedFirstResponse())))));
    }

    /** Whether a slower first response orders less: some factor (or otherwise) below 1. */
    private static boolean slowerSellsLess(BuyerType b) {
        Scenario.ConversionFactor f = b.conversionFactor();
        if (f == null) return false;
        for (double v : f.factor()) if (v < 1) return true;
        return f.otherwise() < 1;
    }
}
