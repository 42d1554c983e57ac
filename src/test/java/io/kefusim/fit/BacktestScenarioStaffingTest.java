package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * backtest --staffing scenario with a roster dated for other days (the fitted staffing of 11 November
 * as dated roster entries, replayed over the 12th): nobody is on duty, which is said everywhere backtest's answer goes, and the figures no
 * hour can be compared for are said in words, never "NaN%". Bad input is the one thing said.
 */
class BacktestScenarioStaffingTest {
    @TempDir
    static Path dir;
    static Path fitted, nextDay;

    @BeforeAll
    static void fit() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        fitted = dated(shop.fitted());
        // the same shop's records one day later: the roster's entries are all dated 2026-11-11
        nextDay = dir.resolve("next-day.csv");
        Files.writeString(nextDay, Files.readString(shop.records()).replace("2026/11/11", "2026/11/12"));
    }

    /**
     * The fitted file with its staffing as roster entries dated 2026-11-11: fit writes each recorded
     * agent as a team whose rotation repeats over every date, so its own file puts people on the 12th.
     */
    static Path dated(Path fittedFile) throws Exception {
        String y = Files.readString(fittedFile);
        int t = y.indexOf("\nteams:") + 1;
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n[a-z_]+:").matcher(y);
        int end = next.find(t) ? next.start() + 1 : y.length();
        StringBuilder roster = new StringBuilder("roster:\n");
        java.util.regex.Matcher team = java.util.regex.Pattern.compile("agents: \\{([^:]+): 1\\}, rotation: \\{cycle: \\[([^\\]]+)\\]").matcher(y.substring(t, end));
        while (team.find()) {
            for (String shift : team.group(2).split(",\\s*")) {
                if (!shift.equals("off")) roster.append("  - {group: ").append(team.group(1)).append(", shift: ").append(shift).append(", agents: 1, dates: [\"2026-11-11\"]}\n");
            }
        }
        assertTrue(roster.length() > "roster:\n".length(), y);
        Path out = fittedFile.resolveSibling("dated.yaml");
        Files.writeString(out, y.substring(0, t) + roster + y.substring(end));
        return out;
    }

    static CliRunner.Result backtest(Path records, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("backtest", records.toString(), "--scenario", fitted.toString(), "--out", out.toString(),
                "--replications", "40"));
        args.addAll(List.of(more));
        return CliRunner.kefusim(args.toArray(String[]::new));
    }

    static final String EN = "with --staffing scenario the scenario's roster puts nobody on duty in any of the 10 hours with buyers (200 buyers reached the queue) on 2026-11-12: "
            + "its entries are dated 2026-11-11 to 2026-11-11, not the replayed dates, so every buyer waits and gives up and the figures test the roster's dates, "
            + "not the behaviour (use --staffing records, or give the roster these dates)";
    static final String ZH = "用 --staffing scenario 时，方案的排班在 2026-11-12 有买家的 10 个小时（200 位买家进入排队）里都没有任何人在岗：其条目日期为 2026-11-11 至 2026-11-11，"
            + "不是重放的日期，所以每位买家都会等到放弃，结果检验的是排班日期而不是行为参数（请用 --staffing records，或给排班这些日期）";

    @Test
    void aRosterForOtherDatesIsSaidOnTheConsoleInTheJsonAndOnThePage() throws Exception {
        Path out = dir.resolve("en");
        CliRunner.Result r = backtest(nextDay, out, "--staffing", "scenario");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": roster: " + EN + "\n"), r.err());
        Path run = FittedShop.backtestRun(out);
        assertEquals("shop-backtest-2026-11-12", run.getParent().getFileName().toString(), "the replayed day's, not the fitted day's");
        JsonNode json = new ObjectMapper().readTree(run.resolve("backtest.json").toFile());
        JsonNode said = null;
        for (JsonNode w : json.get("warnings")) if (w.get("code").asText().equals("backtest.no_agent_on_duty")) said = w;
        assertNotNull(said, json.get("warnings").toString());
        assertEquals(EN, said.get("message").asText());
        assertEquals(ZH, said.get("message_zh").asText());
        assertEquals("2026-11-12", said.get("date").asText());
        assertTrue(Files.readString(run.resolve("backtest.html")).contains(io.kefusim.report.HtmlReport.esc(EN)), "the page");
        // nobody taken: the mean wait has no hour to compare, said in words
        assertEquals(0, json.get("overall").get("queue_wait_mean_s").get("intervals_compared").asInt());
        assertFalse(r.out().contains("NaN"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Queue wait of those taken, mean") && l.contains("hours inside the band none to compare")), r.out());
        assertEquals(1.0, json.get("overall").get("abandon_share").get("simulated").asDouble(), 1e-12);

        out = dir.resolve("zh");
        r = backtest(nextDay, out, "--staffing", "scenario", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": roster: " + ZH + "\n"), r.err());
        assertTrue(Files.readString(FittedShop.backtestRun(out).resolve("backtest.html")).contains(ZH), "the page");
        assertTrue(r.out().lines().anyMatch(l -> l.contains("被接待者的平均排队时长") && l.contains("落在区间内的小时 没有可比较的小时")), r.out());
        assertFalse(r.out().contains("NaN"), r.out());
    }

    @Test
    void theRecordsOwnStaffingOrTheFittedDateSayNothingOfIt() {
        CliRunner.Result r = backtest(nextDay, dir.resolve("records"));
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("nobody on duty"), r.err());
        r = backtest(dir.resolve("shop.csv"), dir.resolve("same-day"), "--staffing", "scenario");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("nobody on duty"), r.err());
    }

    @Test
    void recordsTheScenarioDoesNotKnowAreTheOneLineSaid() {
        // the classroom scenario writes replications and seed (two warnings) and knows no buyer type 'chat'
        for (String lang : List.of("en", "zh")) {
            Path out = dir.resolve("classroom-" + lang);
            CliRunner.Result r = CliRunner.kefusim("backtest", dir.resolve("shop.csv").toString(), "--scenario", "scenarios/classroom-response-time.yaml",
                    "--out", out.toString(), "--lang", lang);
            assertEquals(2, r.code(), r.err());
            assertEquals(lang.equals("en")
                    ? "error: scenarios/classroom-response-time.yaml: buyers: the records have buyer type 'chat' (chat) the scenario does not know; its types: presale (fit the records with kefusim fit first)\n"
                    : "错误：scenarios/classroom-response-time.yaml: buyers: 记录中有方案不认识的买家类型 'chat'（chat）；方案中的类型：presale（请先用 kefusim fit 拟合这些记录）\n", r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(out), "no results folder");
        }
    }

    @Test
    void aRosterCoveringSomeDatesNamesTheOthers() throws Exception {
        // both days: the fitted roster covers the 11th and not the 12th
        Path both = dir.resolve("both-days.csv");
        String next = Files.readString(nextDay);
        Files.writeString(both, Files.readString(dir.resolve("shop.csv")) + next.substring(next.indexOf('\n') + 1));
        CliRunner.Result r = backtest(both, dir.resolve("both"), "--staffing", "scenario");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": roster: with --staffing scenario nobody is on duty in 10 of the 20 hours with buyers (200 buyers reached the queue in them), on 2026-11-12: "
                + "those buyers all wait and give up, which the figures show as abandonment, not as the roster's hole it is (use --staffing records, or a roster covering these hours)\n"), r.err());
        r = backtest(both, dir.resolve("both-zh"), "--staffing", "scenario", "--lang", "zh");
        assertTrue(r.err().contains(": roster: 用 --staffing scenario 时，有买家的 20 个小时中有 10 个小时没有任何人在岗（其间 200 位买家进入排队），日期：2026-11-12；"
                + "这些买家都会等到放弃，结果把排班的空缺显示为流失（请用 --staffing records，或让排班覆盖这些时段）\n"), r.err());
    }
}
