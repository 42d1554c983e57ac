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
 * dated roster entries (sale-day extras) take more people than its everyday rota employs, all of
 * them working only on fewer than {@value #DAYS_A_WEEK_MIN} days a week of the run's weeks. The
 * labour cost charges each of them the run's days of a month's salary (pro rata, money.md), but no
 * shop employs salaried people for two days: a shop hires temporary staff ({@code pay: hourly}).
 * A few extras beside the everyday people (the examples' 11 November: 18 beside 27) read as the
 * shop's own people lent for the day, and are not said. docs/reference/warnings.md.
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
            if (extra <= kept) continue;
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
