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

    /** The service-level label names what counts as answered: a chat's first reply, a call's pick-up, or each by its channel. */
    @Test
    void serviceLevelLabelSaysWhatCountsAsAnswered() {
        String desk = "name: l\nstart: 2026-11-11T00:00\nhorizon: 1h\nservice_level_target: 20s\n"
                + "demand: {pattern: {hourly: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]}, mix: {presale: 0.5, aftersale: 0.5}}\n"
                + "agents: [{group: a, skills: [presale], channel: A}, {group: b, skills: [aftersale], channel: B}]\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: a, shift: all, agents: 1}, {group: b, shift: all, agents: 1}]\n";
        io.kefusim.scenario.Scenario chat = io.kefusim.TestScenarios.yaml(desk.replace("A", "chat").replace("B", "chat"));
        io.kefusim.scenario.Scenario phone = io.kefusim.TestScenarios.yaml(desk.replace("A", "phone").replace("B", "phone"));
        io.kefusim.scenario.Scenario both = io.kefusim.TestScenarios.yaml(desk.replace("A", "chat").replace("B", "phone"));
        Text en = new Text("en"), zh = new Text("zh");
        assertEquals("Service level (first reply within 20 s)", Words.serviceLevel(en, chat, "service_level"));
        assertEquals("Service level (calls picked up within 20 s)", Words.serviceLevel(en, phone, "service_level"));
        assertEquals("Service level (within 20 s: chats' first reply, calls' pick-up)", Words.serviceLevel(en, both, "service_level"));
        assertEquals("服务水平（20秒内接起电话）", Words.serviceLevel(zh, phone, "service_level"));
        assertEquals("Picked up within 20 s (service level)", Words.figure(en, phone, "service_level"));
        assertEquals("pick-up", Summary.firstResponseMeans(phone));
        assertEquals("Not picked up within 2 min", Words.figure(en, phone, "missed_2m_share"));
        assertEquals("No human reply within 2 min", Words.figure(en, chat, "missed_2m_share"));
    }

    /**
     * Staff's table shows "scheduled pay" beside "Labour cost", and on Double 11 the first is the
     * larger (85,540 against 66,774): the note under the by-date table says why, naming the column
     * as the table does, in both languages.
     */
    @Test
    void theStaffNoteNamesTheScheduledPayColumn() {
        for (String lang : new String[]{"en", "zh"}) {
            Text t = new Text(lang);
            String column = t.get("sp_pay").replaceAll(" ?[（(].*", "");
            assertTrue(t.get("sa_rule").toLowerCase(java.util.Locale.ROOT).contains(column.toLowerCase(java.util.Locale.ROOT)), lang + ": " + t.get("sa_rule"));
        }
    }
}
