package io.kefusim.sanity;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;
import io.kefusim.scenario.Scenario.BuyerType;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys a written scenario (a results folder's scenario.yaml, the studio's Save, staff's
 * optimised.yaml) lists under {@code defaults_used}: of the keys the warnings read as written or
 * left out (the illustrative behaviour {@link DefaultsCheck} lists, the pay {@link PayCheck} says is
 * the level's, the settings {@link UnreadCheck} says reach nothing, the mix {@link MixCheck} reads),
 * those the user's file left to kefusim's defaults. The written file spells every default out; without
 * this list a run of it would take kefusim's made-up figures for the shop's own and say nothing.
 * A whole section the user left out is listed once ({@code buyers.aftersale}, {@code costs}).
 */
public final class DefaultsUsed {
    private DefaultsUsed() {}

    /** The keys, in the order the file writes them; empty for a scenario built in code (it has no file to tell). */
    public static List<String> of(Scenario s) {
        List<String> out = new ArrayList<>();
        if (!s.origins().fromFile()) return out;
        java.util.Set<String> idle = java.util.Set.copyOf(idle(s));
        for (String k : List.of("replications", "seed")) leftOut(s, k, out);
        if (!s.demand().isTrace()) {
            if (!s.origins().written("demand.mix")) out.add("demand.mix");
            else for (String t : s.demand().mixTypes()) leftOut(s, "demand.mix." + t, out);
        } else if (!s.origins().written("demand.mix")) {
            out.add("demand.mix"); // written out, a trace's default mix would read as the user's (inputs.unread beside a typed trace)
        }
        for (BuyerType b : s.buyers()) {
            String at = "buyers." + b.name();
            if (leftOut(s, at, out)) continue;
            for (String k : List.of("patience", "messages", "think_time", "conversion", "silent_buy", "order_value")) leftOut(s, at + "." + k, out);
            if (b.hasMargin()) leftOut(s, at + ".margin", out);
            for (String k : List.of("conversion_factor", "conversion_interpolation")) leftOut(s, at + "." + k, out);
        }
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            String at = "agents[" + g + "].";
            for (String k : List.of("level", "concurrency", "reply_time", "monthly_pay")) leftOut(s, at + k, out);
            if (!Double.isNaN(group.hourlyPay())) leftOut(s, at + "hourly_pay", out);
        }
        if (!leftOut(s, "costs", out)) leftOut(s, "costs.rest_day_factor", out);
        out.removeAll(idle); // not written at all (idle), so not listed: a key listed must be written
        return out;
    }

    /**
     * The keys the written scenario leaves out: kefusim's defaults that change nothing given the rest of it (a
     * never-ordering type's order settings, a level beside the pay the user gave, a rest-day factor no team is paid by).
     * Written, a user who deletes {@code defaults_used} would be told kefusim's own values change nothing ({@code inputs.unread}).
     */
    public static List<String> idle(Scenario s) {
        return UnreadCheck.unwrittenIdle(s);
    }

    /** Adds {@code key} when the user's file did not write it; whether it did. */
    private static boolean leftOut(Scenario s, String key, List<String> out) {
        if (s.origins().written(key)) return false;
        out.add(key);
        return true;
    }
}
