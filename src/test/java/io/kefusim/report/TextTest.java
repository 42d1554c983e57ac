package io.kefusim.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class TextTest {
    private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    /** The argument conversions of a pattern in argument order (explicit indexes respected). */
    private static List<Character> conversions(String pattern) {
        Matcher m = SPEC.matcher(pattern);
        int next = 0;
        List<Character> byIndex = new ArrayList<>();
        while (m.find()) {
            char c = m.group(3).charAt(0);
            if (c == '%' || c == 'n') continue;
            int index = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) - 1 : next++;
            while (byIndex.size() <= index) byIndex.add(null);
            byIndex.set(index, c);
        }
        return byIndex;
    }

    private static Object sample(char c) {
        return switch (c) {
            case 'd' -> 12;
            case 'f' -> 1.5;
            default -> "x";
        };
    }

    @Test
    void everyMessageFormatsInBothLanguagesWithTheSameArguments() {
        for (String key : Text.keys()) {
            List<Character> en = conversions(Text.pattern(key, 0)), zh = conversions(Text.pattern(key, 1));
            if (!Text.pattern(key, 1).isEmpty() && !Text.pattern(key, 0).isEmpty()) {
                assertEquals(en, zh, key + ": English and Chinese take the same arguments");
            }
            Object[] args = en.stream().map(TextTest::sample).toArray();
            for (String lang : new String[]{"en", "zh"}) {
                Text t = new Text(lang);
                // every message is formatted, so a literal % must be written %%
                String shown = assertDoesNotThrow(() -> t.get(key, args), key + " in " + lang);
                assertFalse(shown.contains("%%"), key + " shows a doubled %: " + shown);
            }
        }
    }
}
