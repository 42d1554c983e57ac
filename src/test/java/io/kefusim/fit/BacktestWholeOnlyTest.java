package io.kefusim.fit;

import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester22: the Anonymous Bank backtest said "the model reproduces this period" and, lines below, that 10:00-15:00
 * were too optimistic: the headline invited planning on exactly those hours. A period reproduced as a whole but
 * trustworthy at fewer than 70% of the hours of the day compared now says so right after the verdict.
 */
class BacktestWholeOnlyTest {
    private static Map<String, Object> figure(double observed, double simulated, double inside) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("observed", observed);
        f.put("simulated", simulated);
        f.put("inside_band_share", inside);
        return f;
    }

    /** Ten hours of one day; the first {@code good} inside the band, the rest with the records above it (too optimistic). */
    private static Backtest.Result result(int good) {
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("abandon_share", figure(0.10, 0.11, 0.8));
        overall.put("queue_wait_mean_s", figure(30.0, 32.0, 0.8));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overall", overall);
        json.put("staffing", "the records' own");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int h = 0; h < 10; h++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("interval_start", String.format("1999-02-01T%02d:00", 8 + h));
            r.put("buyers_observed", 50);
            boolean in = h < good;
            r.put("abandon_share_observed", in ? 0.10 : 0.30);
            r.put("abandon_share_low", 0.05);
            r.put("abandon_share_high", 0.15);
            r.put("abandon_share_simulated", 0.10);
            r.put("queue_wait_mean_s_observed", 30.0);
            r.put("queue_wait_mean_s_low", 20.0);
            r.put("queue_wait_mean_s_high", 40.0);
            rows.add(r);
        }
        return new Backtest.Result(null, json, rows, null);
    }

    @Test
    void aPeriodReproducedAsAWholeSaysAtHowFewHoursItIsTrustworthy() {
        List<String> en = BacktestVerdict.lines(result(3), new Text("en"));
        assertTrue(en.get(0).startsWith("Verdict: the model reproduces this period"), en.get(0));
        assertEquals("As a whole only: hour by hour it is trustworthy at 3 of the 10 hours of the day compared (below); where it is too optimistic, "
                + "a roster planned from it is short of agents.", en.get(1));
        assertTrue(BacktestVerdict.lines(result(3), new Text("zh")).get(1).startsWith("仅就整体而言：逐小时看，比较的 10 个钟点中只有 3 个可信"));
        // trustworthy at 7 of 10 hours: the verdict stands alone
        assertFalse(String.join("\n", BacktestVerdict.lines(result(7), new Text("en"))).contains("As a whole only"));
    }
}
