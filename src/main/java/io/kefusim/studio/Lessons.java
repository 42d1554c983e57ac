package io.kefusim.studio;

import java.util.List;
import java.util.Map;

/**
 * The response-time lesson (docs/guides/teacher.md) as three prepared steps on
 * scenarios/classroom-response-time.yaml: each pins one setting and shows another against it,
 * so a class sees the paired difference with its interval.
 */
final class Lessons {
    static final String SCENARIO = "classroom-response-time.yaml";

    /** {@code key} names the step's words in Text (studio_lesson_N_title, studio_lesson_N_text). */
    record Step(String key, Map<String, String> pinned, Map<String, String> current) {}

    static final List<Step> STEPS = List.of(
            new Step("studio_lesson_1", Map.of(), Map.of("agents[0].reply_time.mean", "60s")),
            new Step("studio_lesson_2", Map.of(), Map.of("roster[0].agents", "3")),
            new Step("studio_lesson_3", Map.of("agents[0].reply_time.mean", "20s"), Map.of("roster[0].agents", "5")));

    private Lessons() {}
}
