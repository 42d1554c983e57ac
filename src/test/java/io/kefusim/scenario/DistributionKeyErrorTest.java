package io.kefusim.scenario;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** tester23: a distribution without its dist (or a parameter its dist takes) says what is allowed, not a bare "is required". */
class DistributionKeyErrorTest {
    @TempDir Path dir;

    private Path file(String pickUp, String messages, String extraDemand) throws Exception {
        Path f = dir.resolve("e.yaml");
        Files.writeString(f, "name: e\nstart: 2026-11-18T00:00\nhorizon: 24h\nreplications: 3\nseed: 7\n"
                + "demand:\n  pattern: {hourly: [2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2]}\n  mix: {call: 1}\n" + extraDemand
                + "buyers:\n  call:\n    patience: {dist: never}\n    messages: " + messages + "\n"
                + "agents:\n  - group: phone\n    channel: phone\n    skills: [call]\n    reply_time: {dist: constant, value: 30s}\n"
                + "    pick_up: " + pickUp + "\n    pick_up_share: 0.5\n"
                + "shifts:\n  all: {from: \"00:00\", to: \"24:00\"}\nroster:\n  - {group: phone, shift: all, agents: 1}\n");
        return f;
    }

    @Test
    void aMissingDistNamesTheAllowedKinds() throws Exception {
        Path f = file("{mean: 10s}", "{dist: constant, value: 1}", "");
        CliRunner.Result r = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + f + ":18:14: agents[0].pick_up.dist: is required; allowed: constant, exponential, lognormal, gamma, weibull, uniform, empirical",
                r.err().strip());
        CliRunner.Result zh = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertTrue(zh.err().contains("agents[0].pick_up.dist: 必须填写；允许：constant、exponential、lognormal"), zh.err());
        // a count distribution names the count kinds
        CliRunner.Result m = CliRunner.kefusim("validate", file("{dist: constant, value: 5s}", "{mean: 4}", "").toString());
        assertTrue(m.err().contains("buyers.call.messages.dist: is required; allowed: constant, geometric, poisson"), m.err());
        // --set on a file without a pick-up
        CliRunner.Result s = CliRunner.kefusim("validate", "scenarios/classroom-response-time.yaml", "--set", "agents[0].pick_up.mean=5s");
        assertEquals(2, s.code(), s.err());
        assertEquals("error: --set: agents[0].pick_up.dist: is required; allowed: constant, exponential, lognormal, gamma, weibull, uniform, empirical", s.err().strip());
        // the demand's uncertainty reads its dist in the same place
        CliRunner.Result u = CliRunner.kefusim("validate", file("{dist: constant, value: 5s}", "{dist: constant, value: 1}", "  uncertainty: {scale: {mean: 1, sd: 0.2}}\n").toString());
        assertTrue(u.err().contains("demand.uncertainty.scale.dist: is required; allowed: lognormal, gamma, uniform, empirical, constant"), u.err());
    }

    @Test
    void aMissingParameterSaysWhatItsDistTakes() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("validate", file("{dist: lognormal, mean: 10s}", "{dist: constant, value: 1}", "").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("agents[0].pick_up.sd: is required; dist: lognormal takes mean, sd"), r.err());
        CliRunner.Result u = CliRunner.kefusim("validate", file("{dist: uniform, min: 2s}", "{dist: constant, value: 1}", "").toString(), "--lang", "zh");
        assertTrue(u.err().contains("agents[0].pick_up.max: 必须填写；dist: uniform 需要 min、max"), u.err());
    }
}
