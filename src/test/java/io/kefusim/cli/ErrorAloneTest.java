package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Bad input is the one thing said: no scenario warning printed before the error. */
class ErrorAloneTest {
    @TempDir
    Path dir;

    @Test
    void runWithAnOutThatIsAFileSaysOnlyThat() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        // small-shop-ordinary-day.yaml has four labour warnings
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/small-shop-ordinary-day.yaml", "--out", file.resolve("x").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: --out: '" + file.toAbsolutePath() + "' is a file, not a folder; allowed: a folder kefusim can create or write in\n", r.err());
        r = CliRunner.kefusim("run", "scenarios/small-shop-ordinary-day.yaml", "--out", file.resolve("x").toString(), "--lang", "zh");
        assertEquals("错误：--out: '" + file.toAbsolutePath() + "' 是文件，不是文件夹；允许：kefusim 能创建或写入的文件夹\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void compareSweepAndStaffWithAnOutThatIsAFileSayOnlyThat() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        String said = "error: --out: '" + file.toAbsolutePath() + "' is a file, not a folder; allowed: a folder kefusim can create or write in\n";
        String x = file.resolve("x").toString();
        for (String[] args : new String[][]{
                {"compare", "scenarios/small-shop-ordinary-day.yaml", "scenarios/classroom-response-time.yaml", "--out", x},
                {"sweep", "scenarios/small-shop-ordinary-day.yaml", "--vary", "demand.scale=1,2", "--out", x},
                {"staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "service-level>=0.8", "--out", x}}) {
            CliRunner.Result r = CliRunner.kefusim(args);
            assertEquals(2, r.code(), args[0] + ": " + r.err());
            assertEquals(said, r.err(), args[0]);
        }
    }
}
