package io.kefusim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.report.ResultsWriter;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A client of a kefusim cluster: sends every replication of a scenario as its own task and
 * takes the results back in replication order. A task lost with its worker is sent again to
 * another; it gives the same numbers wherever it runs.
 */
public final class Cluster implements Experiment.Remote, AutoCloseable {
    static final int ATTEMPTS = 5;
    private final HazelcastInstance client;
    private final IExecutorService executor;
    private final String secret;

    private Cluster(HazelcastInstance client, String secret) {
        this.client = client;
        this.executor = client.getExecutorService(Worker.EXECUTOR);
        this.secret = secret;
    }

    /**
     * Connects to the workers at {@code addresses} (HOST:PORT, any of them) and checks that every
     * member runs this kefusim. A cluster that cannot be reached is a {@link ScenarioException}
     * naming --cluster (one line, exit 2).
     */
    public static Cluster connect(List<String> addresses, String clusterName, String secret, int timeoutSeconds) {
        Worker.quiet();
        ClientConfig cc = new ClientConfig();
        cc.setClusterName(clusterName);
        cc.setProperty("hazelcast.logging.type", "none");
        cc.getNetworkConfig().setAddresses(new ArrayList<>(addresses));
        cc.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(timeoutSeconds * 1000L);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(cc);
        } catch (IllegalStateException e) {
            throw new ScenarioException("--cluster", 0, String.join(",", addresses), "no kefusim worker of cluster '" + clusterName
                    + "' answered within " + timeoutSeconds + " s; start one with: kefusim worker --port PORT (and the same --cluster-name)",
                    "集群 '" + clusterName + "' 没有 kefusim worker 在 " + timeoutSeconds + " 秒内应答；请先启动：kefusim worker --port PORT（并用相同的 --cluster-name）");
        }
        Cluster c = new Cluster(client, secret);
        try {
            c.checkVersions();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void checkVersions() {
        Map<Member, Future<String>> versions = executor.submitToAllMembers(new VersionTask(secret));
        for (Map.Entry<Member, Future<String>> e : versions.entrySet()) {
            String v = get(e.getValue());
            if (!v.equals(Worker.version())) {
                throw new ScenarioException("--cluster", 0, e.getKey().getAddress().toString(), "this worker runs kefusim " + v
                        + ", this client kefusim " + Worker.version() + ": run the same version on every machine",
                        "这台 worker 运行的是 kefusim " + v + "，本机是 kefusim " + Worker.version() + "：请在每台机器上运行同一版本");
            }
        }
    }

    /** Workers in the cluster now. */
    public int members() { return client.getCluster().getMembers().size(); }

    @Override
    public List<ReplicationMetrics> run(Scenario s, IntConsumer progress) {
        String yaml;
        try {
            yaml = ResultsWriter.YAML.writeValueAsString(ScenarioWriter.toTree(s));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String source = s.source() == null ? null : s.source().toAbsolutePath().toString();
        int n = s.replications();
        List<Future<ReplicationMetrics>> futures = new ArrayList<>(n);
        for (int r = 0; r < n; r++) futures.add(executor.submit(new ReplicationTask(yaml, source, r, Worker.version(), secret)));
        List<ReplicationMetrics> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            for (int attempt = 1; ; attempt++) {
                try {
                    out.add(futures.get(r).get());
                    futures.set(r, null);
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (!lostWithItsWorker(e) || attempt >= ATTEMPTS) throw failure(e);
                    futures.set(r, executor.submit(new ReplicationTask(yaml, source, r, Worker.version(), secret)));
                }
            }
            if (progress != null) progress.accept(r + 1);
        }
        return out;
    }

    /** A task whose worker left or stopped: it can run again elsewhere with the same result. */
    static boolean lostWithItsWorker(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MemberLeftException || c instanceof TargetDisconnectedException || c instanceof TargetNotMemberException
                    || c instanceof HazelcastInstanceNotActiveException || c instanceof java.io.IOException) return true;
        }
        return false;
    }

    private static RuntimeException failure(ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        if (c instanceof ScenarioException se) return se;
        return new ScenarioException("--cluster", 0, null, "a worker refused or failed the work: " + c.getMessage(), "有 worker 拒绝或未能完成任务：" + c.getMessage());
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
