package io.kefusim.run;

import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.service.ChatObserver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a scenario's replications on a pool of worker threads. Each replication owns its
 * random streams (fixed by seed and index) and its metrics, and results are returned in
 * replication order, so the numbers do not depend on the thread count.
 */
public final class Experiment {
    /**
     * Runs whole replications somewhere else (a cluster): replication r of a scenario is fixed
     * by the scenario and r alone, so where it runs cannot change its numbers.
     */
    public interface Remote {
        /** Replications 0..n-1 of {@code s}, in replication order; {@code progress} gets the count finished. */
        List<ReplicationMetrics> run(Scenario s, IntConsumer progress);
    }

    /** Set by the command line for the duration of a cluster run; null runs locally (the default). */
    private static volatile Remote remote;

    private Experiment() {}

    /** Runs {@code work} with replications sent to {@code r}; restores local runs afterwards. */
    public static <T> T using(Remote r, java.util.concurrent.Callable<T> work) throws Exception {
        Remote before = remote;
        remote = r;
        try {
            return work.call();
        } finally {
            remote = before;
        }
    }

    /** One replication, as a cluster worker runs it: the same code path as the local pool. */
    public static ReplicationMetrics replication(Scenario s, RateProfile profile, int rep) {
        return Replication.run(s, profile, rep, null);
    }

    /**
     * @param observer told about every chat of replication 0 only (for --records), or null
     * @param progress called with the number of finished replications, from worker threads
     */
    public static List<ReplicationMetrics> run(Scenario s, int threads, ChatObserver observer, IntConsumer progress) {
        return run(s, threads, observer, progress, false);
    }

    /**
     * @param keepHistograms keep every replication's own histograms (for per-replication
     *                       percentile estimates); by default they are merged into replication 1's
     *                       as replications finish, so that a long run keeps only counters
     */
    public static List<ReplicationMetrics> run(Scenario s, int threads, ChatObserver observer, IntConsumer progress, boolean keepHistograms) {
        return run(s, threads, observer, progress, keepHistograms, true);
    }

    /**
     * Counters only, no histograms (no percentiles): for the staffing optimiser, whose goals and
     * tables are shares, means and costs. Every counter is what {@link #run} gives.
     */
    public static List<ReplicationMetrics> runCounters(Scenario s, int threads) {
        return run(s, threads, null, null, false, false);
    }

    /**
     * Counters only, as {@link #runCounters(Scenario, int)}, with a look after the first {@code first}
     * replications (issue 29's screening): when {@code stop} says so of them (in replication order),
     * the run ends there and only those are returned; otherwise every replication is, exactly the
     * list {@link #runCounters(Scenario, int)} gives. The replications are queued as one run, so a
     * run that goes on waits for nothing; one that stops lets the replications already started finish
     * (their results dropped) before it returns, so nothing of it runs beside the next simulation. On
     * a cluster every replication is run and the same look taken, so the returned list is the same.
     */
    public static List<ReplicationMetrics> runCounters(Scenario s, int threads, int first, java.util.function.Predicate<List<ReplicationMetrics>> stop) {
        if (first < 1 || first >= s.replications()) throw new IllegalArgumentException("a look after " + first + " of " + s.replications() + " replications");
        return run(s, threads, null, null, false, false, first, stop);
    }

    private static List<ReplicationMetrics> run(Scenario s, int threads, ChatObserver observer, IntConsumer progress,
                                                boolean keepHistograms, boolean histograms) {
        return run(s, threads, observer, progress, keepHistograms, histograms, 0, null);
    }

    private static List<ReplicationMetrics> run(Scenario s, int threads, ChatObserver observer, IntConsumer progress,
                                                boolean keepHistograms, boolean histograms, int first,
                                                java.util.function.Predicate<List<ReplicationMetrics>> stop) {
        WorkBounds.check(s);
        Remote elsewhere = remote;
        if (elsewhere != null && observer == null) {
            List<ReplicationMetrics> out = elsewhere.run(s, progress);
            if (!keepHistograms) for (int i = 1; i < out.size(); i++) out.get(i).moveHistogramsInto(out.get(0));
            if (stop != null && stop.test(List.copyOf(out.subList(0, first)))) return new ArrayList<>(out.subList(0, first));
            return out;
        }
        RateProfile profile = s.demand().isTrace() ? null : RateProfile.of(s);
        int n = s.replications();
        int poolSize = Math.max(1, Math.min(threads, n));
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "kefusim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicationMetrics>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                final int rep = i;
                futures.add(pool.submit(() -> {
                    ReplicationMetrics m = Replication.run(s, profile, rep, rep == 0 ? observer : null, histograms);
                    if (progress != null) progress.accept(done.incrementAndGet());
                    return m;
                }));
            }
            List<ReplicationMetrics> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ReplicationMetrics m = get(futures.get(i));
                futures.set(i, null); // the future let go of its result
                if (i > 0 && !keepHistograms) m.moveHistogramsInto(out.get(0)); // counters per replication, histograms merged
                out.add(m);
                if (stop != null && i == first - 1 && stop.test(List.copyOf(out))) {
                    pool.shutdownNow(); // the queued ones never start; the ones running finish, unused
                    awaitQuietly(pool);
                    return out;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ReplicationMetrics get(Future<ReplicationMetrics> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
