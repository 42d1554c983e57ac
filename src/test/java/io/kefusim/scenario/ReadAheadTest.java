package io.kefusim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** A scenario file read ahead (while the command line is set up) gives exactly what an ordinary read gives. */
class ReadAheadTest {
    @TempDir
    Path dir;

    private static Object asRun(Node root, Path file) {
        return ScenarioWriter.toTree(ScenarioLoader.bind(root, file));
    }

    @Test
    void theTreeReadAheadIsTheFilesTree() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.copy(Path.of("scenarios/double11-medium-shop.yaml"), file);
        Object plain = asRun(TreeReader.read(file), file);
        TreeReader.readAhead(file);
        Node early = TreeReader.read(file);
        assertEquals(plain, asRun(early, file));
        Node again = TreeReader.read(file);
        assertNotSame(early, again, "a tree read ahead is handed out once: callers change theirs (--set)");
        assertEquals(plain, asRun(again, file));
    }

    @Test
    void aFileChangedSinceIsReadAgain() throws Exception {
        Path file = dir.resolve("shop.yaml");
        String text = Files.readString(Path.of("scenarios/small-shop-ordinary-day.yaml"));
        Files.writeString(file, text);
        TreeReader.readAhead(file);
        Files.writeString(file, text.replaceFirst("(?m)^seed: *\\d+", "seed: 4242"));
        assertEquals(4242L, ScenarioLoader.bind(TreeReader.read(file), file).seed());
    }

    @Test
    void aBadFileIsReportedAsWithoutReadingAhead() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: x\nstart: [unclosed\n");
        String plain = assertThrows(ScenarioException.class, () -> TreeReader.read(file)).getMessage();
        TreeReader.readAhead(file);
        assertEquals(plain, assertThrows(ScenarioException.class, () -> TreeReader.read(file)).getMessage());
    }

    @Test
    void anotherFileIsNotGivenTheTreeReadAhead() throws Exception {
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        Files.copy(Path.of("scenarios/small-shop-ordinary-day.yaml"), a);
        Files.copy(Path.of("scenarios/double11-medium-shop.yaml"), b);
        TreeReader.readAhead(a);
        assertEquals(asRun(TreeReader.read(b), b), ScenarioWriter.toTree(ScenarioLoader.load(b, java.util.List.of())));
        assertEquals("small-shop-ordinary-day", ScenarioLoader.bind(TreeReader.read(a), a).name(), "a's tree still waits for a");
    }
}
