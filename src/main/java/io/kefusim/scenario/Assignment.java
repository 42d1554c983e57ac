package io.kefusim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * One override of a scenario value, {@code key=value}, and the option that gave it: {@code --set}
 * and {@code --vary} (the key written with the value), or an option typed as itself
 * ({@code --replications 5}, {@code --seed 3}). A mistake in it is blamed on that option; for a
 * typed option, which names its key itself, without repeating the key.
 *
 * @param option the option the value came from, as the user typed it ({@code --set}, {@code --replications})
 * @param text   {@code key=value}
 * @param typed  whether the option stands for its key ({@code --seed} for {@code seed})
 */
public record Assignment(String option, String text, boolean typed) {
    public static final String SET = "--set";
    public static final String VARY = "--vary";

    /** {@code --set key=value} (also a studio page's settings, which are loaded as --set). */
    public static Assignment set(String text) {
        return new Assignment(SET, text, false);
    }

    /** A sweep point's value of a {@code --vary} key. */
    public static Assignment vary(String key, String value) {
        return new Assignment(VARY, key + "=" + value, false);
    }

    /** {@code --replications 5} for {@code replications=5}: an error names {@code --replications}, not --set. */
    public static Assignment typed(String option, String key, Object value) {
        return new Assignment(option, key + "=" + value, true);
    }

    /** Each {@code key=value} as given by {@code --set}, in order. */
    public static List<Assignment> sets(List<String> texts) {
        List<Assignment> out = new ArrayList<>();
        for (String t : texts) out.add(set(t));
        return out;
    }

    /** Each {@code key=value} as given by {@code --set}, in order. */
    public static List<Assignment> sets(String... texts) {
        return sets(List.of(texts));
    }
}
