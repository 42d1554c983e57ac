package io.kefusim.cli;

import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester19: backtest said "Talk times replayed" / 重放的通话时长 of a chat shop, whose agents type
 * replies; and erlang's Chinese table kept its English head P(wait). (fit's and backtest's Chinese
 * durations, 20秒 not 20s, are in AnswersFasterTest.)
 */
class ReplayAndErlangWordsTest {
    private static final String DESK = "name: desk\nstart: 2026-11-11T08:00\nhorizon: 4h\n"
            + "demand: {pattern: {hourly: [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]}, mix: {presale: 1}}\n"
            + "agents: [{group: a, skills: [presale], channel: CHANNEL}]\n"
            + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: a, shift: all, agents: 2}]\n";

    @Test
    void theReplayedTimesAreTalkOnAPhoneDeskAndRepliesOnAChatDesk() {
        Scenario phone = io.kefusim.TestScenarios.yaml(DESK.replace("CHANNEL", "phone")), chat = io.kefusim.TestScenarios.yaml(DESK.replace("CHANNEL", "chat"));
        Text en = new Text("en"), zh = new Text("zh");
        assertEquals("Talk times replayed: x.", Words.channel(en, phone, "bv_talk", "x"));
        assertEquals("重放的通话时长：x。", Words.channel(zh, phone, "bv_talk", "x"));
        assertEquals("Reply times replayed: x.", Words.channel(en, chat, "bv_talk", "x"));
        assertEquals("重放的回复时长：x。", Words.channel(zh, chat, "bv_talk", "x"));
    }

    @Test
    void erlangsChineseTableSaysTheWaitProbabilityInChinese() {
        CliRunner.Result zh = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("     客服     占用率   等待概率  2分钟内接起"), zh.out());
        assertFalse(zh.out().contains("P(wait)"), zh.out());
        CliRunner.Result en = CliRunner.kefusim("erlang", "--rate", "100", "--handle", "3m");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("P(wait)"), en.out());
    }
}
