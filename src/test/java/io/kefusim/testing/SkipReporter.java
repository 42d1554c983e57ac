package io.kefusim.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.Optional;

/**
 * Says why a test was skipped. Surefire counts skipped tests ("Skipped: 2") but never prints an
 * assumption's message, so a suite that silently skipped its browser tests looked like a pass.
 * Registered for every test by ServiceLoader (META-INF/services, with
 * junit.jupiter.extensions.autodetection.enabled in junit-platform.properties); each skip prints one
 * line {@code SKIPPED Class.method(): why} in the build's log.
 */
public final class SkipReporter implements TestWatcher {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        report(context, cause == null || cause.getMessage() == null ? "an assumption failed" : cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        report(context, "disabled" + reason.map(r -> ": " + r).orElse(""));
    }

    static void report(ExtensionContext context, String why) {
        String where = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName() + "()";
        String line = "SKIPPED " + where + ": " + why.replaceFirst("^Assumption failed: ", "");
        // stdout goes to the build log with the test class's output; stderr too, in case stdout is redirected to files
        System.out.println(line);
        System.out.flush();
    }
}
