package io.kefusim.studio;

import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.run.Experiment;
import io.kefusim.run.Replication;
import io.kefusim.run.WorkBounds;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import io.kefusim.service.ChatObserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One setting's replications, run on the studio's pool and published in replication order as
 * they finish, so the page can draw the first picture after one replication and tighten the
 * intervals after each further one. Replication r of a setting is fixed by the seed and r
 * (common random numbers), and histograms are merged into replication 1's in order, exactly
 * as {@link Experiment#run} does: the finished list is the one {@code kefusim run} computes.
 */
final class LiveRun {
    /** Guards every run's published replications: merging histograms and reading figures never overlap. */
    static final Object LOCK = new Object();

    final int id;
    final Scenario scenario;
    final Map<String, String> sets;
    final List<Warning> warnings;
    private final List<ReplicationMetrics> done = new ArrayList<>();
    private final List<Future<ReplicationMetrics>> futures = new ArrayList<>();
    private volatile String failure;
    private volatile boolean cancelled;

    LiveRun(int id, Scenario scenario, Map<String, String> sets, ExecutorService pool) {
        WorkBounds.check(scenario);
        this.id = id;
        this.scenario = scenario;
        this.sets = Map.copyOf(sets);
        this.warnings = ScenarioSanity.check(scenario);
        RateProfile profile = scenario.demand().isTrace() ? null : RateProfile.of(scenario);
        ChatObserver stop = new Stop();
        for (int r = 0; r < scenario.replications(); r++) {
            final int rep = r;
            futures.add(pool.submit(() -> Replication.run(scenario, profile, rep, stop, true)));
        }
        Thread collector = new Thread(this::collect, "kefusim-studio-collect-" + id);
        collector.setDaemon(true);
        collector.start();
    }

    private void collect() {
        for (int r = 0; r < futures.size(); r++) {
            ReplicationMetrics m;
            try {
                m = futures.get(r).get();
            } catch (CancellationException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                if (!cancelled) failure = String.valueOf(e.getCause());
                return;
            }
            synchronized (LOCK) {
                if (r > 0) m.moveHistogramsInto(done.get(0));
                done.add(m);
            }
        }
    }

    /** The replications finished so far, in order (call while holding {@link #LOCK} to read their histograms). */
    List<ReplicationMetrics> done() {
        synchronized (LOCK) {
            return List.copyOf(done);
        }
    }

    int total() { return futures.size(); }

    boolean finished() {
        synchronized (LOCK) {
            return done.size() == futures.size();
        }
    }

    /** Why the run stopped, or null. */
    String failure() { return failure; }

    /**
     * Ends a replaced setting's replications, those running too, so the new setting's first
     * replication has the cores: a replication in progress gives up at its next buyer message.
     * Only watching: an observer changes no random stream and no figure.
     */
    private final class Stop implements ChatObserver {
        @Override
        public void chatEnded(double arrival, int type, String outcome, double wait, double firstResponse, int messages,
                              int agent, double lostOrders, double lostSales) { }

        @Override
        public void messageSent(long chat, double time) {
            if (cancelled) throw new CancellationException("a newer setting replaced this one");
        }
    }

    /** Stops this setting's replications (a newer setting replaced this one). */
    void cancel() {
        cancelled = true;
        for (Future<ReplicationMetrics> f : futures) f.cancel(false);
    }
}
