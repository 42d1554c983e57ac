package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * staff said "the labour cost pays the people the run employs: over a short run, the busiest
 * day's positions" right after "6 positions … the run employs 9 people" (classroom, one 8-hour
 * day, absence 0.2). Absence was not the reason: people are counted from the positions as
 * scheduled, and a roster that runs every day takes its busiest week's position-days / 5 even in a
 * one-day run (6 × 7 / 5 = 8.4: 9). The sentence now says how people are counted, in both languages.
 */
class StaffPeopleRuleTest {
    @TempDir
    Path dir;

    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    @Test
    void theRuleSaysHowPeopleAreCountedAndAbsenceDoesNotChangeThem() {
        CliRunner.Result absent = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "4", "--set", "absence=0.2",
                "--out", dir.resolve("a").toString());
        assertEquals(0, absent.code(), absent.err());
        assertTrue(absent.out().contains("6 positions, at most 6 agents at work at once, which take 9 people (as the labour cost counts them: one shift a day, min_rest between shifts, 5 days and 40 hours a week); the run employs 9 people;"), absent.out());
        assertFalse(absent.out().contains("over a short run, the busiest day's positions"), absent.out());
        assertTrue(absent.out().contains("for each day, the most of its positions (one shift a person a day) and, for each seven days that contain it, their position-days / 5 "
                + "(five days a week) and hours worked / 40 (no weekly overtime), those days taken as the roster repeats them, rounded up per group; team members count as they are. "
                + "So a position every day takes 7 / 5 people, an hourly-paid agent's too (pay: hourly), even over a one-day run. Dated positions (one person each) take at least as many people "
                + "as can work them with labour.min_rest between one person's shifts: the most of them whose shift, with the rest after it, overlaps at one moment (counted on the "
                + "day such a shift starts). The labour cost pays each group the most of its people over the "
                + "run's days, counted from the positions as scheduled (absence does not change it: an absent person is still employed)."), absent.out());
        // without absence: fewer positions, counted the same way (5 × 7 / 5 = 7)
        CliRunner.Result present = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "4", "--out", dir.resolve("p").toString());
        assertEquals(0, present.code(), present.err());
        assertTrue(present.out().contains("5 positions, at most 5 agents at work at once, which take 7 people (as the labour cost counts them: one shift a day, min_rest between shifts, 5 days and 40 hours a week); the run employs 7 people;"), present.out());
        CliRunner.Result zh = CliRunner.kefusim("staff", CLASSROOM, "--target", "service-level>=0.8", "--replications", "4", "--set", "absence=0.2", "--lang", "zh",
                "--out", dir.resolve("z").toString());
        assertEquals(0, zh.code(), zh.err());
        assertFalse(zh.out().contains("短期活动即最忙一天的岗位数"), zh.out());
        assertTrue(zh.out().contains("人数按排定的岗位算（缺勤不改变人数：缺勤的人仍在雇用）"), zh.out());
        // sentences one after another with no space after 。 (it read "人工成本 1,824 元。 达到目标")
        assertTrue(zh.out().contains("本次共雇用 9 人；人工成本 1,795 元。达到目标（按 95% 置信界判断）。"), zh.out());
        assertFalse(zh.out().contains("。 "), zh.out());
    }
}
