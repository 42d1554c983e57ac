package io.kefusim.cluster;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * nothing written; losing every worker mid-run is its own line and exit code. The attacks are in
 * {@link ClusterSecurityTest}.
 */
class ClusterTest {
    @TempDir
    static Path dir;
    static final List<Process> WORKERS = new ArrayList<>();
    static final String NAME = "kefusim-test-" + ProcessHandle.current().pid();
    static final String SECRET = "s3cret";
    static Path secretFile;
    static String cluster;

    @BeforeAll
    static void startTwoWorkers() throws Exception {
        secretFile = Files.writeString(dir.resolve("secret"), SECRET + "\n");
        Files.setPosixFilePermissions(secretFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")); // as the README says
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
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--join", join, "--cluster-name", NAME,
                "--secret-file", secretFile.toString()));
        if (exitAfter >= 0) args.addAll(List.of("--exit-after-tasks", String.valueOf(exitAfter)));
        return Workers.start(dir, log, property, args);
    }

    static int freePort() throws IOException { return Workers.freePort(); }

    static void waitFor(Path log, String text) throws Exception { Workers.waitFor(log, text); }

    /** Runs a command locally and on the cluster; returns the two result folders. */
    static Path[] both(String name, String... args) {
        Path[] out = new Path[2];
        for (int k = 0; k < 2; k++) {
            Path base = dir.resolve(name + (k == 0 ? "-local" : "-cluster"));
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--out", base.toString()));
            if (k == 1) all.addAll(List.of("--cluster", cluster, "--cluster-name", NAME, "--secret-file", secretFile.toString()));
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
    void aClusterRunCarriesTheLocalRunsWarningsAndSaysItsThreadsAreIdle() throws Exception {
        // the ordinary day's rota breaks labour rules: the same warnings in summary.json and on report.html as a local run
        Path[] r = both("warned", "run", "scenarios/small-shop-ordinary-day.yaml", "--replications", "2");
        sameFile(r, "summary.json");
        String local = Files.readString(find(r[0], "report.html")), remote = Files.readString(find(r[1], "report.html"));
        String block = local.substring(local.indexOf("<section id=\"warnings\""), local.indexOf("</section>", local.indexOf("<section id=\"warnings\"")));
        assertTrue(block.contains("labour.") && remote.contains(block), "the page's warnings block, as a local run's");
        CliRunner.Result t = CliRunner.kefusim("run", "scenarios/small-shop-ordinary-day.yaml", "--replications", "2", "--threads", "2", "--out", dir.resolve("threads").toString(),
                "--cluster", cluster, "--cluster-name", NAME, "--secret-file", secretFile.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.err().contains("warning: --threads changes nothing with --cluster: the workers run the replications"), t.err());
        // and run.json does not claim the idle threads: it says where the replications ran
        com.fasterxml.jackson.databind.JsonNode cl = new com.fasterxml.jackson.databind.ObjectMapper().readTree(find(dir.resolve("threads"), "run.json").toFile());
        assertFalse(cl.has("threads"), cl.toString());
        assertEquals(NAME, cl.get("cluster").get("name").asText());
        assertEquals(2, cl.get("cluster").get("members").asInt(), cl.toString());
        // a local run records its threads, and no cluster
        com.fasterxml.jackson.databind.JsonNode here = new com.fasterxml.jackson.databind.ObjectMapper().readTree(find(r[0], "run.json").toFile());
        assertTrue(here.get("threads").asInt() >= 1, here.toString());
        assertFalse(here.has("cluster"), here.toString());
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
    void losingEveryWorkerIsItsOwnLineAndExitCode() throws Exception {
        int port = freePort();
        Process lone = worker(port, "127.0.0.1:" + port, 0, "lone"); // halts as its first task starts
        try {
            waitFor(dir.resolve("lone.log"), "members: 1");
            Path out = dir.resolve("lone-run");
            CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                    "--cluster", "127.0.0.1:" + port, "--cluster-name", NAME, "--secret-file", secretFile.toString(), "--cluster-timeout", "2");
            assertEquals(ClusterException.LOST, r.code(), r.err());
            assertTrue(r.err().contains("every worker was lost mid-run"), r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
            assertFalse(Files.exists(out), "nothing written");
        } finally {
            lone.destroyForcibly();
        }
    }

    @Test
    void aWorkerOfAnotherVersionIsRefused() throws Exception {
        int port = freePort();
        Process other = worker(port, "127.0.0.1:" + port, -1, "other", "-Dkefusim.version=9.9.9");
        try {
            waitFor(dir.resolve("other.log"), "members: 1");
            Path out = dir.resolve("other-version");
            CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                    "--cluster", "127.0.0.1:" + port, "--cluster-name", NAME, "--secret-file", secretFile.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("runs kefusim 9.9.9") && r.err().contains("same version"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aWrongSecretOrNoClusterIsOneLineAndNothingWritten() throws IOException {
        Path out = dir.resolve("refused");
        Path wrong = Files.writeString(dir.resolve("wrong-secret"), "wrong");
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                "--cluster", cluster, "--cluster-name", NAME, "--secret-file", wrong.toString(), "--cluster-timeout", "2");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("with this secret answered") && r.err().contains("same secret"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        int closed = 1;
        CliRunner.Result n = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--out", out.toString(),
                "--cluster", "127.0.0.1:" + closed, "--cluster-timeout", "1");
        assertEquals(2, n.code(), n.err());
        assertTrue(n.err().startsWith("error: --cluster: 127.0.0.1:1: no kefusim worker"), n.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
