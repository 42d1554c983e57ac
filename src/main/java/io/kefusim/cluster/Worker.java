package io.kefusim.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Node;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.TreeReader;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cluster member that takes replications: a Hazelcast member whose executor runs
 * {@link ReplicationTask}s. It opens only tasks sealed with its cluster's key, answers only its
 * own proofs, reads traces only from its --traces folder, and deserializes only what
 * {@link Filters} lists.
 */
public final class Worker {
    static final String EXECUTOR = "kefusim-replications";
    /**
     * Management tasks (a client's "shut the cluster down", "change its state") are taken only from
     * clients on this address, a documentation address (RFC 5737) no machine has: from nobody.
     */
    static final String NO_MANAGER = "192.0.2.1";
    private static volatile ClusterKey key;
    private static volatile Path traces;
    private static volatile HazelcastInstance instance;
    private static volatile int exitAfterTasks = -1;
    private static volatile boolean tamper;
    private static final AtomicInteger started = new AtomicInteger();
    /** Workers keep a few rebuilt scenarios: a run sends the same one for every replication. */
    private static final Map<String, Object[]> BUILT = new ConcurrentHashMap<>();

    private Worker() {}

    /**
     * The kefusim version this process runs ("dev" outside a built jar). The system property
     * {@code kefusim.version} stands in for it, so a test can start a worker "of another version".
     */
    public static String version() {
        String v = Worker.class.getPackage().getImplementationVersion();
        return System.getProperty("kefusim.version", v == null ? "dev" : v);
    }

    /** How a worker is started: where it listens, whom it joins, its cluster, secret and traces. */
    public record Setup(String iface, int port, List<String> join, String kubernetesServiceDns, String clusterName, String secret,
                        Path traces, int exitAfter, boolean tamper) {}

    /**
     * Starts a member listening on {@code iface:port} that joins the members in {@code join}
     * (TCP/IP; no multicast, so a worker never joins a stranger's cluster by accident), or finds
     * them through Kubernetes with a headless service's DNS name.
     */
    public static HazelcastInstance start(Setup s) {
        quiet();
        key = ClusterKey.of(s.secret(), s.clusterName());
        traces = s.traces();
        exitAfterTasks = s.exitAfter();
        tamper = s.tamper();
        Config cfg = new Config();
        cfg.setClusterName(key.hazelcastName());
        cfg.setProperty("hazelcast.phone.home.enabled", "false");
        cfg.getSerializationConfig().setJavaSerializationFilterConfig(Filters.hazelcast());
        cfg.getManagementCenterConfig().setTrustedInterfaces(Set.of(NO_MANAGER));
        cfg.getJetConfig().setEnabled(false); // no job engine (it would run any code a client sends): off by default, kept off here
        NetworkConfig net = cfg.getNetworkConfig();
        net.setPort(s.port()).setPortAutoIncrement(false);
        net.getInterfaces().setEnabled(true).addInterface(s.iface());
        net.getMemcacheProtocolConfig().setEnabled(false);
        cfg.setProperty("hazelcast.socket.bind.any", "false");
        JoinConfig j = net.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        if (s.kubernetesServiceDns() != null) {
            j.getKubernetesConfig().setEnabled(true).setProperty("service-dns", s.kubernetesServiceDns());
        } else {
            j.getTcpIpConfig().setEnabled(true).setMembers(s.join().isEmpty() ? List.of(s.iface() + ":" + s.port()) : s.join());
        }
        cfg.getExecutorConfig(EXECUTOR).setPoolSize(Runtime.getRuntime().availableProcessors());
        instance = Hazelcast.newHazelcastInstance(cfg);
        return instance;
    }

    /** Hazelcast's own logging off (kefusim says what matters), no phone-home. */
    static void quiet() {
        System.setProperty("hazelcast.logging.type", "none");
        System.setProperty("hazelcast.phone.home.enabled", "false");
    }

    private static HazelcastInstance self() {
        HazelcastInstance h = instance;
        if (h == null || key == null) throw new IllegalStateException("this member is not a kefusim worker");
        return h;
    }

    /** The answer to a client's challenge: the nonce, sealed with this member's id and version. */
    static byte[] answer(byte[] nonce) {
        String me = self().getCluster().getLocalMember().getUuid().toString();
        return key.seal(ClusterKey.Kind.ANSWER, nonce, new Wire.Out().str(me).str(version()).done());
    }

    /** Opens a task (refused unless sealed with this cluster's key), runs it, seals the result under its id. */
    static byte[] run(byte[] sealed) {
        String me = self().getCluster().getLocalMember().getUuid().toString();
        ClusterKey.Opened task;
        try {
            task = key.open(ClusterKey.Kind.TASK, sealed);
        } catch (SecurityException e) {
            throw new SecurityException("this worker refuses a task that " + e.getMessage() + ": the client's secret differs");
        }
        ReplicationTask.Work w = ReplicationTask.Work.read(task.plain());
        if (!version().equals(w.version())) {
            throw new IllegalStateException("this worker runs kefusim " + version() + ", the client kefusim " + w.version()
                    + ": run the same version on every machine");
        }
        String cacheKey = w.yaml() + '\0' + w.traceName() + '\0' + HexFormat.of().formatHex(w.traceSha256());
        if (BUILT.size() > 16 && !BUILT.containsKey(cacheKey)) BUILT.clear(); // not inside computeIfAbsent: a map must not change under it
        Object[] built = BUILT.computeIfAbsent(cacheKey, k -> build(w));
        taskStarted();
        ReplicationMetrics m = Experiment.replication((Scenario) built[0], (RateProfile) built[1], w.replication());
        byte[] result = key.seal(ClusterKey.Kind.RESULT, task.id(), ReplicationTask.result(w.replication(), me, m));
        if (tamper) result[result.length / 2] ^= 1; // fault tests: an answer altered on the way
        return result;
    }

    /**
     * The scenario of a task. Its one file reference, {@code demand.trace}, must be the file name
     * the task carries, and is read from this worker's --traces folder after its hash is checked:
     * a task cannot make a worker open any other file.
     */
    private static Object[] build(ReplicationTask.Work w) {
        Node root = TreeReader.parseValue("task", w.yaml(), "");
        Node demand = root.isMap() ? root.opt("demand") : null;
        Node trace = demand != null && demand.isMap() ? demand.opt("trace") : null;
        Path base = null;
        if (trace != null || !w.traceName().isEmpty()) {
            if (trace == null || !trace.isScalar() || !trace.text().trim().equals(w.traceName())) {
                throw new IllegalStateException("a task's trace must be named by the file name it carries");
            }
            base = Traces.onWorker(traces, w.traceName(), w.traceSha256()).resolveSibling("task.yaml");
        }
        Scenario s = ScenarioLoader.bind(root, base);
        return new Object[]{s, s.demand().isTrace() ? null : RateProfile.of(s)};
    }

    static void taskStarted() {
        int n = started.incrementAndGet();
        if (exitAfterTasks >= 0 && n > exitAfterTasks) Runtime.getRuntime().halt(137); // a machine lost mid-task
    }
}
