package io.kefusim.sanity;

import io.kefusim.demand.RateProfile;
import io.kefusim.roster.DutyPlan;
import io.kefusim.roster.RotationCycle;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code kefusim staff} only: hours of one whole rotation cycle, outside the run's days, in
 * which the rotating teams leave nobody at all on duty while buyers are expected (the
 * scenario's own demand on those dates: an ordinary day's pattern repeats). A run of a day sees
 * only the teams that work that day, so a roster judged on it alone can size a team that is off
 * that day 0 and leave its shifts empty on the other days of the cycle
 * ({@code staff.rotation_uncovered}). A trace's buyers are not read for it (a trace has no other
 * days).
 */
final class RotationCheck {
    static final String CODE = "staff.rotation_uncovered";

    private RotationCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (s.teams().isEmpty() || s.demand().isTrace()) return out;
        Scenario w = RotationCycle.window(s);
        DutyCounts duty = DutyCounts.of(w);
        RateProfile rate = RateProfile.of(w);
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(0.0);
        cuts.add(w.horizon());
        for (int i = 0; i < rate.pieces(); i++) cut(cuts, rate.pieceStart(i), w);
        for (int i = 0; i < duty.steps(); i++) cut(cuts, duty.stepStart(i), w);
        for (double h = 0; h < w.horizon(); h += 3600) cut(cuts, h, w);
        // the run's own hours are its own warnings' (coverage.no_agent_on_duty): here only the cycle's other hours
        double off = RotationCycle.offset(s);
        cut(cuts, s.warmup() + off, w);
        cut(cuts, s.horizon() + off, w);
        Double[] c = cuts.toArray(Double[]::new);
        List<double[]> spans = new ArrayList<>(); // {from, to, buyers}
        List<Said> who = new ArrayList<>();        // the team and shift on duty at each span's start, as planned
        int piece = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double a = c[i], b = c[i + 1], mid = (a + b) / 2;
            if (RotationCycle.counted(s, mid)) continue;
            while (piece + 1 < rate.pieces() && rate.pieceEnd(piece) <= mid) piece++;
            double chats = rate.pieceRate(piece) * (b - a);
            if (chats <= 0 || duty.totalAt(duty.stepAt(mid)) > 0) continue;
            Said on = planned(w, mid);
            if (on == null) continue; // no team's shift at all: a hole in the rotation itself, labour.rotation_gap's
            double[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last[1] == a && java.util.Arrays.equals(who.get(who.size() - 1).args(), on.args())) {
                last[1] = b;
                last[2] += chats;
            } else {
                spans.add(new double[]{a, b, chats});
                who.add(on);
            }
        }
        LocalDateTime midnight = w.start();
        List<String> judged = judgedDates(s);
        String days = judged.size() == 1 ? judged.get(0) : judged.get(0) + " – " + judged.get(judged.size() - 1);
        int shown = 0, rest = 0;
        double restBuyers = 0;
        for (int k = 0; k < spans.size(); k++) {
            double[] sp = spans.get(k);
            if (sp[2] < CoverageCheck.MIN_BUYERS) continue;
            if (shown == CoverageCheck.MAX_PERIODS) {
                rest++;
                restBuyers += sp[2];
                continue;
            }
            shown++;
            LocalDateTime from = midnight.plusSeconds(Math.round(sp[0])), to = midnight.plusSeconds(Math.round(sp[1]));
            out.add(new Warning(CODE, s.origins().at("teams"), from.toLocalDate(), new Said("wn_rotation_uncovered",
                    RunWindow.minute(from), RunWindow.minute(to), who.get(k), RunWindow.num(Math.round(sp[2])), days)));
        }
        if (rest > 0) {
            out.add(new Warning(CODE, s.origins().at("teams"), null, new Said(rest == 1 ? "wn_rotation_uncovered_more_one" : "wn_rotation_uncovered_more", rest, RunWindow.num(Math.round(restBuyers)))));
        }
        return out;
    }

    /** The dates the run counts ("2026-11-18"), first to last. */
    static List<String> judgedDates(Scenario s) {
        RunWindow run = RunWindow.of(s);
        LocalDate first = run.counted().toLocalDate();
        LocalDate last = run.end().minusNanos(1).toLocalDate();
        List<String> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) out.add(d.toString());
        return out;
    }

    /** Which team's shift the rotation puts on duty at a time of the window ("team B's evening"); null when none does. */
    private static Said planned(Scenario w, double t) {
        int day = (int) Math.floor(t / 86400);
        for (Team team : w.teams()) {
            for (int k = day; k >= day - 1; k--) {
                LocalDate date = w.start().toLocalDate().plusDays(k);
                String name = DutyPlan.shiftOn(team, date);
                if (name.equals(ScenarioLoader.OFF)) continue;
                Scenario.Shift sh = w.shifts().get(name);
                double from = k * 86400.0 + sh.fromSec();
                if (t >= from && t < from + sh.length()) return new Said("wn_rotation_team_shift", team.name(), name);
            }
        }
        return null;
    }

    private static void cut(TreeSet<Double> cuts, double t, Scenario w) {
        if (t > 0 && t < w.horizon()) cuts.add(t);
    }
}
