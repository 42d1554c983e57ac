package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One roster, one people count (tester25): staff said "on the busiest day … which take 13 people (a 5-day rota; hourly-paid
 * or dated positions one each); the run employs 15 people" of pt-bound.yaml, whose part-timers (hourly, 4 positions every
 * day) the per-group table counted as 4 and the labour cost (People.employed, `run` on optimised.yaml) as 4 × 7 / 5 → 6.
 * The per-day column now counts as the labour cost does, so its busiest day says the people the run employs (the search's
 * first roster, one simulation: 19 and 19; before, 17 and 19).
 */
class StaffPeopleOneCountTest {
    @TempDir
    Path dir;

    @Test
    void theBusiestDaysPeopleAreThePeopleTheRunEmploys() {
        CliRunner.Result r = CliRunner.kefusim("staff", "src/test/resources/io/kefusim/staffing/pt-bound.yaml", "--target", "service-level>=0.3",
                "--per", "run", "--replications", "3", "--max-simulations", "1", "--out", dir.toString());
        assertTrue(r.out().contains("which take 19 people (as the labour cost counts them: one shift a day, min_rest between shifts, 5 days and 40 hours a week); the run employs 19 people;"), r.out());
        assertTrue(r.out().matches("(?s).*2026-06-18  parttime\\s+4\\s+4\\s+6\\n.*"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("staff", "src/test/resources/io/kefusim/staffing/pt-bound.yaml", "--target", "service-level>=0.3",
                "--per", "run", "--replications", "3", "--max-simulations", "1", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertTrue(zh.out().contains("需 19 人（按人工成本的算法：每人每天一班，两班之间休息 min_rest，每周 5 天、40 小时）；本次共雇用 19 人；"), zh.out());
    }
}
