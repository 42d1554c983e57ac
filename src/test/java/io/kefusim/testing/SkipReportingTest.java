package io.kefusim.testing;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A skipped test says why: as it is skipped, and again in the list at the end of the run. */
class SkipReportingTest {
    /** Run only by the test below (surefire leaves nested classes alone). */
    static class Sample {
        @Test
        void needsABrowser() {
            assumeTrue(false, "Debian's chromium is not installed (.ci/run installs it)");
        }

        @Test
        @Disabled("waits for issue 99")
        void later() {}

        @Test
        void runs() {}
    }

    @Test
    void aSkippedTestIsNamedWithItsReason() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build(),
                    new SkippedSummary());
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        String name = Sample.class.getName();
        // as each is skipped (SkipReporter, found by autodetection)
        assertTrue(out.contains("SKIPPED " + name + ".needsABrowser(): Debian's chromium is not installed (.ci/run installs it)\n"), out);
        assertTrue(out.contains("SKIPPED " + name + ".later(): disabled: waits for issue 99\n"), out);
        // and the list at the end (SkippedSummary)
        assertTrue(out.contains("2 tests skipped, and why:\n"), out);
        assertTrue(out.contains("  SKIPPED " + name + ".needsABrowser(): Debian's chromium"), out);
        assertTrue(!out.contains("runs()"), out);
    }
}
