package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.report.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * sweep names its cheapest point and says which other points are not distinguishable from it, by
 * compare's rule: the difference taken replication by replication (every point sees the same buyers),
 * its paired 95% interval holding zero. Before, "lowest at agents … = 5" stood alone while compare on the
 * same buyers said the fifth agent's saving was "not distinguishable from 0".
 */
class SweepTiesTest {
    private static final String CLASSROOM = "scenarios/classroom-response-time.yaml";

    @TempDir
    Path dir;

    @Test
    void theCheapestPointSaysWhichPointsItIsNotDistinguishableFrom() throws Exception {
        CliRunner.Result s = CliRunner.kefusim("sweep", CLASSROOM, "--vary", "roster[0].agents=4..6", "--replications", "4", "--out", dir.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("\n  The cost to the shop is lowest at agents: class on workday = 5: 2,412 CNY (labour 1,417, plus the lost sales in full and "
                + "unanswered buyers' cost). Not distinguishable from it at 95% (paired, on the same buyers): agents: class on workday = 4 (+19 ±270 CNY). "
                + "Service level at least 80.0% in every one of 8 hours"), s.out());
        assertFalse(s.out().contains("= 6 ("), "six agents cost more, a real difference: " + s.out());

        // the same pairing as compare's: 'fifth-agent' (5) against 'base' (4) on the same buyers
        CliRunner.Result c = CliRunner.kefusim("compare", CLASSROOM, "--replications", "4", "--out", dir.toString());
        assertEquals(0, c.code(), c.err());
        Path folder = Path.of(c.out().lines().filter(l -> l.startsWith("Written to: ")).findFirst().orElseThrow().substring(12));
        JsonNode d = new ObjectMapper().readTree(folder.resolve("compare.json").toFile())
                .get("figures").get("shop_cost_full").get("difference_to_baseline").get("fifth-agent");
        assertEquals("+19 ±270", Format.signedWhole(-d.get("mean").asDouble()) + " ±" + Format.whole(d.get("ci95").asDouble()));
        assertTrue(c.out().contains("'fifth-agent': cost to the shop −19 CNY (not distinguishable from 0)"), c.out());
    }

    @Test
    void whenEveryOtherPointCostsMoreItSaysSo() {
        CliRunner.Result s = CliRunner.kefusim("sweep", CLASSROOM, "--vary", "roster[0].agents=2,3", "--replications", "3", "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("加上全部流失销售额和未接待损失）。其余各点都更贵，且在 95% 水平下差异显著（同一批买家上的配对比较）。"), s.out());
        assertFalse(s.out().contains("无显著差异的点"), s.out());
    }
}
