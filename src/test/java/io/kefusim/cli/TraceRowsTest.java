package io.kefusim.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tester24's trace on the way into the model: a 2-hour run replaying tr-base.csv (40 rows, 22 presale and
 * 18 aftersale, every row giving its type and message count), one group g1 of 3 agents.
 */
class TraceRowsTest {
    static final Path DIR = Path.of("src/test/resources/io/kefusim/trace24");
    static final String B = DIR.resolve("b.yaml").toString();

    @Test
    void aTypeNobodyServesIsCountedByTheTracesRowsNotTheMix() {
        String said = "warning: " + B + ":8: demand.trace: 'aftersale' buyers (18 of the 40 chats the trace replays, 45%) need an agent, "
                + "but no agent group lists 'aftersale' in its skills: every one of them will wait and leave unanswered; add it to a group's skills "
                + "(the trace's rows give their types, so demand.mix does not send them)";
        CliRunner.Result v = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains(said), v.out());
        assertFalse(v.out().contains("30%"), v.out()); // the mix's share, which no row follows
        // the old advice followed (the mix gives aftersale 0): the 18 rows still come, and are still said
        CliRunner.Result mix0 = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]", "--set", "demand.mix.presale=1", "--set", "demand.mix.aftersale=0");
        assertTrue(mix0.out().contains(said), mix0.out());
        CliRunner.Result zh = CliRunner.kefusim("validate", B, "--set", "agents[0].skills=[presale]", "--lang", "zh");
        assertTrue(zh.out().contains("demand.trace: 买家类型“aftersale”（记录回放的 40 个咨询中的 18 个，45%）需要人工接待，但没有任何客服组的技能包含“aftersale”"), zh.out());
        // a type only the mix names, with no row of it, brings no buyer: not warned as unserved
        CliRunner.Result compl = CliRunner.kefusim("validate", B, "--set", "demand.mix.presale=0.5", "--set", "demand.mix.complaint=0.2");
        assertEquals(0, compl.code(), compl.err());
        assertFalse(compl.out().contains("coverage.type_unserved") || compl.out().contains("'complaint' buyers ("), compl.out());
    }
}
