package io.kefusim.sanity;

import io.kefusim.scenario.DistSpec;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;
import io.kefusim.scenario.Scenario.BuyerType;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's behavioural inputs a file left out, which then run on kefusim's illustrative
 * defaults (MODEL.md: patience, messages per chat, think and reply times, conversion and its decay
 * "are illustrative assumptions that a shop should replace with its own numbers"), and the order
 * value, a placeholder. A shop that forgot its patience still gets a service level, to one decimal,
 * that is the default's and not its own; said once, listing every such key, in every output.
 *
 * <p>Only inputs that reach the model are listed: a type's settings if its buyers arrive, think time
 * only if a chat can have a second message, conversion and its decay only for a type that converts,
 * a group's only if it is on a roster. Chat concurrency is listed (5 is a rule of thumb; phone
 * desks take one call by nature). Pay left to the level default is said by {@link PayCheck}. A
 * scenario built in code (no file: a backtest's desk) has nothing to point at and is not judged.
 */
final class DefaultsCheck {
    private DefaultsCheck() {}

    static List<Warning> check(Scenario s) {
        return check(s, false);
    }

    /**
     * @param behaviourOnly only what a backtest simulates as the file says: buyers' patience,
     *                      messages and think time, the desk's reply time and concurrency (it replays
     *                      the records' own arrivals, types and staffing, and judges no sales)
     */
    static List<Warning> check(Scenario s, boolean behaviourOnly) {
        if (!s.origins().fromFile()) return List.of();
        List<String> left = new ArrayList<>();
        if (!behaviourOnly && !s.demand().isTrace() && !s.origins().written("demand.mix")) left.add("demand.mix");
        for (int t = 0; t < s.buyers().size(); t++) {
            BuyerType b = s.buyers().get(t);
            if (!arrives(s, t)) continue;
            String at = "buyers." + b.name() + ".";
            if (!s.origins().written(at + "patience")) left.add(at + "patience");
            if (!s.origins().written(at + "messages") && !(!behaviourOnly && sizedByTrace(s))) left.add(at + "messages");
            if (!s.origins().written(at + "think_time") && canReplyTwice(b.messages())) left.add(at + "think_time");
            if (behaviourOnly) continue;
            if (!s.origins().written(at + "conversion") && b.conversion() > 0) left.add(at + "conversion");
            if (b.converts()) {
                if (!s.origins().written(at + "conversion_factor")) left.add(at + "conversion_factor");
                if (!s.origins().written(at + "order_value")) left.add(at + "order_value");
            }
        }
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            if (!behaviourOnly && !rostered(s, group.name())) continue; // a backtest puts the records' own agents in every group
            String at = "agents[" + g + "].";
            if (!s.origins().written(at + "reply_time")) left.add(at + "reply_time");
            if (!s.origins().written(at + "concurrency") && !group.phone()) left.add(at + "concurrency");
        }
        if (left.isEmpty()) return List.of();
        return List.of(new Warning("defaults.illustrative", s.origins().at(left.get(0)), null, new Said("wn_defaults_illustrative", List.copyOf(left))));
    }

    /** Whether the type's buyers arrive: a trace may name any type; a pattern sends those the mix gives a share at some hour. */
    static boolean arrives(Scenario s, int type) {
        if (s.demand().isTrace()) {
            // a trace whose rows all give their types sends only the types its rows name; else the mix may draw any
            io.kefusim.demand.TraceArrivals.Span span = io.kefusim.demand.TraceArrivals.span(s);
            return !span.everyTyped() || span.typed()[type] > 0;
        }
        for (double[] hour : s.demand().mixByHour()) if (type < hour.length && hour[type] > 0) return true;
        return false;
    }

    /** Whether every row of a trace the run replays gives its message count: no type's messages is drawn then. */
    private static boolean sizedByTrace(Scenario s) {
        return s.demand().isTrace() && io.kefusim.demand.TraceArrivals.span(s).everySized();
    }

    /** Think time is drawn only between two buyer messages. */
    private static boolean canReplyTwice(DistSpec messages) {
        return !(messages.kind() == DistSpec.Kind.CONSTANT && messages.mean() <= 1);
    }

    static boolean rostered(Scenario s, String group) {
        for (Scenario.RosterEntry r : s.roster()) if (r.group().equals(group) && r.agents() > 0) return true;
        for (Scenario.Team t : s.teams()) if (t.agents().getOrDefault(group, 0) > 0) return true;
        return false;
    }
}
