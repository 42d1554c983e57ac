package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Statutory holidays as a user meets them: one temp on 09:00–17:00 on 1 October 2026 at 20 CNY an
 * hour (labour cost 480 with the day listed, 160 without, HolidayPayTest); the warning when a run
 * covers a fixed-date holiday the file does not list, everywhere warnings go, and not when it is
 * listed; the figure in summary.json, the csv files and the console in both languages; bad
 * dates and factors refused in one line.
 */
class HolidayCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAD = "name: holiday\nstart: 2026-10-01T00:00\nhorizon: 24h\nreplications: 2\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
            + "agents: [{group: desk, skills: [presale], pay: hourly, hourly_pay: 20}]\n"
            + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\nroster: [{group: desk, shift: day, agents: 1}]\n";

    @TempDir
    Path dir;

    private Path file(String costs) throws IOException {
        Path p = dir.resolve("holiday.yaml");
        Files.writeString(p, HEAD + "costs:\n  employer_contributions: 0\n" + costs);
        return p;
    }

    private Path only(Path base) throws IOException {
        try (Stream<Path> l = Files.list(base)) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }

    private static List<String> codes(JsonNode ws) {
        return Stream.of(JSON.convertValue(ws, JsonNode[].class)).map(w -> w.get("code").asText()).toList();
    }

    @Test
    void notListedTheRunIsWarnedEverywhereAndPaysAnOrdinaryDay() throws Exception {
        Path f = file("");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        // the holiday named; a run the table's years hold says nothing of lunar holidays it cannot know (holidayM)
        assertTrue(r.err().contains("warning: " + f + ":2: start: the run covers 2026-10-01 (国庆), statutory holidays (法定节假日) not in costs.holidays: "
                + "the hours worked on them are paid as on an ordinary day, not at 3× (劳动法 art. 44 (3)); list them: costs.holidays: [2026-10-01]\n"), r.err());
        Path run = only(out.resolve("holiday"));
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        assertTrue(codes(summary.get("warnings")).contains("pay.holiday_not_listed"), summary.get("warnings").toString());
        assertTrue(summary.get("warnings").toString().contains("模拟时段包含 2026-10-01（国庆）"), summary.get("warnings").toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("statutory holidays (法定节假日) not in costs.holidays"));
        assertEquals(160, summary.get("totals").get("labour_cost").get("mean").asDouble(), 1e-9);
        assertEquals(0, summary.get("totals").get("paid_overtime_holiday_h").get("mean").asDouble(), 1e-9);

        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("模拟时段包含 2026-10-01（国庆），这些法定节假日不在 costs.holidays 中"), zh.err());

        Path cmp = dir.resolve("cmp");
        CliRunner.Result c = CliRunner.kefusim("compare", f.toString(), f.toString(), "--set", "roster[0].agents=2", "--out", cmp.toString());
        assertEquals(0, c.code(), c.err());
        JsonNode cws = JSON.readTree(only(cmp.resolve("holiday-compare")).resolve("compare.json").toFile()).get("warnings");
        assertTrue(cws.toString().contains("pay.holiday_not_listed"), cws.toString());
    }

    @Test
    void listedThePayIsShownEverywhereAndTheWarningIsQuiet() throws Exception {
        Path f = file("  holidays: [2026-10-01]\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("costs.holidays"), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" +of it on holidays, at 3× \\(agent-hours\\) +8\\.0 +0\\.0")), r.out());
        Path run = only(out.resolve("holiday"));
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        assertFalse(codes(summary.get("warnings")).contains("pay.holiday_not_listed"));
        JsonNode totals = summary.get("totals");
        assertEquals(480, totals.get("labour_cost").get("mean").asDouble(), 1e-9);
        assertEquals(8, totals.get("paid_overtime_h").get("mean").asDouble(), 1e-9);
        assertEquals(0, totals.get("paid_overtime_extended_h").get("mean").asDouble(), 1e-9);
        assertEquals(8, totals.get("paid_overtime_holiday_h").get("mean").asDouble(), 1e-9);
        assertEquals(8, summary.get("by_group").get("desk").get("paid_overtime_holiday_h").get("mean").asDouble(), 1e-9);
        assertEquals(8, summary.get("by_day").get("2026-10-01").get("paid_overtime_holiday_h").get("mean").asDouble(), 1e-9);
        for (String csv : List.of("by_group.csv", "by_day.csv")) {
            assertTrue(Files.readAllLines(run.resolve(csv)).get(0).contains(",paid_overtime_holiday_h,"), csv);
        }
        assertTrue(Files.readString(run.resolve("scenario.yaml")).contains("  holidays:\n  - \"2026-10-01\"\n  holiday_factor: 3.0\n"),
                "the results' scenario.yaml writes the keys back");
        assertEquals(List.of(LocalDate.of(2026, 10, 1)), ScenarioLoader.load(run.resolve("scenario.yaml"), List.of()).costs().holidays());
        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("其中法定节假日加班，按 3 倍（人·小时）"), zh.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "holidays: [2026-10-01, 1.10.2026] | :11:26: costs.holidays[1]: '1.10.2026' is not a date; allowed: YYYY-MM-DD, e.g. 2026-11-11",
            "holidays: [2026-10-01, 2026-10-01] | :11:26: costs.holidays[1]: 2026-10-01 is listed twice; allowed: each date once",
            "holidays: 2026-10-01 | :11:13: costs.holidays: expected a list, found '2026-10-01'; allowed: a list, as [1, 2, 3] or lines starting with '- '",
            "holiday_factor: 2 | :11:19: costs.holiday_factor: 2 is out of range; allowed: 3 to 5",
            "overtime_factor: 0.5 | :11:20: costs.overtime_factor: 0.5 is below the law's minimum of 1.5 (150% of the hourly wage for extended hours, 劳动法 art. 44 (1)); allowed: 1.5 to 10, the whole rate, not the premium: 0.5 looks like a 50% premium, written as 1.5",
            "overtime_factor: 0 | :11:20: costs.overtime_factor: 0 is below the law's minimum of 1.5 (150% of the hourly wage for extended hours, 劳动法 art. 44 (1)); allowed: 1.5 to 10",
            "overtime_factor: 1.2 | :11:20: costs.overtime_factor: 1.2 is below the law's minimum of 1.5 (150% of the hourly wage for extended hours, 劳动法 art. 44 (1)); allowed: 1.5 to 10",
            "rest_day_factor: 1.5 | :11:20: costs.rest_day_factor: 1.5 is neither of the law's choices; allowed: 1 (the rest day repaid with time off, 补休) or 2 to 5 (at least 200% without time off, 劳动法 art. 44 (2))",
            // t16: every message of a key says its allowed values, not the interval the number is first read in (0 to 10, 0 to 5)
            "overtime_factor: 11 | :11:20: costs.overtime_factor: 11 is out of range; allowed: 1.5 to 10",
            "overtime_factor: -1 | :11:20: costs.overtime_factor: -1 is out of range; allowed: 1.5 to 10",
            "overtime_factor: abc | :11:20: costs.overtime_factor: 'abc' is not a number; allowed: 1.5 to 10",
            "rest_day_factor: 6 | :11:20: costs.rest_day_factor: 6 is out of range; allowed: 1 or 2 to 5",
            "rest_day_factor: -1 | :11:20: costs.rest_day_factor: -1 is out of range; allowed: 1 or 2 to 5",
            "rest_day_factor: abc | :11:20: costs.rest_day_factor: 'abc' is not a number; allowed: 1 or 2 to 5",
            "holiday_factor: 6 | :11:19: costs.holiday_factor: 6 is out of range; allowed: 3 to 5",
            "holiday_factor: abc | :11:19: costs.holiday_factor: 'abc' is not a number; allowed: a number from 3 to 5"})
    void badInputIsOneLineAndNothingIsWritten(String costs, String says) throws Exception {
        Path f = file("  " + costs + "\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + f + says, r.err().strip());
        assertFalse(Files.exists(out), "no results folder");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "overtime_factor: 11 | :11:20: costs.overtime_factor: 11 超出范围；允许：从 1.5 到 10",
            "overtime_factor: abc | :11:20: costs.overtime_factor: 'abc' 不是数字；允许：从 1.5 到 10",
            "overtime_factor: 1.2 | :11:20: costs.overtime_factor: 1.2 低于法定最低 1.5（延长工作时间按不低于工资的 150% 支付，劳动法第四十四条第（一）项）；允许：从 1.5 到 10",
            "rest_day_factor: 6 | :11:20: costs.rest_day_factor: 6 超出范围；允许：1 或从 2 到 5",
            "rest_day_factor: abc | :11:20: costs.rest_day_factor: 'abc' 不是数字；允许：1 或从 2 到 5",
            "holiday_factor: 6 | :11:19: costs.holiday_factor: 6 超出范围；允许：从 3 到 5"})
    void badInputInChineseSaysTheSameAllowedValues(String costs, String says) throws Exception {
        Path f = file("  " + costs + "\n");
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertEquals(2, r.code());
        assertEquals("错误：" + f + says, r.err().strip());
    }

    private static List<Warning> holidayWarnings(String start, String system, String holidays) {
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-10-01T00:00", start) + "labour: {working_time: " + system + "}\n"
                + (holidays == null ? "" : "costs: {holidays: " + holidays + "}\n"));
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("pay.holiday_not_listed")).toList();
    }

    /**
     * The fixed-date holidays: 1 January, 1 May and (from 2025) 2 May, 1–3 October; and, in the
     * table's years (2014–2035), 春节 (with 除夕 from 2025), 清明, 端午, 中秋; the warning names the
     * first; quiet when listed, under the flexible system, on other days, on 4 October where 中秋
     * meets 国庆 (the year's notice decides), and on lunar dates outside the table (holidayM).
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ';', value = {"2026-10-01T00:00; standard; ; 2026-10-01", "2026-10-01T00:00; comprehensive; ; 2026-10-01",
            "2026-10-01T00:00; flexible; ; ", "2026-10-01T00:00; standard; [2026-10-01]; ", "2026-09-30T12:00; standard; ; 2026-10-01",
            "2027-01-01T00:00; standard; ; 2027-01-01", "2026-05-02T00:00; standard; ; 2026-05-02", "2024-05-02T00:00; standard; ; ",
            "2026-10-04T00:00; standard; ; ",
            // holidayM: the lunar-calendar holidays and 清明 from the table
            "2026-02-17T00:00; standard; ; 2026-02-17", "2026-02-16T00:00; standard; ; 2026-02-16", "2024-02-09T00:00; standard; ; ",
            "2024-02-10T00:00; standard; ; 2024-02-10", "2026-04-05T00:00; standard; ; 2026-04-05", "2026-06-19T00:00; standard; ; 2026-06-19",
            "2026-06-19T00:00; standard; [2026-06-19]; ", "2026-06-19T00:00; flexible; ; ", "2026-09-25T00:00; comprehensive; ; 2026-09-25",
            "2020-10-04T00:00; standard; ; ", "2036-01-28T00:00; standard; ; ", "2035-02-08T00:00; standard; ; 2035-02-08"})
    void theWarningNamesAnUnlistedFixedDateHoliday(String start, String system, String holidays, String warned) {
        List<Warning> ws = holidayWarnings(start, system, holidays);
        if (warned == null) assertEquals(List.of(), ws);
        else {
            assertEquals(1, ws.size(), ws.toString());
            assertEquals(LocalDate.parse(warned), ws.get(0).date());
        }
    }

    /** holidayM: the dates of a holiday warning are joined with 、 in Chinese, the YAML to write stays YAML. */
    @Test
    void theDatesAreJoinedAsEachLanguageJoinsAList() throws Exception {
        Path f = file("");
        Files.writeString(f, Files.readString(f).replace("horizon: 24h", "horizon: 72h"));
        CliRunner.Result en = CliRunner.kefusim("validate", f.toString());
        assertTrue(en.out().contains(":2: start: the run covers 2026-10-01 (国庆), 2026-10-02 (国庆), 2026-10-03 (国庆), statutory holidays (法定节假日) not in costs.holidays: "
                + "the hours worked on them are paid as on an ordinary day, not at 3× (劳动法 art. 44 (3)); list them: costs.holidays: [2026-10-01, 2026-10-02, 2026-10-03]\n"), en.out());
        CliRunner.Result zh = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertTrue(zh.out().contains(":2: start: 模拟时段包含 2026-10-01（国庆）、2026-10-02（国庆）、2026-10-03（国庆），这些法定节假日不在 costs.holidays 中："
                + "当天的工时按普通日计薪，而不是按 3 倍（劳动法第四十四条第三项）；请列出：costs.holidays: [2026-10-01, 2026-10-02, 2026-10-03]\n"), zh.out());
    }

    /** holidayM: a run beyond the table's years still says that its lunar-calendar holidays are not known. */
    @Test
    void beyondTheTablesYearsTheLunarHolidaysAreSaidToBeUnknown() throws Exception {
        Path f = file("");
        Files.writeString(f, Files.readString(f).replace("2026-10-01T00:00", "2036-01-01T00:00"));
        CliRunner.Result en = CliRunner.kefusim("validate", f.toString());
        assertTrue(en.out().contains("list them: costs.holidays: [2036-01-01]. The run reaches beyond 2014–2035, the years whose 春节, 清明, 端午 and 中秋 "
                + "(lunar calendar) kefusim knows: list theirs too\n"), en.out());
        CliRunner.Result zh = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertTrue(zh.out().contains("请列出：costs.holidays: [2036-01-01]。模拟时段超出 2014–2035 年，kefusim 只知道这些年份的春节、清明、端午、中秋（农历）日期：涉及时也请列出\n"), zh.out());
    }

    private static final String NOT_STATUTORY = ":11: costs.holidays: 2026-06-20, 2026-06-21, 2026-11-11 listed, no statutory holiday (法定节假日): "
            + "hours worked on such a date are paid at 3×, which only a statutory holiday earns (劳动法 art. 44 (3)); a rest day of a 调休 arrangement earns "
            + "the rest-day rate (2×, or time off), a working day the ordinary rate. This run pays 2026-06-20 at 3×. The statutory holidays it lists: "
            + "2026-06-19 (端午); list the statutory holidays only: costs.holidays: [2026-06-19]";
    private static final String NOT_STATUTORY_ZH = ":11: costs.holidays: 列出的 2026-06-20、2026-06-21、2026-11-11 不是法定节假日：这些日期的工时按 3 倍计薪，"
            + "而只有法定节假日才按此计薪（劳动法第四十四条第三项）；调休安排中的休息日按休息日计薪（2 倍，或安排补休），工作日按普通日计薪。"
            + "本次模拟按 3 倍计薪的有 2026-06-20。其中的法定节假日：2026-06-19（端午）；请只列出法定节假日：costs.holidays: [2026-06-19]";

    /**
     * holidayM (tester25): the 端午 break of 2026 listed whole (Friday 19 – Sunday 21 June) and
     * 11-11: only 19 June is a statutory holiday, yet Saturday's 8 hours are paid at 3× (480 CNY);
     * the warning says which dates are not, which are, and reaches every output a warning reaches.
     */
    @Test
    void aListedDateThatIsNoStatutoryHolidayIsWarnedEverywhere() throws Exception {
        Path f = file("  holidays: [2026-06-21, 2026-06-19, 2026-06-20, 2026-11-11]\n");
        Files.writeString(f, Files.readString(f).replace("2026-10-01T00:00", "2026-06-20T00:00"));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + f + NOT_STATUTORY + "\n"), r.err());
        assertFalse(r.err().contains("pay.holiday_not_listed") || r.err().contains("the run covers"), r.err());
        Path run = only(out.resolve("holiday"));
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        assertEquals(List.of("pay.holiday_not_statutory"), codes(summary.get("warnings")).stream().filter(c -> c.startsWith("pay.holiday")).toList());
        JsonNode w = Stream.of(JSON.convertValue(summary.get("warnings"), JsonNode[].class))
                .filter(x -> x.get("code").asText().equals("pay.holiday_not_statutory")).findFirst().orElseThrow();
        assertEquals("2026-06-20", w.get("date").asText());
        assertEquals("costs.holidays", w.get("where").get("key").asText());
        assertEquals(11, w.get("where").get("line").asInt());
        assertTrue(NOT_STATUTORY_ZH.endsWith(w.get("message_zh").asText()), w.toString());
        assertEquals(480, summary.get("totals").get("labour_cost").get("mean").asDouble(), 1e-9, "Saturday's 8 h paid at 3×");
        assertTrue(Files.readString(run.resolve("report.html")).contains("2026-06-20, 2026-06-21, 2026-11-11 listed, no statutory holiday"));
        try (java.util.zip.ZipFile xlsx = new java.util.zip.ZipFile(run.resolve("results.xlsx").toFile())) {
            boolean found = false;
            for (var e : java.util.Collections.list(xlsx.entries())) {
                found |= new String(xlsx.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("pay.holiday_not_statutory");
            }
            assertTrue(found, "results.xlsx's warnings sheet");
        }

        CliRunner.Result zh = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("警告：" + f + NOT_STATUTORY_ZH + "\n"), zh.err());

        Path cmp = dir.resolve("cmp");
        CliRunner.Result c = CliRunner.kefusim("compare", f.toString(), f.toString(), "--set", "roster[0].agents=2", "--out", cmp.toString());
        assertEquals(0, c.code(), c.err());
        JsonNode cws = JSON.readTree(only(cmp.resolve("holiday-compare")).resolve("compare.json").toFile()).get("warnings");
        assertTrue(cws.toString().contains("pay.holiday_not_statutory"), cws.toString());

        Path st = dir.resolve("staff");
        // buyers to staff for (staff refuses a run with none): 10 an hour while the desk is open
        CliRunner.Result s = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.5", "--max-simulations", "3", "--replications", "3", "--out", st.toString(),
                "--set", "demand.pattern.hourly=[0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0]");
        assertTrue(s.err().contains("warning: " + f + NOT_STATUTORY), s.err());
        JsonNode sws = JSON.readTree(only(st.resolve("holiday-staff")).resolve("staffing.json").toFile()).get("warnings");
        assertTrue(codes(sws.get("original")).contains("pay.holiday_not_statutory"), sws.toString());
        assertTrue(codes(sws.get("optimised")).contains("pay.holiday_not_statutory"), sws.toString());
    }

    private static List<Warning> notStatutory(String start, String system, String holidays) {
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-10-01T00:00", start) + "labour: {working_time: " + system + "}\n"
                + "costs: {holidays: " + holidays + "}\n");
        return ScenarioSanity.check(s).stream().filter(w -> w.code().equals("pay.holiday_not_statutory")).toList();
    }

    /**
     * holidayM: a listed date that is no statutory holiday is warned of in the table's years,
     * in the run or not (the list is meant for the whole year); quiet for a statutory one, under
     * the flexible system, outside the table, and on 4 October where 中秋 meets 国庆.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ';', value = {"2026-10-01T00:00; standard; [2026-10-01]; ", "2026-10-01T00:00; standard; [2026-10-01, 2026-11-11]; 2026-11-11",
            "2026-10-01T00:00; flexible; [2026-10-01, 2026-11-11]; ", "2026-10-01T00:00; standard; [2026-10-01, 2026-10-07]; 2026-10-07",
            "2026-10-01T00:00; standard; [2026-10-01, 2036-01-29]; ", "2026-10-01T00:00; standard; [2026-10-01, 2020-10-04]; ",
            "2026-02-15T00:00; standard; [2026-02-15, 2026-02-16]; 2026-02-15", "2024-02-09T00:00; standard; [2024-02-09, 2024-02-10]; 2024-02-09"})
    void aListedDateThatIsNoHolidayIsNamed(String start, String system, String holidays, String warned) {
        List<Warning> ws = notStatutory(start, system, holidays);
        if (warned == null) assertEquals(List.of(), ws);
        else {
            assertEquals(1, ws.size(), ws.toString());
            assertEquals(LocalDate.parse(warned), ws.get(0).date());
        }
    }

    /** holidayM: a wrong date outside the run changes none of its figures, and the warning says so. */
    @Test
    void aWrongDateOutsideTheRunIsSaidToChangeNothing() {
        List<Warning> ws = notStatutory("2026-10-01T00:00", "standard", "[2026-10-01, 2026-11-11]");
        String said = io.kefusim.report.WarningText.say(new io.kefusim.report.Text("en"), ws.get(0).said());
        assertEquals("2026-11-11 listed, no statutory holiday (法定节假日): hours worked on such a date are paid at 3×, which only a statutory holiday earns "
                + "(劳动法 art. 44 (3)); a rest day of a 调休 arrangement earns the rest-day rate (2×, or time off), a working day the ordinary rate. "
                + "None of them is in this run, whose figures they leave as they are. The statutory holidays it lists: 2026-10-01 (国庆); "
                + "list the statutory holidays only: costs.holidays: [2026-10-01]", said);
    }
}
