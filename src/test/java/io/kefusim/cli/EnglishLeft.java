package io.kefusim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English left in text meant to be Chinese: runs of three or more plain ASCII words in a row
 * ("Show this help", "of 2 agents"). Names, keys, file names, options and units stand alone or in
 * pairs ("kefusim run --png", "Erlang A", "demand.scale=1.5", "60 s") and pass.
 */
public final class EnglishLeft {
    private EnglishLeft() {}

    private static final Pattern RUN = Pattern.compile("(?<![\\w.=/-])[A-Za-z]+(?:'[a-z]+)?(?:[ ,]+[A-Za-z]+(?:'[a-z]+)?(?![\\w.=/(\\[-])){2,}");

    /** The English word runs in {@code text}, each with its line, for a failure message. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = RUN.matcher(line);
            while (m.find()) found.add("'" + m.group() + "' in: " + line.strip());
        }
        return found;
    }
}
