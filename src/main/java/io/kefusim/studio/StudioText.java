package io.kefusim.studio;

import io.kefusim.report.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page's words, looked up in the report's one catalogue ({@link Text}) in the page's language. */
final class StudioText {
    /** Studio keys and the report's chart words the page draws with. */
    static final List<String> KEYS = List.of("studio_title", "studio_lang_switch", "studio_example", "studio_upload", "studio_results_folder",
            "studio_open", "studio_controls", "studio_reset", "studio_progress", "studio_pin", "studio_unpin", "studio_pinned_note",
            "studio_compare", "studio_compare_wait", "studio_save", "studio_saved", "studio_teacher", "studio_lesson_1_title", "studio_lesson_1_text",
            "studio_lesson_2_title", "studio_lesson_2_text", "studio_lesson_3_title", "studio_lesson_3_text", "studio_on", "studio_off", "studio_file", "studio_start_fix",
            "ch_title_service_level", "ch_title_arrivals", "ch_arrived", "ch_agents", "ch_share_buyers", "ch_title_lost", "ch_lost_sales", "ch_agents_axis", "html_charts", "labelled");

    private StudioText() {}

    static Map<String, String> all(Text text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : KEYS) m.put(k, text.pattern(k)); // the page fills in %s and %1$d itself
        // the two edges of the service-level band, named so a tooltip does not read "95%" twice
        m.put("studio_ci_low", text.chinese() ? "95%置信区间下限" : "95% CI, lower");
        m.put("studio_ci_high", text.chinese() ? "95%置信区间上限" : "95% CI, upper");
        m.put("lang", text.chinese() ? "zh" : "en");
        return m;
    }
}
