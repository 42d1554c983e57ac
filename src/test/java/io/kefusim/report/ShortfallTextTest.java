package io.kefusim.report;

import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shortfall sentence never hides the period that holds the worst hour behind "and N more". */
class ShortfallTextTest {
    static final Scenario S = ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of());

    static Map<String, Object> section(String worstAt, String... fromTo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("judged_on", "mean");
        m.put("intervals_counted", 45);
        m.put("intervals_short", 26);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int k = 0; k < fromTo.length; k += 2) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("from", fromTo[k]);
            r.put("to", fromTo[k + 1]);
            runs.add(r);
        }
        m.put("short_periods", runs);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("interval_start", worstAt);
        w.put("value", 0.06);
        m.put("worst", w);
        return m;
    }

    static final String[] FIVE = {"2026-11-10T00:00", "2026-11-10T02:00", "2026-11-10T09:00", "2026-11-10T16:00",
            "2026-11-10T18:00", "2026-11-11T01:00", "2026-11-11T10:00", "2026-11-11T16:00", "2026-11-11T19:00", "2026-11-11T23:00"};

    static String sentence(String lang, Map<String, Object> section) {
        Text t = new Text(lang);
        return ShortfallText.sentence(t, S, section, t.get("sf_service_level"), "80.0%", true);
    }

    /** tester22: "… 11-11 10:00–13:00, 11-11 20:00–23:00 and 1 more" hid 11-11 14:00–16:00 between two named periods. */
    @Test
    void oneOverTheLimitNamesEveryPeriod() {
        Map<String, Object> sec = section("2026-11-11T21:00", FIVE);
        assertEquals("Service level below 80.0% in 26 of 45 hours with at least 10 buyers: 11-10 00:00–02:00, 11-10 09:00–16:00, 11-10 18:00–11-11 01:00, "
                + "11-11 10:00–16:00, 11-11 19:00–23:00; worst 6.0% at 11-11 21:00.", sentence("en", sec));
        assertEquals("服务水平低于80.0%的时段：45 个小时（每段至少 10 位买家）中有 26 个（11-10 00:00–02:00、11-10 09:00–16:00、11-10 18:00–11-11 01:00"
                + "、11-11 10:00–16:00、11-11 19:00–23:00），最差 6.0%（11-11 21:00）。", sentence("zh", sec));
    }

    static final String[] SEVEN = {"2026-11-10T00:00", "2026-11-10T01:00", "2026-11-10T03:00", "2026-11-10T04:00", "2026-11-10T06:00", "2026-11-10T07:00",
            "2026-11-10T09:00", "2026-11-10T10:00", "2026-11-10T12:00", "2026-11-10T14:00", "2026-11-10T16:00", "2026-11-10T17:00",
            "2026-11-10T19:00", "2026-11-10T20:00"};

    @Test
    void theWorstPeriodTakesTheLastPlaceShownAndTheRestAreSaidNotAllAfter() {
        assertEquals("Service level below 80.0% in 26 of 45 hours with at least 10 buyers: 11-10 00:00–01:00, 11-10 03:00–04:00, 11-10 06:00–07:00, "
                + "11-10 12:00–14:00 and 3 more, not all after these (every period: summary.json's worst_intervals.short_periods); worst 6.0% at 11-10 13:00.",
                sentence("en", section("2026-11-10T13:00", SEVEN)));
        assertTrue(sentence("zh", section("2026-11-10T13:00", SEVEN)).contains("等另外 3 段，并非都在这些之后"));
    }

    @Test
    void aWorstAlreadyShownLeavesTheFirstRangesAndTheRestAfter() {
        assertEquals("Service level below 80.0% in 26 of 45 hours with at least 10 buyers: 11-10 00:00–01:00, 11-10 03:00–04:00, 11-10 06:00–07:00, "
                + "11-10 09:00–10:00 and 3 more; worst 6.0% at 11-10 03:00.", sentence("en", section("2026-11-10T03:00", SEVEN)));
    }

    /**
     * Judged on the 95% bound (staff's goal), the sentence calls the figure a bound: "worst 61.1%" beside run's and
     * compare's same sentence on the mean read as the service level itself.
     */
    @Test
    void aSentenceJudgedOnTheBoundCallsItTheBoundInBothLanguages() {
        Map<String, Object> sec = section("2026-11-10T10:00", "2026-11-10T09:00", "2026-11-10T11:00");
        sec.put("judged_on", "95% confidence bound");
        sec.put("intervals_short", 2);
        assertEquals("The 95% lower bound of the service level is below 80.0% in 2 of 45 hours with at least 10 buyers: 11-10 09:00–11:00; lowest bound 6.0% at 11-10 10:00.",
                sentence("en", sec));
        assertEquals("服务水平的 95% 置信下界低于80.0%的时段：45 个小时（每段至少 10 位买家）中有 2 个（11-10 09:00–11:00），置信界最低 6.0%（11-10 10:00）。", sentence("zh", sec));
        Text en = new Text("en");
        assertEquals("The 95% upper bound of the abandon share is above 3.0% in 2 of 45 hours with at least 10 buyers: 11-10 09:00–11:00; highest bound 6.0% at 11-10 10:00.",
                ShortfallText.sentence(en, S, sec, en.get("sf_abandon"), "3.0%", false));
        sec.put("intervals_short", 0);
        assertEquals("The 95% lower bound of the service level is at least 80.0% in every one of 45 hours with at least 10 buyers.", sentence("en", sec));
        assertEquals("全部 45 个小时（每段至少 10 位买家）中，服务水平的 95% 置信下界均不低于80.0%。", sentence("zh", sec));
        // on the mean (run, compare, sweep): the figure itself, as before
        sec.put("judged_on", "mean");
        assertEquals("Service level at least 80.0% in every one of 45 hours with at least 10 buyers.", sentence("en", sec));
    }
}
