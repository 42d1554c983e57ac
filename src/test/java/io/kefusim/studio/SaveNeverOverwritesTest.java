package io.kefusim.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The studio's Save never overwrites a scenario file saved before (tester18: a second Save replaced the first without a word). */
class SaveNeverOverwritesTest {
    @TempDir
    Path dir;

    @Test
    void eachSaveGetsItsOwnFile() throws Exception {
        Path first = Session.saveNew(dir, "shop", "name: shop\n# first\n");
        Path second = Session.saveNew(dir, "shop", "name: shop\n# second\n");
        Path third = Session.saveNew(dir, "shop", "name: shop\n# third\n");
        assertEquals(dir.resolve("shop-studio.yaml"), first);
        assertEquals(dir.resolve("shop-studio-2.yaml"), second);
        assertEquals(dir.resolve("shop-studio-3.yaml"), third);
        assertEquals("name: shop\n# first\n", Files.readString(first), "the first save is kept as it was");
        assertEquals("name: shop\n# second\n", Files.readString(second));
    }
}
