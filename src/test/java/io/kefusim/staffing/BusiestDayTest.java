package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester22: a roster the same on both days (staff without --by-date) has as many positions on the eve as on the
 * sale day, and the answer named the first date "the busiest day" though the sale day brings twice its buyers.
 * Days with as many positions are now told apart by the buyers expected on them.
 */
class BusiestDayTest {
    @TempDir
    Path dir;

    @Test
    void theBusiestOfDaysWithAsManyPositionsIsTheOneWithMoreBuyers() throws Exception {
        Path file = Files.writeString(dir.resolve("two.yaml"), "name: two\nstart: 2026-11-10T00:00\nhorizon: 2d\nreplications: 2\nseed: 7\n"
                + "demand: {pattern: {hourly: [2,2,2,2,2,2,2,2,20,20,20,20,20,20,20,20,20,20,20,20,2,2,2,2]}, days: [{date: 2026-11-11, scale: 2}], mix: {presale: 1}}\n"
                + "buyers: {presale: {patience: {dist: exponential, mean: 5m}, messages: {dist: constant, value: 1}}}\n"
                + "agents: [{group: a, skills: [presale], channel: phone, reply_time: {dist: exponential, mean: 3m}}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\"}}\nroster: [{group: a, shift: day, agents: 2}]\n");
        CliRunner.Result r = CliRunner.kefusim("staff", file.toString(), "--target", "service-level>=0.5", "--replications", "3",
                "--max-simulations", "3", "--out", dir.resolve("out").toString());
        assertTrue(r.code() == 0 || r.code() == 3, r.err());
        String answer = r.out().lines().filter(l -> l.startsWith("Answer") || l.contains("busiest day")).findFirst().orElseThrow();
        assertTrue(answer.contains("on the busiest day, 2026-11-11,"), answer);
    }
}
