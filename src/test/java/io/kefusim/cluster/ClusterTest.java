package io.kefusim.cluster;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Workers as separate JVMs on 127.0.0.1: run, compare, sweep, staff and batch on the cluster give
 * byte-identical results to local runs; a worker that dies mid-job has its replications run
 * elsewhere with the same numbers; a wrong secret or an unreachable cluster is one line, exit 2,
 * nothing written.
 */
class ClusterTest {
    @TempDir
    static Path dir;
    static final List<Process> WORKERS = new ArrayList<>();
    static final String NAME = "kefusim-test-" + ProcessHandle.current().pid();
    static final String SECRET = "s3cret";
    static String cluster;

    @BeforeAll
    static void startTwoWorkers() throws Exception {
        int a = freePort(), b = freePort();
        String join = "127.0.0.1:" + a + ",127.0.0.1:" + b;
        WORKERS.add(worker(a, join, -1, "w1"));
        WORKERS.add(worker(b, join, -1, "w2"));
        waitFor(dir.resolve("w1.log"), "members: 2");
        waitFor(dir.resolve("w2.log"), "members: 2");
        cluster = "127.0.0.1:" + a;
    }

    @AfterAll
    static void stopWorkers() {
        for (Process p : WORKERS) p.destroyForcibly();
    }

    static Process worker(int port, String join, int exitAfter, String log) throws IOException {
        return worker(port, join, exitAfter, log, "-Dkefusim.test=1");
    }

    static Process worker(int port, String join, int exitAfter, String log, String property) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", property,
                "-cp", System.getProperty("java.class.path"), "io.kefusim.cli.Main", "worker", "--port", String.valueOf(port),
                "--join", join, "--cluster-name", NAME, "--secret", SECRET));
        if (exitAfter >= 0) cmd.addAll(List.of("--exit-after-tasks", String.valueOf(exitAfter)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void waitFor(Path log, String text) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (Files.exists(log) && Files.readString(log).contains(text)) return;
            Thread.sleep(200);
        }
        fail("worker did not get ready: " + (Files.exists(log) ? Files.readString(log) : "no log"));
    }

    /** Runs a command locally and on the cluster; returns the two result folders. */
    static Path[] both(String name, String... args) {
        Path[] out = new Path[2];
        for (int k = 0; k < 2; k++) {
            Path base = dir.resolve(name + (k == 0 ? "-local" : "-cluster"));
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--out", base.toString()));
            if (k == 1) all.addAll(List.of("--cluster", cluster, "--cluster-name", NAME, "--secret", SECRET));
            CliRunner.Result r = CliRunner.kefusim(all.toArray(String[]::new));
            assertEquals(0, r.code(), name + (k == 1 ? " on the cluster: " : " locally: ") + r.err());
            out[k] = base;
        }
        return out;
    }

    static void sameFile(Path[] runs, String file) throws IOException {
        Path a = find(runs[0], file), b = find(runs[1], file);
        assertEquals(Files.readString(a), Files.readString(b), file + " differs between the local and the cluster run");
    }

    static Path find(Path base, String file) throws IOException {
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(p -> p.toString().endsWith(file)).findFirst().orElseThrow(() -> new AssertionError(file + " under " + base));
        }
    }

    @Test
    void runIsByteIdentical() throws Exception {
        Path[] r = both("run", "run", "scenarios/double11-medium-shop.yaml", "--replications", "4");
        sameFile(r, "summary.json");
        sameFile(r, "intervals.csv");
    }

    @Test
    void compareSweepAndStaffAreByteIdentical() throws Exception {
        sameFile(both("compare", "compare", "scenarios/classroom-response-time.yaml", "--replications", "6"), "compare.json");
        sameFile(both("sweep", "sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=2..4", "--replications", "5"), "sweep.json");
        sameFile(both("staff", "staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "service-level>=0.9", "--replications", "4"), "staffing.json");
    }

    @Test
    void batchIsByteIdentical() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.copy(Path.of("scenarios/classroom-response-time.yaml"), shops.resolve("a.yaml"));
        Files.copy(Path.of("scenarios/small-shop-ordinary-day.yaml"), shops.resolve("b.yaml"));
        Path[] r = both("batch", "batch", shops.toString(), "--replications", "4");
        sameFile(r, "batch.csv");
        for (String shop : List.of("classroom-response-time", "small-shop-ordinary-day")) {
            assertEquals(Files.readString(find(r[0], shop + "/summary.json")), Files.readString(find(r[1], shop + "/summary.json")), shop);
        }
    }

    @Test
    void aWorkerLostMidJobChangesNothing() throws Exception {
        int port = freePort();
        String join = cluster + ",127.0.0.1:" + port;
        Process doomed = worker(port, join, 0, "doomed"); // halts as its first task starts
        waitFor(dir.resolve("doomed.log"), "members: 3");
        Path[] r = both("lost", "run", "scenarios/classroom-response-time.yaml", "--replications", "40");
        assertTrue(doomed.waitFor(30, TimeUnit.SECONDS), "the doomed worker took a task and died");
        assertEquals(137, doomed.exitValue());
        sameFile(r, "summary.json");
    }

    @Test
    void aWorkerOfAnotherVersionIsRefused() throws Exception {
        int port = freePort();
        Process other = worker(port, "127.0.0.1:" + port, -1, "other", "-Dkefusim.version=9.9.9");
        try {
            waitFor(dir.resolve("other.log"), "members: 1");
            Path out = dir.resolve("other-version");
            CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                    "--cluster", "127.0.0.1:" + port, "--cluster-name", NAME, "--secret", SECRET);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("runs kefusim 9.9.9") && r.err().contains("same version"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aWrongSecretOrNoClusterIsOneLineAndNothingWritten() {
        Path out = dir.resolve("refused");
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                "--cluster", cluster, "--cluster-name", NAME, "--secret", "wrong");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--secret does not match"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        int closed = 1;
        CliRunner.Result n = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                "--cluster", "127.0.0.1:" + closed, "--cluster-timeout", "1");
        assertEquals(2, n.code(), n.err());
        assertTrue(n.err().startsWith("error: --cluster: 127.0.0.1:1: no kefusim worker"), n.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
