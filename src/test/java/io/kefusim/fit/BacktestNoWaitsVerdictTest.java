package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A backtest of records that give no queue waits (a 千牛 export with 首次响应时长 and no 等待时长) said
 * "mean wait off by more than 30%" against a wait the records do not have, and "fewer than 70% of hours
 * inside the band" when no hour had enough buyers to judge. Now the wait is said not judged and the
 * hours not judgeable, on the console and in backtest.html, in both languages; and fit.answers_faster no
 * longer advises judging a plan by the mean wait the records do not give.
 */
class BacktestNoWaitsVerdictTest {
    @TempDir
    Path dir;

    private static Path newest(Path parent) throws Exception {
        try (var l = Files.list(parent)) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    @Test
    void theWaitTheRecordsDoNotGiveIsNotJudged() throws Exception {
        Path csv = dir.resolve("qn.csv");
        try (InputStream in = BacktestNoWaitsVerdictTest.class.getResourceAsStream("qn_no_waits.csv")) {
            Files.copy(in, csv);
        }
        CliRunner.Result fit = CliRunner.kefusim("fit", csv.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, fit.code(), fit.err());
        // fit.answers_faster advised judging a plan "by abandonment and the mean wait" the records do not give
        assertTrue(fit.err().contains("or judge the plan by abandonment (the records give no queue waits, so there is no mean wait to judge it by)"), fit.err());
        assertFalse(fit.err().contains("judge the plan by abandonment and the mean wait"), fit.err());
        Path fitted = newest(dir.resolve("out/qn-fit")).resolve("fitted.yaml");
        for (String lang : new String[]{"en", "zh"}) {
            CliRunner.Result bt = CliRunner.kefusim("backtest", csv.toString(), "--scenario", fitted.toString(),
                    "--replications", "5", "--out", dir.resolve("bt-" + lang).toString(), "--lang", lang);
            assertEquals(0, bt.code(), bt.err());
            String said = bt.out() + bt.err();
            Path out;
            try (var l = Files.list(dir.resolve("bt-" + lang))) { out = newest(l.findFirst().orElseThrow()); }
            String html = Files.readString(out.resolve("backtest.html"));
            if (lang.equals("en")) {
                for (String s : new String[]{said, html}) {
                    assertFalse(s.contains("mean wait off by more than 30%"), s);
                    assertFalse(s.contains("fewer than 70% of hours inside the band"), s);
                    assertTrue(s.contains("The records give no queue waits, so the mean wait is not judged"), s);
                    assertTrue(s.contains("no hour had 10 buyers or more reach the queue, so no hour could be judged"), s);
                    assertTrue(s.contains("Trustworthy at (abandonment inside the band on at least 70% of dates; the records give no queue waits)"), s);
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
