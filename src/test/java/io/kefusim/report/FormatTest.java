package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {
    private final Text en = new Text("en");

    @Test
    void aDifferenceOfSharesKeepsOneDecimalWhenItShows() {
        assertEquals("+4.6 ±0.6 points", WhatIfPages.signed(en, "share", new Estimate(0.04605, 0.00642)));
        assertEquals("−0.5 ±0.3 points", WhatIfPages.signed(en, "share", new Estimate(-0.00507, 0.00262)));
    }

    @Test
    void aTinyRealDifferenceIsNotShownAsZero() {
        // the classroom's late replies: base 0.030% of messages, the faster plan 0 (compare.json);
        // at one decimal this read "±0.0 ±0.0 points *", a real difference with nothing to see
        assertEquals("−0.03 ±0.02 points", WhatIfPages.signed(en, "share", new Estimate(-0.000295, 0.000199)));
        assertEquals("+0.004 ±0.003 points", WhatIfPages.signed(en, "share", new Estimate(0.00004, 0.00003)));
        assertEquals("−0.03", Format.signedPoints(-0.000295, Format.pointDecimals(-0.000295)));
    }

    @Test
    void noDifferenceStaysPlainZero() {
        // wordsG: a difference exactly 0 in every replication (mean and half-width 0) reads "0", not "±0.0 ±0.0 points"
        assertEquals("0", WhatIfPages.signed(en, "share", new Estimate(0.0, 0.0)));
        assertEquals("±0.0 ±0.1 points", WhatIfPages.signed(en, "share", new Estimate(0.0, 0.0006)));
        assertEquals(1, Format.pointDecimals(0.0, null, Double.NaN));
        assertEquals("±0.0", Format.signedPoints(0.0));
    }

    /** The run's "Replies later than 5 min" read "1.1%  ±0.0%" on the Double 11 example: no uncertainty, to a reader. */
    @Test
    void aShareHalfWidthThatIsNotZeroDoesNotReadAsZero() {
        assertEquals("0.04%", Format.shareHalfWidth(0.00041));
        assertEquals("0.004%", Format.shareHalfWidth(0.000041));
        assertEquals("0.4%", Format.shareHalfWidth(0.0041));
        assertEquals("0.0%", Format.shareHalfWidth(0.0)); // an exact figure keeps its one decimal
        assertEquals("–", Format.shareHalfWidth(null));
    }
}
