package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code kefusim backtest --staffing scenario} replays the records' period with the scenario's own
 * roster and teams. A roster dated for other days (fit's fitted.yaml of week 1 replayed over
 * week 2) puts nobody on duty: every buyer waits and gives up, and the figures test the roster's
 * dates, not the behaviour. Said here ({@code backtest.no_agent_on_duty}), as run's
 * {@code coverage.no_agent_on_duty} says an empty hour: the hours with buyers in the records in
 * which nobody at all is on duty, by date.
 */
public final class BacktestCoverage {
    public static final String CODE = "backtest.no_agent_on_duty";
    /** Dates named one by one before the rest are counted. */
    static final int SHOWN = 5;

    private BacktestCoverage() {}

    /**
     * @param base   the scenario file, where its roster is named
     * @param replay the scenario as the backtest replays it (its start, horizon, roster and teams)
     * @param buyers buyers who reached the queue in the records, per hour from the replay's start
     */
    public static List<Warning> check(Scenario base, Scenario replay, long[] buyers) {
        DutyCounts duty = DutyCounts.of(replay);
        int withBuyers = 0, empty = 0;
        long emptyBuyers = 0, allBuyers = 0;
        TreeSet<LocalDate> byDate = new TreeSet<>();
        for (int h = 0; h < buyers.length; h++) {
            if (buyers[h] == 0) continue;
            withBuyers++;
            allBuyers += buyers[h];
            if (anyoneOnDuty(duty, h * 3600.0, (h + 1) * 3600.0)) continue;
            empty++;
            emptyBuyers += buyers[h];
            byDate.add(replay.start().toLocalDate().plusDays(h / 24));
        }
        if (empty == 0) return List.of();
        List<String> dates = new ArrayList<>();
        for (LocalDate d : byDate) {
            if (dates.size() == SHOWN) { dates.add("… (" + byDate.size() + ")"); break; }
            dates.add(d.toString());
        }
        io.kefusim.scenario.Origins.Origin where = base.origins().at(replay.teams().isEmpty() ? "roster" : "teams");
        Said said;
        if (empty == withBuyers) {
            TreeSet<LocalDate> rostered = new TreeSet<>();
            for (Scenario.RosterEntry r : replay.roster()) if (r.dates() != null && r.agents() > 0) rostered.addAll(r.dates());
            said = rostered.isEmpty() || !replay.teams().isEmpty()
                    ? new Said("wn_bt_no_agent_all", withBuyers, allBuyers, dates)
                    : new Said("wn_bt_no_agent_all_dated", withBuyers, allBuyers, dates, rostered.first().toString(), rostered.last().toString());
        } else {
            said = new Said(emptyBuyers == 1 ? "wn_bt_no_agent_some_one" : "wn_bt_no_agent_some", empty, withBuyers, emptyBuyers, dates); // "1 buyer", not "1 buyers"
        }
        return List.of(new Warning(CODE, where, byDate.first(), said));
    }

    /** Whether anybody is on duty at some moment of [from, to). */
    private static boolean anyoneOnDuty(DutyCounts duty, double from, double to) {
        for (int i = Math.max(0, duty.stepAt(from)); i < duty.steps() && duty.stepStart(i) < to; i++) {
            if (duty.stepEnd(i) > from && duty.totalAt(i) > 0) return true;
        }
        return false;
    }
}
