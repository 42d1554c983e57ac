package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A sweep over service_level_goal: each point is judged on its own goal. Before, the sentence under the table read
 * "The goal of 70.0% answered within 2 min … holds at 2 of 3 points", the first point's goal for every point, while
 * the 0.9 point was judged on 90.0%.
 */
class SweepOwnGoalTest {
    @TempDir
    Path dir;

    @Test
    void eachPointIsJudgedOnItsOwnGoalAndTheSentenceSaysSo() throws Exception {
        String[] args = {"sweep", "scenarios/classroom-response-time.yaml", "--vary", "service_level_goal=0.7,0.8,0.9", "--replications", "3",
                "--out", dir.toString()};
        CliRunner.Result r = CliRunner.kefusim(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Each point's own goal (70.0% to 90.0% answered within 2 min), judged on the 95% lower bound of the run's share (not the mean), "
                + "holds at 2 of 3 points. Values of 'service-level goal' where it holds: 0.7, 0.8.\n"), r.out());
        assertFalse(r.out().contains("The goal of 70.0%"), r.out());
        // every row is the same: the first line under the table says why (t16), and sweep.json's verdict says it first
        String why = "The service-level goal changes no simulated figure, only the judgement (at which points the goal holds): points that differ only "
                + "in their service-level goal run the same buyers on the same seed, so their rows are the same.";
        assertTrue(r.out().contains("2,456±588\n\n  " + why + "\n"), r.out());
        Path f = Path.of(r.out().lines().filter(l -> l.startsWith("Written to: ")).findFirst().orElseThrow().substring("Written to: ".length()));
        JsonNode points = new ObjectMapper().readTree(f.resolve("sweep.json").toFile()).get("points");
        assertEquals(0.7, points.get(0).get("service_level_goal").asDouble());
        assertEquals(0.9, points.get(2).get("service_level_goal").asDouble());
        assertEquals(why, new ObjectMapper().readTree(f.resolve("sweep.json").toFile()).at("/verdict/0").asText());
        assertTrue(Files.readString(f.resolve("sweep.html")).contains("Each point&#39;s own goal (70.0% to 90.0% answered within 2 min)"));

        String[] zh = java.util.Arrays.copyOf(args, args.length + 2);
        zh[args.length] = "--lang";
        zh[args.length + 1] = "zh";
        CliRunner.Result z = CliRunner.kefusim(zh);
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().contains("\n  各点按自身的目标（2分钟内回复不低于 70.0% 至 90.0%）以全程比例的 95% 置信下界（而非均值）判断，在 3 个点中的 2 个达成。"
                + "达成目标的“服务水平目标”取值：0.7、0.8。\n"), z.out());
        assertTrue(z.out().contains("2,456±588\n\n  服务水平目标不改变任何模拟出的指标，只改变判断（哪些点达成目标）：仅服务水平目标不同的各点用同一种子模拟同样的买家，因此各行相同。\n"), z.out());
    }

    @Test
    void aSweepOfAnotherKeyKeepsTheOneGoal() {
        CliRunner.Result r = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=4,5", "--replications", "2",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  The goal of 80.0% answered within 2 min, judged on the 95% lower bound"), r.out());
        assertFalse(r.out().contains("own goal"), r.out());
        assertFalse(r.out().contains("changes no simulated figure"), r.out());
    }

    /** A key no buyer's service depends on (a cost): the share is the same at every point, said so, not "goes from 94.1% to 94.1%" (t17). */
    @Test
    void aKeyThatMovesNoBuyerIsSaidToLeaveTheShareTheSame() {
        CliRunner.Result r = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "costs.night_allowance=0,20", "--replications", "2",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n  The share answered within 2 min is \\d+\\.\\d% at every point, from 0 to 20: this key changes no buyer's service "
                + "\\(costs night allowance \\(CNY an hour\\)\\)\\.\n.*"), r.out());
        assertFalse(r.out().contains("goes from"), r.out());
        CliRunner.Result z = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "costs.night_allowance=0,20", "--replications", "2",
                "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().matches("(?s).*\n  在2分钟内得到回复的比例在每个点都是 \\d+\\.\\d%（从 0 到 20）：这个设置不改变买家得到的服务（成本·夜班津贴（元/小时））。\n.*"), z.out());
    }
}
