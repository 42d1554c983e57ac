package io.kefusim.roster;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.RosterEntry;
import io.kefusim.scenario.Scenario.Team;
import io.kefusim.scenario.ScenarioLoader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A roster day by day, as a supervisor plans it: per date and group,
 * <ul>
 * <li><b>at work</b>: the most agents at work at once that day (on duty or on a break; as
 * scheduled, before absence),</li>
 * <li><b>positions</b>: the shifts to fill that day, one person each (a roster entry's agents
 * on a shift starting that day, and the team members whose rotation gives them a shift), and</li>
 * <li><b>people</b>: the people the group's positions take as the labour cost counts them,
 * seen from that date ({@link People#forPositionsOn}: the most of the date's positions, and the
 * position-days / 5 and hours / 40 of each seven days that contain it), rounded up per group,
 * whatever the group's pay or the line's dates; team members are people already, so a team
 * counts its members, rest days included.</li>
 * </ul>
 * The people a run pays for (its labour cost) are {@link People#employed}: per group, the most
 * of this column over the run's dates. (Until staffM the column counted an hourly group's
 * every-day position as one person, where the labour cost counts 7/5.)
 */
public final class DailyHeadcount {
    /** One date and group (group null: all groups added up). */
    public record Day(LocalDate date, String group, int atWork, int positions, int people) {}

    private DailyHeadcount() {}

    /** Per date of the run: each group's row, then the day's total (group null). */
    public static List<Day> of(Scenario s) {
        Scenario plain = s.withRoster(s.roster(), s.teams(), 0); // as scheduled: no one absent
        DutyPlan plan = DutyPlan.build(plain, null);
        LocalDate first = s.start().toLocalDate();
        double day0 = s.startOfFirstDay();
        int days = (int) Math.ceil((s.horizon() - day0) / 86400 - 1e-9);
        int groups = s.groups().size();
        int[][] peak = peaks(s, plan, day0, days);
        List<Day> out = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            LocalDate date = first.plusDays(k);
            int atWork = 0, positions = 0, people = 0;
            for (int g = 0; g < groups; g++) {
                String name = s.groups().get(g).name();
                int rosterPositions = 0, members = 0, working = 0;
                for (RosterEntry e : s.roster()) {
                    if (e.group().equals(name) && (e.dates() == null || e.dates().contains(date))) rosterPositions += e.agents();
                }
                for (Team t : s.teams()) {
                    int n = t.agents().getOrDefault(name, 0);
                    members += n;
                    if (!DutyPlan.shiftOn(t, date).equals(ScenarioLoader.OFF)) working += n;
                }
                int p = rosterPositions + working;
                // as the labour cost counts them (People.employed is the most of this over the run's dates)
                int need = (int) Math.ceil(People.forPositionsOn(s, g, date) - 1e-9) + members;
                if (p == 0 && peak[g][k] == 0 && need == 0) continue;
                out.add(new Day(date, name, peak[g][k], p, need));
                atWork += peak[g][k];
                positions += p;
                people += need;
            }
            out.add(new Day(date, null, peak[groups][k], positions, people));
        }
        return out;
    }

    /**
     * Most agents of each group (and, in the last row, of all groups) at work at once on each day
     * of the run; those already at work when a day begins count on it too.
     */
    private static int[][] peaks(Scenario s, DutyPlan plan, double day0, int days) {
        int groups = s.groups().size();
        int[][] out = new int[groups + 1][days];
        int[] now = new int[groups + 1];
        boolean[] in = new boolean[plan.agents()];
        int day = 0; // the day the counts in now belong to
        for (int i = 0; i <= plan.changes(); ) {
            double t = i < plan.changes() ? plan.time(i) : Double.POSITIVE_INFINITY;
            int k = t >= s.horizon() ? days : Math.max(0, (int) Math.floor((Math.max(0, t) - day0) / 86400));
            for (; day < Math.min(k, days); day++) for (int g = 0; g <= groups; g++) if (day + 1 < days) out[g][day + 1] = Math.max(out[g][day + 1], now[g]);
            if (i == plan.changes()) break;
            for (; i < plan.changes() && plan.time(i) == t; i++) {
                int a = plan.agent(i);
                boolean was = in[a];
                in[a] = plan.action(i) != DutyPlan.OFF; // a break keeps the agent at work
                if (in[a] != was) {
                    now[plan.group(a)] += in[a] ? 1 : -1;
                    now[groups] += in[a] ? 1 : -1;
                }
            }
            if (k < days) for (int g = 0; g <= groups; g++) out[g][k] = Math.max(out[g][k], now[g]);
        }
        return out;
    }
}
