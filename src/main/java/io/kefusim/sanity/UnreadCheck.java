package io.kefusim.sanity;

import io.kefusim.scenario.Origins.Origin;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;
import io.kefusim.scenario.Scenario.BuyerType;
import io.kefusim.scenario.Scenario.Team;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings the user wrote that change nothing, given the rest of the file ({@code inputs.unread}):
 * a type's order settings when its buyers never order (conversion 0, as written or by default),
 * {@code costs.rest_day_factor} when no team works under the standard working-time system (only
 * there are rest days worked paid apart: docs/reference/money.md), and a group's {@code level}
 * beside its pay (the level only sets the default pay). A key kefusim wrote out as its default
 * (a results folder's scenario.yaml lists it under {@code defaults_used}) is not the user's and is
 * not said. One warning per buyer type, per group, and for the factor, placed at the first key; a type's
 * {@code conversion: 0} given by an option ({@code --set}, {@code --vary}) is said as that option's, and placed there;
 * one given by a variant's {@code set:} (compare's plans) is said as that variant's, by name, and placed at its line.
 */
final class UnreadCheck {
    static final String CODE = "inputs.unread";
    /** A type's settings that only its orders read, in the order the file writes them. */
    private static final List<String> ORDER_KEYS = List.of("silent_buy", "order_value", "margin", "conversion_factor", "conversion_interpolation");

