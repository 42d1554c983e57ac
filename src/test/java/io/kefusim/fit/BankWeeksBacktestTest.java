package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 25's bar on real records: the Anonymous Bank's two weeks, fitted on one and backtested on
 * the other, both ways. Out of sample, the model must put abandonment within 3 points of the
 * records', the mean queue wait within 30%, and the records' hour inside the simulated band on at
 * least 70% of hours, for abandonment and for wait. Before issue 25 (idle gaps under 30 min counted
 * as on duty, one-hour rounded shifts, no after-call work, types served in a fixed order) it was
 * 12.8% observed against 8.4% simulated, and 36.9 s against 21.7 s.
 */
class BankWeeksBacktestTest {
    static final Path BANK = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");

    @TempDir
    Path dir;

    @Test
    void eachWeekFittedPredictsTheOther() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BANK), "the bank's records are not beside the project: " + BANK.toAbsolutePath());
        List<String> lines = Files.readAllLines(BANK, StandardCharsets.UTF_8);
        List<String> first = new ArrayList<>(List.of(lines.get(0))), second = new ArrayList<>(List.of(lines.get(0)));
        int dateColumn = List.of(lines.get(0).split("\t")).indexOf("date");
        for (String l : lines.subList(1, lines.size())) (Integer.parseInt(l.split("\t")[dateColumn]) <= 990207 ? first : second).add(l);
        Path w1 = dir.resolve("week1.tsv"), w2 = dir.resolve("week2.tsv");
        Files.write(w1, first, StandardCharsets.UTF_8);
        Files.write(w2, second, StandardCharsets.UTF_8);
        check(fit(w1, "week1"), w2, "fitted on 1-7 Feb, backtested on 8-14 Feb");
        check(fit(w2, "week2"), w1, "fitted on 8-14 Feb, backtested on 1-7 Feb");
    }

    private Path fit(Path records, String name) throws Exception {
        CliRunner.Result r = CliRunner.kefusim("fit", records.toString(), "--name", name, "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        try (var l = Files.list(dir.resolve("fit/" + name + "-fit"))) {
            return l.findFirst().orElseThrow().resolve("fitted.yaml");
        }
    }

    private void check(Path fitted, Path records, String what) throws Exception {
        Path out = dir.resolve("bt-" + records.getFileName());
        CliRunner.Result r = CliRunner.kefusim("backtest", records.toString(), "--scenario", fitted.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path json;
        try (var walk = Files.walk(out)) {
            json = walk.filter(p -> p.getFileName().toString().equals("backtest.json")).findFirst().orElseThrow();
        }
        JsonNode overall = new ObjectMapper().readTree(json.toFile()).get("overall");
        JsonNode ab = overall.get("abandon_share"), w = overall.get("queue_wait_mean_s");
        String said = what + ":\n" + r.out();
        assertEquals(ab.get("observed").asDouble(), ab.get("simulated").asDouble(), 0.03, "abandonment within 3 points; " + said);
        assertEquals(w.get("observed").asDouble(), w.get("simulated").asDouble(), 0.30 * w.get("observed").asDouble(), "mean wait within 30%; " + said);
        assertTrue(ab.get("inside_band_share").asDouble() >= 0.70, "abandonment inside the band on 70% of hours; " + said);
        assertTrue(w.get("inside_band_share").asDouble() >= 0.70, "mean wait inside the band on 70% of hours; " + said);
        assertTrue(r.out().contains("Verdict: the model reproduces this period"), said);
    }
}
