package io.kefusim.scenario;

import io.kefusim.whatif.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code --set} and {@code --vary} of one field of a distribution the scenario leaves to its default. */
class DefaultOverrideTest {
    @TempDir
    Path dir;

    /** No distribution written: each is its default. */
    static final String BARE = TestScenarios.MINIMAL + "buyers:\n  presale: {conversion: 0.3}\n";

    private Scenario load(String... sets) throws Exception {
        Path f = dir.resolve("bare.yaml");
        Files.writeString(f, BARE);
        return ScenarioLoader.load(f, Assignment.sets(sets));
    }

    @Test
    void oneFieldOfADefaultedDistributionKeepsTheDefaultsOtherFields() throws Exception {
        Scenario s = load("agents[0].reply_time.mean=60s", "agents[0].wrap_up.value=10s",
                "buyers.presale.patience.mean=2m", "buyers.aftersale.think_time.sd=10s", "buyers.aftersale.messages.mean=3");
        assertEquals(DistSpec.lognormal(60, 20), s.groups().get(0).replyTime());
        assertEquals(DistSpec.constant(10), s.groups().get(0).wrapUp());
        assertEquals(DistSpec.exponential(120), s.buyers().get(0).patience());
        assertEquals(0.3, s.buyers().get(0).conversion(), "the buyer's own fields stay");
        assertEquals(DistSpec.lognormal(60, 10), s.buyers().get(1).thinkTime());
        assertEquals(DistSpec.geometric(3), s.buyers().get(1).messages());
        assertEquals(DefaultDistributions.THINK_TIME, s.buyers().get(0).thinkTime(), "untouched defaults stay");
    }

    @Test
    void aNewKindOfDistributionStartsEmpty() throws Exception {
        assertEquals(DistSpec.never(), load("buyers.presale.patience.dist=never").buyers().get(0).patience());
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("buyers.presale.patience.sd=10s"));
        assertTrue(e.getMessage().startsWith("unknown key; allowed here: dist, mean"), e.getMessage());
    }

    @Test
    void sweepVariesAFieldOfADefaultedDistribution() throws Exception {
        Path f = dir.resolve("bare.yaml");
        Files.writeString(f, BARE);
        List<Sweep.Point> points = Sweep.plan(f, List.of(), List.of(Sweep.parseVary("agents[0].reply_time.mean=30s,1m")));
        assertEquals(DistSpec.lognormal(30, 20), points.get(0).scenario().groups().get(0).replyTime());
        assertEquals(DistSpec.lognormal(60, 20), points.get(1).scenario().groups().get(0).replyTime());
    }
}
