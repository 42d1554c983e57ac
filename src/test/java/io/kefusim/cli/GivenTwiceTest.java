package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One key given twice to --vary or --set is one usage error, not a silent replacement. Before,
 * {@code --vary 'roster[0].agents=2..3' --vary 'roster[0].agents=4,5'} made a "grid" whose rows 2, 4 and
 * 3, 4 were identical (the second value replaced the first at every point) and named the cheapest point
 * "agents … = 2, agents … = 5"; {@code --set k=6 --set k=7} ran on 7 without a word.
 */
class GivenTwiceTest {
    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    @TempDir
    Path dir;

    private void refused(String line, String... args) throws Exception {
        Path out = dir.resolve("out");
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        CliRunner.Result r = CliRunner.kefusim(all);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(line + "\n", r.err(), "one line, no stack trace");
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no results folder");
    }

    @Test
    void aVaryKeyGivenTwiceIsOneUsageError() throws Exception {
        refused("error: --vary: roster[0].agents: given twice: '2..3' and '4,5'; allowed: each key once, with all its values in one --vary (two different keys make a grid)",
                "sweep", CLASSROOM, "--vary", "roster[0].agents=2..3", "--vary", "roster[0].agents=4,5", "--replications", "2");
        refused("错误：--vary: roster[0].agents: 给了两次：'2..3' 和 '4,5'；允许：每个键只给一次，把它的所有取值写在同一个 --vary 里（两个不同的键构成网格）",
                "sweep", CLASSROOM, "--vary", "roster[0].agents=2..3", "--vary", "roster[0].agents = 4,5", "--replications", "2", "--lang", "zh");
    }

    @Test
    void aSetKeyGivenTwiceIsOneUsageErrorInEveryCommand() throws Exception {
        String line = "error: --set: roster[0].agents: given twice: '6' and '7'; allowed: each key once (the later value would silently replace the earlier)";
        refused(line, "run", CLASSROOM, "--set", "roster[0].agents=6", "--set", "roster[0].agents=7", "--replications", "2");
        refused(line, "compare", CLASSROOM, "--set", "roster[0].agents=6", "--set", "roster[0].agents=7", "--replications", "2");
        refused(line, "sweep", CLASSROOM, "--set", "roster[0].agents=6", "--set", "roster[0].agents=7", "--vary", "seed=1,2", "--replications", "2");
        refused(line, "staff", CLASSROOM, "--target", "service-level>=0.8", "--set", "roster[0].agents=6", "--set", "roster[0].agents=7", "--replications", "2");
        CliRunner.Result v = CliRunner.kefusim("validate", CLASSROOM, "--set", "roster[0].agents=6", "--set", "roster[0].agents=7", "--lang", "zh");
        assertEquals(2, v.code());
        assertEquals("错误：--set: roster[0].agents: 给了两次：'6' 和 '7'；允许：每个键只给一次（后一个值会悄悄替换前一个）\n", v.err());
        // different keys, and one key inside another, stay allowed
        CliRunner.Result ok = CliRunner.kefusim("validate", CLASSROOM, "--set", "roster[0].agents=6", "--set", "roster[0].shift=workday");
        assertEquals(0, ok.code(), ok.err());
    }
}
