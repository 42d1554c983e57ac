package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A variant whose set: adds a roster line beside one for the same group and shift adds it on purpose (the
 * Double 11 example's one-senior-on-nights): roster.lines_added is not said of that plan, while the same two
 * lines written in the file are.
 */
class RosterLinesVariantTest {
    @TempDir
    Path dir;

    static final String SHOP = "name: nights\nstart: 2026-11-10T00:00\nhorizon: 4h\nreplications: 1\nseed: 7\n"
            + "demand: {pattern: {hourly: [10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]}, mix: {presale: 1.0}}\n"
            + "agents: [{group: pre, skills: [presale], concurrency: 4, reply_time: {dist: exponential, mean: 30s}, monthly_pay: 4500}]\n"
            + "shifts: {night: {from: \"00:00\", to: \"08:00\"}}\n"
            + "roster:\n"
            + "  - {group: pre, shift: night, agents: 2}\n";

    @Test
    void aLineAVariantAddsIsNotSaidButOneInTheFileIs() throws Exception {
        Path file = dir.resolve("nights.yaml");
        Files.writeString(file, SHOP + "variants:\n  - name: one-more-on-nights\n    set:\n      \"roster[1]\": {group: pre, shift: night, agents: 1}\n");
        CliRunner.Result r = CliRunner.kefusim("compare", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse((r.out() + r.err()).contains("so they are added"), r.out() + r.err());
        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, SHOP + "  - {group: pre, shift: night, agents: 1}\n");
        CliRunner.Result v = CliRunner.kefusim("validate", twice.toString());
        assertTrue((v.out() + v.err()).contains("roster[0], roster[1] put group 'pre' on shift 'night' every day, so they are added: 2 + 1 = 3 on duty"), v.out() + v.err());
    }
}
