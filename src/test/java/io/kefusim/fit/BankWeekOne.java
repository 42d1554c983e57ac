package io.kefusim.fit;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Anonymous Bank's week 1 (1–7 Feb, split by the records' date column) fitted on itself once per
 * test JVM and shared by the tests that read that fit: a fit of the week takes seconds (most of it
 * choosing the idle gap), and every reader needs the same one. Tests read the run folder; none writes in it.
 */
final class BankWeekOne {
    /** This JVM's own folder: the suite runs in two JVMs, each of which may fit the week. */
    private static Path dir, records, fitRun;

    private BankWeekOne() {}

    /** Week 1's rows with the header, as a records file (skips the test when the bank's records are not beside the project). */
    static synchronized Path records() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(AnswersFasterTest.BANK),
                "the bank's records are not beside the project: " + AnswersFasterTest.BANK.toAbsolutePath());
        if (records != null) return records;
        Files.createDirectories(Path.of("target"));
        dir = Files.createTempDirectory(Path.of("target"), "bank-week-one-");
        List<String> lines = Files.readAllLines(AnswersFasterTest.BANK, StandardCharsets.UTF_8);
        List<String> first = new ArrayList<>(List.of(lines.get(0)));
        int dateColumn = List.of(lines.get(0).split("\t")).indexOf("date");
        for (String l : lines.subList(1, lines.size())) if (Integer.parseInt(l.split("\t")[dateColumn]) <= 990207) first.add(l);
        Path w1 = dir.resolve("w1.tsv");
        Files.write(w1, first, StandardCharsets.UTF_8);
        return records = w1;
    }

    /** {@code kefusim fit w1.tsv}'s run folder (fit.json, fitted.yaml, fit.html), and the fit's console in {@link #fitResult}. */
    static synchronized Path fitRun() throws IOException {
        if (fitRun != null) return fitRun;
        Path w1 = records();
        fitResult = CliRunner.kefusim("fit", w1.toString(), "--out", dir.resolve("fit").toString());
        assertEquals(0, fitResult.code(), fitResult.err());
        try (var l = Files.list(dir.resolve("fit/w1-fit"))) {
            fitRun = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        return fitRun;
    }

    /** The console of the one fit. */
    static CliRunner.Result fitResult;
}
