package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * sweep's verdict is judged on the 95% lower bound of the run's share, its hours sentence on the mean: "holds at 0 of 3
 * points" stood beside "Service level at least 80.0% in every one of 8 hours" with nothing saying which was which.
 */
class BoundWordsTest {
    @TempDir
    Path dir;

    @Test
    void sweepsVerdictSaysItIsJudgedOnTheRunsLowerBoundNotTheMean() {
        String[] args = {"sweep", "scenarios/classroom-response-time.yaml", "--vary", "costs.rest_day_factor=1..5:2", "--replications", "2", "--out", dir.toString()};
        CliRunner.Result en = CliRunner.kefusim(args);
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("The goal of 80.0% answered within 2 min, judged on the 95% lower bound of the run's share (not the mean), holds at 0 of 3 points."), en.out());
        assertTrue(en.out().contains("Service level at least 80.0% in every one of 8 hours with at least 10 buyers."), "the hours, on the mean: " + en.out());
        String[] zhArgs = java.util.Arrays.copyOf(args, args.length + 2);
        zhArgs[args.length] = "--lang";
        zhArgs[args.length + 1] = "zh";
        CliRunner.Result zh = CliRunner.kefusim(zhArgs);
        assertTrue(zh.out().contains("“2分钟内回复不低于 80.0%”按全程比例的 95% 置信下界（而非均值）判断，在 3 个点中的 0 个达成。"), zh.out());
    }
}
