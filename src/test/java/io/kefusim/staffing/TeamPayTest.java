package io.kefusim.staffing;

import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * staff's price of a rotating team's member ("scheduled pay", staffing.csv pay_per_agent) is what the
 * run's labour cost pays the member, over whole cycles in whole calendar weeks (tester21: the day/night
 * teams were priced 439.41 each where the run pays 453.62 and 527.51, and 四班三倒's team D 243.49
 * where A–C, on the same cycle, were 195).
 */
class TeamPayTest {
    private static final Path DAY_NIGHT = Path.of("scenarios/small-shop-ordinary-day.yaml");
    private static final Path FOUR = Path.of("scenarios/small-shop-four-teams.yaml");

    /**
     * 黑白倒班 over its 14-day cycle from Monday 2026-11-16 (a run that is its own window). By hand, one
     * member of either team: salary 4,500 × 14/30 × 1.3 = 2,730; week 1 (off, six 12-hour days: the
     * sixth a rest day) 20 extended and 12 rest-day hours, week 2 (seven nights: two rest days) 20
     * extended and 24 rest-day hours; (40 × 1.5 + 36 × 2) h × 4,500/174 = 3,413.79; 6,143.79 in all.
     */
    @Test
    void aTeamMemberIsPricedAsTheRunPaysItOverItsCycle() throws Exception {
        Scenario fortnight = ScenarioLoader.load(DAY_NIGHT, Assignment.sets("start=2026-11-16T00:00", "horizon=336h", "replications=1"));
        double byHand = 4500 * 14 / 30.0 * 1.3 + (40 * 1.5 + 36 * 2) * 4500 / 174.0;
        List<Decisions.Decision> ds = Decisions.of(fortnight, false);
        assertEquals(2, ds.size());
        for (Decisions.Decision d : ds) assertEquals(byHand, d.cost(), 1e-6, d.label());
        // the run's labour cost of the same fortnight, less after-shift time and commission: the four members' price
        ReplicationMetrics m = Replication.run(fortnight, io.kefusim.demand.RateProfile.of(fortnight), 0, null);
        double afterShift = m.agentByGroup[0].overtime / 3600 * 4500 / 174.0 * 1.5, commission = m.salesByGroup[0] * 0.005;
        assertEquals(4 * byHand, Figures.labourCost(fortnight, m, 0) - afterShift - commission, 1e-6);
        // the file's one day (a Wednesday): an average day of the cycle, the same for both teams (was 439.41 each, the run's day 453.62 and 527.51)
        Scenario day = ScenarioLoader.load(DAY_NIGHT, Assignment.sets());
        for (Decisions.Decision d : Decisions.of(day, false)) assertEquals(byHand / 14, d.cost(), 1e-6, d.label());
    }

    /**
     * 四班三倒: the four teams run the same 8-day cycle, two days apart. Over 56 days from Monday 2026-11-16
     * each works two six-day weeks (7.5 rest-day hours each: 15 hours), so each is priced the same:
     * 195 of salary + 15 h × 2 × 4,500/174 scaled to the run's November day (1/30 of a month of the
     * window's 15/30 + 31/31 + 10/31 months) = 209.19. Before, D was 243.49 and A–C 195.
     */
    @Test
    void teamsOnTheSameCycleArePricedTheSame() throws Exception {
        Scenario s = ScenarioLoader.load(FOUR, Assignment.sets());
        double months = 15 / 30.0 + 1 + 10 / 31.0;
        double byHand = 4500 / 30.0 * 1.3 + 15 * 2 * 4500 / 174.0 * (1 / 30.0) / months;
        List<Decisions.Decision> ds = Decisions.of(s, false);
        assertEquals(4, ds.size());
        for (Decisions.Decision d : ds) assertEquals(byHand, d.cost(), 1e-6, d.label());
        assertEquals(209.19, byHand, 0.005);
    }
}
