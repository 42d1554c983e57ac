package io.kefusim.staffing;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.roster.DutyPlan;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Decisions.Decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a goal cannot be met in the bounds, found before simulating, by cause (the reply-speed
 * ceiling is {@link Ceiling}'s). Both checks are necessary conditions, judged per reporting
 * interval with at least {@value Goal#MIN_BUYERS_PER_INTERVAL} buyers, for goals per interval:
 * <ul>
 * <li><b>Breaks take everyone off.</b> In the largest roster the bounds allow, every agent who
 * could answer a buyer type is on a break at once. A buyer who arrives then waits until the
 * break ends; those arriving more than the target before its end cannot be answered within it.
 * If they are more of the interval's buyers than the goal lets go unanswered, no headcount
 * helps: only staggering the breaks does.</li>
 * <li><b>Bounds too tight.</b> Every reply takes a reply time of one agent; even with every
 * decision at its max, the agents on duty in an interval can type at most (agent-seconds on
 * duty / mean reply time) replies. Fewer than the goal's share of the messages the interval's
 * buyers send means the bounds cannot meet it (replies spilling into the next interval are
 * ignored: chats last minutes, intervals an hour).</li>
 * </ul>
 */
public final class Causes {
    private Causes() {}

    /**
     * The first cause found, as a message key and its arguments (report.Text says it in the user's language), or empty.
     * {@code largest}: the roster with every decision at its max (null: skip the break check).
     */
    public static Optional<Optimiser.Note> before(Scenario s, Goal goal, List<Decision> decisions, Scenario largest) {
        if (goal.per() != Goal.Per.INTERVAL || !goal.isConstraint()) return Optional.empty();
        double level = switch (goal.kind()) {
            case SERVICE_LEVEL -> goal.threshold();
            case MISSED -> 1 - goal.threshold();
            case ABANDON -> 1 - goal.threshold();
            case LOST_SALES -> 0;
        };
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        double[][] offered = Requirements.offeredPerInterval(s, intervals);
        // hours no shift of the file is on duty in, at any headcount: the first cause, as no headcount is (nor is a break)
        if (largest != null && goal.kind() != Goal.Kind.ABANDON) {
            Optional<Optimiser.Note> hole = coverage(s, goal, level, offered, largest, decisions);
            if (hole.isPresent()) return hole;
        }
        // designed shifts stagger their breaks by construction (largest null): only the bounds are checked
        Optional<Optimiser.Note> breaks = goal.kind() == Goal.Kind.ABANDON || largest == null ? Optional.empty() : breaks(s, goal, level, offered, largest);
        return breaks.isPresent() ? breaks : bounds(s, goal, level, offered, decisions);
    }

    private static Optional<Optimiser.Note> bounds(Scenario s, Goal goal, double level, double[][] offered, List<Decision> decisions) {
        for (int i = 0; i < offered.length; i++) {
            double buyers = 0, messages = 0;
            for (int t = 0; t < offered[i].length; t++) {
                buyers += offered[i][t];
                messages += offered[i][t] * s.buyers().get(t).messages().mean();
            }
            if (buyers < Goal.MIN_BUYERS_PER_INTERVAL) continue;
            double len = Math.min((i + 1) * s.interval(), s.horizon()) - i * s.interval();
            double replies = 0, agents = 0;
            for (Decision d : decisions) {
                Scenario.AgentGroup g = s.groups().get(s.groupIndex(d.group()));
                double on = d.coverage()[i] * d.max() * len; // agent-seconds on duty
                agents += d.coverage()[i] * d.max();
                replies += on / (g.replyTime().mean() * g.speedFactor());
            }
            if (replies < level * messages - 1e-9) {
                return Optional.of(new Optimiser.Note("cause_bounds", goal.said(), when(s, i), Math.round(messages), String.format(Locale.ROOT, "%.1f", agents),
                        Math.round(replies), Math.round(level * 100)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Optimiser.Note> breaks(Scenario s, Goal goal, double level, double[][] offered, Scenario largest) {
        double target = goal.kind() == Goal.Kind.MISSED ? s.firstResponseDeadlines()[goal.deadlineIndex()] : s.serviceLevelTarget();
        DutyPlan plan = DutyPlan.build(largest.withRoster(largest.roster(), largest.teams(), 0), null);
        int groups = s.groups().size();
        for (int t = 0; t < s.buyers().size(); t++) {
            String type = s.buyers().get(t).name();
            boolean[] serves = new boolean[groups];
            for (int g = 0; g < groups; g++) serves[g] = s.groups().get(g).skills().contains(type);
            int on = 0, away = 0;
            int[] state = new int[plan.agents()];
            double blackoutFrom = Double.NaN;
            double[] lost = new double[offered.length];
            for (int c = 0; c < plan.changes(); ) {
                double time = plan.time(c);
                for (; c < plan.changes() && plan.time(c) == time; c++) {
                    int a = plan.agent(c);
                    if (!serves[plan.group(a)]) continue;
                    int next = switch (plan.action(c)) { case DutyPlan.OFF -> 0; case DutyPlan.BREAK_START -> 2; default -> 1; };
                    if (state[a] == 1) on--;
                    if (state[a] == 2) away--;
                    state[a] = next;
                    if (next == 1) on++;
                    if (next == 2) away++;
                }
                boolean blackout = on == 0 && away > 0;
                if (blackout && Double.isNaN(blackoutFrom)) blackoutFrom = time;
                if (!blackout && !Double.isNaN(blackoutFrom)) {
                    unanswerable(s, lost, blackoutFrom, time - target);
                    blackoutFrom = Double.NaN;
                }
            }
            for (int i = 0; i < offered.length; i++) {
                if (offered[i][t] < Goal.MIN_BUYERS_PER_INTERVAL) continue;
                // the type's own buyers lost, as a share of all the interval's buyers, since the goal counts them all
                double all = 0;
                for (double v : offered[i]) all += v;
                double share = lost[i] * offered[i][t] / all;
                if (share > 1 - level + 1e-9) {
                    return Optional.of(new Optimiser.Note("cause_breaks", goal.said(), when(s, i), type, Math.round(share * 100), Durations.format(target),
                            Math.round((1 - level) * 100)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * <b>No shift on duty.</b> In the largest roster the bounds allow, nobody at all is in a shift
     * for part of an interval the goal judges (the pieces {@code coverage.no_agent_on_duty} finds,
     * {@link ScenarioSanity#emptyPieces}). A buyer arriving there more than the target before the
     * period ends cannot be answered within it; if those buyers are more of the interval's than
     * the goal lets go, no headcount on the file's shifts meets the goal there: the file needs a
     * shift that covers the hour. All such intervals are named (touching ones joined), each with
     * the buyers expected while nobody is on duty.
     */
    private static Optional<Optimiser.Note> coverage(Scenario s, Goal goal, double level, double[][] offered, Scenario largest, List<Decision> decisions) {
        List<double[]> pieces = ScenarioSanity.emptyPieces(largest);
        if (pieces.isEmpty()) return Optional.empty();
        double target = goal.kind() == Goal.Kind.MISSED ? s.firstResponseDeadlines()[goal.deadlineIndex()] : s.serviceLevelTarget();
        double[] lost = new double[offered.length], unserved = new double[offered.length];
        for (int p = 0; p < pieces.size(); ) {
            int q = p; // pieces p..q-1 touch: one period with nobody on duty, ending at pieces[q-1][1]
            do q++; while (q < pieces.size() && pieces.get(q)[0] == pieces.get(q - 1)[1]);
            double end = pieces.get(q - 1)[1];
            for (int k = p; k < q; k++) {
                double[] pc = pieces.get(k);
                spread(s, unserved, pc, pc[1]);
                spread(s, lost, pc, Math.min(pc[1], end - target)); // arriving later, the next shift may still answer in time
            }
            p = q;
        }
        List<io.kefusim.scenario.Said> hours = new java.util.ArrayList<>();
        int count = 0;
        for (int i = 0; i < offered.length; ) {
            if (!fails(offered[i], lost[i], level)) { i++; continue; }
            int j = i;
            double buyers = 0;
            while (j < offered.length && fails(offered[j], lost[j], level)) buyers += unserved[j++];
            count += j - i;
            String from = when(s, i), to = when(s, j);
            hours.add(new io.kefusim.scenario.Said(Math.round(buyers) == 1 ? "cause_coverage_hours_one" : "cause_coverage_hours",
                    from + "–" + (to.substring(0, 10).equals(from.substring(0, 10)) ? to.substring(11) : to), Math.round(buyers)));
            i = j;
        }
        boolean teams = Decisions.teamsOnly(s);
        if (count == 0) {
            // the goal judged on the whole run (its intervals with enough buyers hold fewer than half of them, Goal):
            // the run's buyers lost to nobody on duty against the share it lets go
            double all = 0, judged = 0, lostAll = 0;
            for (int i = 0; i < offered.length; i++) {
                double a = 0;
                for (double v : offered[i]) a += v;
                all += a;
                if (a >= Goal.MIN_BUYERS_PER_INTERVAL) judged += a;
                lostAll += lost[i];
            }
            if (!(all > 0) || judged >= all / 2 || lostAll <= (1 - level) * all + 1e-9) return Optional.empty();
            for (int p = 0; p < pieces.size(); ) {
                int q = p;
                do q++; while (q < pieces.size() && pieces.get(q)[0] == pieces.get(q - 1)[1]);
                double buyers = 0;
                for (int k = p; k < q; k++) buyers += pieces.get(k)[2];
                String from = at(s, pieces.get(p)[0]), to = at(s, pieces.get(q - 1)[1]);
                if (Math.round(buyers) > 0) hours.add(new io.kefusim.scenario.Said(Math.round(buyers) == 1 ? "cause_coverage_hours_one" : "cause_coverage_hours",
                        from + "–" + (to.substring(0, 10).equals(from.substring(0, 10)) ? to.substring(11) : to), Math.round(buyers)));
                p = q;
            }
            return Optional.of(new Optimiser.Note(teams ? "cause_coverage_run_teams" : "cause_coverage_run", goal.said(), hours, dropped(s, decisions)));
        }
        return Optional.of(new Optimiser.Note(teams ? "cause_coverage_teams" : "cause_coverage", goal.said(), count, hours, dropped(s, decisions)));
    }

    /**
     * The file's shifts the search does not offer because no one may work them under the labour rules
     * ({@link io.kefusim.roster.LabourCheck#shiftBreaksRules}; {@link Decisions} gives them a max of 0): they cover
     * nothing in the largest roster, so the hours they alone cover are named, and so are they, with the rule and its
     * value. Empty ("") when every shift is offered.
     */
    public static Object dropped(Scenario s, List<Decision> decisions) {
        if (Decisions.teamsOnly(s)) return "";
        List<io.kefusim.scenario.Said> out = new java.util.ArrayList<>();
        for (Scenario.Shift sh : s.shifts().values()) {
            boolean stint = false, rest = false, offered = false, any = false;
            for (Decision d : decisions) {
                if (!sh.name().equals(d.shift())) continue;
                any = true;
                var rules = io.kefusim.roster.LabourCheck.shiftRules(s, sh, d.everyDay());
                if (rules.isEmpty()) { offered = true; continue; }
                for (String[] r : rules) {
                    if (r[0].equals("max_stint")) stint = true;
                    else rest = true;
                }
            }
            if (!any || offered) continue;
            if (stint) out.add(new io.kefusim.scenario.Said("cause_dropped_stint", sh.name(), new io.kefusim.scenario.Said.Hours(sh.length()),
                    new io.kefusim.scenario.Said.Hours(s.labour().maxStint())));
            else if (rest) out.add(new io.kefusim.scenario.Said("cause_dropped_rest", sh.name(), new io.kefusim.scenario.Said.Hours(86400 - sh.length()),
                    new io.kefusim.scenario.Said.Hours(s.labour().minRest())));
        }
        return out.isEmpty() ? "" : new io.kefusim.scenario.Said(out.size() == 1 ? "cause_dropped_one" : "cause_dropped", out);
    }

    private static String at(Scenario s, double seconds) {
        return s.start().plusSeconds(Math.round(seconds)).toString().replace('T', ' ');
    }

    /** Whether an interval the goal judges loses more of its buyers to nobody on duty than the goal allows. */
    private static boolean fails(double[] offered, double lost, double level) {
        double all = 0;
        for (double v : offered) all += v;
        return all >= Goal.MIN_BUYERS_PER_INTERVAL && lost > (1 - level) * all + 1e-9;
    }

    /** Adds a piece's buyers arriving before {@code until} to the intervals they arrive in (the rate is constant within a piece). */
    private static void spread(Scenario s, double[] into, double[] piece, double until) {
        double a = piece[0], b = piece[1];
        if (until <= a || b <= a) return;
        for (int i = Math.max(0, (int) (a / s.interval())); i < into.length && i * s.interval() < until; i++) {
            double lo = Math.max(a, i * s.interval()), hi = Math.min(until, (i + 1) * s.interval());
            if (hi > lo) into[i] += piece[2] * (hi - lo) / (b - a);
        }
    }

    /** Adds, per interval, the share of its time in [from, until) (buyers arriving then cannot be answered in time). */
    private static void unanswerable(Scenario s, double[] lost, double from, double until) {
        for (int i = 0; i < lost.length; i++) {
            double lo = i * s.interval(), hi = Math.min((i + 1) * s.interval(), s.horizon());
            double a = Math.max(from, lo), b = Math.min(until, hi);
            if (b > a) lost[i] += (b - a) / (hi - lo);
        }
    }

    private static String when(Scenario s, int interval) {
        return s.start().plusSeconds((long) (interval * s.interval())).toString().replace('T', ' ');
    }
}
