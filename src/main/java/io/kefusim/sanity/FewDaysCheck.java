package io.kefusim.sanity;

import io.kefusim.roster.People;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;
import io.kefusim.scenario.Scenario.RosterEntry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Salaried people hired for a few days ({@code pay.salaried_few_days}): a monthly-paid group whose
 * dated roster entries (sale-day extras) take any people beyond those its everyday rota employs,
 * however few, all of them working only on fewer than {@value #DAYS_A_WEEK_MIN} days a week of the
 * run's weeks. The labour cost charges each of them the run's days of a month's salary (pro rata,
 * money.md), which no shop pays: temporary staff are paid by the hour ({@code pay: hourly}), and the
 * shop's own people working an extra day earn the rest-day premium, which only a team's rotation
 * under the standard system is paid (a roster line is not). Until this version a few extras beside
 * the everyday people (the example's old 11 November: 18 beside 27) were not said, which hid the
 * very pay this warns of. docs/reference/warnings.md.
 */
final class FewDaysCheck {
    static final String CODE = "pay.salaried_few_days";
    /** Fewer days than this a week (of the run's Monday–Sunday weeks) is not a salaried person's job. */
    static final int DAYS_A_WEEK_MIN = 3;

    private FewDaysCheck() {}

    static List<Warning> check(Scenario s) {
        List<RosterEntry> everyday = s.roster().stream().filter(e -> e.dates() == null).toList();
        if (everyday.size() == s.roster().size()) return List.of();
        Scenario standing = s.withRoster(everyday, s.teams(), s.absence());
        LocalDate first = s.start().toLocalDate();
        LocalDate last = s.start().plusSeconds((long) Math.ceil(s.horizon()) - 1).toLocalDate();
        long weeks = ChronoUnit.WEEKS.between(first.with(DayOfWeek.MONDAY), last.with(DayOfWeek.MONDAY)) + 1;
        List<Warning> out = new ArrayList<>();
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            if (group.hourly()) continue;
            double all = People.employed(s, g), kept = People.employed(standing, g), extra = all - kept;
            if (extra <= 0) continue;
            TreeSet<LocalDate> dates = new TreeSet<>();
            int at = -1;
            for (int i = 0; i < s.roster().size(); i++) {
                RosterEntry e = s.roster().get(i);
                if (e.dates() == null || !e.group().equals(group.name()) || e.agents() == 0) continue;
                for (LocalDate d : e.dates()) if (!d.isBefore(first) && !d.isAfter(last)) { dates.add(d); if (at < 0) at = i; }
            }
            if (at < 0 || dates.size() >= DAYS_A_WEEK_MIN * weeks) continue;
            List<String> days = dates.stream().map(LocalDate::toString).toList();
            out.add(new Warning(CODE, s.origins().at("roster[" + at + "].dates"), null, kept == 0
                    ? new Said("wn_salaried_few_days_all", group.name(), PlausibleCheck.given(all), dates.size(), String.join(", ", days))
                    : new Said("wn_salaried_few_days", group.name(), PlausibleCheck.given(extra), PlausibleCheck.given(all), dates.size(),
                            String.join(", ", days), PlausibleCheck.given(kept))));
        }
        return out;
    }
}
