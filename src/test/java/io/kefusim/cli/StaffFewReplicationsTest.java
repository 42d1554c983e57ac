package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * staff judges its goal on the 95% confidence bound over replications; with 2 the bound is the mean less
 * 9 standard deviations (the classroom's roster went from 4 agents to 10), so staff refuses fewer than 3
 * in one line at the place the number came from, and says staff.few_replications (console, staffing.json,
 * staff.html) when the chosen roster's widest judged half-width is over a quarter of the goal's room.
 */
class StaffFewReplicationsTest {
    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";
    private static final String SAID = "the goal was judged on the 95% confidence bound of 3 replications, and at the chosen roster that bound lies as much as "
            + "12.3 points below the mean (at 03-02 15:00), more than a quarter of the 20.0 points between the goal (80.0%) and 100.0%: the roster may be "
            + "larger than needed, its extra agents covering the width of too few replications rather than buyers; about 7 replications would narrow it "
            + "to about 4.6 points (--replications 7)";

    @TempDir
    Path dir;

    @Test
    void twoReplicationsAreRefusedInOneLineAtTheirPlaceAndNothingIsWritten() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "2", "--out", dir.resolve("a").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: --replications: 2 replications cannot judge a goal on its 95% confidence bound (with 1 there is none; with 2 it is the mean "
                + "less 9 standard deviations); allowed: 3 to 100000 (10 or more for a roster you mean to use)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("a")));
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, Files.readString(Path.of(CLASSROOM)).replace("replications: 30\n", "replications: 2\n"));
        CliRunner.Result zh = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.8", "--out", dir.resolve("b").toString(), "--lang", "zh");
        assertEquals(2, zh.code(), zh.err());
        assertEquals("错误：" + file + ":9:15: replications: 2 次重复无法按 95% 置信界判断目标（1 次没有置信界；2 次时置信界是均值减去 9 个标准差）；允许：3 到 100000（要采用的排班请用 10 次或更多）",
                zh.err().strip());
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @Test
    void threeReplicationsAreSaidEverywhereStaffWarnsAndTenAreNot() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("class @ workday                             5 agents"), "the roster the bound of 3 buys: " + r.out());
        assertTrue(r.out().contains("warning: [new] --replications: " + SAID), r.out());
        Path st = only(dir.resolve("classroom-response-time-staff"));
        JsonNode w = new ObjectMapper().readTree(st.resolve("staffing.json").toFile()).get("warnings");
        assertEquals(0, w.get("original").size());
        assertEquals(1, w.get("optimised").size());
        assertEquals("staff.few_replications", w.get("optimised").get(0).get("code").asText());
        assertEquals(SAID, w.get("optimised").get(0).get("message").asText());
        assertTrue(Files.readString(st.resolve("staff.html")).contains(io.kefusim.report.HtmlReport.esc(SAID)), "staff.html");

        CliRunner.Result zh = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "3", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("警告：[新排班] --replications: 目标按 3 次重复的 95% 置信界判断，所选排班在 03-02 15:00 时段的置信界低于均值多达 12.3 个百分点，"
                + "超过目标（80.0%）与 100.0% 之间 20.0 个百分点的四分之一：排班可能比所需的大"), zh.out());

        CliRunner.Result ten = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "10", "--out", dir.resolve("ten").toString());
        assertEquals(0, ten.code(), ten.err());
        assertTrue(ten.out().contains("class @ workday                             4 agents"), ten.out());
        assertFalse(ten.out().contains("few_replications") || ten.out().contains("confidence bound of 10 replications"), ten.out());
        Path st10 = only(dir.resolve("ten").resolve("classroom-response-time-staff"));
        assertEquals(0, new ObjectMapper().readTree(st10.resolve("staffing.json").toFile()).get("warnings").get("optimised").size());
    }

    private static Path only(Path parent) throws Exception {
        try (var s = Files.list(parent)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
