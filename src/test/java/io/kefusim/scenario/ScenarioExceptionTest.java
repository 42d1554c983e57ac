package io.kefusim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one line a bad input prints: file, line, field and message, in English or in Chinese. */
class ScenarioExceptionTest {
    @Test
    void describesInEitherLanguageAndFallsBackToEnglish() {
        ScenarioException both = new ScenarioException("x.yaml", 4, "replications", "'three' is not a whole number", "'three' 不是整数");
        assertEquals("x.yaml:4: replications: 'three' is not a whole number", both.describe());
        assertEquals("x.yaml:4: replications: 'three' is not a whole number", both.describe(false));
        assertEquals("x.yaml:4: replications: 'three' 不是整数", both.describe(true));
        // a message with no Chinese text yet reads in English in either language
        ScenarioException english = new ScenarioException("--lang", 0, null, "'fr' is not a language kefusim speaks");
        assertEquals("--lang: 'fr' is not a language kefusim speaks", english.describe(true));
        assertEquals("<scenario>: horizon: is required", new ScenarioException(null, 0, "horizon", "is required").describe(true));
    }
}
