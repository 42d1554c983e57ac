package io.kefusim.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.TestScenarios;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code bot_deflection: {hourly: [24 shares]}}: the bot's share by local clock hour. Accepted
 * beside the scalar form (same key); any other form is one line naming file:line:column, the
 * field and what is allowed; written back by the hour.
 */
class BotHourlyLoaderTest {
    static final String NIGHT = "[1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.25]";

    static String scenario(String bot) {
        return io.kefusim.scenario.TestScenarios.MINIMAL + "buyers:\n  presale:\n    bot_deflection: " + bot + "\n";
    }

    @Test
    void theHourlyFormIsRead() {
        Scenario s = TestScenarios.yaml(scenario("{hourly: " + NIGHT + "}"));
        Scenario.BuyerType b = s.buyers().get(s.typeIndex("presale"));
        assertTrue(b.botHourly());
        assertEquals(1.0, b.botDeflection(0));
        assertEquals(1.0, b.botDeflection(6));
        assertEquals(0.0, b.botDeflection(7));
        assertEquals(0.5, b.botDeflection(22));
        assertEquals(0.25, b.botDeflection(23));
        assertEquals(7.75 / 24, b.botDeflection(), 1e-15); // the summary: the plain mean of the 24
        assertTrue(b.anyBot());
        Scenario.BuyerType other = s.buyers().get(s.typeIndex("aftersale"));
        assertFalse(other.botHourly());
        assertFalse(other.anyBot());
    }

    @Test
    void theScalarFormIsOneNumberForEveryHour() {
        Scenario.BuyerType b = TestScenarios.yaml(scenario("0.2")).buyers().get(0);
        assertFalse(b.botHourly());
        assertNull(b.botByHour());
        for (int h = 0; h < 24; h++) assertEquals(0.2, b.botDeflection(h));
    }

    @Test
    void theHourlyFormIsWrittenBackByTheHour() throws Exception {
        Scenario s = TestScenarios.yaml(scenario("{hourly: " + NIGHT + "}"));
        String resolved = new ObjectMapper().writeValueAsString(ScenarioWriter.toTree(s));
        assertTrue(resolved.contains("\"bot_deflection\":{\"hourly\":[1.0,1.0,1.0,1.0,1.0,1.0,1.0,0.0,"), resolved);
        Scenario again = TestScenarios.yaml(resolved);
        assertArrayEquals(s.buyers().get(0).botByHour(), again.buyers().get(0).botByHour());
    }

    private static String error(String bot, boolean chinese) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.yaml(scenario(bot)));
        assertFalse(e.describe(chinese).contains("\n"), e.describe(chinese));
        return e.describe(chinese);
    }

    @Test
    void badFormsAreOneLineNamingThePlaceTheFieldAndWhatIsAllowed() {
        assertEquals("test.yaml:16:30: buyers.presale.bot_deflection.hourly: an hourly bot share needs 24 values (one per clock hour, 0:00 first), found 3",
                error("{hourly: [1, 1, 1]}", false));
        assertEquals("test.yaml:16:30: buyers.presale.bot_deflection.hourly: 按小时的机器人分流占比需要 24 个值（每个钟点一个，从 0 点起），实际有 3 个",
                error("{hourly: [1, 1, 1]}", true));
        assertEquals("test.yaml:16:97: buyers.presale.bot_deflection.hourly[22]: 1.5 is out of range; allowed: 0 to 1",
                error("{hourly: " + NIGHT.replace("0.5", "1.5") + "}", false));
        assertEquals("test.yaml:16:97: buyers.presale.bot_deflection.hourly[22]: 'half' is not a number; allowed: a number from 0 to 1",
                error("{hourly: " + NIGHT.replace("0.5", "half") + "}", false));
        assertEquals("test.yaml:16:30: buyers.presale.bot_deflection.hourly: expected a list of 24 shares (one per clock hour, 0:00 first), each from 0 to 1",
                error("{hourly: 0.3}", false));
        assertEquals("test.yaml:16:22: buyers.presale.bot_deflection.by_hour: unknown key; allowed here: hourly",
                error("{by_hour: " + NIGHT + "}", false));
        assertEquals("test.yaml:16:21: buyers.presale.bot_deflection: a list is not allowed here; allowed: a share from 0 to 1, or {hourly: [24 shares from 0 to 1]}",
                error(NIGHT, false));
        assertEquals("test.yaml:16:21: buyers.presale.bot_deflection: 此处不能写列表；允许：0 到 1 的占比，或 {hourly: [24 个 0 到 1 的占比]}",
                error(NIGHT, true));
        assertEquals("test.yaml:16:21: buyers.presale.bot_deflection: 1.2 is out of range; allowed: 0 to 1", error("1.2", false));
    }
}
