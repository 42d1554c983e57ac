package io.kefusim.fit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** fitted.yaml says in its agent group that the records hold no pay, where monthly_pay would go (fitwarn9). */
class FitPayCommentTest {
    @TempDir
    Path dir;

    @Test
    void theAgentGroupSaysThePayIsNotInTheRecords() throws Exception {
        String y = Files.readString(FittedShop.in(dir).fitted());
        int from = y.indexOf("\nagents:\n") + 1;
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n[a-z]").matcher(y);
        String agents = y.substring(from, next.find(from) ? next.start() : y.length()); // the group, to the next top-level key
        assertTrue(agents.contains("\n    # monthly_pay: not in the records: kefusim's default for the level is used; set your own"), agents);
    }
}
