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
public record Warning(String code, Origin where, LocalDate date, Said said) {}
