package io.kefusim.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * At the end of a test run, lists every skipped test with its reason (registered by ServiceLoader,
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener). {@link SkipReporter} says
 * the same at the moment each is skipped; this repeats them where the eye lands, beside
 * surefire's "Skipped: N".
 */
public final class SkippedSummary implements TestExecutionListener {
    private final List<String> skipped = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(name(test) + ": disabled: " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED)
            skipped.add(name(test) + ": " + result.getThrowable().map(Throwable::getMessage).orElse("an assumption failed")
                    .replaceFirst("^Assumption failed: ", ""));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.isEmpty()) return;
        StringBuilder b = new StringBuilder("\n" + skipped.size() + (skipped.size() == 1 ? " test" : " tests") + " skipped, and why:\n");
        for (String s : skipped) b.append("  SKIPPED ").append(s).append('\n');
        System.out.print(b);
        System.out.flush();
    }

    private static String name(TestIdentifier test) {
        String id = test.getUniqueId();
        String cls = id.replaceAll(".*\\[class:([^\\]]+)\\].*", "$1");
        return (cls.equals(id) ? "" : cls + ".") + test.getLegacyReportingName();
    }
}
