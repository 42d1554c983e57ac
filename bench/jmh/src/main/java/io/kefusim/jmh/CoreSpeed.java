package io.kefusim.jmh;

import io.kefusim.cli.BenchCommand;
import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The core's speed in events per CPU-second of this thread (not wall time: on a shared machine
 * other processes take the cores, not this thread's CPU time), replication by replication in one
 * fresh JVM: the first replication against the median warm one (the JIT's share), bytes allocated
 * per replication, and on the M/M/c+M case the ratio to {@link BareMmcLoop}, measured in the same
 * run. Usage, after {@code mvn package} here and in the project:
 * <pre>java -cp "bench/jmh/target/classes:bench/jmh/target/lib/*:target/kefusim.jar" io.kefusim.jmh.CoreSpeed erlang-a-c100 7</pre>
 * (scenario: sale-day, erlang-a-c100 or a file; replications). Another build's jar in place of
 * target/kefusim.jar times that build.
 */
public final class CoreSpeed {
    private static final com.sun.management.ThreadMXBean MX = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "erlang-a-c100";
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Scenario s = name.equals("sale-day")
                ? ScenarioLoader.fromYaml(BenchCommand.scenarioYaml(400_000, 150, 1, null), "bench", null)
                : ScenarioLoader.load(name.endsWith(".yaml") ? Path.of(name)
                        : Path.of(System.getProperty("kefusim.home", "."), "bench", name + ".yaml"), List.of());
        RateProfile profile = RateProfile.of(s);
        long tid = Thread.currentThread().getId();
        double[] rate = new double[reps], cpu = new double[reps];
        long[] bytes = new long[reps];
        for (int r = 0; r < reps; r++) {
            long a0 = MX.getThreadAllocatedBytes(tid);
            long c0 = MX.getCurrentThreadCpuTime();
            ReplicationMetrics m = Replication.run(s, profile, r, null);
            cpu[r] = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
            bytes[r] = MX.getThreadAllocatedBytes(tid) - a0;
            rate[r] = m.events / cpu[r];
            System.out.printf("replication %d: %,d events, %.3f CPU-s, %.2f M events/CPU-s, %.1f MB allocated (%.2f B/event)%n",
                    r + 1, m.events, cpu[r], rate[r] / 1e6, bytes[r] / 1e6, (double) bytes[r] / m.events);
        }
        double warmCpu = median(Arrays.copyOfRange(cpu, 1, reps));
        double warmRate = median(Arrays.copyOfRange(rate, 1, reps));
        System.out.printf("%s: median warm %.2f M events/CPU-s; first replication %.2fx a warm one (CPU)%n",
                s.name(), warmRate / 1e6, cpu[0] / warmCpu);
        if (name.equals("erlang-a-c100") || (args.length > 2 && args[2].equals("--bare"))) {
            double[] bare = new double[reps];
            for (int r = 0; r < reps; r++) {
                long c0 = MX.getCurrentThreadCpuTime();
                BareMmcLoop b = new BareMmcLoop(100 + r).run();
                double c = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
                bare[r] = b.events / c;
                System.out.printf("bare loop %d: %,d events, %,d arrivals, abandon share %.4f, wait of served %.3f s, %.2f M events/CPU-s%n",
                        r + 1, b.events, b.arrived, (double) b.abandoned / b.arrived, b.sumWait / (b.arrived - b.abandoned), bare[r] / 1e6);
            }
            double bareRate = median(Arrays.copyOfRange(bare, 1, reps));
            System.out.printf("bare loop: median warm %.2f M events/CPU-s; kefusim's core / bare loop = %.2f%n", bareRate / 1e6, warmRate / bareRate);
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
