package io.kefusim.report;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** A run stopped half way leaves no staging folder: at once on SIGTERM, and at the next run after SIGKILL. */
class NothingLeftBehindTest {
    @TempDir
    Path dir;

    private Process start(Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.kefusim.cli.Main", "run",
                "scenarios/double11-medium-shop.yaml", "--replications", "400", "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private static List<Path> staging(Path parent) throws Exception {
        if (!Files.isDirectory(parent)) return List.of();
        try (Stream<Path> l = Files.list(parent)) {
            return l.filter(p -> p.getFileName().toString().startsWith(".partial-")).toList();
        }
    }

    private static void awaitStaging(Path parent, Process p) throws Exception {
        for (int i = 0; i < 600 && (staging(parent).isEmpty() || !Files.exists(staging(parent).get(0).resolve(".owner"))); i++) {
            assertTrue(p.isAlive(), "the run ended before it started writing");
            Thread.sleep(50);
        }
        assertFalse(staging(parent).isEmpty(), "the run is writing");
        assertTrue(Files.exists(staging(parent).get(0).resolve(".owner")), "the staging folder names its owner");
    }

    @Test
    void sigtermRemovesTheStagingFolder() throws Exception {
        Path out = dir.resolve("results");
        Path parent = out.resolve("double11-medium-shop");
        Process p = start(out);
        awaitStaging(parent, p);
        p.destroy(); // SIGTERM
        p.waitFor();
        assertEquals(List.of(), staging(parent), "nothing left after SIGTERM");
    }

    @Test
    void aRunKilledOutrightIsCleanedByTheNextRun() throws Exception {
        Path out = dir.resolve("results");
        Path parent = out.resolve("double11-medium-shop");
        Process p = start(out);
        awaitStaging(parent, p);
        p.destroyForcibly(); // SIGKILL: no hook runs
        p.waitFor();
        assertEquals(1, staging(parent).size(), "SIGKILL leaves the staging folder");
        CliRunner.Result next = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "2", "--out", out.toString());
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), staging(parent), "the next run removed the dead run's staging folder");
        // a live run's staging folder is never touched
        Process live = start(out);
        try {
            awaitStaging(parent, live);
            Path its = staging(parent).get(0);
            assertEquals(0, CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "2", "--out", out.toString()).code());
            assertTrue(Files.exists(its), "a live run's staging folder is kept");
        } finally {
            live.destroy();
            live.waitFor();
        }
    }
}
