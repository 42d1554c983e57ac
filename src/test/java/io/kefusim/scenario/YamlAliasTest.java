package io.kefusim.scenario;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester24: "aftersale: *buyer" was read as the word "buyer" ("expected a mapping …, found 'buyer'") and a merge key
 * "<<: *buyer" as an unknown key. Anchors, aliases and merge keys are read now, each repeated value at the anchor's line.
 */
class YamlAliasTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        try (var in = YamlAliasTest.class.getResourceAsStream("t24/" + name)) { Files.copy(in, dir.resolve(name)); }
        return dir.resolve(name);
    }

    @Test
    void anAliasRepeatsTheAnchoredValue() throws Exception {
        Scenario s = ScenarioLoader.load(copy("k10b.yaml"), List.of());
        Scenario.BuyerType pre = s.buyers().get(0), after = s.buyers().get(1);
        assertEquals("aftersale", after.name());
        assertEquals(150, after.orderValue());
        assertEquals(0.4, after.conversion());
        assertEquals(pre.patience(), after.patience());
        assertEquals(16, s.origins().at("buyers.aftersale.order_value").line()); // the anchor's line
    }

    @Test
    void aMergeKeyTakesTheAnchorsKeysAndTheKeysWrittenBesideItWin() throws Exception {
        Scenario s = ScenarioLoader.load(copy("k10.yaml"), List.of());
        Scenario.BuyerType after = s.buyers().get(1);
        assertEquals(0.0, after.conversion());                 // written beside <<
        assertEquals(600.0, after.patience().a(), 1e-9);       // 10m, written beside <<, not the anchor's 3m
        assertEquals(150, after.orderValue());                 // from the anchor
        assertEquals(20, s.origins().at("buyers.aftersale.conversion").line());
        assertEquals(16, s.origins().at("buyers.aftersale.order_value").line());
        CliRunner.Result v = CliRunner.kefusim("validate", dir.resolve("k10.yaml").toString());
        assertEquals(0, v.code(), v.err());
        assertFalse((v.out() + v.err()).contains("unknown key"), v.out() + v.err());
    }

    @Test
    void anAliasWithoutItsAnchorIsOneLine() throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.writeString(f, Files.readString(copy("k10b.yaml")).replace("aftersale: *buyer", "aftersale: *buyr"));
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString());
        assertEquals(2, v.code());
        assertEquals("error: " + f + ":18:14: buyers.aftersale: the alias *buyr names no anchor before it; allowed: an alias after the value it repeats, marked &buyr\n", v.err());
        CliRunner.Result z = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertEquals("错误：" + f + ":18:14: buyers.aftersale: 别名 *buyr 之前没有同名的锚点；允许：先在要重复的值前写 &buyr，再在后面写别名\n", z.err());
    }
}
