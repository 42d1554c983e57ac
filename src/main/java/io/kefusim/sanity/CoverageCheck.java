package io.kefusim.sanity;

import io.kefusim.demand.RateProfile;
import io.kefusim.scenario.Origins;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Buyers nobody can serve: a type in the mix that no group lists among its skills (the
 * default mix still sends after-sale and complaint buyers), a type whose groups are never on
 * duty, and, for an hourly pattern, the hours in which buyers are expected and no agent on
 * duty can take them. Such buyers all wait and leave, which the figures show as abandonment,
 * not as the roster's hole it is.
 */
final class CoverageCheck {
    /** Periods with fewer expected buyers than this are not worth a warning (a few minutes at 4 am). */
    static final double MIN_BUYERS = 1.0;
    /** Warnings of one kind per type before the rest are summed up in one more. */
    static final int MAX_PERIODS = 5;

    private CoverageCheck() {}

    static List<Warning> check(Scenario s, DutyCounts duty) {
        List<Warning> out = new ArrayList<>();
        if (NoBuyers.expected(s)) return out; // nobody arrives to wait: demand.no_buyers (or demand.trace_outside) says so
        Origins at = s.origins();
        String[] types = s.demand().mixTypes();
        boolean[] reachable = new boolean[types.length];
        // a trace whose rows give their types is counted by its rows, not by the mix (which draws only the rows that give none)
        io.kefusim.demand.TraceArrivals.Span span = s.demand().isTrace() ? io.kefusim.demand.TraceArrivals.span(s) : null;
        boolean byRows = span != null && span.untyped() < span.inside();
        for (int t = 0; t < types.length; t++) {
            double share = byRows ? span.reaching()[t] / span.inside() : reachingShare(s, t);
            if (share <= 0) continue;
            String key = byRows ? "demand.trace" : mixKey(s, types[t]);
            // "18 of the 40 chats the trace replays (45%)", about so many where the mix or a bot makes it a share
            Said rows = byRows ? new Said(span.untyped() == 0 && whole(span.reaching()[t]) ? "wn_trace_rows" : "wn_trace_rows_about",
                    RunWindow.num(Math.round(span.reaching()[t])), span.inside(), pct(share)) : null;
            List<String> groups = new ArrayList<>();
            for (AgentGroup g : s.groups()) if (g.skills().contains(types[t])) groups.add(g.name());
            if (groups.isEmpty()) {
                out.add(new Warning("coverage.type_unserved", at.at(key), null, byRows ? new Said("wn_type_unserved_trace", types[t], rows)
                        : new Said("wn_type_unserved", types[t], pct(share))));
                continue;
            }
            boolean ever = false;
            for (int i = 0; i < duty.steps() && !ever; i++) ever = duty.stepStart(i) < s.horizon() && duty.ableAt(s, i, types[t]) > 0;
            if (!ever) {
                out.add(new Warning("coverage.type_never_on_duty", at.at(key), null, byRows
                        ? new Said("wn_type_never_on_duty_trace", types[t], rows, java.util.List.copyOf(groups))
                        : new Said("wn_type_never_on_duty", types[t], pct(share), java.util.List.copyOf(groups))));
                continue;
            }
            reachable[t] = true;
        }
        if (!s.demand().isTrace()) gaps(s, duty, reachable, out);
        return out;
    }

    /** Periods of the counted run with buyers expected and nobody (or nobody able) on duty. */
    private static void gaps(Scenario s, DutyCounts duty, boolean[] reachable, List<Warning> out) {
        Gaps g = find(s, duty, reachable);
        RunWindow run = RunWindow.of(s);
        int types = s.demand().mixTypes().length;
        Origins at = s.origins();
        report(g.empty, run, "coverage.no_agent_on_duty", at.at(s.teams().isEmpty() ? "roster" : "teams"), null, "", out);
        report(g.breaking, run, "coverage.no_agent_on_duty", at.at(s.teams().isEmpty() ? "roster" : "teams"), null, "_break", out);
        for (int t = 0; t < types; t++) {
            String type = s.demand().mixTypes()[t];
            report(g.unable[t], run, "coverage.type_uncovered", at.at(mixKey(s, type)), type, "", out);
        }
    }

    /**
     * The pieces of the counted run in which buyers are expected and no agent at all is within a
     * shift (not a break: nobody's shift): {from, to, buyers reaching the queue}, in scenario
     * seconds, in time order, the rate constant within each (cut at each hour, rate piece and
     * duty change). Empty for a trace or a scenario nobody arrives in. The coverage warning's
     * periods are these pieces joined; {@code kefusim staff} reads them on the largest roster the
     * bounds allow, as hours no headcount on the file's shifts can reach.
     */
    static List<double[]> emptyPieces(Scenario s) {
        if (NoBuyers.expected(s) || s.demand().isTrace()) return List.of();
        boolean[] reachable = new boolean[s.demand().mixTypes().length];
        List<double[]> out = new ArrayList<>();
        for (double[] p : find(s, DutyCounts.of(s), reachable).empty.raw) out.add(p.clone());
        return out;
    }

    private record Gaps(Spans empty, Spans breaking, Spans[] unable) {}

