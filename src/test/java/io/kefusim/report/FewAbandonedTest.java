package io.kefusim.report;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester25: the studio's card (the report's headline) read "未接待流失 0 ± 0" beside "占进入排队买家的 0.1%", and the
 * "every hour meets the goal" sentence sat in the red alarm box. A count under 10 is shown with one decimal (console
 * and page), and the worst-hours box is calm when no hour falls short.
 */
class FewAbandonedTest {
    @TempDir
    Path dir;

    @Test
    void aFewAbandonedBuyersAreNotZeroAndAMetGoalIsNoAlarm() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--set", "roster[0].agents=5", "--replications", "5",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  Left unanswered (abandoned)                                 0.6            1.7\n"), r.out());
        String html = Files.readString(CliRunner.newestRun(dir.resolve("classroom-response-time")).resolve("report.html"));
        int card = html.indexOf("data-key=\"totals.abandoned\"");
        assertTrue(card > 0, html);
        String cardHtml = html.substring(card, Math.min(html.length(), card + 400));
        assertTrue(cardHtml.contains(">0.6<") && cardHtml.contains("± 1.7"), cardHtml);
        assertTrue(html.contains("<p class=\"worst met\" id=\"worst-intervals\">"), "every hour meets the goal: no red box");
        CliRunner.Result short4 = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--set", "roster[0].agents=2", "--replications", "2",
                "--out", dir.resolve("two").toString());
        String html2 = Files.readString(CliRunner.newestRun(dir.resolve("two").resolve("classroom-response-time")).resolve("report.html"));
        assertTrue(html2.contains("<p class=\"worst\" id=\"worst-intervals\">"), "hours short: the red box");
        assertFalse(short4.out().contains("abandoned)                                 0."), "a count of 10 or more stays whole");
    }
}
