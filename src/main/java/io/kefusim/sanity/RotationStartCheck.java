package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.Team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A team whose {@code rotation.from} is after the run's first date ({@code roster.rotation_after_run}):
 * the dates before it are read as the cycle continued backwards (day −1 is the cycle's last day,
 * and so on), so the team works on dates before the rotation was meant to begin, without a word.
 * The warning names the team, its {@code from}, the run's dates, how those dates are read, and the
 * {@code from} on or before the run that writes the same schedule (the latest date a whole number
 * of cycles earlier); a team that really starts only on {@code from} has no place in a run before it.
 */
final class RotationStartCheck {
    static final String CODE = "roster.rotation_after_run";

    private RotationStartCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (s.teams().isEmpty()) return out;
        List<String> dates = RotationCheck.judgedDates(s);
        LocalDate first = s.start().toLocalDate();
        String run = dates.size() == 1 ? dates.get(0) : dates.get(0) + " – " + dates.get(dates.size() - 1);
        for (int i = 0; i < s.teams().size(); i++) {
            Team t = s.teams().get(i);
            if (!t.from().isAfter(first) || t.cycle().isEmpty()) continue;
            int n = t.cycle().size();
            long cycles = (ChronoUnit.DAYS.between(first, t.from()) + n - 1) / n;
            LocalDate same = t.from().minusDays(cycles * n);
            out.add(new Warning(CODE, s.origins().at("teams[" + i + "].rotation.from"), first,
                    new Said("wn_rotation_after_run", t.name(), t.from(), run, n, same)));
        }
        return out;
    }
}
