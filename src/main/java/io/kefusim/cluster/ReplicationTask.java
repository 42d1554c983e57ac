package io.kefusim.cluster;

import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replication of a scenario, run on a worker. The scenario travels as its resolved YAML
 * (every default filled in, the file {@code kefusim run} writes as scenario.yaml), so the worker
 * rebuilds exactly the scenario the client holds; the replication index fixes the random
 * streams, so the result is the one a local run gives.
 */
public final class ReplicationTask implements Callable<ReplicationMetrics>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Workers keep a few rebuilt scenarios: a run sends the same one for every replication. */
    private static final Map<String, Object[]> BUILT = new ConcurrentHashMap<>();

    private final String yaml;
    private final String source;
    private final int replication;
    private final String version;
    private final String secret;

    ReplicationTask(String yaml, String source, int replication, String version, String secret) {
        this.yaml = yaml;
        this.source = source;
        this.replication = replication;
        this.version = version;
        this.secret = secret;
    }

    @Override
    public ReplicationMetrics call() {
        Worker.admit(version, secret);
        if (BUILT.size() > 16 && !BUILT.containsKey(yaml)) BUILT.clear(); // not inside computeIfAbsent: a map must not change under it
        Object[] built = BUILT.computeIfAbsent(yaml, y -> {
            Scenario s = ScenarioLoader.fromYaml(y, source == null ? "scenario" : source, source == null ? null : Path.of(source));
            return new Object[]{s, s.demand().isTrace() ? null : RateProfile.of(s)};
        });
        Worker.taskStarted();
        return Experiment.replication((Scenario) built[0], (RateProfile) built[1], replication);
    }
}
