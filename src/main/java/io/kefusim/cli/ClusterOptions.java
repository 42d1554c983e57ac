package io.kefusim.cli;

import io.kefusim.cluster.Cluster;
import io.kefusim.cluster.ClusterSecret;
import io.kefusim.cluster.Loopback;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
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

    @Mixin
    Secret secret;

    @Option(names = "--cluster-timeout", converter = Ranges.OneOrMore.class, paramLabel = "SECONDS", defaultValue = "10", description = "How long to try to reach the cluster (default: ${DEFAULT-VALUE}).")
    int timeout;

    /** The command these options belong to: its --lang says the language of the cluster's line. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    private io.kefusim.report.Text text() {
        picocli.CommandLine.Model.OptionSpec lang = mixee == null ? null : mixee.findOption("--lang");
        Object v = lang == null ? null : lang.getValue();
        return new io.kefusim.report.Text(v == null ? "en" : v.toString());
    }

    /** The cluster's secret, for workers and clients alike: from a file or the environment, never the command line. */
    static final class Secret {
        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "A file holding the cluster's secret (default: the KEFUSIM_CLUSTER_SECRET environment variable; none: this machine only).")
        Path file;

        /** Refused with a line saying what to use: a secret given here shows in every user's process list. */
        @Option(names = "--secret", hidden = true, paramLabel = "TEXT")
        String flag;

        /** The secret ("" for none); a secret file others may read gets a warning line on {@code err}. */
        String read(java.io.PrintWriter err) {
            String s = ClusterSecret.read(flag, file);
            String loose = file == null ? null : ClusterSecret.looseWarning(file);
            if (loose != null) err.println(loose);
            return s;
        }
    }

    boolean used() { return !addresses.isEmpty(); }

    /** The workers in the cluster when the work began (0 before, or without --cluster). */
    private int members;

    /**
     * Where the replications ran, for run.json: the cluster's name and its workers when the run
     * began, in place of a thread count the run did not use.
     */
    java.util.Map<String, Object> facts() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("name", name);
        out.put("members", members);
        return out;
    }

    /** Runs {@code work} with replications on the cluster when --cluster is given, else locally. */
    <T> T around(Callable<T> work, java.io.PrintWriter err) throws Exception {
        if (!used()) {
            for (String o : List.of("--cluster-name", "--cluster-timeout", "--secret-file")) {
                if (IdleOptions.given(mixee, o)) IdleOptions.say(err, text(), "io_cluster_alone", o);
            }
            return work.call();
        }
        // every replication runs on the workers (run's --records, the one local use, is refused with --cluster)
        if (IdleOptions.given(mixee, "--threads")) IdleOptions.say(err, text(), "io_threads_cluster");
        for (String a : addresses) {
            if (!a.trim().matches("[\\w.\\-\\[\\]:]+:\\d{1,5}")) throw new ScenarioException("--cluster", 0, a, "expected HOST:PORT, e.g. 10.0.0.5:5701", "应为 主机:端口，如 10.0.0.5:5701");
        }
        if (timeout < 1) throw Ranges.outside("--cluster-timeout", timeout, "1 second or more", "1 秒或更长");
        String s = secret.read(err);
        for (String a : addresses) {
            if (s.isEmpty() && !Loopback.is(a)) {
                throw new ScenarioException("--cluster", 0, a.trim(), "a cluster without a secret is this machine's only (127.0.0.1); "
                        + "give the workers' secret with --secret-file FILE or KEFUSIM_CLUSTER_SECRET",
                        "没有密钥的集群只限本机（127.0.0.1）；请用 --secret-file FILE 或 KEFUSIM_CLUSTER_SECRET 提供 worker 的密钥");
            }
        }
        try (Cluster c = Cluster.connect(addresses.stream().map(String::trim).toList(), name, s, timeout)) {
            io.kefusim.report.Text text = text();
            members = c.members();
            err.println(text.get(c.members() == 1 ? "cl_connected_one" : "cl_connected", name, c.members())
                    + (c.strangers().isEmpty() ? "" : text.get("cl_strangers", String.join(text.get("list_sep"), c.strangers()))));
            return Experiment.using(c, work);
        }
    }
}
