package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An option accepted but idle in the combination given is said in one line, in the reader's
 * language, and the answer still comes (a script passing it keeps working).
 */
class IdleOptionsTest {
    private static final String SHOP = "scenarios/classroom-response-time.yaml";
    private static final Path BANK = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");

    @TempDir
    Path dir;

    @Test
    void clusterOptionsWithoutClusterAreSaidAndTheRunGoesOn() {
        CliRunner.Result r = CliRunner.kefusim("run", SHOP, "--replications", "2", "--secret-file", "no-such-file", "--cluster-timeout", "5",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: --cluster-timeout changes nothing without --cluster: the replications run on this machine"), r.err());
        assertTrue(r.err().contains("warning: --secret-file changes nothing without --cluster"), r.err());
        CliRunner.Result zh = CliRunner.kefusim("compare", SHOP, "--replications", "2", "--cluster-name", "shop", "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("警告：--cluster-name 不与 --cluster 同用时不起作用：重复在本机运行"), zh.err());
        CliRunner.Result plain = CliRunner.kefusim("run", SHOP, "--replications", "2", "--threads", "1", "--out", dir.toString());
        assertFalse(plain.err().contains("changes nothing"), "options that work are not said: " + plain.err());
    }

    @Test
    void aSetOfAKeyOnlyAnotherCommandReadsIsSaid() {
        CliRunner.Result r = CliRunner.kefusim("run", SHOP, "--replications", "2", "--set", "availability.idle_gap=5m",
                "--set", "staffing.bounds=[{group: class, min: 1}]", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: --set availability.idle_gap changes nothing here: only kefusim backtest reads it"), r.err());
        assertTrue(r.err().contains("warning: --set staffing.bounds changes nothing here: only kefusim staff reads it"), r.err());
        CliRunner.Result staff = CliRunner.kefusim("staff", SHOP, "--target", "service-level>=0.5", "--max-simulations", "2", "--replications", "3",
                "--set", "staffing.bounds=[{group: class, min: 1}]", "--draws", "5", "--out", dir.toString(), "--lang", "zh");
        assertFalse(staff.err().contains("--set staffing.bounds"), "staff reads staffing: " + staff.err());
        assertTrue(staff.err().contains("警告：--draws 不与 --confidence 同用时不起作用"), staff.err());
        CliRunner.Result cost = CliRunner.kefusim("staff", SHOP, "--target", "lost-sales", "--per", "day", "--max-simulations", "2", "--replications", "3",
                "--out", dir.toString());
        assertTrue(cost.err().contains("warning: --per changes nothing with --target lost-sales"), cost.err());
        assertFalse(cost.out().contains("the goal was checked"), "no per-day hint for a goal that is not checked per anything: " + cost.out());
    }

    /** goalF: --max-abandon without --patience bounded nothing (no buyer gives up) but was printed in the goal ("at most 2.0% abandon"). */
    @Test
    void erlangSaysMaxAbandonChangesNothingWithoutPatience() {
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--target", "20s", "--max-abandon", "0.02");
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: --max-abandon changes nothing without --patience: without it no buyer gives up waiting, so no headcount has any abandoned; "
                + "give --patience (the buyers' mean patience, e.g. 2m) to bound abandonment\n", r.err());
        assertTrue(r.out().contains("Goal: 80.0% answered within 20 s\nAgents needed: 8\n"), r.out());
        assertEquals(CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--target", "20s").out(), r.out(), "the answer is the same");
        CliRunner.Result zh = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "8m", "--concurrency", "4", "--max-abandon", "0.02", "--lang", "zh");
        assertTrue(zh.err().startsWith("警告：--max-abandon 在没有 --patience 时不起作用"), zh.err());
        // with --patience it bounds abandonment, as before
        CliRunner.Result a = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--target", "20s", "--max-abandon", "0.02", "--patience", "1m");
        assertFalse(a.err().contains("changes nothing"), a.err());
        assertTrue(a.out().contains("Goal: 80.0% answered within 20 s, at most 2.0% abandon\nAgents needed: 9\n"), a.out());
    }

    @Test
    void erlangSaysTheOptionsItsModelDoesNotUse() {
        // one chat per agent: a wrap-up given apart from --handle would silently be staffed without
        CliRunner.Result r = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--wrap-up", "1m");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: --wrap-up changes nothing with one chat per agent"), r.err());
        assertEquals(CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m").out(), r.out(), "the answer is the same, and says so");
        CliRunner.Result zh = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--think", "60s", "--concurrency", "3", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("警告：--handle 与 --think 同用时不起作用"), zh.err());
        assertFalse(CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--concurrency", "3").err().contains("changes nothing"));
    }

    @Test
    void growthAndPreheatWithoutASaleDayAreSaid() {
        CliRunner.Result r = CliRunner.kefusim("forecast", BANK.toString(), "--for", "1999-02-15", "--growth", "1.5", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: --growth changes nothing: no day asked with --for follows a --sale day of the same month and day"), r.err());
        assertFalse(r.err().contains("--preheat"), "not typed, not said: " + r.err());
    }
}
