package io.kefusim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.output.ResultsWriter;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A client of a kefusim cluster. It first asks every member to prove it holds the cluster's key
 * ({@link ProofTask}) and sends work only to those that do; each replication goes as its own
 * sealed task, and each result is opened and checked (key, task id, replication, member) before
 * it is used. A task lost with its worker is sent again to another; it gives the same numbers
 * wherever it runs.
 */
public final class Cluster implements Experiment.Remote, AutoCloseable {
    static final int ATTEMPTS = 5;
    /** How long a member has to answer the challenge: a stranger must not hold a run up. */
    static final int PROOF_SECONDS = 20;
    private final HazelcastInstance client;
    private final IExecutorService executor;
    private final ClusterKey key;
    private final Map<UUID, Member> workers = new LinkedHashMap<>();
    private final List<String> strangers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    private Cluster(HazelcastInstance client, ClusterKey key) {
        this.client = client;
        this.executor = client.getExecutorService(Worker.EXECUTOR);
        this.key = key;
    }

    /**
     * Connects to the workers at {@code addresses} (HOST:PORT, any of them) and keeps the members
     * that prove the key and run this kefusim. A cluster that cannot be reached, or where no member
     * proves the key, is a {@link ScenarioException} naming --cluster (one line, exit 2).
     */
    public static Cluster connect(List<String> addresses, String clusterName, String secret, int timeoutSeconds) {
        Worker.quiet();
        ClusterKey key = ClusterKey.of(secret, clusterName);
        ClientConfig cc = new ClientConfig();
        cc.setClusterName(key.hazelcastName());
        cc.setProperty("hazelcast.logging.type", "none");
        cc.getSerializationConfig().setJavaSerializationFilterConfig(Filters.hazelcast());
        cc.getNetworkConfig().setAddresses(new ArrayList<>(addresses));
        cc.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(timeoutSeconds * 1000L);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(cc);
        } catch (RuntimeException e) {
            throw new ScenarioException("--cluster", 0, String.join(",", addresses), "no kefusim worker of cluster '" + clusterName
                    + "' with this secret answered within " + timeoutSeconds + " s; check that one runs (kefusim worker --port PORT, the same "
                    + "--cluster-name) and that both sides have the same secret (--secret-file or KEFUSIM_CLUSTER_SECRET)",
                    "集群 '" + clusterName + "' 中没有持有此密钥的 kefusim worker 在 " + timeoutSeconds + " 秒内应答；请确认已启动（kefusim worker --port PORT，"
                    + "相同的 --cluster-name），且两边密钥相同（--secret-file 或 KEFUSIM_CLUSTER_SECRET）");
        }
        Cluster c = new Cluster(client, key);
        try {
            c.prove();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Challenges every member with a fresh nonce; keeps those whose sealed answer names themselves. */
    private void prove() {
        Map<Member, Future<byte[]>> asked = new LinkedHashMap<>();
        Map<Member, byte[]> nonces = new LinkedHashMap<>();
        for (Member m : client.getCluster().getMembers()) {
            byte[] nonce = ClusterKey.freshId();
            nonces.put(m, nonce);
            asked.put(m, executor.submitToMember(new ProofTask(nonce), m));
        }
        for (Map.Entry<Member, Future<byte[]>> e : asked.entrySet()) {
            Member m = e.getKey();
            String version;
            try {
                ClusterKey.Opened a = key.open(ClusterKey.Kind.ANSWER, e.getValue().get(PROOF_SECONDS, TimeUnit.SECONDS));
                Wire.In in = new Wire.In(a.plain());
                String uuid = in.str();
                version = in.str();
                in.end();
                if (!Arrays.equals(a.id(), nonces.get(m)) || !uuid.equals(m.getUuid().toString())) throw new SecurityException("answered for another");
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ie);
            } catch (ExecutionException | TimeoutException | RuntimeException x) {
                e.getValue().cancel(true);
                strangers.add(m.getAddress().toString());
                continue;
            }
            if (!version.equals(Worker.version())) {
                throw new ScenarioException("--cluster", 0, m.getAddress().toString(), "this worker runs kefusim " + version
                        + ", this client kefusim " + Worker.version() + ": run the same version on every machine",
                        "这台 worker 运行的是 kefusim " + version + "，本机是 kefusim " + Worker.version() + "：请在每台机器上运行同一版本");
            }
            workers.put(m.getUuid(), m);
        }
        if (workers.isEmpty()) {
            throw new ScenarioException("--cluster", 0, String.join(",", strangers), "no member proved it holds the cluster's secret; "
                    + "check that the workers and this client read the same secret (--secret-file or KEFUSIM_CLUSTER_SECRET)",
                    "没有成员证明其持有集群密钥；请确认 worker 与本机读取的是同一密钥（--secret-file 或 KEFUSIM_CLUSTER_SECRET）");
        }
    }

