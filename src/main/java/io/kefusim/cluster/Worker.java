package io.kefusim.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cluster member that takes replications: a Hazelcast member whose executor runs
 * {@link ReplicationTask}s. It admits tasks from clients of its own kefusim version that know
 * its secret, and nothing else.
 */
public final class Worker {
    static final String EXECUTOR = "kefusim-replications";
    private static volatile String secret = "";
    private static volatile int exitAfterTasks = -1;
    private static final AtomicInteger started = new AtomicInteger();

    private Worker() {}

    /**
     * The kefusim version this process runs ("dev" outside a built jar). The system property
     * {@code kefusim.version} stands in for it, so a test can start a worker "of another version".
     */
    public static String version() {
        String v = Worker.class.getPackage().getImplementationVersion();
        return System.getProperty("kefusim.version", v == null ? "dev" : v);
    }

    /**
     * Starts a member listening on {@code iface:port} that joins the members in {@code join}
     * (TCP/IP; no multicast, so a worker never joins a stranger's cluster by accident).
     *
     * @param exitAfter for fault tests: the process halts when its task number {@code exitAfter + 1} starts (-1: never)
     */
    public static HazelcastInstance start(String iface, int port, List<String> join, String clusterName, String workerSecret, int exitAfter) {
        return start(iface, port, join, null, clusterName, workerSecret, exitAfter);
    }

    /**
     * As above; with {@code kubernetesServiceDns} (a headless service's DNS name) members find
     * each other through Kubernetes instead of a member list.
     */
    public static HazelcastInstance start(String iface, int port, List<String> join, String kubernetesServiceDns, String clusterName,
                                          String workerSecret, int exitAfter) {
        quiet();
        secret = workerSecret == null ? "" : workerSecret;
        exitAfterTasks = exitAfter;
        Config cfg = new Config();
        cfg.setClusterName(clusterName);
        cfg.setProperty("hazelcast.phone.home.enabled", "false");
        NetworkConfig net = cfg.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(false);
        net.getInterfaces().setEnabled(true).addInterface(iface);
        cfg.setProperty("hazelcast.socket.bind.any", "false");
        JoinConfig j = net.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        if (kubernetesServiceDns != null) {
            j.getKubernetesConfig().setEnabled(true).setProperty("service-dns", kubernetesServiceDns);
        } else {
            j.getTcpIpConfig().setEnabled(true).setMembers(join.isEmpty() ? List.of(iface + ":" + port) : join);
        }
        cfg.getExecutorConfig(EXECUTOR).setPoolSize(Runtime.getRuntime().availableProcessors());
        return Hazelcast.newHazelcastInstance(cfg);
    }

    /** Hazelcast's own logging off (kefusim says what matters), no phone-home. */
    static void quiet() {
        System.setProperty("hazelcast.logging.type", "none");
        System.setProperty("hazelcast.phone.home.enabled", "false");
    }

    /** Refuses a task from another kefusim version or without this worker's secret. */
    static void admit(String clientVersion, String clientSecret) {
        if (!version().equals(clientVersion)) {
            throw new IllegalStateException("this worker runs kefusim " + version() + ", the client kefusim " + clientVersion
                    + ": run the same version on every machine");
        }
        byte[] a = secret.getBytes(StandardCharsets.UTF_8), b = (clientSecret == null ? "" : clientSecret).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(a, b)) throw new SecurityException("the client's --secret does not match this worker's");
    }

    static void taskStarted() {
        int n = started.incrementAndGet();
        if (exitAfterTasks >= 0 && n > exitAfterTasks) Runtime.getRuntime().halt(137); // a machine lost mid-task
    }
}
