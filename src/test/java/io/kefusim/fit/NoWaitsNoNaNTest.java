package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fitF, item 2: a 千牛-style export with no wait column (qn_no_waits.csv: 280 chats, 首次响应时长 but no 等待时长) made fit
 * print "the records' NaN%" for the share taken at once (console, fit.json message and message_zh), fit.html "NaN%" in
 * that sentence, the talk-while-queued ratio and the idle-gap table, and judge the idle gap against a mean wait of 0.0 s.
 * Now it says the records give no queue waits, leaves the share taken at once out, and judges on what the records hold.
 */
class NoWaitsNoNaNTest {
    @TempDir
    Path dir;

    /** The fixture, copied into the test's folder as {@code name}. */
    private Path records(String name) throws Exception {
        Path csv = dir.resolve(name);
        try (InputStream in = NoWaitsNoNaNTest.class.getResourceAsStream("qn_no_waits.csv")) {
            Files.copy(in, csv);
        }
        return csv;
    }

    @Test
    void noNaNWhereTheRecordsGiveNoWaits() throws Exception {
        Path csv = records("qn_fast.csv");
        CliRunner.Result r = CliRunner.kefusim("fit", csv.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        Path out = CliRunner.newestRun(dir.resolve("out/qn_fast-fit"));
        String json = Files.readString(out.resolve("fit.json")), html = Files.readString(out.resolve("fit.html"));
        for (String[] s : new String[][]{{"console", r.out() + r.err()}, {"fit.json", json}, {"fit.html", html}})
            assertFalse(s[1].contains("NaN"), s[0] + " says NaN");
        assertTrue(r.err().contains("the records give no queue waits, so the share taken at once is not compared"), r.err());
        assertTrue(json.contains("the records give no queue waits, so the share taken at once is not compared"), "fit.json message");
        assertTrue(json.contains("记录中没有排队等待时长，因此不比较立即接待的比例"), "fit.json message_zh");
        assertTrue(html.contains("the records give no queue waits, so neither the mean wait nor the share taken at once is judged"), "fit.html");
        assertFalse(html.contains("mean wait (0.0 s)"), "fit.html judges against a 0.0 s wait");
        assertTrue(html.contains("not known, the records give no queue waits"), "fit.html taken-at-once sentence");
        assertTrue(json.contains("\"observed_queue_wait_mean_s\" : null"), "fit.json observed wait");
        String zh = new io.kefusim.report.Text("zh").get("fit_availability_how_no_waits", "30分钟", "1%", "2%");
        assertTrue(zh.contains("记录中没有排队等待时长，因此不评判平均等待和立即接待比例"), zh);
    }

    /**
     * A backtest of these records said "mean wait off by more than 30%" against a wait the records do not have,
     * and "fewer than 70% of hours inside the band" when no hour had enough buyers to judge; fit.answers_faster
     * advised judging a plan "by abandonment and the mean wait". Now the wait is said not judged and the hours
     * not judgeable (console and backtest.html, both languages), and the advice is abandonment alone.
     */
    @Test
    void theWaitTheRecordsDoNotGiveIsNotJudged() throws Exception {
        Path csv = records("qn.csv");
        CliRunner.Result fit = CliRunner.kefusim("fit", csv.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, fit.code(), fit.err());
        // fit.answers_faster advised judging a plan "by abandonment and the mean wait" the records do not give
        assertTrue(fit.err().contains("or judge the plan by abandonment (the records give no queue waits, so there is no mean wait to judge it by)"), fit.err());
        assertFalse(fit.err().contains("judge the plan by abandonment and the mean wait"), fit.err());
        Path fitted = CliRunner.newestRun(dir.resolve("out/qn-fit")).resolve("fitted.yaml");
        for (String lang : new String[]{"en", "zh"}) {
            CliRunner.Result bt = CliRunner.kefusim("backtest", csv.toString(), "--scenario", fitted.toString(),
                    "--replications", "5", "--out", dir.resolve("bt-" + lang).toString(), "--lang", lang);
            assertEquals(0, bt.code(), bt.err());
            String said = bt.out() + bt.err();
            Path out;
            try (var l = Files.list(dir.resolve("bt-" + lang))) { out = CliRunner.newestRun(l.findFirst().orElseThrow()); }
            String html = Files.readString(out.resolve("backtest.html"));
            if (lang.equals("en")) {
                for (String s : new String[]{said, html}) {
                    assertFalse(s.contains("mean wait off by more than 30%"), s);
                    assertFalse(s.contains("fewer than 70% of hours inside the band"), s);
                    assertTrue(s.contains("The records give no queue waits, so the mean wait is not judged"), s);
                    assertTrue(s.contains("no hour had 10 buyers or more reach the queue, so no hour could be judged"), s);
                    // no hour of the day could be judged: said as such, not "trustworthy at: no hour"
                    assertTrue(s.contains("Trustworthy at: not judged at any hour of the day (no hour had 10 buyers or more reach the queue)."), s);
                }
            } else {
                for (String s : new String[]{said, html}) {
                    assertFalse(s.contains("平均等待相差超过 30%"), s);
                    assertTrue(s.contains("记录中没有排队等待时长，因此不评判平均等待"), s);
                }
            }
        }
    }
}
