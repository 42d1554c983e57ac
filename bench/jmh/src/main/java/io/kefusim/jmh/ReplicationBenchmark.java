package io.kefusim.jmh;

import io.kefusim.cli.BenchCommand;
import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Replication;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One whole replication on one thread: the sale day of {@code kefusim bench} (400,000 chats,
 * 150 agents at concurrency 5, 6 messages) and the M/M/c+M case of the SSJ comparison
 * (bench/erlang-a-c100.yaml, 2 million arrivals). The score is replications a second; the
 * {@code events} counter is simulation events a second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class ReplicationBenchmark {
    @Param({"sale-day", "erlang-a-c100"})
    public String scenario;

    private Scenario s;
    private RateProfile profile;
    private int index;

    /** Simulation events of the replications in an iteration; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void clear() { events = 0; }
    }

    @Setup
    public void load() {
        s = scenario.equals("sale-day")
                ? ScenarioLoader.fromYaml(BenchCommand.scenarioYaml(400_000, 150, 1, null), "bench", null)
                : ScenarioLoader.load(Path.of(System.getProperty("kefusim.home", "."), "bench", scenario + ".yaml"), List.of());
        profile = RateProfile.of(s);
    }

    @Benchmark
    public ReplicationMetrics replication(Events counter) {
        ReplicationMetrics m = Replication.run(s, profile, index++, null);
        counter.events += m.events;
        return m;
    }
}
