package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tester's case: the Double 11 example printed 33.4 agent-hours finishing chats after shift,
 * but by_day.csv and summary.json's by_day had overtime_h = 0 on every date (the days' agent
 * figures never received the after-shift time). Now the days add up to the total.
 */
class ByDayOvertimeTest {
    @TempDir
    Path dir;

    @Test
    void theDaysAfterShiftTimeAddsUpToTheTotal() throws IOException {
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path run;
        try (var l = Files.list(dir.resolve("double11-medium-shop"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode s = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        double total = s.get("totals").get("overtime_h").get("mean").asDouble();
        assertTrue(total > 1, "the example has after-shift time: " + total);
        double days = 0;
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> s.get("by_day").fields())
            days += e.getValue().get("overtime_h").get("mean").asDouble();
        assertEquals(total, days, 1e-6 * total);

        List<String> csv = Files.readAllLines(run.resolve("by_day.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        int col = head.indexOf("overtime_h");
        assertTrue(col >= 0, csv.get(0));
        double fromCsv = 0;
        for (String line : csv.subList(1, csv.size())) fromCsv += Double.parseDouble(line.split(",")[col]);
        assertEquals(total, fromCsv, 0.01 * csv.size() + 1e-6);
    }
}
