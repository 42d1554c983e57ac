package io.kefusim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** An override carries the option that gave it, and its mistake is blamed on that option, whatever its text. */
class AssignmentTest {
    @TempDir
    Path dir;

    private String error(Assignment... overrides) throws Exception {
        Path f = Files.writeString(dir.resolve("shop.yaml"), TestScenarios.MINIMAL);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of(overrides))).describe();
    }

    @Test
    void eachOptionIsNamedAndATypedOneWithoutItsKey() throws Exception {
        assertEquals("--set: service_level_goal: 1.5 is out of range; allowed: 0 to 1", error(Assignment.set("service_level_goal=1.5")));
        assertEquals("--vary: service_level_goal: 1.5 is out of range; allowed: 0 to 1", error(Assignment.vary("service_level_goal", "1.5")));
        assertEquals("--replications: 0 is out of range; allowed: 1 to 100000", error(Assignment.typed("--replications", "replications", 0)));
        assertEquals("--set: replications: 0 is out of range; allowed: 1 to 100000", error(Assignment.set("replications=0")),
                "the same value by --set keeps its key");
        assertEquals("--replications: 0 is out of range; allowed: 1 to 100000",
                error(Assignment.set("replications=5"), Assignment.typed("--replications", "replications", 0)), "the last value is the one blamed");
    }

    @Test
    void aSetValueIsNeverTakenForAnotherOption() throws Exception {
        // the old shortcut tagged typed options with NUL characters inside the text: a --set (or a
        // studio setting, whose keys come from a request body) that began with the tag was blamed on --replications
        String e = error(Assignment.set("\0--replications\0replications=0"));
        assertTrue(e.startsWith("--set: --replications\0replications: unknown key; allowed here: name, start,"), e);
    }
}
