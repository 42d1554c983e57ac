package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester19: "… and 21 more (kefusim validate lists them all)" was false for the periods with no
 * agent on duty: validate, summary.json and report.html all said only "… and 4 more periods". A
 * desk open 09:00–17:00 for 5 days with buyers around the clock has 6 such periods (the first
 * night, four 17:00–09:00 nights, the last evening): the console names 5 and sums up the 6th.
 */
class EveryPeriodListedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = "name: nights\nstart: 2026-11-02T00:00\nhorizon: 5d\nreplications: 2\n"
            + "demand: {pattern: {hourly: [6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6]}, mix: {presale: 1}}\n"
            + "agents: [{group: desk, skills: [presale]}]\n"
            + "shifts: {day: {from: \"09:00\", to: \"17:00\"}}\n"
            + "roster: [{group: desk, shift: day, agents: 2}]\n";

    @TempDir
    Path dir;

    @Test
    void validateListsEveryPeriodAndTheJsonAndPageCarryThem() throws Exception {
        Path f = dir.resolve("nights.yaml");
        Files.writeString(f, YAML);
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        List<String> periods = v.out().lines().filter(l -> l.contains("no agent at all is on duty")).toList();
        assertEquals(6, periods.size(), v.out());
        assertTrue(periods.get(5).contains("no agent at all is on duty 2026-11-06 17:00 – 2026-11-07 00:00, while about 42 buyers are expected"), periods.toString());
        assertFalse(v.out().contains("more periods"), v.out());
        // the verdict counts the lines it printed (tester20's four days, two periods a day: 8 printed, "with 6 warnings")
        Path gap4 = Files.writeString(dir.resolve("gap4.yaml"), "name: gap4\nstart: 2026-11-10T00:00\nhorizon: 96h\nreplications: 2\nseed: 3\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,20,20,20,20,20,20,20,20,20,20,20,20,20,20,0,0,0,0]}, mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 2}, think_time: {dist: constant, value: 30s}, conversion: 0}}\n"
                + "agents: [{group: a, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 20s}, monthly_pay: 3000}]\n"
                + "shifts: {d: {from: \"08:00\", to: \"16:00\"}}\nroster: [{group: a, shift: d, agents: 2}]\n");
        CliRunner.Result g = CliRunner.kefusim("validate", gap4.toString());
        assertEquals(8, (g.out() + g.err()).lines().filter(l -> l.startsWith("warning:")).count(), g.out() + g.err());
        assertTrue(g.out().contains("gap4.yaml is valid, with 8 warnings (above)"), g.out());

        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("… and 1 more period with no agent on duty (about 42 buyers expected in it)"), r.err());
        Path run;
        try (Stream<Path> l = Files.list(out.resolve("nights"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode more = null;
        for (JsonNode w : JSON.readTree(run.resolve("summary.json").toFile()).get("warnings")) if (w.has("periods")) more = w;
        assertNotNull(more, "a warning carries its periods");
        assertEquals(1, more.get("periods").size());
        JsonNode p = more.get("periods").get(0);
        assertEquals("2026-11-06 17:00", p.get("from").asText());
        assertEquals("2026-11-07 00:00", p.get("to").asText());
        assertEquals(42, p.get("buyers").asInt());
        assertTrue(p.get("message_zh").asText().contains("没有任何客服在岗"), p.toString());
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("<summary>the period</summary><ul><li>no agent at all is on duty 2026-11-06 17:00 – 2026-11-07 00:00"), html);
    }
}
