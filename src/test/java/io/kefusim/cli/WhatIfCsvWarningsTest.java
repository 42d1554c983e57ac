package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * compare.csv and sweep.csv carry each plan's / point's warnings (how many, and their codes), as
 * batch.csv does: a shop that opens only the CSV in a spreadsheet sees them too (tester18).
 */
class WhatIfCsvWarningsTest {
    @TempDir
    Path dir;

    // no monthly_pay (a junior's default 1,500, below the minimum wage) and defaults left to kefusim: two warnings
    static final String SHOP = "name: warnshop\n"
            + "start: 2026-11-11T09:00\n"
            + "horizon: 2h\n"
            + "replications: 2\n"
            + "demand:\n"
            + "  pattern: {hourly: [0,0,0,0,0,0,0,0,0,60,60,0,0,0,0,0,0,0,0,0,0,0,0,0]}\n"
            + "  mix: {presale: 1.0}\n"
            + "agents:\n"
            + "  - {group: desk, skills: [presale], concurrency: 3}\n"
            + "shifts:\n"
            + "  day: {from: \"09:00\", to: \"11:00\"}\n"
            + "roster:\n"
            + "  - {group: desk, shift: day, agents: 2}\n"
            + "variants:\n"
            + "  - name: three\n"
            + "    set:\n"
            + "      \"roster[0].agents\": 3\n";

    @Test
    void compareCsvEndsWithEachPlansWarnings() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, SHOP);
        CliRunner.Result r = CliRunner.kefusim("compare", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("out/warnshop-compare/latest/compare.csv"));
        assertEquals("warnings,count,2,,2,,,,,", lines.get(lines.size() - 2));
        assertEquals("warning_codes,,pay.below_minimum_wage defaults.illustrative,,pay.below_minimum_wage defaults.illustrative,,,,,",
                lines.get(lines.size() - 1));
    }

    @Test
    void sweepCsvGivesEachPointsWarnings() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, SHOP);
        CliRunner.Result r = CliRunner.kefusim("sweep", file.toString(), "--vary", "roster[0].agents=1,2", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("out/warnshop-sweep/latest/sweep.csv"));
        assertEquals(List.of("service_level_target_s", "warnings", "warning_codes"),
                List.of(lines.get(0).split(",")).subList(lines.get(0).split(",").length - 3, lines.get(0).split(",").length));
        for (String point : lines.subList(1, lines.size())) {
            assertEquals(true, point.endsWith(",120,2,pay.below_minimum_wage defaults.illustrative"), point);
        }
        assertEquals(3, lines.size(), "a header and two points");
    }
}
