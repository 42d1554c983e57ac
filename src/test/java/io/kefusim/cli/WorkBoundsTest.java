package io.kefusim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Work that cannot finish is refused before simulating: exit 2, one line naming the field and a value that works, nothing written. */
class WorkBoundsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "demand.scale=1e6      | demand.scale: the demand brings about 11,139,000,000 chats per replication; allowed: at most 50,000,000 (demand.scale: 4.49e+03 or less",
            "interval=1ms          | interval: 0.001s over 2d makes 172,800,000 reporting intervals; allowed: at most 110,000 (interval: 1m or longer)",
            "horizon=100000d       | horizon: 100000d is 100000 days; allowed: at most 3660 days (ten years)",
            "replications=100000   | replications: 100,000 replications keep about"})
    void refusedUpFront(String setting, String expected) {
        Path out = dir.resolve("results");
        long t0 = System.nanoTime();
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--set", setting.trim(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        String error = r.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error")).count());
        assertTrue(error.startsWith("error: scenarios/double11-medium-shop.yaml: " + expected.trim()), error);
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "refused before simulating");
    }
}
