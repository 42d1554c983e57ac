package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second agent on a quiet desk leaves the service level at 99.6% but shortens first responses (23.1 s to
 * 20.5 s): sweep said "this key changes no buyer's service" from the service level alone (tester20). Now that is
 * said only when every service figure is the same; an equal share alone is said as such.
 */
class SweepSameServiceTest {
    @TempDir
    Path dir;

    static final String QUIET = "name: wu-shop\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 2\nseed: 3\n"
            + "demand: {pattern: {hourly: [0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
            + "buyers: {presale: {patience: {dist: exponential, mean: 3m}, messages: {dist: geometric, mean: 2}, think_time: {dist: constant, value: 30s}, conversion: 0}}\n"
            + "agents: [{group: a, skills: [presale], concurrency: 3, reply_time: {dist: exponential, mean: 20s}, monthly_pay: 3000}]\n"
            + "shifts: {d: {from: \"06:00\", to: \"18:00\"}}\nroster: [{group: a, shift: d, agents: 2}]\n";

    @Test
    void aHeadcountThatMovesFirstResponsesIsNotSaidToChangeNoService() throws Exception {
        Path f = Files.writeString(dir.resolve("wu.yaml"), QUIET);
        CliRunner.Result en = CliRunner.kefusim("sweep", f.toString(), "--vary", "roster[0].agents=1,2", "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertFalse(en.out().contains("changes no buyer's service"), en.out());
        assertTrue(en.out().contains("The share answered within 2 min is 99.6% at every point, from 1 to 2 (agents: a on d); "
                + "the key still moves other service figures (waits, first responses): read them in the table."), en.out());
        CliRunner.Result zh = CliRunner.kefusim("sweep", f.toString(), "--vary", "roster[0].agents=1,2", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("在2分钟内得到回复的比例在每个点都是 99.6%（从 1 到 2）（客服人数：a · d）；但这个设置仍改变其他服务指标（排队、首次响应）：请看表格。"), zh.out());
        // a cost key moves nothing a buyer sees: still said so
        CliRunner.Result cost = CliRunner.kefusim("sweep", f.toString(), "--vary", "costs.night_allowance=0,20", "--out", dir.resolve("c").toString());
        assertTrue(cost.out().contains("is 99.6% at every point, from 0 to 20: this key changes no buyer's service"), cost.out());
    }
}
