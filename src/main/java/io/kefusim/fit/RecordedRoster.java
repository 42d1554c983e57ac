package io.kefusim.fit;

import io.kefusim.scenario.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staffing the records show, agent by agent: each on-duty span of an agent becomes a shift
 * from its first to its last second (not rounded to hours, so the replay has the capacity the
 * records show, no more), and the roster says how many agents worked that span on which dates.
 * Spans that cross midnight become shifts that cross midnight. The replay keeps whole seconds; a
 * scenario file is written to the nearest minute, as people (and YAML 1.1 readers, which take
 * {@code 07:02:55} for a number) write times of day.
 */
final class RecordedRoster {
    /** One span worked by {@code agents} agents on each of {@code dates}. */
    record Entry(String shift, int fromSec, int toSec, int agents, List<LocalDate> dates) {}

    final List<Entry> entries = new ArrayList<>();

    /** @param step the shifts' resolution in seconds: 1 for the replay, 60 for a scenario file */
    RecordedRoster(TreeMap<Long, List<double[]>> spans, int step) {
        Map<String, int[]> shiftTimes = new LinkedHashMap<>();
        Map<String, TreeMap<Long, Integer>> perDate = new TreeMap<>();
        for (Map.Entry<Long, List<double[]>> e : spans.entrySet()) {
            for (double[] s : e.getValue()) {
                int from = step * (int) Math.round(s[0] / step);
                int to = (int) Math.min(from + 86400 - step, Math.max(from + step, step * Math.round(s[1] / step)));
                if (from >= 86400) continue; // a span of a few seconds just before midnight, rounded to the next day
                String name = String.format(Locale.ROOT, "d%s_%s", compact(from, step), compact(to, step));
                shiftTimes.put(name, new int[]{from, to});
                perDate.computeIfAbsent(name, k -> new TreeMap<>()).merge(e.getKey(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, TreeMap<Long, Integer>> e : perDate.entrySet()) {
            Map<Integer, List<LocalDate>> byCount = new TreeMap<>();
            e.getValue().forEach((day, n) -> byCount.computeIfAbsent(n, k -> new ArrayList<>()).add(LocalDate.ofEpochDay(day)));
            int[] t = shiftTimes.get(e.getKey());
            byCount.forEach((n, dates) -> entries.add(new Entry(e.getKey(), t[0], t[1], n, List.copyOf(dates))));
        }
    }

    boolean isEmpty() { return entries.isEmpty(); }

    /** The shifts, for a scenario: a span past midnight wraps (to <= from). */
    Map<String, Scenario.Shift> shifts() {
        Map<String, Scenario.Shift> out = new LinkedHashMap<>();
        for (Entry e : entries) out.putIfAbsent(e.shift(), new Scenario.Shift(e.shift(), e.fromSec() % 86400, wrap(e.toSec()), List.of()));
        return out;
    }

    List<Scenario.RosterEntry> roster(String group) {
        return entries.stream().map(e -> new Scenario.RosterEntry(group, e.shift(), e.agents(), e.dates())).toList();
    }

    private static int wrap(int sec) { return sec == 86400 ? 86400 : sec % 86400; }

    private static String compact(int sec, int step) {
        return step % 60 == 0 ? String.format(Locale.ROOT, "%02d%02d", sec / 3600, sec / 60 % 60)
                : String.format(Locale.ROOT, "%02d%02d%02d", sec / 3600, sec / 60 % 60, sec % 60);
    }

    static String clock(int sec) {
        return sec % 60 == 0 ? String.format(Locale.ROOT, "%02d:%02d", sec / 3600, sec / 60 % 60)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60);
    }
}
