package io.kefusim.cli;

import io.kefusim.cluster.Cluster;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** --cluster and its companions: where replications run. Without --cluster nothing of the cluster starts. */
final class ClusterOptions {
    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]", split = ",",
            description = "Send replications to kefusim workers at these addresses (any of the cluster's members). The numbers are the same as a local run.")
    List<String> addresses = new ArrayList<>();

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = "kefusim", description = "The workers' cluster name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--secret", paramLabel = "TEXT", defaultValue = "${env:KEFUSIM_CLUSTER_SECRET}",
            description = "The workers' secret (default: the KEFUSIM_CLUSTER_SECRET environment variable).")
    String secret;

    @Option(names = "--cluster-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "How long to try to reach the cluster (default: ${DEFAULT-VALUE}).")
    int timeout;

    boolean used() { return !addresses.isEmpty(); }

    /** Runs {@code work} with replications on the cluster when --cluster is given, else locally. */
    <T> T around(Callable<T> work, java.io.PrintWriter err) throws Exception {
        if (!used()) return work.call();
        for (String a : addresses) {
            if (!a.trim().matches("[\\w.\\-\\[\\]:]+:\\d{1,5}")) throw new ScenarioException("--cluster", 0, a, "expected HOST:PORT, e.g. 10.0.0.5:5701", "应为 主机:端口，如 10.0.0.5:5701");
        }
        if (timeout < 1) throw new ScenarioException("--cluster-timeout", 0, null, "allowed: 1 second or more", "允许：1 秒或更长");
        try (Cluster c = Cluster.connect(addresses.stream().map(String::trim).toList(), name, secret == null ? "" : secret, timeout)) {
            err.println("cluster '" + name + "': " + c.members() + " worker(s)");
            return Experiment.using(c, work);
        }
    }
}
