package io.kefusim.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import io.kefusim.cluster.Worker;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Start a cluster member that runs replications for run, compare, sweep, staff and batch given --cluster.",
                "It listens only on --interface (default 127.0.0.1: this machine); give the machine's private address to serve others.",
                "Members find each other through --join (TCP/IP, no multicast). Stop it with Ctrl-C."})
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "5701", paramLabel = "P", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--interface", defaultValue = "127.0.0.1", paramLabel = "IP", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String iface;

    @Option(names = "--join", split = ",", paramLabel = "HOST:PORT[,...]", description = "Other members to join (default: none, a cluster of one).")
    List<String> join = new ArrayList<>();

    @Option(names = "--kubernetes", paramLabel = "SERVICE_DNS",
            description = "Find members through Kubernetes: the DNS name of a headless service, e.g. kefusim-workers.default.svc.cluster.local (instead of --join).")
    String kubernetes;

    @Option(names = "--cluster-name", defaultValue = "kefusim", paramLabel = "NAME", description = "Cluster name; clients give the same (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--secret", defaultValue = "${env:KEFUSIM_CLUSTER_SECRET}", paramLabel = "TEXT",
            description = "Work is taken only from clients with this secret (default: the KEFUSIM_CLUSTER_SECRET environment variable).")
    String secret;

    /** Fault tests only: halt the process when the (N+1)-th task starts, as a machine lost mid-job. */
    @Option(names = "--exit-after-tasks", hidden = true, defaultValue = "-1")
    int exitAfter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 1 || port > 65535) throw new ScenarioException("--port", 0, null, "allowed: 1 to 65535", "允许：1 到 65535");
        if (kubernetes != null && !join.isEmpty()) throw new ScenarioException("--kubernetes", 0, null, "give --kubernetes or --join, not both", "--kubernetes 与 --join 只能给一个");
        List<String> members = new ArrayList<>(join);
        if (!members.isEmpty() && !members.contains(iface + ":" + port)) members.add(iface + ":" + port);
        HazelcastInstance h;
        try {
            h = Worker.start(iface, port, members, kubernetes, name, secret, exitAfter);
        } catch (RuntimeException e) {
            throw new ScenarioException("--port", 0, iface + ":" + port, "cannot listen there: " + e.getMessage(), "无法在此监听：" + e.getMessage());
        }
        h.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                out.println("member joined: " + e.getMember().getAddress() + "; members: " + e.getMembers().size());
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                out.println("member left: " + e.getMember().getAddress() + "; members: " + e.getMembers().size());
            }
        });
        out.println("kefusim worker " + Worker.version() + " listening on " + iface + ":" + port + " in cluster '" + name + "'; members: "
                + h.getCluster().getMembers().size());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            h.shutdown();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
