package io.kefusim.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 27's leftover: an uploaded scenario is kept in a scratch folder, so its trace named by a
 * relative path is read from the folder of the scenario the studio was started with.
 */
class UploadTracePathTest {
    @TempDir Path dir;

    @Test
    void anUploadsRelativeTraceIsReadFromTheStartFolder() throws Exception {
        Path shop = Files.createDirectories(dir.resolve("shop"));
        Files.createDirectories(shop.resolve("traces"));
        Files.copy(Path.of("scenarios/traces/synthetic-double11-eve.csv"), shop.resolve("traces/eve.csv"));
        String yaml = Files.readString(Path.of("scenarios/trace-replay.yaml")).replace("traces/synthetic-double11-eve.csv", "traces/eve.csv")
                .replaceAll("replications: \\d+", "replications: 1");
        Files.writeString(shop.resolve("start.yaml"), yaml);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Session s = new Session(pool, dir.resolve("out"), null);
            s.open(shop.resolve("start.yaml"));
            s.upload("mine.yaml", yaml); // the same text, uploaded: it lies in a scratch folder now
            assertTrue(s.file().toString().contains("kefusim-studio"), "the upload is a scratch copy: " + s.file());
            assertEquals(shop.resolve("traces/eve.csv").toAbsolutePath().normalize(), s.scenario().demand().trace(), "read from the start folder");
            // an absolute path is kept as it is; a missing relative one names where it was looked for
            String missing = yaml.replace("traces/eve.csv", "traces/none.csv");
            var e = assertThrows(RuntimeException.class, () -> s.upload("bad.yaml", missing));
            assertTrue(e.getMessage().contains(shop.resolve("traces/none.csv").toAbsolutePath().normalize().toString()), e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
