package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tester's long-day.yaml (tester25): 6 salaried people 09:00-21:00 with a 30-minute break,
 * 11h30m of work a day, 3h30m of it extended, under the default standard system; 4 hourly
 * part-timers 14:00-20:00; 2026-06-19 a listed holiday.
 */
class LongDayCliTest {
    @TempDir
    Path dir;

    private Path longDay() throws IOException {
        Path p = dir.resolve("long-day.yaml");
        Files.copy(Path.of("src/test/resources/io/kefusim/labour/long-day.yaml"), p);
        return p;
    }

    @Test
    void validateSaysTheDayIsBeyondTheLegalLimitInBothLanguages() throws IOException {
        Path p = longDay();
        CliRunner.Result en = CliRunner.kefusim("validate", p.toString());
        assertEquals(0, en.code(), en.err());
        String all = en.out() + en.err();
        assertTrue(all.contains(":53: roster[0]: roster service on 'long', 2026-06-17: shift 'long' has 11h30m of work (breaks not counted), "
                + "3h30m of it extended: more than 8 h + 3 h a day, the most the standard working-time system allows (劳动法 art. 41) (labour.daily_overtime)"), all);
        assertEquals(1, all.split("\\(labour\\.daily_overtime\\)", -1).length - 1, "the part-timers' 6 h are within the limit: " + all);
        CliRunner.Result zh = CliRunner.kefusim("validate", p.toString(), "--lang", "zh");
        String allZh = zh.out() + zh.err();
        assertTrue(allZh.contains("roster[0]: 排班 service 的“long”班，2026-06-17：“long”班工作 11小时30分钟（不含休息），其中延长工作时间 3小时30分钟："
                + "超过标准工时制每日 8 小时 + 最多 3 小时（劳动法第四十一条）（labour.daily_overtime）"), allZh);
        // a 综合工时 desk: not said
        CliRunner.Result comp = CliRunner.kefusim("validate", p.toString(), "--set", "labour.working_time=comprehensive");
        assertFalse((comp.out() + comp.err()).contains("daily_overtime"), comp.out() + comp.err());
    }

    @Test
    void theRunCarriesTheWarningToSummaryAndReport() throws IOException {
        Path p = longDay();
        CliRunner.Result r = CliRunner.kefusim("run", p.toString(), "--replications", "2", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        Path run = CliRunner.newestRun(dir.resolve("out").resolve("long-day"));
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        long daily = 0;
        for (JsonNode w : summary.get("warnings")) if (w.get("code").asText().equals("labour.daily_overtime")) daily++;
        assertEquals(1, daily, summary.get("warnings").toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("labour.daily_overtime"));
    }

    /**
     * The 156 h of overtime by working-time rules: 63 extended (6 people x 3h30m on the three
     * working days, at 1.5x) and 93 on the holiday (6 x 11h30m + 4 x 6 h, at 3x), each named: before,
     * only the holiday's 93 had a line of its own.
     */
    @Test
    void theExtendedHoursAreNamedBesideTheHolidayHours() throws IOException {
        Path p = longDay();
        CliRunner.Result r = CliRunner.kefusim("run", p.toString(), "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\R  Overtime by working-time rules \\(agent-hours\\) +156\\.0 +0\\.0\\R"
                + "    of it extended hours, at 1\\.5× \\(agent-hours\\) +63\\.0 +0\\.0\\R"
                + "    of it on holidays, at 3× \\(agent-hours\\) +93\\.0 +0\\.0\\R.*"), r.out());
        Path run = CliRunner.newestRun(dir.resolve("en").resolve("long-day"));
        JsonNode t = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("totals");
        assertEquals(63, t.get("paid_overtime_extended_h").get("mean").asDouble(), 1e-9);
        assertTrue(Files.readString(run.resolve("report.html")).contains("overtime by working-time rules 156.0 agent-hours; 63.0 extended hours (beyond 8 h on a working day) at 1.5×; 93.0 on statutory holidays at 3×"),
                "the labour card");
        CliRunner.Result zh = CliRunner.kefusim("run", p.toString(), "--replications", "2", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertTrue(zh.out().matches("(?s).*\\R    其中延长工作时间，按 1\\.5 倍（人·小时） +63\\.0 +0\\.0\\R    其中法定节假日加班，按 3 倍（人·小时） +93\\.0 +0\\.0\\R.*"), zh.out());
        Path runZh = CliRunner.newestRun(dir.resolve("zh").resolve("long-day"));
        assertTrue(Files.readString(runZh.resolve("report.html")).contains("；延长工作时间 63.0（工作日超过 8 小时的部分，按 1.5 倍）；法定节假日 93.0（按 3 倍）"), "the labour card in Chinese");
    }
}
