package io.kefusim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester23: one staff --confidence answer said "confidence" of two things: "It meets the goal (judged on the 95%
 * confidence bound)" (over replications) beside "For 90% confidence" (of demand outcomes); and with --per run its
 * staff.html said "Today's roster costs 1,057 CNY and the goal is met: The 95% lower bound of the service level is
 * below 80.0% in 2 of 8 hours …", judging hours a per-run goal does not judge. Now the two are kept apart in words
 * and the hours are "shown, not judged". The classroom of {@link StaffConfidenceAnswerTest}, --per run.
 */
class StaffConfidenceWordsTest {
    @TempDir
    static Path dir;
    static CliRunner.Result en, zh;
    static String page, zhPage;

    @BeforeAll
    static void run() throws Exception {
        Path f = dir.resolve("conf1.yaml");
        Files.writeString(f, StaffConfidenceAnswerTest.CLASSROOM);
        en = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--per", "run", "--confidence", "0.9", "--draws", "10",
                "--replications", "4", "--out", dir.resolve("en").toString());
        zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--per", "run", "--confidence", "0.9", "--draws", "10",
                "--replications", "4", "--lang", "zh", "--out", dir.resolve("zh").toString());
        page = Files.readString(dir.resolve("en/conf-classroom-staff/latest/staff.html"));
        zhPage = Files.readString(dir.resolve("zh/conf-classroom-staff/latest/staff.html"));
    }

    @Test
    void replicationsAndDemandOutcomesAreNamedApart() {
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("  For 90% of demand outcomes (staffed for the 90% quantile, scale x1.26):"), en.out());
        assertFalse(en.out().contains("For 90% confidence"), en.out());
        assertTrue(page.contains("It meets the goal on the day staffed for (judged on the 95% bound over its replications, not over the demand outcomes)."), "page verdict");
        assertFalse(page.contains("judged on the 95% confidence bound"), "page verdict");
        assertTrue(zh.out().contains("  按 90% 的需求情形达标（按 90% 分位、规模 x1.26 排班）："), zh.out());
        assertTrue(zhPage.contains("在据以排班的那一天达到目标（按各次重复的 95% 置信界判断，不是按需求情形）。"), "zh page verdict");
    }

    @Test
    void aPerRunGoalsPageShowsHoursWithoutJudgingThem() {
        String text = page.replace("&#39;", "'");
        assertTrue(text.contains("Today's roster costs 1,057 CNY and the goal is met on the whole run. Shown by hour, not judged (the goal is judged on the whole run): "
                + "The 95% lower bound of the service level is below 80.0% in 3 of 8 hours with at least 10 buyers"), "today's sentence");
        assertTrue(text.contains("With the new roster: Shown by hour, not judged (the goal is judged on the whole run): The 95% lower bound"), "the new roster's hours");
        assertFalse(text.contains("the goal is met: The 95% lower bound"), "no hourly sentence as the reason of a per-run verdict");
        assertTrue(zhPage.contains("现有排班计划工资 1,057 元，目标按全程达成。以下按小时列出，不作判定（目标按全程判定）：服务水平的 95% 置信下界"), "zh today's sentence");
        assertTrue(zhPage.contains("新排班：以下按小时列出，不作判定（目标按全程判定）："), "zh the new roster's hours");
    }
}
