package io.kefusim.output;

import io.kefusim.report.ColumnWords;
import io.kefusim.report.IntervalFigures;
import io.kefusim.report.Summary;
import io.kefusim.report.Text;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Writes a whole run folder: the result files ({@link ResultsWriter}) and the charts and
 * report.html ({@link ReportWriter}). After the simulation, this is what a user waits for, so
 * the work is split over two threads. This one works out the interval rows, then draws the
 * charts and report; a second thread meanwhile works out the summary and the scenario's YAML,
 * then (once the rows are there) writes the files. The charts need the rows first and the
 * summary only for the last chart (groups) and the page, so drawing starts at once; the files
 * need both. Each thread waits only for what the other made.
 */
public final class RunWriter {
    private RunWriter() {}

    /**
     * @param warnings the scenario's warnings (as printed before the run): into summary.json and report.html
     * @return the summary (as summary.json holds it)
     */
    public static Map<String, Object> write(Path dir, Scenario s, List<Warning> warnings, List<ReplicationMetrics> reps, Map<String, Object> runInfo,
                                            Text text, boolean png, Consumer<String> warn) throws IOException {
        CompletableFuture<Map<String, Object>> summaryDone = new CompletableFuture<>();
        CompletableFuture<List<IntervalFigures>> rowsDone = new CompletableFuture<>();
        CompletableFuture<String> yamlDone = new CompletableFuture<>();
        FutureTask<Void> files = new FutureTask<>(() -> {
            try {
                Map<String, Object> summary = new Summary(s, reps, warnings).build();
                // issue 31: the spread due to demand, apart from the simulation's own noise
                if (s.demand().isUncertain()) summary.put("demand_uncertainty", io.kefusim.report.DemandSpreadText.section(s, reps));
                summaryDone.complete(summary);
                yamlDone.complete(ResultsWriter.scenarioYaml(s));
            } catch (Throwable e) {
                // the other thread waits for these: let it fail too, rather than wait for ever
                summaryDone.completeExceptionally(e);
                yamlDone.completeExceptionally(e);
                throw e;
            }
            ResultsWriter.writeFiles(dir, s, await(summaryDone), await(rowsDone), await(yamlDone), runInfo, headings(text, s));
            return null;
        });
        Thread writer = new Thread(files, "kefusim-results");
        writer.start();
        try {
            List<IntervalFigures> rows;
            try {
                rows = IntervalFigures.of(s, reps);
                rowsDone.complete(rows);
            } catch (RuntimeException | Error e) {
                rowsDone.completeExceptionally(e);
                throw e;
            }
            try {
                ReportWriter.write(dir, s, warnings, reps, rows, () -> awaitUnchecked(summaryDone), () -> awaitUnchecked(yamlDone),
                        text, png, warn);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } finally {
            join(files);
        }
        return await(summaryDone);
    }

    /** {@link #await}, with an I/O failure wrapped unchecked (for a {@link java.util.function.Supplier}). */
    private static <T> T awaitUnchecked(CompletableFuture<T> made) {
        try {
            return await(made);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the other thread made; its failure is thrown here as it was thrown there. */
    private static <T> T await(CompletableFuture<T> made) throws IOException {
        try {
            return made.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static void join(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing results", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** A failure of the other thread, to throw on this one: unchecked as it was, I/O as I/O. */
    private static IOException rethrown(Throwable c) {
        if (c instanceof IOException io) return io;
        if (c instanceof UncheckedIOException u) return u.getCause();
        if (c instanceof RuntimeException r) throw r;
        if (c instanceof Error err) throw err;
        return new IOException(c);
    }

    /** results.xlsx's headings in the run's language (names, units, shares as percentages). */
    static Workbook.Headings headings(Text text, io.kefusim.scenario.Scenario s) {
        ColumnWords words = new ColumnWords(text, s);
        return Workbook.Headings.of(words::label, words::share, words::sheet, words::cell, text.chinese() ? "message_zh" : "message");
    }
}
