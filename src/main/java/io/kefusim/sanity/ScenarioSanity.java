package io.kefusim.sanity;

import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The sanity pass every command runs on a scenario before it is trusted (validate, run,
 * compare, sweep, staff, batch): parts of the file that never reach the model (dates outside
 * the run; staffing bounds the roster breaks, which only staff reads), buyers nobody can serve, breaks that empty a desk,
 * the roster's labour rules, pay below the minimum wage, behaviour left to kefusim's illustrative defaults,
 * and settings written that change nothing given the rest of the file.
 * A valid file can still describe a day other than the one its user meant; these are the
 * ordinary slips that do that, said before the number is read, and carried with it.
 */
public final class ScenarioSanity {
    private ScenarioSanity() {}

    /** Every warning, in a fixed order (by check: dates, breaks, coverage, labour; then as the file lists things). */
    public static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        out.addAll(HorizonCheck.check(s));
        out.addAll(BoundCheck.check(s));
        out.addAll(MixCheck.check(s));
        out.addAll(TraceCheck.check(s));
        out.addAll(NoBuyers.check(s));
        out.addAll(SetReplaced.check(s));
        out.addAll(RosterLinesCheck.check(s));
        out.addAll(RotationStartCheck.check(s));
        DutyCounts duty = DutyCounts.of(s);
        // a break that empties a desk is said before the empty hours it makes: the cause, then the symptom
        out.addAll(BreakCheck.check(s, duty));
        out.addAll(CoverageCheck.check(s, duty));
        out.addAll(LabourRules.check(s));
        out.addAll(PayCheck.check(s));
        out.addAll(FewDaysCheck.check(s));
        out.addAll(PlausibleCheck.check(s));
        out.addAll(HolidayCheck.check(s));
        out.addAll(DefaultsCheck.check(s));
        out.addAll(ReplyOrdersCheck.check(s));
        out.addAll(UnreadCheck.check(s));
        return List.copyOf(out);
    }

    /**
     * The warnings as {@code kefusim backtest} says them: it replays the records' own arrivals, buyer
     * types and staffing, so of the file only the buyers' and desk's behaviour reaches it, and
     * what of that the file left to kefusim's illustrative defaults is said.
     */
    public static List<Warning> forBacktest(Scenario s) {
        return DefaultsCheck.check(s, true);
    }

    /**
     * The same, and the file's {@code replications} and {@code seed} when the backtest runs others
     * ({@code backtest.run_ignored}): {@code replications} and {@code seed} are what it ran, each
     * {@code given} when the user typed the option (then the file's is overridden by choice, not said).
     */
    public static List<Warning> forBacktest(Scenario s, int replications, boolean replicationsGiven, long seed, boolean seedGiven) {
        List<Warning> out = new ArrayList<>(BacktestRun.check(s, replications, replicationsGiven, seed, seedGiven));
        out.addAll(forBacktest(s));
        return List.copyOf(out);
    }

    /**
     * The warnings as {@code kefusim staff} says them: all but those about keys only staff reads
     * (a roster breaking {@code staffing.bounds} is what staff is there to correct).
     */
    public static List<Warning> forStaff(Scenario s) {
        boolean builds = s.roster().isEmpty() && s.teams().isEmpty();
        // staff decides every group, and every shift but where rotating teams alone make the roster: a group or shift in no
        // line of today's roster is one it may staff, not one that changes nothing (inputs.unread's offRoster)
        boolean everyShift = !(s.roster().isEmpty() && !s.teams().isEmpty());
        List<Warning> out = new ArrayList<>(check(s).stream().filter(w -> !w.code().equals(BoundCheck.CODE))
                .filter(w -> !(builds && EMPTY_ROSTER.contains(w.code())))
                .filter(w -> !w.said().key().equals(UnreadCheck.GROUP_OFF_ROSTER) && !(everyShift && w.said().key().equals(UnreadCheck.SHIFT_OFF_ROSTER))).toList());
        out.addAll(RotationCheck.check(s));
        return List.copyOf(out);
    }

    /**
     * What a file with no roster and no teams is warned of only because nobody is on it: staff
     * builds the whole roster there ({@code staff --design}, which needs no roster, or headcounts on
     * the file's shifts), so "no agent of it is ever on duty" and "no agent at all is on duty …" are
     * true of the empty start, not of the answer, whose own warnings are said after it (tester21:
     * {@code staff design.yaml --target 'service-level>=0.8'} opened with four such warnings, then
     * met the goal at 97.5%). {@code validate} and {@code run} still say them.
     */
    static final java.util.Set<String> EMPTY_ROSTER = java.util.Set.of("coverage.type_never_on_duty", "coverage.no_agent_on_duty", "coverage.type_uncovered");

    /**
     * Hours of one whole rotation cycle, beyond the run's days, that the scenario's rotating teams
     * leave with nobody on duty while buyers are expected ({@code staff.rotation_uncovered}; staff
     * only, among {@link #forStaff}'s): a roster sized on the run's days alone can leave them.
     */
    public static List<Warning> rotationUncovered(Scenario s) {
        return RotationCheck.check(s);
    }

    /**
     * The pieces of the counted run in which buyers are expected and nobody at all is in a shift,
     * as {@code coverage.no_agent_on_duty} finds them: {from, to, buyers reaching the queue}, in
     * scenario seconds, in time order, the rate constant within each (empty for a trace).
     */
    public static List<double[]> emptyPieces(Scenario s) {
        return CoverageCheck.emptyPieces(s);
    }

    /** The dates a run counts, "2026-11-18" (or first – last), as the rotation warning names them. */
    public static String judgedDays(Scenario s) {
        List<String> d = RotationCheck.judgedDates(s);
        return d.size() == 1 ? d.get(0) : d.get(0) + " – " + d.get(d.size() - 1);
    }
}