    private static Gaps find(Scenario s, DutyCounts duty, boolean[] reachable) {
        RateProfile rate = RateProfile.of(s);
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(s.warmup());
        cuts.add(s.horizon());
        for (int i = 0; i < rate.pieces(); i++) cut(cuts, rate.pieceStart(i), s);
        for (int i = 0; i < duty.steps(); i++) cut(cuts, duty.stepStart(i), s);
        double day0 = s.startOfFirstDay();
        for (double h = day0; h < s.horizon(); h += 3600) cut(cuts, h, s); // the mix changes by the hour
        Double[] c = cuts.toArray(Double[]::new);
        int types = s.demand().mixTypes().length;
        Spans empty = new Spans(), breaking = new Spans(); // nobody in a shift; everyone in one on a break
        Spans[] unable = new Spans[types];
        for (int t = 0; t < types; t++) unable[t] = new Spans();
        int piece = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double a = c[i], b = c[i + 1], mid = (a + b) / 2;
            while (piece + 1 < rate.pieces() && rate.pieceEnd(piece) <= mid) piece++;
            int step = duty.stepAt(mid);
            int hour = (int) Math.floorMod((long) Math.floor((mid - day0) / 3600), 24L);
            double chats = rate.pieceRate(piece) * (b - a);
            if (chats <= 0) continue;
            if (duty.totalAt(step) == 0) {
                double reach = chats * reaching(s, hour);
                if (reach > 0) (duty.inShiftAt(step) > 0 ? breaking : empty).add(a, b, reach);
                continue;
            }
            for (int t = 0; t < types; t++) {
                double mine = chats * s.demand().mixByHour()[hour][t] * (1 - s.buyers().get(t).botDeflection(hour));
                if (reachable[t] && mine > 0 && duty.ableAt(s, step, s.demand().mixTypes()[t]) == 0) unable[t].add(a, b, mine);
            }
        }
        return new Gaps(empty, breaking, unable);
    }

    private static void report(Spans spans, RunWindow run, String code, io.kefusim.scenario.Origins.Origin where, String type, String why, List<Warning> out) {
        int shown = 0;
        double restBuyers = 0;
        List<Warning.Period> rest = new ArrayList<>(); // summed up in one warning, which carries each (validate lists them)
        for (double[] sp : spans.list) {
            if (sp[2] < MIN_BUYERS) continue;
            String from = RunWindow.minute(run.time(sp[0])), to = RunWindow.minute(run.time(sp[1]));
            String one = Math.round(sp[2]) == 1 ? "_one" : ""; // "about 1 buyer is expected", not "1 buyers are"
            Said said = type == null ? new Said("wn_no_agent" + why + one, from, to, RunWindow.num(Math.round(sp[2])))
                    : new Said("wn_type_uncovered" + one, type, from, to, RunWindow.num(Math.round(sp[2])));
            if (shown == MAX_PERIODS) {
                restBuyers += sp[2];
                rest.add(new Warning.Period(from, to, Math.round(sp[2]), run.time(sp[0]).toLocalDate(), said));
                continue;
            }
            shown++;
            out.add(new Warning(code, where, run.time(sp[0]).toLocalDate(), said));
        }
        if (!rest.isEmpty()) {
            // the periods ride as the message's last argument, which its words do not use; "1 more period", not "periods"
            String more = rest.size() == 1 ? "_more_one" : "_more";
            out.add(new Warning(code, where, null, type == null ? new Said("wn_no_agent" + why + more, rest.size(), RunWindow.num(Math.round(restBuyers)), List.copyOf(rest))
                    : new Said("wn_type_uncovered" + more, type, rest.size(), RunWindow.num(Math.round(restBuyers)), List.copyOf(rest))));
        }
    }

    /** Periods [from, to) with the buyers expected in them, touching ones joined. */
    private static final class Spans {
        final List<double[]> list = new ArrayList<>();
        /** The pieces as added, unjoined. */
        final List<double[]> raw = new ArrayList<>();

        void add(double a, double b, double buyers) {
            raw.add(new double[]{a, b, buyers});
            double[] last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last[1] == a) {
                last[1] = b;
                last[2] += buyers;
            } else {
                list.add(new double[]{a, b, buyers});
            }
        }
    }

    private static void cut(TreeSet<Double> cuts, double t, Scenario s) {
        if (t > s.warmup() && t < s.horizon()) cuts.add(t);
    }

    /** The type's share of buyers that reach the queue (the bot's share, by the hour where given, taken off), averaged over the day's hours. */
    private static double reachingShare(Scenario s, int t) {
        Scenario.BuyerType b = s.buyers().get(t);
        if (!b.botHourly()) return meanShare(s, t) * (1 - b.botDeflection());
        double sum = 0;
        double[][] mix = s.demand().mixByHour();
        for (int h = 0; h < mix.length; h++) sum += mix[h][t] * (1 - b.botDeflection(Math.min(23, h)));
        return sum / mix.length;
    }

    /** The share of an hour's buyers that reach the queue: those the bot resolves need no agent. */
    private static double reaching(Scenario s, int hour) {
        double sum = 0;
        double[] mix = s.demand().mixByHour()[hour];
        for (int t = 0; t < mix.length; t++) sum += mix[t] * (1 - s.buyers().get(t).botDeflection(hour));
        return sum;
    }

    /** The type's share of buyers, averaged over the day's hours. */
    private static double meanShare(Scenario s, int t) {
        double sum = 0;
        for (double[] hour : s.demand().mixByHour()) sum += hour[t];
        return sum / s.demand().mixByHour().length;
    }

    /** Where a type enters the scenario: its mix entry, or the mix itself when the default mix sends it. */
    private static String mixKey(Scenario s, String type) {
        return "demand.mix." + type;
    }

    /** Whether a count of rows reaching an agent is whole: no bot took a part of any. */
    private static boolean whole(double n) {
        return Math.abs(n - Math.round(n)) < 1e-9;
    }

    private static String pct(double share) {
        return RunWindow.num(Math.round(share * 1000) / 10.0) + "%";
    }
}
