package io.kefusim.studio;

import io.kefusim.report.Text;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Node;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.TreeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The studio's "Share resolved by the bot" for a type given by the hour: a factor on the file's 24
 * shares (capped at 1), said so in its label, never one number silently put in their place.
 */
class BotHourlyControlTest {
    @TempDir
    Path dir;

    static final String FILE = io.kefusim.scenario.TestScenarios.MINIMAL
            + "buyers:\n  presale:\n    bot_deflection: {hourly: [1, 1, 1, 1, 1, 1, 1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.4, 0.4]}\n"
            + "  aftersale:\n    bot_deflection: 0.1\n";

    @Test
    void theHourlyShareIsScaledNotReplaced() throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, FILE);
        Node root = TreeReader.read(f);
        Scenario s = ScenarioLoader.load(f, List.of());
        List<Controls.Control> cs = Controls.of(root, s, new Text("en"));
        Controls.Control hourly = cs.stream().filter(c -> c.key().equals("buyers.presale.bot_deflection.hourly")).findFirst().orElseThrow();
        assertEquals("Share resolved by the bot, by hour: presale (× each hour's share in the file; above 1 counts as 1)", hourly.label());
        assertEquals("1", hourly.value());
        assertTrue(cs.stream().noneMatch(c -> c.key().equals("buyers.presale.bot_deflection")), "no one-number control in place of the hours");
        assertEquals("机器人解决比例（按小时）：presale（乘以文件中每个钟点的比例；超过 1 按 1 计）",
                Controls.of(root, s, new Text("zh")).stream().filter(c -> c.key().endsWith(".hourly")).findFirst().orElseThrow().label());
        Controls.Control scalar = cs.stream().filter(c -> c.key().equals("buyers.aftersale.bot_deflection")).findFirst().orElseThrow();
        assertEquals("0.1", scalar.value());

        Scenario half = ScenarioLoader.load(f, Assignment.sets(Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "0.5"))));
        Scenario.BuyerType p = half.buyers().get(half.typeIndex("presale"));
        assertTrue(p.botHourly());
        assertEquals(0.5, p.botDeflection(0));
        assertEquals(0.1, p.botDeflection(7), 1e-12);
        assertEquals(0.2, p.botDeflection(23), 1e-12);
        Scenario twice = ScenarioLoader.load(f, Assignment.sets(Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "2"))));
        p = twice.buyers().get(twice.typeIndex("presale"));
        assertEquals(1.0, p.botDeflection(0)); // capped
        assertEquals(0.4, p.botDeflection(7), 1e-12);
        assertEquals(0.8, p.botDeflection(23), 1e-12);

        ScenarioException e = assertThrows(ScenarioException.class, () -> Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "lots")));
        // the page's factor is not a --set value (--set takes the 24 shares under this key): not blamed on --set
        assertEquals("studio: buyers.presale.bot_deflection.hourly: 'lots' is not allowed; allowed: a factor of 0 or more that multiplies each of the file's 24 hourly "
                + "shares (a share above 1 is taken as 1); on the command line this key takes the 24 shares themselves", e.describe());
        assertThrows(ScenarioException.class, () -> Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "-1")));
        assertThrows(ScenarioException.class, () -> Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "Infinity")));
        // what the page sends is a real --set: the 24 shares, which the command line takes as they are
        String sent = Controls.assignments(root, Map.of("buyers.presale.bot_deflection.hourly", "0.5")).get(0);
        assertTrue(sent.startsWith("buyers.presale.bot_deflection.hourly=[0.5, 0.5, "), sent);
        assertEquals(0.1, ScenarioLoader.load(f, Assignment.sets(sent)).buyers().get(0).botDeflection(7), 1e-12);
    }

    /**
     * Every control but the two studio.md names (breaks, and a by-hour bot share's factor) is a --set key: its value as the
     * page shows it is taken by the command line's --set, and a value out of the loader's range is refused with the loader's line.
     */
    @Test
    void everyOtherControlIsASetKeyBoundByTheLoadersRange() throws Exception {
        for (String example : List.of("scenarios/double11-medium-shop.yaml", "scenarios/small-shop-four-teams.yaml")) {
            Path f = Path.of(example);
            Node root = TreeReader.read(f);
            Scenario s = ScenarioLoader.load(f, List.of());
            for (Controls.Control c : Controls.of(root, s, new Text("en"))) {
                if (c.key().equals(Controls.BREAKS) || c.key().endsWith(Controls.BOT_HOURLY)) continue;
                assertDoesNotThrow(() -> ScenarioLoader.load(f, Assignment.sets(c.key() + "=" + c.value())), c.key());
                String bad = switch (c.kind()) {
                    case "int" -> "-1";
                    case "share" -> "1.5";
                    case "number" -> "1e7";
                    case "duration" -> "-5m";
                    default -> "[5m, 1m]";
                };
                ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Assignment.sets(Controls.assignments(root, Map.of(c.key(), bad)))), c.key());
                assertTrue(e.describe().startsWith("--set: " + c.key()), e.describe());
            }
        }
        ScenarioException scale = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"),
                Assignment.sets(Controls.assignments(TreeReader.read(Path.of("scenarios/double11-medium-shop.yaml")), Map.of("demand.scale", "1e7")))));
        assertEquals("--set: demand.scale: 10000000 is out of range; allowed: 0 to 1000000", scale.describe());
    }
}
