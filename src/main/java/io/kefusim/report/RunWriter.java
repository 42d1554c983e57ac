package io.kefusim.report;

import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Writes a whole run folder: the result files ({@link ResultsWriter}) and the charts and
 * report.html ({@link ReportWriter}). The two need the same figures — the summary and the
 * interval rows, worked out once here — and nothing of each other, so the files are written
 * on a second thread while this one draws: after the simulation, the report is what a user
 * waits for.
 */
public final class RunWriter {
    private RunWriter() {}

    /** @return the summary (as summary.json holds it) */
    public static Map<String, Object> write(Path dir, Scenario s, List<ReplicationMetrics> reps, Map<String, Object> runInfo,
                                            Text text, boolean png, Consumer<String> warn) throws IOException {
        Map<String, Object> summary = new Summary(s, reps).build();
        List<IntervalFigures> rows = IntervalFigures.of(s, reps);
        String yaml = ResultsWriter.scenarioYaml(s);
        FutureTask<Void> files = new FutureTask<>(() -> {
            ResultsWriter.writeFiles(dir, s, summary, rows, yaml, runInfo);
            return null;
        });
        Thread writer = new Thread(files, "kefusim-results");
        writer.start();
        try {
            ReportWriter.write(dir, s, reps, rows, summary, yaml, text, png, warn);
        } finally {
            join(files);
        }
        return summary;
    }

    private static void join(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing results", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        }
    }
}
