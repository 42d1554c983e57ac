package io.kefusim.scenario;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester24: a tab after "order_value:" (k12b.yaml) or before a comment (k12c.yaml) was refused "a tab character; allowed:
 * spaces only, to indent", a tab that indents nothing. The YAML reader refuses it too (YAML 1.1); it is read as a space now.
 * A tab that indents (k12.yaml) is still refused, so.
 */
class SeparatingTabTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        try (var in = SeparatingTabTest.class.getResourceAsStream("t24/" + name)) { Files.copy(in, dir.resolve(name)); }
        return dir.resolve(name);
    }

    @Test
    void aTabBetweenValuesIsASpace() throws Exception {
        Scenario b = ScenarioLoader.load(copy("k12b.yaml"), List.of());
        assertEquals(150, b.buyers().get(0).orderValue());
        assertEquals(16, b.origins().at("buyers.presale.order_value").line());
        Scenario c = ScenarioLoader.load(copy("k12c.yaml"), List.of());
        assertArrayEquals(new String[]{"presale", "aftersale"}, c.demand().mixTypes());
        CliRunner.Result v = CliRunner.kefusim("validate", dir.resolve("k12b.yaml").toString());
        assertEquals(0, v.code(), v.err());
        CliRunner.Result k = CliRunner.kefusim("validate", copy("k12.yaml").toString());
        assertEquals(2, k.code());
        assertEquals("error: " + dir.resolve("k12.yaml") + ":16:1: not valid YAML: a tab character; allowed: spaces only, to indent\n", k.err());
    }

    @Test
    void onlyTabsThatSeparateAreSpaces() {
        assertEquals("a: 150", TreeReader.separatingTabs("a:\t150"));
        assertEquals("a: {b: 1} # c", TreeReader.separatingTabs("a: {b: 1}\t# c"));
        assertEquals("a: [1, 2 ]", TreeReader.separatingTabs("a: [1,\t2\t]"));
        assertEquals("-  1", TreeReader.separatingTabs("- \t1"));
        assertEquals("\ta: 1", TreeReader.separatingTabs("\ta: 1"));                        // indents: refused by the reader, as before
        assertEquals("a: \"x:\ty\"", TreeReader.separatingTabs("a: \"x:\ty\""));              // in quotes: text
        assertEquals("a: x\ty", TreeReader.separatingTabs("a: x\ty"));                        // inside a word: text
        assertEquals("a: 1 # b:\tc", TreeReader.separatingTabs("a: 1 # b:\tc"));              // in a comment
        assertEquals("a: |\n  k:\tv\nb: 1", TreeReader.separatingTabs("a: |\n  k:\tv\nb:\t1")); // a block scalar's lines are text
    }
}
