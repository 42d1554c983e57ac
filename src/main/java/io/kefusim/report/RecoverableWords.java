package io.kefusim.report;

import io.kefusim.metrics.Estimate;

/**
 * How "recoverable by staffing" reads when its estimate is below 0. It is lost sales counted from
 * the simulated orders minus their expected part lost even with an agent free for every buyer
 * ({@link io.kefusim.metrics.Unrecoverable}): a difference of a sampled figure and an expectation,
 * so when staffing recovers about nothing it falls below 0 by chance (cmp.yaml with 4 agents:
 * lost sales 10 ±43, recoverable −7 ±44). A part "of" 10 cannot be −7: the words say about 0 and
 * give the estimate; the figures in summary.json and the CSVs stay the simulated sums.
 */
public final class RecoverableWords {
    private RecoverableWords() {}

    /** True for a recoverable figure whose mean is below 0 (as it rounds: −0.3 reads 0 anyway). */
    public static boolean belowZero(Estimate e) {
        return e != null && e.mean() != null && e.mean() <= -0.5;
    }

    public static boolean isRecoverable(String key) { return key.endsWith("_recoverable"); }

    /** The estimate and why it is below 0: within its noise of 0, or (rarely) beyond it. */
    public static String why(Text text, Estimate e) {
        boolean withinNoise = e.ci95() == null || e.mean() + e.ci95() >= 0;
        return text.get(withinNoise ? "rc_within_noise" : "rc_beyond_noise", Format.whole(e.mean()), Format.whole(e.ci95() == null ? 0.0 : e.ci95()));
    }

    /** A sentence's amount: the whole number, or "about 0 (the estimate, −7 ±44, is within noise of 0 …)". */
    public static String amount(Text text, Estimate e) {
        return belowZero(e) ? text.get("rc_about_zero_because", why(text, e)) : Format.whole(e.mean());
    }

    /** A table cell: {@code cell} as it is, or "about 0 (estimate −7)". */
    public static String cell(Text text, Estimate e, String cell) {
        return belowZero(e) ? text.get("rc_cell", Format.whole(e.mean())) : cell;
    }
}
