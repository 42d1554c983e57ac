package io.kefusim.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import io.kefusim.cluster.Loopback;
import io.kefusim.cluster.Worker;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Start a cluster member that runs replications for run, compare, sweep, staff and batch given --cluster.",
                "It listens only on --interface (default 127.0.0.1: this machine); give the machine's private address to serve others,",
                "which needs a secret (--secret-file or KEFUSIM_CLUSTER_SECRET). Members find each other through --join (TCP/IP, no multicast).",
                "Stop it with Ctrl-C."})
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--port", converter = Ranges.Port.class, defaultValue = "5701", paramLabel = "P", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--interface", defaultValue = "127.0.0.1", paramLabel = "IP",
            description = "One address of this machine to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs a secret.")
    String iface;

    @Option(names = "--join", split = ",", paramLabel = "HOST:PORT[,...]", description = "Other members to join (default: none, a cluster of one).")
    List<String> join = new ArrayList<>();

    @Option(names = "--kubernetes", paramLabel = "SERVICE_DNS",
            description = "Find members through Kubernetes: the DNS name of a headless service, e.g. kefusim-workers.default.svc.cluster.local (instead of --join).")
    String kubernetes;

    @Option(names = "--cluster-name", defaultValue = "kefusim", paramLabel = "NAME", description = "Cluster name; clients give the same (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    ClusterOptions.Secret secret;

    @Option(names = "--traces", paramLabel = "FOLDER",
            description = "The folder trace files are read from, by file name (default: none; trace scenarios are refused).")
    Path traces;

    /** Fault tests only: halt the process when the (N+1)-th task starts, as a machine lost mid-job. */
    @Option(names = "--exit-after-tasks", hidden = true, defaultValue = "-1")
    int exitAfter;

    /** Fault tests only: alter every result after sealing it, as a member in the path would. */
    @Option(names = "--tamper-results", hidden = true)
    boolean tamper;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 1 || port > 65535) throw Ranges.outside("--port", port, "1 to 65535", "1 到 65535");
        if (kubernetes != null && !join.isEmpty()) throw new ScenarioException("--kubernetes", 0, null, "give --kubernetes or --join, not both", "--kubernetes 与 --join 只能给一个");
        if (!Loopback.isLiteral(iface)) {
            throw new ScenarioException("--interface", 0, iface, "give one IP address of this machine (no name, wildcard, range or 0.0.0.0), e.g. 10.0.0.5",
                    "请给出本机的一个 IP 地址（不能是主机名、通配符、范围或 0.0.0.0），如 10.0.0.5");
        }
        if (traces != null && !Files.isDirectory(traces)) throw new ScenarioException("--traces", 0, traces.toString(), "not a folder", "不是文件夹");
        String key = secret.read(out);
        if (key.isEmpty()) refuseBeyondLoopback();
        List<String> members = new ArrayList<>(join);
        if (!members.isEmpty() && !members.contains(iface + ":" + port)) members.add(iface + ":" + port);
        HazelcastInstance h;
        try {
            h = Worker.start(new Worker.Setup(iface, port, members, kubernetes, name, key, traces == null ? null : traces.toAbsolutePath(), exitAfter, tamper));
        } catch (RuntimeException e) {
            throw new ScenarioException("--port", 0, iface + ":" + port, "cannot listen there: " + e.getMessage(), "无法在此监听：" + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean ours = new AtomicBoolean();
        // Told to shut down by the cluster (a member holding the key): say so and end the process,
        // rather than stay alive and silent with no member inside.
        h.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                if (!ours.get()) out.println("worker shut down by the cluster; exiting / worker 已被集群关闭，退出");
                stopped.countDown();
            }
        });
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
        out.println("kefusim worker " + Worker.version() + " listening on " + bound(h) + " in cluster '" + name
                + "' (" + (key.isEmpty() ? "no secret: this machine only" : "secret from " + (secret.file != null ? "--secret-file" : "KEFUSIM_CLUSTER_SECRET"))
                + "); members: " + h.getCluster().getMembers().size());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ours.set(true);
            h.shutdown();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The address and port the member is bound to, as bound (not as asked). */
    private static String bound(HazelcastInstance h) {
        java.net.InetSocketAddress a = h.getCluster().getLocalMember().getSocketAddress();
        String ip = a.getAddress().getHostAddress();
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + a.getPort();
    }

    /** Without a secret, the key is anyone's: listening, joining and discovery stay on this machine. */
    private void refuseBeyondLoopback() {
        String option = "--join", beyond = join.stream().filter(j -> !Loopback.is(j)).findFirst().orElse(null);
        if (kubernetes != null) {
            option = "--kubernetes";
            beyond = kubernetes;
        }
        if (!Loopback.is(iface)) {
            option = "--interface";
            beyond = iface;
        }
        if (beyond != null) {
            throw new ScenarioException(option, 0, beyond, "a worker without a secret serves this machine only (127.0.0.1); "
                    + "to serve others put a secret in a file and give --secret-file FILE, or set KEFUSIM_CLUSTER_SECRET",
                    "没有密钥的 worker 只服务本机（127.0.0.1）；要服务其他机器，请把密钥放进文件并用 --secret-file FILE 指定，或设置 KEFUSIM_CLUSTER_SECRET");
        }
    }
}