    private UnreadCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (!s.origins().fromFile()) return out;
        for (BuyerType b : s.buyers()) {
            if (b.conversion() != 0) continue;
            String at = "buyers." + b.name() + ".";
            List<String> unread = new ArrayList<>();
            for (String k : ORDER_KEYS) if (s.origins().written(at + k)) unread.add(at + k);
            if (unread.isEmpty()) continue;
            boolean written = s.origins().written(at + "conversion");
            Origin conversion = s.origins().at(at + "conversion");
            if (written && byOption(conversion)) {
                // conversion 0 came from --set (or a sweep's --vary), not the file: said, and placed, as the option's
                String typed = conversion.file() + " " + at + "conversion=" + RunWindow.num(b.conversion());
                out.add(new Warning(CODE, conversion, null, new Said("wn_unread_no_orders_option", b.name(), typed, List.copyOf(unread))));
                continue;
            }
            String variant = written ? s.origins().setByVariant(at + "conversion") : null;
            if (variant != null) {
                // conversion 0 came from a variant's set:, not the file's buyers: said as the variant's, and placed at its line
                String where = conversion.line() > 0 ? conversion.file() + ":" + conversion.line() : conversion.file();
                out.add(new Warning(CODE, conversion, null, new Said("wn_unread_no_orders_variant", b.name(), variant, where, List.copyOf(unread))));
                continue;
            }
            out.add(new Warning(CODE, s.origins().at(unread.get(0)), null,
                    new Said(written ? "wn_unread_no_orders" : "wn_unread_no_orders_default", b.name(), List.copyOf(unread))));
        }
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            String at = "agents[" + g + "].";
            if (!s.origins().written(at + "level")) continue;
            // the pay the group is paid by (pay: hourly or monthly): a written-back file writes both keys
            String key = group.hourly() ? "hourly_pay" : "monthly_pay";
            String pay = s.origins().written(at + key) ? key : null;
            if (pay == null) continue;
            out.add(new Warning(CODE, s.origins().at(at + "level"), null, new Said("wn_unread_level", group.name(), group.level(), pay)));
        }
        out.addAll(offRoster(s));
        if (s.demand().isUncertain() && !s.demand().isTrace() && s.origins().written("demand.uncertainty.peak")
                && s.demand().days().stream().allMatch(d -> d.peaks().isEmpty())) {
            // the peaks' size scales demand.days[].peaks: with none, it is drawn and reaches no buyer
            out.add(new Warning(CODE, s.origins().at("demand.uncertainty.peak"), null, new Said("wn_unread_uncertainty_peak")));
        }
        if (s.origins().written("costs.rest_day_factor") && !restDaysPaid(s)) {
            out.add(new Warning(CODE, s.origins().at("costs.rest_day_factor"), null,
                    new Said(s.teams().stream().anyMatch(UnreadCheck::staffed) ? "wn_unread_rest_day_system" : "wn_unread_rest_day_no_team",
                            io.kefusim.sanity.RunWindow.num(s.costs().restDayFactor()))));
        }
        out.addAll(trace(s));
        return out;
    }

    /**
     * What a trace leaves unread (tester24): with every row the run replays giving its type, {@code demand.mix} (which
     * types only the rows that give none), and a type written under {@code buyers} that no such row names (it brings no
     * buyer); with every row giving its message count, each type's {@code messages}. A trace that types or sizes only
     * some rows reads the mix or the messages for the others, and nothing is said; an empty trace, or one wholly
     * outside the run, is said as that ({@code demand.trace_empty}, {@code demand.trace_outside}).
     */
    private static List<Warning> trace(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (!s.demand().isTrace() || NoBuyers.expected(s)) return out;
        io.kefusim.demand.TraceArrivals.Span span = io.kefusim.demand.TraceArrivals.span(s);
        String file = s.demand().trace().getFileName().toString();
        if (span.everyTyped() && s.origins().written("demand.mix")) {
            out.add(new Warning(CODE, s.origins().at("demand.mix"), null, new Said("wn_unread_trace_mix", file, span.inside())));
        }
        String[] types = s.demand().mixTypes();
        List<String> rowless = new ArrayList<>();
        for (int t = 0; t < types.length; t++) {
            if (!span.everyTyped() || span.typed()[t] > 0 || !s.origins().written("buyers." + types[t])) continue;
            rowless.add(types[t]);
            out.add(new Warning(CODE, s.origins().at("buyers." + types[t]), null, new Said("wn_unread_trace_type", file, types[t], span.inside())));
        }
        if (span.everySized()) {
            List<String> keys = new ArrayList<>();
            for (String t : types) if (!rowless.contains(t) && s.origins().written("buyers." + t + ".messages")) keys.add("buyers." + t + ".messages");
            if (!keys.isEmpty()) out.add(new Warning(CODE, s.origins().at(keys.get(0)), null, new Said("wn_unread_trace_messages", file, span.inside(), List.copyOf(keys))));
        }
        return out;
    }

    /**
     * The keys that would change nothing, given the rest of the scenario, and that the user did not write: kefusim's
     * defaults, which the scenario it writes back (a results folder's scenario.yaml, the studio's Save, staff's
     * optimised.yaml) leaves out rather than write them as if they were the shop's own. A never-ordering type's order
     * settings (not {@code margin}, which has no default: written, it is someone's), a group's {@code level} beside a pay
     * the user gave, and {@code costs.rest_day_factor} with no team under the standard system. Each is its default,
     * so the file read again is the same scenario; and were they written, a user who deletes {@code defaults_used}
     * would be told that kefusim's own values change nothing.
     */
    static List<String> unwrittenIdle(Scenario s) {
        List<String> out = new ArrayList<>();
        if (!s.origins().fromFile()) return out;
        for (BuyerType b : s.buyers()) {
            if (b.conversion() != 0) continue;
            String at = "buyers." + b.name() + ".";
            for (String k : ORDER_KEYS) if (!k.equals("margin") && !s.origins().written(at + k)) out.add(at + k);
        }
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            String at = "agents[" + g + "].";
            // the pay is the user's own (an hourly group's hourly_pay, or the monthly_pay it is worked out from): the level sets nothing
            boolean payGiven = s.origins().written(at + "monthly_pay") || (group.hourly() && s.origins().written(at + "hourly_pay"));
            if (payGiven && !s.origins().written(at + "level")) out.add(at + "level");
        }
        if (!restDaysPaid(s) && !s.origins().written("costs.rest_day_factor")) out.add("costs.rest_day_factor");
        return out;
    }

    /** The message keys of {@link #offRoster}: a group, a shift. */
    static final String GROUP_OFF_ROSTER = "wn_unread_group_off_roster", SHIFT_OFF_ROSTER = "wn_unread_shift_off_roster";

    /**
     * tester24: a group in no roster line and no team ("no agent of it is ever on duty"), and a shift in no roster line
     * and no team's rotation: written, they change nothing a run reads; the by-group table showed only "g2 0 0.0".
     * Not said of a file with no roster and no teams at all (whose empty desk {@code coverage.no_agent_on_duty} says,
     * and which staff builds a roster for); {@code staff} decides every group and, without rotating teams, every shift,
     * so it leaves these out ({@link ScenarioSanity#forStaff}). Placed at the group's line in {@code agents}, or the shift's.
     */
    static List<Warning> offRoster(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (s.roster().isEmpty() && s.teams().isEmpty()) return out;
        java.util.Set<String> groups = new java.util.HashSet<>(), shifts = new java.util.HashSet<>();
        for (Scenario.RosterEntry e : s.roster()) { groups.add(e.group()); shifts.add(e.shift()); }
        for (Team t : s.teams()) { groups.addAll(t.agents().keySet()); shifts.addAll(t.cycle()); }
        for (int g = 0; g < s.groups().size(); g++) {
            String name = s.groups().get(g).name();
            if (!groups.contains(name)) out.add(new Warning(CODE, s.origins().at("agents[" + g + "]"), null, new Said(GROUP_OFF_ROSTER, name)));
        }
        for (String shift : s.shifts().keySet()) {
            if (!shifts.contains(shift)) out.add(new Warning(CODE, s.origins().at("shifts." + shift), null, new Said(SHIFT_OFF_ROSTER, shift)));
        }
        return out;
    }

    /** Whether a key was given by an option ({@code --set}, {@code --vary}), which has no line of the file to point at. */
    private static boolean byOption(Origin o) {
        return o.line() == 0 && o.file() != null && o.file().startsWith("--");
    }

    /** Whether any team with agents works under the standard system, the only one that pays rest days worked apart. */
    private static boolean restDaysPaid(Scenario s) {
        for (Team t : s.teams()) {
            if (staffed(t) && t.workingTime(s) == Scenario.WorkingTime.STANDARD) return true;
        }
        return false;
    }

    private static boolean staffed(Team t) {
        return t.agents().values().stream().anyMatch(n -> n > 0);
    }
}
