package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.scenario.TestScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario's warnings go wherever its answer goes: the console, summary.json, run.json, the
 * workbook, the top of every page (run, compare, sweep, staff) and the batch tables, in
 * English and Chinese; with --strict nothing runs and nothing is written.
 */
class WarningsTravelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only presale agents, 08:00-20:00, and the default mix: two types nobody serves, two empty stretches,
     * and buyers and typing left to the illustrative defaults (five warnings).
     */
    /**
     * 12 h of work a day is beyond the standard system's 8 + 3 (labour.daily_overtime, its own tests): a 综合工时 desk, so
     * the five stay five; the last line, which a test that appends roster lines moves to after them.
     */
    private static final String LABOUR = "labour: {working_time: comprehensive}\n";
    private static final String UNSERVED = "name: unserved\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 2\n"
            + "demand:\n  pattern:\n    hourly: [4,4,4,4,4,4,4,4,10,10,10,10,10,10,10,10,10,10,10,10,4,4,4,4]\n"
            + "agents:\n  - {group: presale, skills: [presale], monthly_pay: 4500}\n"
            + "shifts:\n  day: {from: \"08:00\", to: \"20:00\"}\nroster:\n  - {group: presale, shift: day, agents: 2}\n"
            + LABOUR;
    /** The mix and every buyer type's behaviour written, so nothing runs on the illustrative defaults. */
    private static final String OWN_BEHAVIOUR = "buyers:\n" + TestScenarios.OWN_PRESALE + TestScenarios.OWN_AFTERSALE + TestScenarios.OWN_COMPLAINT;
    /** The same for a presale-only shop, and its desk's typing: appended after everything else, so no line moves. */
    private static final String PRESALE_OWN = "buyers:\n" + TestScenarios.OWN_PRESALE;
    private static final String OWN_DESK = "skills: [presale], " + TestScenarios.OWN_DESK;
    private static final String AFTERSALE_LINE = ":6: demand.mix.aftersale: 'aftersale' buyers (30% of those reaching an agent) are in the mix";
    private static final String AFTERSALE_ZH = "买家类型“aftersale”（占需人工接待买家的 30%）在构成中";

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void write() throws IOException {
        file = dir.resolve("unserved.yaml");
        Files.writeString(file, UNSERVED);
    }

    private Path only(Path base) throws IOException {
        try (Stream<Path> l = Files.list(base)) {
            List<Path> runs = l.filter(p -> !p.getFileName().toString().equals("latest")).toList();
            assertEquals(1, runs.size(), runs.toString());
            return runs.get(0);
        }
    }

    @Test
    void aRunCarriesItsWarningsToEveryFile() throws Exception {
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + file + AFTERSALE_LINE), r.err());
        assertTrue(r.out().contains("⚠ 5 warnings about the scenario"), r.out());
        Path run = only(out.resolve("unserved"));
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        JsonNode ws = summary.get("warnings");
        assertEquals(5, ws.size(), ws.toString());
        assertEquals("coverage.type_unserved", ws.get(0).get("code").asText());
        assertEquals(file.toString(), ws.get(0).get("where").get("file").asText());
        assertEquals(6, ws.get(0).get("where").get("line").asInt(), "the demand map, where the default mix comes in");
        assertEquals("demand.mix.aftersale", ws.get(0).get("where").get("key").asText());
        assertTrue(ws.get(0).get("message_zh").asText().startsWith(AFTERSALE_ZH), ws.toString());
        assertEquals(List.of("coverage.type_unserved", "coverage.type_unserved", "coverage.no_agent_on_duty", "coverage.no_agent_on_duty",
                "defaults.illustrative"), codes(ws));
        assertEquals(ws, JSON.readTree(run.resolve("run.json").toFile()).get("warnings"));
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.indexOf("id=\"warnings\"") > 0 && html.indexOf("id=\"warnings\"") < html.indexOf("id=\"headline\""), "the block comes before the figures");
        assertTrue(html.contains("&#39;aftersale&#39; buyers (30% of those reaching an agent)"), html);
        try (ZipFile xlsx = new ZipFile(run.resolve("results.xlsx").toFile())) {
            String book = new String(xlsx.getInputStream(xlsx.getEntry("xl/workbook.xml")).readAllBytes());
            assertTrue(book.contains("name=\"warnings\""), book);
        }
    }

    @Test
    void inChineseTheConsoleAndPageSayItInChinese() throws Exception {
        Path out = dir.resolve("zh");
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", out.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("警告：" + file + ":6: demand.mix.aftersale: " + AFTERSALE_ZH), r.err());
        assertTrue(r.out().contains("⚠ 方案有 5 条警告"), r.out());
        String html = Files.readString(only(out.resolve("unserved")).resolve("report.html"));
        assertTrue(html.contains("采信这些数字之前请注意") && html.contains(AFTERSALE_ZH), html);
    }

    @Test
    void strictRefusesBeforeAnythingRunsOrIsWritten() {
        Path out = dir.resolve("strict");
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", out.toString(), "--strict");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("error: " + file + ": --strict: 5 warnings, so nothing was run"), r.err());
        assertFalse(Files.exists(out), "no results folder");
        CliRunner.Result zh = CliRunner.kefusim("validate", file.toString(), "--strict", "--lang", "zh");
        assertEquals(2, zh.code());
        assertTrue(zh.out().contains("警告：" + file + ":6: demand.mix.aftersale"), zh.out());
        assertTrue(zh.err().contains("错误：" + file + ": --strict: 有 5 条警告，因此没有运行"), zh.err());
        CliRunner.Result clean = CliRunner.kefusim("validate", "scenarios/double11-medium-shop.yaml", "--strict");
        assertEquals(0, clean.code(), clean.out() + clean.err());
    }

    @Test
    void compareAndSweepPagesShowThemOnceForAllPlans() throws Exception {
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, UNSERVED.replace("agents: 2}", "agents: 3}"));
        Path out = dir.resolve("cmp");
        CliRunner.Result c = CliRunner.kefusim("compare", file.toString(), other.toString(), "--out", out.toString());
        assertEquals(0, c.code(), c.err());
        Path cmp = only(out.resolve("unserved-compare"));
        String page = Files.readString(cmp.resolve("compare.html"));
        assertTrue(page.contains("id=\"warnings\""), page);
        assertEquals(2, count(page, "(30% of those reaching an agent)"), "each file's own warning, under its plan");
        JsonNode ws = JSON.readTree(cmp.resolve("compare.json").toFile()).get("warnings");
        assertEquals(5, ws.get("unserved").size());
        assertEquals(5, ws.get("other").size());

        Path sw = dir.resolve("sweep");
        CliRunner.Result s = CliRunner.kefusim("sweep", file.toString(), "--vary", "roster[0].agents=2,3", "--out", sw.toString());
        assertEquals(0, s.code(), s.err());
        assertEquals(1, count(s.err(), AFTERSALE_LINE), "a warning every point shares is printed once: " + s.err());
        String sweepPage = Files.readString(only(sw.resolve("unserved-sweep")).resolve("sweep.html"));
        assertEquals(1, count(sweepPage, "(30% of those reaching an agent)"), sweepPage);
    }

    @Test
    void batchTablesCountEachShopsWarnings() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.copy(file, shops.resolve("a.yaml"));
        // every type served, day and night, every behaviour the shop's own: nothing to say
        Files.writeString(shops.resolve("b.yaml"), UNSERVED.replace(LABOUR, "").replace("name: unserved", "name: served")
                .replace("skills: [presale]", "skills: [presale, aftersale, complaint], " + TestScenarios.OWN_DESK)
                .replace("day: {from: \"08:00\", to: \"20:00\"}", "day: {from: \"08:00\", to: \"20:00\"}\n  night: {from: \"20:00\", to: \"08:00\"}")
                .replace("agents:\n", "  mix: {presale: 0.6, aftersale: 0.35, complaint: 0.05}\nagents:\n")
                + "  - {group: presale, shift: night, agents: 1}\n" + OWN_BEHAVIOUR + LABOUR);
        Path out = dir.resolve("batch");
        CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path b = only(out.resolve("batch"));
        List<String> csv = Files.readAllLines(b.resolve("batch.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        int col = head.indexOf("warnings");
        assertTrue(col > 0, csv.get(0));
        assertEquals("5", csv.get(1).split(",")[col]);
        assertEquals("0", csv.get(2).split(",")[col]);
        assertEquals("coverage.type_unserved coverage.no_agent_on_duty defaults.illustrative", csv.get(1).split(",")[head.indexOf("warning_codes")]);
        JsonNode json = JSON.readTree(b.resolve("batch.json").toFile());
        assertEquals(5, json.get("warnings").get("unserved").size());
        assertEquals(5, JSON.readTree(b.resolve("unserved").resolve("summary.json").toFile()).get("warnings").size());
    }

    @Test
    void theStaffPageShowsTheWarningsOfBothRosters() throws Exception {
        Path out = dir.resolve("staff");
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.5", "--max-simulations", "3", "--replications", "10", "--out", out.toString());
        assertTrue(r.err().contains("warning: " + file + AFTERSALE_LINE), r.err());
        Path st = only(out.resolve("unserved-staff"));
        assertTrue(Files.readString(st.resolve("staff.html")).contains("id=\"warnings\""));
        JsonNode json = JSON.readTree(st.resolve("staffing.json").toFile()), ws = json.get("warnings");
        // a data file's keys are the plans' names, not the page's words ("today's", "new")
        List<String> plans = new java.util.ArrayList<>(), keys = new java.util.ArrayList<>(), worst = new java.util.ArrayList<>();
        json.get("plans").forEach(p -> plans.add(p.get("plan").asText()));
        ws.fieldNames().forEachRemaining(keys::add);
        json.get("worst_intervals").fieldNames().forEachRemaining(worst::add);
        assertEquals(List.of("original", "optimised"), plans);
        assertEquals(plans, keys, ws.toString());
        assertEquals(plans, worst);
        assertEquals(5, ws.get("original").size(), ws.toString());
        assertTrue(ws.get("optimised").size() >= 2, "the types nobody serves stay unserved whatever the headcount");
        // the page keeps its words
        String html = Files.readString(st.resolve("staff.html"));
        assertTrue(html.contains("<h3>" + io.kefusim.report.HtmlReport.esc("today's") + "</h3>") && html.contains("<h3>new</h3>"), "the page names the rosters in words");
    }

    /**
     * The new roster's warnings are said on the console after the answer, and point, there, in staffing.json and on
     * staff.html, at optimised.yaml as written (the lines kefusim validate gives it), not at the input file's lines
     * with the new roster's indexes; today's roster's keep pointing at the input file.
     */
    @Test
    void theNewRostersWarningsAreSaidAfterTheAnswerAtTheirLinesOfOptimisedYaml() throws Exception {
        // presale only, served day and night, its behaviour written: the only warnings are the day shift's break,
        // which all its agents take together, and the half hour it leaves nobody on duty; the day entry is roster[1]
        Path breaks = dir.resolve("breaks.yaml");
        Files.writeString(breaks, UNSERVED.replace("name: unserved", "name: breaks").replace("demand:\n", "demand:\n  mix: {presale: 1}\n")
                .replace("skills: [presale]", OWN_DESK)
                .replace("day: {from: \"08:00\", to: \"20:00\"}", "day: {from: \"08:00\", to: \"20:00\", breaks: [{at: \"12:00\", for: 30m}]}\n  night: {from: \"20:00\", to: \"08:00\"}")
                .replace("  - {group: presale, shift: day, agents: 2}\n", "  - {group: presale, shift: night, agents: 2}\n  - {group: presale, shift: day, agents: 2}\n") + PRESALE_OWN);
        Path out = dir.resolve("staff");
        CliRunner.Result r = CliRunner.kefusim("staff", breaks.toString(), "--target", "service-level>=0.5", "--max-simulations", "3", "--replications", "3", "--out", out.toString());
        assertTrue(r.err().contains("warning: " + breaks + ":12: shifts.day.breaks[0]: all 2 × presale of roster[1] (shift 'day') take the 12:00 break"), r.err());
        Path st = only(out.resolve("breaks-staff"));
        Path optimised = st.resolve("optimised.yaml");
        // the console, after the answer: a count, then each as kefusim validate says it of the file written, under the roster's name
        List<String> validated = CliRunner.kefusim("validate", optimised.toString()).out().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(2, validated.size(), validated.toString());
        assertTrue(validated.get(0).startsWith("warning: " + optimised + ":94: shifts.day.breaks[0]: all "), validated.get(0));
        assertTrue(validated.get(0).contains(" × presale of roster[0] (shift 'day') take the 12:00 break"), validated.get(0));
        assertTrue(validated.get(1).startsWith("warning: " + optimised + ":100: roster: no agent at all is on duty 2026-11-10 12:00 – 2026-11-10 12:30"), validated.get(1));
        // and, the run's own, after them: 3 replications judge the bound too widely (staff.few_replications, at the option)
        String said = "The new roster has 3 warnings; read them before you trust these figures:\n"
                + String.join("\n", validated.stream().map(l -> l.replace("warning: ", "warning: [new] ")).toList())
                + "\nwarning: [new] --replications: the goal was judged on the 95% confidence bound of 3 replications, and at the chosen roster that bound lies as much as 16.5 points below the mean (at 11-10 12:00)";
        assertTrue(r.out().replace(System.lineSeparator(), "\n").contains(said), r.out());
        assertTrue(r.out().indexOf("The new roster has 3 warnings") > r.out().indexOf("new:  "), "after the answer and its worst hours");
        // staffing.json: today's at the input file's lines, the new roster's at optimised.yaml's
        JsonNode ws = JSON.readTree(st.resolve("staffing.json").toFile()).get("warnings");
        assertEquals(List.of(breaks + ":12", breaks + ":15"), places(ws.get("original")));
        assertEquals(List.of("optimised.yaml:94", "optimised.yaml:100", "null:0"), places(ws.get("optimised")));
        assertEquals(List.of("breaks.together", "coverage.no_agent_on_duty", "staff.few_replications"), codes(ws.get("optimised")));
        String html = Files.readString(st.resolve("staff.html"));
        assertTrue(html.contains("optimised.yaml:94: shifts.day.breaks[0]</code> all ") && html.contains("optimised.yaml:100: roster</code>"), html);
        assertEquals(1, count(html, breaks + ":12: shifts.day.breaks[0]"), "today's roster's only");
        // in Chinese, the same
        CliRunner.Result zh = CliRunner.kefusim("staff", breaks.toString(), "--target", "service-level>=0.5", "--max-simulations", "3", "--replications", "3", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        Path stZh = only(dir.resolve("zh").resolve("breaks-staff"));
        assertTrue(zh.out().contains("新排班有 3 条警告，采信这些数字前请先看：" + System.lineSeparator() + "警告：[新排班] " + stZh.resolve("optimised.yaml")
                + ":94: shifts.day.breaks[0]: roster[0]（“day”班）的全部 "), zh.out());
    }

    /** Past twelve, the console counts the rest and says where they all are; a warning elsewhere keeps its file. */
    @Test
    void pastTwelveTheNewRostersWarningsAreCountedAndLeftToThePageAndJson() {
        List<io.kefusim.sanity.Warning> ws = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) ws.add(new io.kefusim.sanity.Warning("coverage.no_agent_on_duty",
                new io.kefusim.scenario.Origins.Origin(i == 1 ? "--set" : "optimised.yaml", 100 + i, "roster"), null,
                new io.kefusim.scenario.Said("wn_no_agent", "2026-11-10 12:00", "2026-11-10 12:30", 5)));
        java.io.StringWriter en = new java.io.StringWriter(), zh = new java.io.StringWriter();
        Path done = dir.resolve("results").resolve("x-staff").resolve("20261111-000000");
        StaffCommand.printNewWarnings(new java.io.PrintWriter(en, true), new io.kefusim.report.Text("en"), ws, done);
        StaffCommand.printNewWarnings(new java.io.PrintWriter(zh, true), new io.kefusim.report.Text("zh"), ws, done);
        List<String> lines = en.toString().lines().toList();
        assertEquals(15, lines.size(), en.toString());
        assertEquals("", lines.get(0));
        assertEquals("The new roster has 14 warnings; read them before you trust these figures:", lines.get(1));
        assertTrue(lines.get(2).startsWith("warning: [new] " + done.resolve("optimised.yaml") + ":100: roster: "), lines.get(2));
        assertEquals("warning: [new] --set:101: roster: no agent at all is on duty 2026-11-10 12:00 – 2026-11-10 12:30, while about 5 buyers are expected: add a shift that covers these hours", lines.get(3));
        assertTrue(lines.get(13).startsWith("warning: [new] " + done.resolve("optimised.yaml") + ":111: roster: "), lines.get(13));
        assertEquals("warning: [new] ... and 2 more in staff.html and staffing.json (warnings.optimised)", lines.get(14));
        List<String> chinese = zh.toString().lines().toList();
        assertEquals("新排班有 14 条警告，采信这些数字前请先看：", chinese.get(1));
        assertEquals("警告：[新排班] ……另有 2 条，见 staff.html 和 staffing.json（warnings.optimised）", chinese.get(14));
        java.io.StringWriter none = new java.io.StringWriter();
        StaffCommand.printNewWarnings(new java.io.PrintWriter(none, true), new io.kefusim.report.Text("en"), List.of(), done);
        assertEquals("", none.toString(), "nothing to say, nothing said");
    }

    private static List<String> places(JsonNode ws) {
        return java.util.stream.StreamSupport.stream(ws.spliterator(), false)
                .map(w -> w.get("where").get("file").asText() + ":" + w.get("where").get("line").asInt()).toList();
    }

    @Test
    void aBoundOnlyStaffReadsIsSaidByRunAndNotAfterStaffChoseTheRoster() throws Exception {
        // every type served day and night, then a bound the roster of 2 breaks: run runs 2 and says so
        Path bounded = dir.resolve("bounded.yaml");
        Files.writeString(bounded, UNSERVED.replace(LABOUR, "").replace("name: unserved", "name: bounded").replace("demand:\n", "demand:\n  mix: {presale: 1}\n")
                .replace("skills: [presale]", OWN_DESK)
                .replace("day: {from: \"08:00\", to: \"20:00\"}", "day: {from: \"08:00\", to: \"20:00\"}\n  night: {from: \"20:00\", to: \"08:00\"}")
                + "  - {group: presale, shift: night, agents: 2}\n" + "staffing:\n  bounds:\n    - {group: presale, shift: day, min: 3}\n" + PRESALE_OWN + LABOUR);
        String line = "warning: " + bounded + ":19: staffing.bounds[0]: the roster has 2 agents of group 'presale' on shift 'day' on 2026-11-10, fewer than this bound's minimum of 3";
        Path out = dir.resolve("bounds");
        CliRunner.Result r = CliRunner.kefusim("run", bounded.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(line), r.err());
        Path run = only(out.resolve("bounded"));
        assertEquals(List.of("staffing.bound_ignored"), codes(JSON.readTree(run.resolve("summary.json").toFile()).get("warnings")));
        assertTrue(Files.readString(run.resolve("report.html")).contains("only kefusim staff reads staffing.bounds"));
        CliRunner.Result zh = CliRunner.kefusim("validate", bounded.toString(), "--lang", "zh");
        assertTrue(zh.out().contains("警告：" + bounded + ":19: staffing.bounds[0]: 排班中 presale 组在 2026-11-10 的“day”班只有 2 名客服，少于此范围的下限 3"), zh.out());
        // staff reads the bounds: it does not warn, and the roster it writes keeps them, so running it says nothing
        CliRunner.Result st = CliRunner.kefusim("staff", bounded.toString(), "--target", "service-level>=0.5", "--max-simulations", "4", "--replications", "10", "--out", out.toString());
        assertFalse(st.err().contains("staffing.bounds[0]"), st.err());
        Path staffed = only(out.resolve("bounded-staff"));
        assertEquals(0, JSON.readTree(staffed.resolve("staffing.json").toFile()).get("warnings").get("original").size());
        assertTrue(Files.readString(staffed.resolve("optimised.yaml")).contains("min: 3"), "the bounds are kept for the next staff run");
        CliRunner.Result again = CliRunner.kefusim("validate", staffed.resolve("optimised.yaml").toString());
        assertFalse(again.out().contains("warning"), again.out());
    }

    @Test
    void aLaterPlansOwnSeedAndReplicationsReplacedByTheFirstsAreSaidWhereCompareAnswers() throws Exception {
        // compare runs every plan on the first's buyers: the second file's 3 replications with seed 99 become 2 with seed 1
        Path first = dir.resolve("first.yaml"), second = dir.resolve("second.yaml");
        String served = UNSERVED.replace(LABOUR, "").replace("demand:\n", "demand:\n  mix: {presale: 1}\n").replace("skills: [presale]", OWN_DESK)
                .replace("day: {from: \"08:00\", to: \"20:00\"}", "day: {from: \"08:00\", to: \"20:00\"}\n  night: {from: \"20:00\", to: \"08:00\"}")
                + "  - {group: presale, shift: night, agents: 1}\n" + PRESALE_OWN + LABOUR;
        Files.writeString(first, served.replace("replications: 2\n", "replications: 2\nseed: 1\n"));
        Files.writeString(second, served.replace("replications: 2\n", "replications: 3\nseed: 99\n"));
        Path out = dir.resolve("aligned");
        CliRunner.Result r = CliRunner.kefusim("compare", first.toString(), second.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: [second] " + second + ":5: seed: this plan's 3 replications with seed 99 are replaced by the first plan's (2, seed 1, 'first')"), r.err());
        Path cmp = only(out.resolve("unserved-compare"));
        JsonNode ws = JSON.readTree(cmp.resolve("compare.json").toFile()).get("warnings");
        assertEquals(0, ws.get("first").size(), ws.toString());
        assertEquals(List.of("compare.run_aligned"), codes(ws.get("second")));
        assertTrue(ws.get("second").get(0).get("message_zh").asText().startsWith("此方案的 3 次重复、种子 99 被第一个方案“first”的（2 次、种子 1）取代"), ws.toString());
        assertTrue(Files.readString(cmp.resolve("compare.html")).contains("are replaced by the first plan&#39;s (2, seed 1"));
        // the same seed and replications in both: nothing to say
        CliRunner.Result same = CliRunner.kefusim("compare", first.toString(), first.toString(), "--out", dir.resolve("same").toString());
        assertFalse(same.err().contains("compare.run_aligned") || same.err().contains("replaced by the first plan"), same.err());
        // sweep: a --vary of the seed varies nothing, said in one line
        CliRunner.Result sw = CliRunner.kefusim("sweep", first.toString(), "--vary", "seed=1,2", "--out", dir.resolve("sw").toString(), "--lang", "zh");
        assertEquals(0, sw.code(), sw.err());
        assertTrue(sw.err().contains("警告：--vary seed 不起作用：每个点都用第一个点的种子和重复次数"), sw.err());
    }

    private static List<String> codes(JsonNode ws) {
        return java.util.stream.StreamSupport.stream(ws.spliterator(), false).map(w -> w.get("code").asText()).toList();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
