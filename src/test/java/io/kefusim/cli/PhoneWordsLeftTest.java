package io.kefusim.cli;

import io.kefusim.report.ColumnWords;
import io.kefusim.report.Text;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * wordsH: the chat words left on a phone desk (and the mixed desk's), and two sentences that did
 * not say what they counted.
 */
class PhoneWordsLeftTest {
    @TempDir
    Path dir;

    /** PhoneDesk's desk with a second buyer type served by chat: a mixed desk. */
    static final String MIXED = PhoneDesk.DESK.replace("AGENTS", "2").replace("MONEY", "")
            .replace("mix: {presale: 1}", "mix: {presale: 0.5, aftersale: 0.5}")
            .replace("buyers: {presale: {messages: {dist: constant, value: 1}}}",
                    "buyers: {presale: {messages: {dist: constant, value: 1}}, aftersale: {messages: {dist: constant, value: 2}}}")
            .replace("reply_time: {dist: exponential, mean: 2m}}]",
                    "reply_time: {dist: exponential, mean: 2m}}, {group: b, skills: [aftersale], channel: chat, reply_time: {dist: exponential, mean: 30s}}]")
            .replace("roster: [{group: a, shift: all, agents: 2}]", "roster: [{group: a, shift: all, agents: 2}, {group: b, shift: all, agents: 2}]");

    private static String sharedStrings(Path runDir) throws Exception {
        Path xlsx;
        try (var s = Files.walk(runDir)) { xlsx = s.filter(p -> p.endsWith("results.xlsx")).findFirst().orElseThrow(); }
        try (ZipFile z = new ZipFile(xlsx.toFile()); InputStream in = z.getInputStream(z.getEntry("xl/sharedStrings.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theWorkbooksGroupOccupancySaysTalkingOnAPhoneDesk() throws Exception {
        Scenario phone = io.kefusim.TestScenarios.yaml(PhoneDesk.DESK.replace("AGENTS", "2").replace("MONEY", ""));
        Scenario mixed = io.kefusim.TestScenarios.yaml(MIXED);
        Scenario chat = io.kefusim.TestScenarios.yaml(PhoneDesk.DESK.replace("AGENTS", "2").replace("MONEY", "").replace("channel: phone", "channel: chat"));
        Text en = new Text("en"), zh = new Text("zh");
        assertEquals("occupancy of a (talking)", new ColumnWords(en, phone).label("occupancy_a"));
        assertEquals("a 占用率（通话时间）", new ColumnWords(zh, phone).label("occupancy_a"));
        assertEquals("occupancy of a (typing or talking)", new ColumnWords(en, mixed).label("occupancy_a"));
        assertEquals("a 占用率（打字或通话时间）", new ColumnWords(zh, mixed).label("occupancy_a"));
        assertEquals("occupancy of a (typing)", new ColumnWords(en, chat).label("occupancy_a"));
        assertEquals("a 占用率（打字时间）", new ColumnWords(zh, chat).label("occupancy_a"));

        Path desk = PhoneDesk.file(dir, "desk", 2, "");
        CliRunner.Result r = CliRunner.kefusim("run", desk.toString(), "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        String strings = sharedStrings(dir.resolve("en"));
        assertTrue(strings.contains(">occupancy of a (talking)<"), strings);
        assertFalse(strings.contains("(typing)"), strings);
    }

    @Test
    void erlangOneAtATimeSaysPickedUpAsItsModelLineDoes() {
        CliRunner.Result zh = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "3m", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("\n目标：80.0% 的买家在2分钟内被接起\n"), zh.out());
        assertTrue(zh.out().contains("\n     客服     占用率   等待概率  2分钟内接起       流失     平均等待秒\n"), zh.out());
        assertFalse(zh.out().contains("回复"), zh.out());
        CliRunner.Result en = CliRunner.kefusim("erlang", "--rate", "60", "--handle", "3m");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\nGoal: 80.0% answered within 2 min\n"), en.out());
        assertTrue(en.out().contains("\n   agents  occupancy    P(wait) within 2 min    abandon    mean wait s\n"), en.out());
        // the one-at-a-time model counts contacts (chats or calls), not chats
        assertTrue(en.out().contains("\nErlang C: 60.0 contacts/hour (chats or calls), handle 3 min,"), en.out());
        assertTrue(zh.out().contains("\nErlang C：每小时 60.0 个咨询或来电，"), zh.out());
        // the chat desk's message model keeps its reply
        CliRunner.Result desk = CliRunner.kefusim("erlang", "--rate", "60", "--concurrency", "3", "--lang", "zh");
        assertEquals(0, desk.code(), desk.err());
        assertTrue(desk.out().contains("\n目标：80.0% 的买家在2分钟内得到回复\n"), desk.out());
        assertTrue(desk.out().contains("2分钟内回复"), desk.out());
    }

    private String sweep(Path desk, String vary, String lang) {
        CliRunner.Result r = CliRunner.kefusim("sweep", desk.toString(), "--vary", vary, "--out", dir.resolve("sw").toString(), "--lang", lang);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void sweepsGoalSentenceSaysPickedUpOnAPhoneDeskAndBothOnAMixedOne() throws Exception {
        Path phone = PhoneDesk.file(dir, "desk", 2, "");
        String en = sweep(phone, "roster[0].agents=2,3", "en");
        assertTrue(en.contains("\n  The goal of 80.0% picked up within 20 s, judged on the 95% lower bound"), en);
        String zh = sweep(phone, "roster[0].agents=2,3", "zh");
        assertTrue(zh.contains("\n  “20秒内接起不低于 80.0%”按全程比例的 95% 置信下界"), zh);
        // each point's own goal, each point's own target
        String each = sweep(phone, "service_level_goal=0.7,0.9", "zh");
        assertTrue(each.contains("\n  各点按自身的目标（20秒内接起不低于 70.0% 至 90.0%）以全程比例"), each);
        String eachEn = sweep(phone, "service_level_goal=0.7,0.9", "en");
        assertTrue(eachEn.contains("\n  Each point's own goal (70.0% to 90.0% picked up within 20 s), judged"), eachEn);
        String own = sweep(phone, "service_level_target=20s,40s", "zh");
        assertTrue(own.contains("\n  “在各点自身的目标时长内接起不低于 80.0%”按全程比例"), own);
        String ownEn = sweep(phone, "service_level_target=20s,40s", "en");
        assertTrue(ownEn.contains("\n  The goal of 80.0% picked up within each point's own target, judged"), ownEn);
        // the range sentence before it said 得到回复 / "answered" of calls
        assertTrue(own.contains("\n  各点在其自身目标时长内接起的比例从 "), own);
        assertFalse(own.contains("得到回复"), own);
        assertTrue(ownEn.contains("\n  The share picked up within each point's own target goes from "), ownEn);
        // a mixed desk: chats by their reply, calls by their pick-up
        Path mixed = Files.writeString(dir.resolve("mixed.yaml"), MIXED);
        String mixedEn = sweep(mixed, "roster[0].agents=2,3", "en");
        assertTrue(mixedEn.contains("\n  The goal of 80.0% answered within 20 s (calls: picked up), judged"), mixedEn);
        String mixedZh = sweep(mixed, "roster[0].agents=2,3", "zh");
        assertTrue(mixedZh.contains("\n  “20秒内响应（电话：接起）不低于 80.0%”按全程比例"), mixedZh);
    }

    @Test
    void staffsGoalLineNamesTheCellTheGoalWasJudgedOn() throws Exception {
        // tester18's small shop with 5-minute reporting (ThinIntervalGoalTest)
        String yaml = io.kefusim.TestScenarios.thinShopYaml("5m");
        Path file = Files.writeString(dir.resolve("shop.yaml"), yaml);
        Scenario shop = io.kefusim.TestScenarios.yaml(yaml);
        java.util.List<io.kefusim.metrics.ReplicationMetrics> reps = io.kefusim.run.Experiment.run(shop, 1, null, null);
        io.kefusim.staffing.Goal goal = io.kefusim.staffing.Goal.parse("service-level>=0.8", "interval", shop);
        Text en = new Text("en"), zh = new Text("zh");
        // no 5-minute interval has 10 buyers: judged by the hour ("Judged by the hour: ..."), and the goal says so
        assertEquals("at least 80.0% of buyers answered within 2 min, in every hour with at least 10 buyers", io.kefusim.report.Words.goal(en, shop, goal, reps));
        assertEquals("每个至少有 10 位买家的小时至少 80.0% 的买家在2分钟内得到回复", io.kefusim.report.Words.goal(zh, shop, goal, reps));
        var day = io.kefusim.metrics.JudgedCells.Level.DAY;
        assertEquals("at least 80.0% of buyers answered within 2 min, in every day with at least 10 buyers", io.kefusim.report.Words.goal(en, shop, goal, day));
        assertEquals("每个至少有 10 位买家的自然日至少 80.0% 的买家在2分钟内得到回复", io.kefusim.report.Words.goal(zh, shop, goal, day));
        var run = io.kefusim.metrics.JudgedCells.Level.RUN;
        assertEquals("at least 80.0% of buyers answered within 2 min, over the whole run", io.kefusim.report.Words.goal(en, shop, goal, run));
        assertEquals("整个仿真期间至少 80.0% 的买家在2分钟内得到回复", io.kefusim.report.Words.goal(zh, shop, goal, run));
        // judged by the interval: as before
        var interval = io.kefusim.metrics.JudgedCells.Level.INTERVAL;
        assertEquals("at least 80.0% of buyers answered within 2 min, in every interval with at least 10 buyers", io.kefusim.report.Words.goal(en, shop, goal, interval));
        assertEquals("每个至少有 10 位买家的时段至少 80.0% 的买家在2分钟内得到回复", io.kefusim.report.Words.goal(zh, shop, goal, interval));
        // staff's own goal line (one simulation is enough to print it)
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "1", "--out", dir.resolve("st").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nGoal: at least 80.0% of buyers answered within 2 min, in every hour with at least 10 buyers · 3 replications"), r.out());
        assertTrue(r.out().contains("Judged by the hour: "), r.out());
    }

    @Test
    void oneMorePeriodIsOnePeriod() throws Exception {
        // nobody on duty 20:00-08:00 for six nights: five periods said one by one, the sixth summed up
        Path desk = Files.writeString(dir.resolve("nights.yaml"), PhoneDesk.DESK.replace("AGENTS", "2").replace("MONEY", "")
                .replace("horizon: 4h", "horizon: 6d").replace("from: \"00:00\", to: \"24:00\"", "from: \"08:00\", to: \"20:00\""));
        CliRunner.Result en = CliRunner.kefusim("run", desk.toString(), "--replications", "1", "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.err().contains("roster: … and 1 more period with no agent on duty (about 720 buyers expected in it)\n"), en.err());
        assertFalse(en.err().contains("1 more periods"), en.err());
        CliRunner.Result zh = CliRunner.kefusim("run", desk.toString(), "--replications", "1", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("roster: ……另有 1 段时间没有客服在岗（预计约 720 位买家）\n"), zh.err());
        // two or more stay plural
        assertEquals("… and 2 more periods with no agent on duty (about 9 buyers expected in them)", new Text("en").get("wn_no_agent_more", 2, "9"));
    }
}
