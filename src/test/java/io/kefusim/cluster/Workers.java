package io.kefusim.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** What the cluster tests share: worker JVMs on 127.0.0.1, free ports, waiting for a log line, plain Hazelcast members. */
final class Workers {
    private Workers() {}

    /** A worker JVM ({@code kefusim worker ARGS}) writing to {@code dir/log.log}. */
    static Process start(Path dir, String log, String property, List<String> args) throws IOException {
        return start(dir, log, property, args, java.util.Map.of());
    }

    /** As above, with {@code env} added to the worker's environment. */
    static Process start(Path dir, String log, String property, List<String> args, java.util.Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", property,
                "-cp", System.getProperty("java.class.path"), "io.kefusim.cli.Main", "worker"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return pb.redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void waitFor(Path log, String text) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (Files.exists(log) && Files.readString(log).contains(text)) return;
            Thread.sleep(200);
        }
        fail("worker did not get ready: " + (Files.exists(log) ? Files.readString(log) : "no log"));
    }

    /**
     * A plain Hazelcast member, as an attacker would start one: cluster name {@code clusterName},
     * joining 127.0.0.1:{@code port}, quick to give up on a cluster that will not have it.
     */
    static HazelcastInstance plainMember(String clusterName, int port) throws IOException {
        Worker.quiet();
        Config c = new Config().setClusterName(clusterName);
        c.setProperty("hazelcast.wait.seconds.before.join", "1");
        c.setProperty("hazelcast.max.join.seconds", "15");
        c.setProperty("hazelcast.socket.bind.any", "false");
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(freePort()).setPortAutoIncrement(false);
        n.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1:" + port));
        return Hazelcast.newHazelcastInstance(c);
    }
}
