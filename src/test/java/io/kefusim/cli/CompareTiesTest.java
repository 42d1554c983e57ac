package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * compare named one lowest plan though others could not be told from it: "Lowest cost to the shop (…):
 * 'base' (87,752 CNY)." while the plan's own sentence read "'two-juniors-on-nights': … +579 CNY (not
 * distinguishable from 0)"; and when the lowest was not the base it weighed it against the base only. As
 * sweep after its cheapest point, the lowest-cost sentence now names every other ranked plan whose cost,
 * paired with the lowest's replication by replication, is not distinguishable from it at 95%.
 */
class CompareTiesTest {
    @TempDir
    Path dir;

    @Test
    void theLowestPlanNamesThePlansItCannotBeToldFrom() {
        // 2 replications: since the example hires its sale-day extras by the hour (pay: hourly), 3 tell both variants from
        // the base (their labour is no longer pooled with the sale day's salaried extras); 2 do not
        CliRunner.Result r = CliRunner.kefusim("compare", "scenarios/double11-medium-shop.yaml", "--replications", "2", "--out", dir.resolve("en").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Lowest cost to the shop (labour, lost margin, unanswered buyers): 'base' (86,819 CNY). "
                + "Not distinguishable from it at 95% (paired, on the same buyers): 'one-senior-on-nights' (+846 ±1,222 CNY); "
                + "'two-juniors-on-nights' (+850 ±1,226 CNY).\n"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("compare", "scenarios/double11-medium-shop.yaml", "--replications", "2", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("\n  店铺成本（人工、流失毛利、未接待损失）最低：“base”（86,819 元）。"
                + "与之在 95% 水平下无显著差异的方案（同一批买家上的配对比较）：“one-senior-on-nights”（+846 ±1,222 元）；“two-juniors-on-nights”（+850 ±1,226 元）。\n"), zh.out());
    }

    /** The lowest is a variant: each other plan is paired with it, not only the base. */
    @Test
    void eachOtherPlanIsPairedWithTheLowestNotOnlyWithTheBase() {
        CliRunner.Result r = CliRunner.kefusim("compare", "scenarios/classroom-response-time.yaml", "--replications", "2", "--out", dir.resolve("c2").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Lowest cost to the shop (labour, lost sales, unanswered buyers): 'replies-in-20s' (1,993 CNY). "
                + "Not distinguishable from it at 95% (paired, on the same buyers): 'base' (+545 ±1,569 CNY); 'fifth-agent' (+465 ±832 CNY).\n"), r.out());
        assertFalse(r.out().contains("more replications would tell"), r.out());
        // every other plan dearer by a real difference
        CliRunner.Result four = CliRunner.kefusim("compare", "scenarios/classroom-response-time.yaml", "--replications", "4", "--lang", "zh", "--out", dir.resolve("c4").toString());
        assertEquals(0, four.code(), four.err());
        assertTrue(four.out().contains("\n  店铺成本（人工、流失销售额、未接待损失）最低：“replies-in-20s”（1,954 元）。其余各方案都更贵，且在 95% 水平下差异显著（同一批买家上的配对比较）。\n"), four.out());
    }
}
