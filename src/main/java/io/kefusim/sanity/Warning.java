package io.kefusim.sanity;

import io.kefusim.scenario.Origins.Origin;
import io.kefusim.scenario.Said;

import java.time.LocalDate;

/**
 * Something about a scenario a user should know before trusting its figures: a stable code
 * for scripts ({@code horizon.date_outside}, {@code coverage.type_unserved}, {@code labour.max_stint}),
 * where in the scenario it comes from, the first date it concerns (null when none), and what
 * to say, in the reader's language, where it is shown.
 */
public record Warning(String code, Origin where, LocalDate date, Said said) {
    /**
     * One period a summing-up warning stands for ("… and 7 more periods with no agent on duty"),
     * carried among its message's arguments so that {@code validate} lists it, and summary.json
     * ({@code periods}) and report.html show it: from and to as the warnings say them
     * ("1999-02-12 14:05"), the buyers expected, the first date it concerns, and what its own
     * warning would say.
     */
    public record Period(String from, String to, long buyers, LocalDate date, Said said) {}

    /** The periods this warning sums up (none for most). */
    public java.util.List<Period> periods() {
        for (Object a : said.args()) {
            if (a instanceof java.util.List<?> l && !l.isEmpty() && l.get(0) instanceof Period) {
                return l.stream().map(Period.class::cast).toList();
            }
        }
        return java.util.List.of();
    }

    /** The warnings with each summing-up one replaced by a warning for each period it stands for, as validate lists them. */
    public static java.util.List<Warning> everyPeriod(java.util.List<Warning> warnings) {
        java.util.List<Warning> out = new java.util.ArrayList<>();
        for (Warning w : warnings) {
            if (w.periods().isEmpty()) out.add(w);
            else for (Period p : w.periods()) out.add(new Warning(w.code(), w.where(), p.date(), p.said()));
        }
        return java.util.List.copyOf(out);
    }
}
