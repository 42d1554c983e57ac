package io.kefusim.jmh;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of kefusim timed in one JVM, each in its own class loader, replication by
 * replication in turn (A B, B A, ...), each the same replication of the same scenario, in
 * events per CPU-second of this thread. On a shared machine the load changes from second to
 * second; alternating single replications inside one process lets both builds meet the same
 * load, so the per-round ratio B/A is far steadier than timings of separate runs. Usage:
 * <pre>java -cp "bench/jmh/target/classes" io.kefusim.jmh.BuildsCompared A.jar B.jar erlang-a-c100|sale-day|FILE [rounds]</pre>
 */
public final class BuildsCompared {
    private static final com.sun.management.ThreadMXBean MX = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One build: its scenario and a way to run a replication of it. */
    private static final class Build {
        final String name;
        final Object scenario, profile;
        final Method run;

        Build(String jar, String scenarioName) throws Exception {
            name = Path.of(jar).getFileName().toString();
            ClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> loader = cl.loadClass("io.kefusim.scenario.ScenarioLoader");
            Class<?> scenarioClass = cl.loadClass("io.kefusim.scenario.Scenario");
            if (scenarioName.equals("sale-day")) {
                String yaml = (String) cl.loadClass("io.kefusim.cli.BenchCommand")
                        .getMethod("scenarioYaml", int.class, int.class, double.class, String.class).invoke(null, 400_000, 150, 1.0, null);
                Method fromYaml = Arrays.stream(loader.getMethods()).filter(m -> m.getName().equals("fromYaml") && m.getParameterCount() == 3)
                        .findFirst().orElseThrow();
                scenario = fromYaml.invoke(null, yaml, "bench", null);
            } else {
                Path file = scenarioName.endsWith(".yaml") ? Path.of(scenarioName) : Path.of("bench", scenarioName + ".yaml");
                scenario = loader.getMethod("load", Path.class, List.class).invoke(null, file, List.of());
            }
            profile = cl.loadClass("io.kefusim.demand.RateProfile").getMethod("of", scenarioClass).invoke(null, scenario);
            run = cl.loadClass("io.kefusim.run.Replication").getMethod("run", scenarioClass, cl.loadClass("io.kefusim.demand.RateProfile"),
                    int.class, cl.loadClass("io.kefusim.service.ChatObserver"));
        }

        /** Events per CPU-second of one replication. */
        double time(int replication) throws Exception {
            long c0 = MX.getCurrentThreadCpuTime();
            Object m = run.invoke(null, scenario, profile, replication, null);
            double cpu = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
            return m.getClass().getField("events").getLong(m) / cpu;
        }
    }

    public static void main(String[] args) throws Exception {
        Build a = new Build(args[0], args[2]), b = new Build(args[1], args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        double[] ra = new double[rounds], rb = new double[rounds], ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            int rep = r % 4;
            if (r % 2 == 0) {
                ra[r] = a.time(rep);
                rb[r] = b.time(rep);
            } else {
                rb[r] = b.time(rep);
                ra[r] = a.time(rep);
            }
            ratio[r] = rb[r] / ra[r];
            System.out.printf("round %2d: %s %.2f, %s %.2f M events/CPU-s, ratio %.3f%n", r + 1, a.name, ra[r] / 1e6, b.name, rb[r] / 1e6, ratio[r]);
        }
        // the first two rounds run partly interpreted: left out of the medians
        System.out.printf("%s: median of rounds 3..%d: %s %.2f, %s %.2f M events/CPU-s; ratio %s/%s median %.3f (min %.3f, max %.3f)%n", args[2], rounds,
                a.name, median(ra) / 1e6, b.name, median(rb) / 1e6, b.name, a.name, median(ratio),
                Arrays.stream(ratio, 2, rounds).min().orElse(0), Arrays.stream(ratio, 2, rounds).max().orElse(0));
    }

    private static double median(double[] v) {
        double[] c = Arrays.copyOfRange(v, 2, v.length);
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
