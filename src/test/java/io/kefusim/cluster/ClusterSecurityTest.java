package io.kefusim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.client.impl.protocol.ClientMessage;
import com.hazelcast.client.impl.protocol.codec.MCChangeClusterStateCodec;
import com.hazelcast.client.impl.protocol.codec.MCShutdownClusterCodec;
import com.hazelcast.client.impl.spi.impl.ClientInvocation;
import com.hazelcast.cluster.ClusterState;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 28, tried again: a real worker JVM with a secret on 127.0.0.1 against plain Hazelcast
 * members and clients (with kefusim's classes, as anyone can have them, but not the secret).
 * A stranger cannot join; one that learned the cluster's Hazelcast name (by reading the network)
 * gets no work, and the numbers stay right; a forged result fails the run naming the member; a
 * task carries neither the secret nor the scenario in the clear; the nested-set payload is refused
 * at once; a stranger client cannot shut the cluster down or change its state. And the limit, shown
 * honestly: a member holding the name can shut the cluster down; the worker then exits.
 */
class ClusterSecurityTest {
    @TempDir
    static Path dir;
    static final String NAME = "kefusim-sec-" + ProcessHandle.current().pid();
    static final String SECRET = "correct horse battery staple";
    static Path secretFile;
    static int port;
    static Process worker;
    static final List<Process> OTHERS = new ArrayList<>();

    @BeforeAll
    static void startAWorker() throws Exception {
        secretFile = Files.writeString(dir.resolve("secret"), SECRET);
        Files.setPosixFilePermissions(secretFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")); // as the README says
        port = Workers.freePort();
        worker = Workers.start(dir, "worker", "-Dkefusim.test=1", List.of("--port", String.valueOf(port), "--cluster-name", NAME,
                "--secret-file", secretFile.toString(), "--traces", Path.of("scenarios/traces").toAbsolutePath().toString()));
        Workers.waitFor(dir.resolve("worker.log"), "members: 1");
        assertFalse(worker.info().commandLine().orElse("").contains(SECRET), "the process list shows no secret");
    }

    @AfterAll
    static void stopWorkers() {
        worker.destroyForcibly();
        for (Process p : OTHERS) p.destroyForcibly();
    }

    static CliRunner.Result onCluster(int at, String out, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--out", dir.resolve(out).toString(), "--cluster", "127.0.0.1:" + at, "--cluster-name", NAME,
                "--secret-file", secretFile.toString(), "--cluster-timeout", "5"));
        return CliRunner.kefusim(all.toArray(String[]::new));
    }

    static String summary(String out) throws Exception {
        try (var s = Files.walk(dir.resolve(out))) {
            return Files.readString(s.filter(p -> p.endsWith("summary.json")).findFirst().orElseThrow());
        }
    }

    @Test
    void aStrangerMemberCannotJoinAndItsShutdownStopsNothing() throws Exception {
        HazelcastInstance rogue = Workers.plainMember(NAME, port); // the name the user gave, as the attacker of issue 28 used
        try {
            assertEquals(1, rogue.getCluster().getMembers().size(), "the stranger is a cluster of its own");
            rogue.getCluster().shutdown();
        } finally {
            rogue.shutdown();
        }
        assertTrue(worker.isAlive(), "the worker runs on");
        assertFalse(Files.readString(dir.resolve("worker.log")).contains("member joined"), Files.readString(dir.resolve("worker.log")));
        HazelcastInstance other = Workers.plainMember("kefusim", port);
        try {
            assertEquals(1, other.getCluster().getMembers().size());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aMemberThatLearnedTheNameGetsNoWorkAndTheNumbersStayRight() throws Exception {
        HazelcastInstance rogue = Workers.plainMember(ClusterKey.of(SECRET, NAME).hazelcastName(), port);
        try {
            assertEquals(2, rogue.getCluster().getMembers().size(), "with the Hazelcast name a member can join: Hazelcast's open-source edition authenticates nobody");
            CliRunner.Result local = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--replications", "6", "--out", dir.resolve("local").toString());
            assertEquals(0, local.code(), local.err());
            CliRunner.Result r = onCluster(port, "with-rogue", "run", "scenarios/classroom-response-time.yaml", "--replications", "6");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("1 worker; ignored (cannot prove the secret, get no work): [127.0.0.1]:"), r.err());
            assertEquals(summary("local"), summary("with-rogue"), "the numbers of a local run");
            assertTrue(rogue.getExecutorService(Worker.EXECUTOR).getLocalExecutorStats().getStartedTaskCount() <= 1, "the stranger got the challenge, no work");
        } finally {
            rogue.shutdown();
        }
    }

    @Test
    void aTraceIsReadFromTheWorkersFolderAndGivesTheSameNumbers() throws Exception {
        CliRunner.Result local = CliRunner.kefusim("run", "scenarios/trace-replay.yaml", "--replications", "3", "--out", dir.resolve("trace-local").toString());
        assertEquals(0, local.code(), local.err());
        CliRunner.Result r = onCluster(port, "trace-cluster", "run", "scenarios/trace-replay.yaml", "--replications", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals(summary("trace-local"), summary("trace-cluster"));
    }

    @Test
    void aForgedResultFailsTheRunNamingTheMember() throws Exception {
        int p = Workers.freePort();
        Process tamper = Workers.start(dir, "tamper", "-Dkefusim.test=1", List.of("--port", String.valueOf(p), "--cluster-name", NAME,
                "--tamper-results"), Map.of(ClusterSecret.ENV, SECRET)); // the secret from the environment this time
        OTHERS.add(tamper);
        Workers.waitFor(dir.resolve("tamper.log"), "members: 1");
        assertTrue(Files.readString(dir.resolve("tamper.log")).contains("(secret from KEFUSIM_CLUSTER_SECRET)"), Files.readString(dir.resolve("tamper.log")));
        CliRunner.Result r = onCluster(p, "forged", "run", "scenarios/classroom-response-time.yaml", "--replications", "2");
        assertEquals(ClusterException.FORGED, r.code(), r.err());
        assertTrue(r.err().contains("from member [127.0.0.1]:" + p) && r.err().contains("fails its authentication check"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        assertFalse(Files.exists(dir.resolve("forged")), "nothing written");
        tamper.destroyForcibly();
    }

    @Test
    void aTaskCarriesNeitherTheSecretNorTheScenarioAndCannotBeAltered() throws Exception {
        ClusterKey key = ClusterKey.of(SECRET, NAME);
        String yaml = Files.readString(Path.of("scenarios/classroom-response-time.yaml"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(ReplicationTask.of(key, ClusterKey.freshId(), yaml, null, 3));
        }
        String wire = b.toString(StandardCharsets.ISO_8859_1);
        for (String clear : List.of(SECRET, "classroom", "agents", "demand")) assertFalse(wire.contains(clear), clear + " travels in the clear");
        byte[] sealed = key.seal(ClusterKey.Kind.TASK, ClusterKey.freshId(), yaml.getBytes(StandardCharsets.UTF_8));
        assertThrows(SecurityException.class, () -> ClusterKey.of("another secret", NAME).open(ClusterKey.Kind.TASK, sealed), "another key");
        assertThrows(SecurityException.class, () -> key.open(ClusterKey.Kind.RESULT, sealed), "a task passed off as a result");
        sealed[sealed.length / 2] ^= 1;
        assertThrows(SecurityException.class, () -> key.open(ClusterKey.Kind.TASK, sealed), "one bit altered");
        assertNotEquals(ClusterKey.of(SECRET, NAME).hazelcastName(), ClusterKey.of(SECRET, NAME + "x").hazelcastName());
    }

    @Test
    void aStrangerClientCannotConnectNorStopTheWorkerAndItsPayloadIsRefusedAtOnce() throws Exception {
        ClientConfig plain = client(NAME);
        assertThrows(IllegalStateException.class, () -> HazelcastClient.newHazelcastClient(plain), "the user-given name lets no client in");
        HazelcastInstance c = HazelcastClient.newHazelcastClient(client(ClusterKey.of(SECRET, NAME).hazelcastName()));
        try {
            Member m = c.getCluster().getMembers().iterator().next();
            long t0 = System.nanoTime();
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> c.getExecutorService(Worker.EXECUTOR).submitToMember(new NestedSets(40), m).get(120, TimeUnit.SECONDS));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            assertTrue(seconds < 60, "refused before hashing 2^40 sets: " + seconds + " s");
            assertTrue(String.valueOf(e.getCause()).contains("java.util.HashSet"), String.valueOf(e.getCause()));
            HazelcastClientProxy proxy = (HazelcastClientProxy) c;
            for (ClientMessage management : List.of(MCShutdownClusterCodec.encodeRequest(), MCChangeClusterStateCodec.encodeRequest(ClusterState.PASSIVE.getId()))) {
                ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> new ClientInvocation(proxy.client, management, null).invoke().get(60, TimeUnit.SECONDS));
                assertTrue(String.valueOf(refused.getCause()).contains("AccessControlException"), String.valueOf(refused.getCause()));
            }
        } finally {
            c.shutdown();
        }
        assertTrue(worker.isAlive());
        // still ACTIVE: a PASSIVE cluster would refuse the run's tasks
        CliRunner.Result r = onCluster(port, "after-stranger", "run", "scenarios/classroom-response-time.yaml", "--replications", "2");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aMemberHoldingTheNameCanShutTheClusterDownAndTheWorkerThenExits() throws Exception {
        int p = Workers.freePort();
        Process doomed = Workers.start(dir, "doomed", "-Dkefusim.test=1", List.of("--port", String.valueOf(p), "--cluster-name", NAME + "-b",
                "--secret-file", secretFile.toString()));
        OTHERS.add(doomed);
        Workers.waitFor(dir.resolve("doomed.log"), "members: 1");
        HazelcastInstance insider = Workers.plainMember(ClusterKey.of(SECRET, NAME + "-b").hazelcastName(), p);
        assertEquals(2, insider.getCluster().getMembers().size());
        insider.getCluster().shutdown();
        assertTrue(doomed.waitFor(60, TimeUnit.SECONDS), "the worker exits instead of staying alive and silent");
        assertTrue(Files.readString(dir.resolve("doomed.log")).contains("shut down by the cluster"), Files.readString(dir.resolve("doomed.log")));
    }

    @Test
    void theSecretIsNeverAFlagAndWithoutOneTheClusterIsThisMachinesOnly() {
        CliRunner.Result flag = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--cluster", "127.0.0.1:" + port, "--secret", SECRET);
        assertEquals(2, flag.code(), flag.err());
        assertTrue(flag.err().startsWith("error: --secret: ") && flag.err().contains("--secret-file FILE") && flag.err().contains("KEFUSIM_CLUSTER_SECRET"), flag.err());
        CliRunner.Result workerFlag = CliRunner.kefusim("worker", "--secret", SECRET);
        assertEquals(2, workerFlag.code(), workerFlag.err());
        CliRunner.Result wildcard = CliRunner.kefusim("worker", "--interface", "*.*.*.*", "--secret-file", secretFile.toString());
        assertEquals(2, wildcard.code(), wildcard.err());
        assertTrue(wildcard.err().contains("one IP address"), wildcard.err());
        CliRunner.Result open = CliRunner.kefusim("worker", "--interface", "192.0.2.7");
        assertEquals(2, open.code(), open.err());
        assertTrue(open.err().contains("this machine only"), open.err());
        CliRunner.Result openJoin = CliRunner.kefusim("worker", "--join", "192.0.2.7:5701");
        assertEquals(2, openJoin.code(), openJoin.err());
        CliRunner.Result client = CliRunner.kefusim("run", "scenarios/classroom-response-time.yaml", "--cluster", "192.0.2.7:5701");
        assertEquals(2, client.code(), client.err());
        assertTrue(client.err().contains("this machine's only"), client.err());
        for (CliRunner.Result r : List.of(flag, workerFlag, wildcard, open, openJoin, client)) assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aTraceIsNamedByItsFileNameInTheWorkersFolderAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("traces"));
        Path trace = Files.writeString(folder.resolve("t.csv"), "time\n");
        Path outside = Files.writeString(dir.resolve("outside.csv"), "time\n");
        byte[] hash = Traces.of(trace).sha256();
        assertEquals(trace, Traces.onWorker(folder, "t.csv", hash));
        for (String name : List.of("../outside.csv", "/etc/shadow", "..", "sub/t.csv")) {
            assertThrows(IllegalStateException.class, () -> Traces.onWorker(folder, name, hash), name);
        }
        Files.createSymbolicLink(folder.resolve("link.csv"), outside);
        assertThrows(IllegalStateException.class, () -> Traces.onWorker(folder, "link.csv", hash), "a link out of the folder");
        assertThrows(IllegalStateException.class, () -> Traces.onWorker(null, "t.csv", hash), "a worker without --traces");
        Files.writeString(trace, "time\n1\n");
        assertThrows(IllegalStateException.class, () -> Traces.onWorker(folder, "t.csv", hash), "another file than the client's");
    }

    static ClientConfig client(String clusterName) {
        Worker.quiet();
        ClientConfig cc = new ClientConfig().setClusterName(clusterName);
        cc.getNetworkConfig().addAddress("127.0.0.1:" + port);
        cc.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(3000);
        return cc;
    }

    /** The payload of issue 28: nested sets whose hashing doubles with each level (written in its place). */
    static final class NestedSets implements Callable<Object>, Serializable {
        private final int depth;

        NestedSets(int depth) { this.depth = depth; }

        @Override
        public Object call() { return null; }

        private Object writeReplace() {
            Set<Object> root = new HashSet<>(), s1 = root, s2 = new HashSet<>();
            for (int i = 0; i < depth; i++) {
                Set<Object> t1 = new HashSet<>(), t2 = new HashSet<>();
                t1.add("x");
                s1.add(t1);
                s1.add(t2);
                s2.add(t1);
                s2.add(t2);
                s1 = t1;
                s2 = t2;
            }
            return root;
        }
    }
}
