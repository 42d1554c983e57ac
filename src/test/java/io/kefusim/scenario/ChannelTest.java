package io.kefusim.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A buyer type's channel decides what its first response is: the pick-up for a type served by
 * phone groups, the first human reply for one served by chat groups. A type served on both is
 * refused at load, in both languages, naming the field.
 */
class ChannelTest {
    private static final String BASE = """
            name: desks
            start: 2026-11-11T00:00
            horizon: 2h
            demand:
              pattern: {hourly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}
              mix: {presale: 0.7, aftersale: 0.3}
            agents:
              - {group: chat, skills: [presale]}
              - {group: hotline, channel: phone, skills: [SKILLS]}
            shifts:
              day: {from: "00:00", to: "12:00"}
            roster:
              - {group: chat, shift: day, agents: 2}
              - {group: hotline, shift: day, agents: 2}
            """;

    @Test
    void aTypeServedByPhoneOnlyIsAnsweredByThePickUp() {
        Scenario s = TestScenarios.yaml(BASE.replace("SKILLS", "aftersale"));
        assertFalse(s.phoneType(s.typeIndex("presale")));
        assertTrue(s.phoneType(s.typeIndex("aftersale")));
        assertEquals(Scenario.FirstResponse.BOTH, s.firstResponse());
        assertEquals(1, s.groups().get(1).concurrency(), "a phone agent takes one call at a time by default");
    }

    @Test
    void aTypeServedByPhoneAndChatIsRefusedInBothLanguages() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml(BASE.replace("SKILLS", "aftersale, presale")));
        assertEquals("test.yaml:9:31: agents[1].channel: buyer type 'presale' is served by chat in group 'chat' and by phone here; "
                + "a type's first response is either the pick-up (phone) or the first reply (chat), so serve it on one channel, "
                + "or split it into two types (e.g. presale and presale_phone)", e.describe());
        assertTrue(e.describe(true).startsWith("test.yaml:9:31: agents[1].channel: 买家类型 'presale' 在客服组 'chat' 用在线聊天（chat）接待、在此用电话（phone）接待"),
                e.describe(true));
    }

    @Test
    void aPhoneGroupHoldingSeveralCallsIsRefusedAtTheKey() {
        // one agent cannot talk to three callers: the run read a service level of 100%
        String yaml = BASE.replace("SKILLS", "aftersale").replace("skills: [aftersale]}", "skills: [aftersale], concurrency: 3}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml(yaml));
        assertEquals("test.yaml:9:72: agents[1].concurrency: 3 calls at once: a phone agent takes one call at a time; "
                + "allowed: 1, or leave concurrency out (channel: phone)", e.describe());
        assertEquals("test.yaml:9:72: agents[1].concurrency: 同时 3 个电话：电话客服一次只能接一个电话；允许：1，或不写 concurrency（channel: phone）",
                e.describe(true));
        // said as 1 it loads, as does a chat group holding three chats
        assertEquals(1, TestScenarios.yaml(yaml.replace("concurrency: 3", "concurrency: 1")).groups().get(1).concurrency());
        assertEquals(3, TestScenarios.yaml(yaml.replace("channel: phone, ", "")).groups().get(1).concurrency());
    }

    @Test
    void theResolvedScenarioKeepsTheChannel() throws Exception {
        Scenario s = TestScenarios.yaml(BASE.replace("SKILLS", "aftersale"));
        String resolved = new ObjectMapper().writeValueAsString(ScenarioWriter.toTree(s));
        Scenario again = TestScenarios.yaml(resolved);
        assertEquals("phone", again.groups().get(1).channel());
        assertEquals(Scenario.FirstResponse.BOTH, again.firstResponse());
    }
}
