package io.kefusim.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forecast is for days not yet recorded (data11): a --for date inside or before the records is one error line,
 * a date inside them told its recorded count; a date far beyond the records is forecast with a notice that its
 * interval does not grow with distance (console, forecast.json, forecast.html). Before, 1999-02-03 (in the records)
 * and 1990-01-01 were forecast as if ahead, and 2027 had next week's interval without a word.
 */
class ForecastDatesTest {
    @TempDir
    Path dir;

    /** Two weeks of calls, 1999-02-01 to 14, 40 to 88 a day. */
    static Path records(Path dir) throws Exception {
        List<String> all = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            List<String> day = io.kefusim.fit.RealExportsTestAccess.calls(40 + (d * 17) % 49, String.format("9902%02d", d));
            all.addAll(d == 1 ? day : day.subList(1, day.size()));
        }
        Path f = dir.resolve("two-weeks.tsv");
        Files.write(f, all);
        return f;
    }

    @Test
    void aDateInsideOrBeforeTheRecordsIsOneErrorLine() throws Exception {
        Path f = records(dir);
        CliRunner.Result inside = CliRunner.kefusim("forecast", f.toString(), "--for", "1999-02-03", "--out", dir.resolve("out").toString());
        assertEquals(2, inside.code(), inside.err());
        // the records' notices (columns not used) come first: they were read to know their dates; then one error line, no trace
        assertEquals(1, inside.err().lines().filter(l -> l.startsWith("error:")).count(), inside.err());
        assertFalse(inside.err().contains("\tat "), inside.err());
        assertTrue(inside.err().contains("--for: 1999-02-03 is inside the records (1999-02-01 to 1999-02-14): " + (40 + 51 % 49)
                + " buyers were recorded that day; allowed: dates after 1999-02-14 (a forecast is for days not yet recorded)"), inside.err());
        CliRunner.Result before = CliRunner.kefusim("forecast", f.toString(), "--for", "1999-02-15", "--for", "1990-01-01", "--out", dir.resolve("out").toString(), "--lang", "zh");
        assertEquals(2, before.code(), before.err());
        assertTrue(before.err().contains("1990-01-01 在记录之前（1999-02-01 至 1999-02-14）；允许：1999-02-14 之后的日期"), before.err());
        CliRunner.Result last = CliRunner.kefusim("forecast", f.toString(), "--for", "1999-02-14", "--out", dir.resolve("out").toString());
        assertEquals(2, last.code(), last.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aDateFarBeyondTheRecordsIsForecastWithANotice() throws Exception {
        Path f = records(dir);
        CliRunner.Result r = CliRunner.kefusim("forecast", f.toString(), "--for", "1999-02-28", "--for", "2027-02-03", "--name", "far", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String said = "2027-02-03 is 1459 weeks after the records end (1999-02-14): its interval is the error of a held-out day within the records (2 weeks) and does not grow with distance";
        assertTrue(r.err().contains("notice: " + said), r.err());
        assertFalse(r.err().contains("1999-02-28 is"), "two weeks after two weeks of records is not far: " + r.err());
        Path run;
        try (var l = Files.list(dir.resolve("out/far-forecast"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode j = new ObjectMapper().readTree(run.resolve("forecast.json").toFile());
        assertEquals(1, j.get("notices").size(), j.toString());
        assertTrue(j.get("notices").get(0).asText().startsWith(said), j.get("notices").toString());
        assertTrue(j.get("notices_zh").get(0).asText().startsWith("2027-02-03 距记录结束（1999-02-14）已有 1459 周"), j.get("notices_zh").toString());
        assertTrue(Files.readString(run.resolve("forecast.html")).contains(said));
    }
}
