package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** tester23: staff's ceiling (step 0) counts a group's pick-up: a free agent answers pick_up_share of its buyers only after it. */
class PickUpCeilingTest {
    @TempDir Path dir;

    private Path file(String name, String channel, String reply, String pickUp, double share) throws Exception {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nstart: 2026-11-18T00:00\nhorizon: 24h\nreplications: 3\nseed: 7\ninterval: 1h\n"
                + "service_level_target: 20s\n"
                + "demand: {pattern: {hourly: [40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40]}, mix: {call: 1}}\n"
                + "buyers: {call: {patience: {dist: never}, messages: {dist: constant, value: 1}}}\n"
                + "agents:\n  - {group: desk, channel: " + channel + ", concurrency: 1, skills: [call], monthly_pay: 4500, reply_time: " + reply
                + ", pick_up: " + pickUp + ", pick_up_share: " + share + "}\n"
                + "shifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "roster: [{group: desk, shift: day, agents: 1}, {group: desk, shift: night, agents: 1}]\n");
        return f;
    }

    private static Optional<Said> unreachable(Path f, String goal) {
        Scenario s = ScenarioLoader.load(f, List.of());
        return Ceiling.unreachable(s, Goal.parse(goal, "run", s));
    }

    @Test
    void phonePickUpBoundsTheServiceLevel() throws Exception {
        // tester23's phone4: exponential pick-up, mean 18 s, for 16% of callers; by hand 1 - 0.16 e^(-20/18) = 94.73%
        Path f = file("phone4", "phone", "{dist: constant, value: 30s}", "{dist: exponential, mean: 18s}", 0.16);
        double byHand = 1 - 0.16 * Math.exp(-20.0 / 18);
        Scenario s = ScenarioLoader.load(f, List.of());
        assertEquals(byHand, Ceiling.of(s, new double[]{1}, 20, 1), 1e-12);
        assertTrue(unreachable(f, "service-level>=0.9").isEmpty());
        Optional<Said> no = unreachable(f, "service-level>=0.96");
        assertTrue(no.isPresent());
        assertEquals("ce_unreachable_pick_up", no.get().key());

        CliRunner.Result r = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.96", "--per", "run",
                "--replications", "3", "--max-simulations", "6", "--out", dir.resolve("out").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("the pick-up stops it (agents desk: pick_up, pick_up_share)"), r.err());
        assertTrue(r.err().contains("only 94.7% of first responses come within 20s (the goal needs 96.0%; without the pick-up 100.0%)"), r.err());
        // 1 - 0.16 e^(-T/18) >= 0.96 from T = 18 ln 4 = 24.95 s
        assertTrue(r.err().contains("Reachable with a target of 25s or more"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");

        CliRunner.Result zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.96", "--per", "run", "--lang", "zh",
                "--replications", "3", "--max-simulations", "6", "--out", dir.resolve("out").toString());
        assertEquals(3, zh.code(), zh.err());
        assertTrue(zh.err().contains("卡在接起时间上（客服组 desk 的 pick_up、pick_up_share）"), zh.err());
        assertTrue(zh.err().contains("只有 94.7% 的首次响应能在 20秒 内完成") || zh.err().contains("只有 94.7% 的首次响应"), zh.err());
    }

    @Test
    void chatFirstReplyIsTypedAfterThePickUp() throws Exception {
        // exponential pick-up and reply, mean 10 s each, half picked up late, target 20 s:
        // P(P + R <= 20) = 1 - 3e^-2 (a gamma of shape 2), P(R <= 20) = 1 - e^-2; ceiling = (1 - 3e^-2 + 1 - e^-2) / 2 = 72.93%
        Path f = file("chat", "chat", "{dist: exponential, mean: 10s}", "{dist: exponential, mean: 10s}", 0.5);
        double byHand = (1 - 3 * Math.exp(-2) + 1 - Math.exp(-2)) / 2;
        Scenario s = ScenarioLoader.load(f, List.of());
        assertEquals(byHand, Ceiling.of(s, new double[]{1}, 20, 1), 1e-4);
        assertTrue(unreachable(f, "service-level>=0.7").isEmpty());
        Optional<Said> no = unreachable(f, "service-level>=0.75"); // 86.5% without the pick-up: the pick-up binds
        assertTrue(no.isPresent());
        assertEquals("ce_unreachable_pick_up", no.get().key());
        // a constant pick-up of 30 s before a 5 s reply (tester23's chat3): nobody within 20 s, exact
        Path c = file("chat3", "chat", "{dist: constant, value: 5s}", "{dist: constant, value: 30s}", 1);
        Scenario s3 = ScenarioLoader.load(c, List.of());
        assertEquals(0, Ceiling.of(s3, new double[]{1}, 20, 1), 0);
        assertEquals(1, Ceiling.of(s3, new double[]{1}, 35, 1), 0);
        assertEquals("ce_unreachable_pick_up", unreachable(c, "service-level>=0.8").orElseThrow().key());
    }
}