    /** Workers that proved the key. */
    public int members() { return workers.size(); }

    /** Members that did not prove the key (their addresses): they get no work. */
    public List<String> strangers() { return List.copyOf(strangers); }

    /** One replication on its way: the member it went to and the id its result must carry. */
    private record Sent(Future<byte[]> future, Member member, byte[] id) {}

    @Override
    public List<ReplicationMetrics> run(Scenario s, IntConsumer progress) {
        Traces.Ref trace = s.demand().isTrace() ? Traces.of(s.demand().trace()) : null;
        String yaml = yaml(s, trace);
        int n = s.replications();
        List<Sent> sent = new ArrayList<>(n);
        for (int r = 0; r < n; r++) sent.add(send(yaml, trace, r, null, 0, n));
        List<ReplicationMetrics> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            for (int attempt = 1; ; attempt++) {
                Sent t = sent.get(r);
                byte[] answer;
                try {
                    answer = t.future().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (!lostWithItsWorker(e)) throw failure(e);
                    if (attempt >= ATTEMPTS || !client.getLifecycleService().isRunning()) throw ClusterException.lost(r, n);
                    sent.set(r, send(yaml, trace, r, t.member(), r, n));
                    continue;
                }
                out.add(open(answer, t, r));
                sent.set(r, null);
                break;
            }
            if (progress != null) progress.accept(r + 1);
        }
        return out;
    }

    /** The resolved scenario; a trace named by its file name alone (workers read it from their --traces folder). */
    private static String yaml(Scenario s, Traces.Ref trace) {
        Map<String, Object> tree = ScenarioWriter.toTree(s);
        if (trace != null) {
            @SuppressWarnings("unchecked") Map<String, Object> demand = (Map<String, Object>) tree.get("demand");
            demand.put("trace", trace.name());
        }
        try {
            return ResultsWriter.YAML.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends replication {@code r} to the next worker still in the cluster, other than {@code lost}
     * where another remains. With none left, the cluster has lost its workers ({@code done} of {@code n} replications finished).
     */
    private Sent send(String yaml, Traces.Ref trace, int r, Member lost, int done, int n) {
        Set<UUID> present;
        try {
            present = client.getCluster().getMembers().stream().map(Member::getUuid).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            throw ClusterException.lost(done, n);
        }
        List<Member> live = workers.values().stream().filter(m -> present.contains(m.getUuid())).toList();
        if (live.isEmpty()) throw ClusterException.lost(done, n);
        List<Member> others = live.stream().filter(m -> lost == null || !m.getUuid().equals(lost.getUuid())).toList();
        Member m = (others.isEmpty() ? live : others).get(Math.floorMod(next.getAndIncrement(), (others.isEmpty() ? live : others).size()));
        byte[] id = ClusterKey.freshId();
        try {
            return new Sent(executor.submitToMember(ReplicationTask.of(key, id, yaml, trace, r), m), m, id);
        } catch (HazelcastClientNotActiveException | HazelcastClientOfflineException e) {
            throw ClusterException.lost(done, n);
        }
    }

    /** A result opened and checked: this key, this task's id, this replication, the member it was sent to. */
    private ReplicationMetrics open(byte[] answer, Sent t, int r) {
        String member = t.member().getAddress().toString();
        try {
            ClusterKey.Opened o = key.open(ClusterKey.Kind.RESULT, answer);
            Wire.In in = new Wire.In(o.plain());
            int replication = in.i32();
            String uuid = in.str();
            byte[] metrics = in.bytes();
            in.end();
            if (!Arrays.equals(o.id(), t.id()) || replication != r || !uuid.equals(t.member().getUuid().toString())) {
                throw new SecurityException("answers another task");
            }
            try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(metrics))) {
                ois.setObjectInputFilter(Filters.METRICS);
                return (ReplicationMetrics) ois.readObject();
            }
        } catch (SecurityException | IOException | ClassNotFoundException | ClassCastException e) {
            throw ClusterException.forged(member, r, e.getMessage());
        }
    }

    /** A task whose worker left or stopped: it can run again elsewhere with the same result. */
    static boolean lostWithItsWorker(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MemberLeftException || c instanceof TargetDisconnectedException || c instanceof TargetNotMemberException
                    || c instanceof HazelcastInstanceNotActiveException || c instanceof HazelcastClientNotActiveException
                    || c instanceof HazelcastClientOfflineException || c instanceof java.io.IOException) return true;
        }
        return false;
    }

    private static RuntimeException failure(ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        if (c instanceof ScenarioException se) return se;
        return new ScenarioException("--cluster", 0, null, "a worker refused or failed the work: " + c.getMessage(), "有 worker 拒绝或未能完成任务：" + c.getMessage());
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
