package io.kefusim.scenario;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a list of names or values is joined for a reader: ", " in English, "、" in Chinese (the
 * enumeration comma; "，" stands between clauses, not between the items of a list). The one place
 * that says so: messages built here and in the report's catalogue ({@code Text}) both use it.
 */
public final class Lists {
    private Lists() {}

    public static final String ENGLISH = ", ";
    public static final String CHINESE = "、";

    /** The items, each as {@code String.valueOf} writes it, joined for the language. */
    public static String join(Collection<?> items, boolean chinese) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(chinese ? CHINESE : ENGLISH));
    }
}
