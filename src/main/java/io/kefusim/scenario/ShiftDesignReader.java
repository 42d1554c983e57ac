package io.kefusim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code staffing.design} (see {@link ShiftDesign}); every key optional, defaults as DEFAULT. */
final class ShiftDesignReader {
    private static final double GRID = 300; // five minutes: the grid breaks are staggered on

    private ShiftDesignReader() {}

    static ShiftDesign read(Node n) {
        ShiftDesign d = ShiftDesign.DEFAULT;
        if (n.isNull()) return d;
        n.allowOnly("starts", "min_length", "max_length", "length_step", "break_for", "break_if_longer_than", "break_not_within", "max_share_on_break");
        double minLength = n.has("min_length") ? onGrid(n.req("min_length"), 3600, 24 * 3600) : d.minLength();
        double maxLength = n.has("max_length") ? onGrid(n.req("max_length"), 3600, 24 * 3600) : d.maxLength();
        if (maxLength < minLength) throw (n.has("max_length") ? n.req("max_length") : n.req("min_length"))
                .error("max_length must be at least min_length (" + Durations.format(minLength) + ")", "max_length 不能小于 min_length（" + Durations.format(minLength) + "）");
        double step = n.has("length_step") ? onGrid(n.req("length_step"), GRID, 24 * 3600) : d.lengthStep();
        double breakFor = n.has("break_for") ? onGrid(n.req("break_for"), 0, 2 * 3600) : d.breakFor();
        double longer = n.has("break_if_longer_than") ? onGrid(n.req("break_if_longer_than"), 0, 24 * 3600) : d.breakIfLongerThan();
        double within = n.has("break_not_within") ? onGrid(n.req("break_not_within"), 15 * 60, 12 * 3600) : d.breakNotWithin();
        double share = n.has("max_share_on_break") ? n.req("max_share_on_break").asDouble(0.01, 1) : d.maxShareOnBreak();
        if (!n.has("starts")) return ShiftDesign.every(d.startEvery(), minLength, maxLength, step, breakFor, longer, within, share);
        Node s = n.req("starts");
        if (s.isScalar()) {
            String t = s.text().trim();
            if (!t.startsWith("every ")) throw s.error("'" + t + "' is not allowed; allowed: every <duration> (e.g. every 1h, every 30m) or a list of times [\"08:00\", \"09:30\"]",
                    "不允许 '" + t + "'；允许：every <时长>（如 every 1h、every 30m）或时刻列表 [\"08:00\", \"09:30\"]");
            double every = onGrid(Node.scalar(s.file(), s.line(), s.path(), t.substring(6).trim()).at(s.column(), 0), GRID, 24 * 3600);
            return ShiftDesign.every(every, minLength, maxLength, step, breakFor, longer, within, share);
        }
        List<Node> items = s.items();
        if (items.isEmpty()) throw s.error("give at least one start time, e.g. [\"08:00\"]", "至少给一个开始时刻，如 [\"08:00\"]");
        int[] starts = new int[items.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = ScenarioLoader.timeOfDay(items.get(i), false);
            if (starts[i] % GRID != 0) throw items.get(i).error("'" + items.get(i).text().trim() + "' is not on the 5-minute grid; allowed: HH:MM with minutes a multiple of 5",
                    "'" + items.get(i).text().trim() + "' 不在 5 分钟网格上；允许：分钟为 5 的倍数的 HH:MM");
        }
        starts = Arrays.stream(starts).distinct().sorted().toArray();
        return new ShiftDesign(0, starts, minLength, maxLength, step, breakFor, longer, within, share);
    }

    /** A duration from min to max that is a whole number of five-minute steps. */
    private static double onGrid(Node n, double min, double max) {
        double v = n.asDuration();
        if (v < min || v > max || Math.abs(v / GRID - Math.rint(v / GRID)) > 1e-9) {
            throw n.error("'" + n.text().trim() + "' is not allowed; allowed: " + Durations.format(min) + " to " + Durations.format(max) + " in whole 5-minute steps",
                    "不允许 '" + n.text().trim() + "'；允许：" + Durations.format(min) + " 到 " + Durations.format(max) + "，5 分钟的整数倍");
        }
        return v;
    }

    static Map<String, Object> write(ShiftDesign d) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (d.startEvery() > 0) m.put("starts", "every " + Durations.format(d.startEvery()));
        else {
            List<String> starts = new ArrayList<>();
            for (int s : d.starts()) starts.add(String.format("%02d:%02d", s / 3600, s % 3600 / 60));
            m.put("starts", starts);
        }
        m.put("min_length", Durations.format(d.minLength()));
        m.put("max_length", Durations.format(d.maxLength()));
        m.put("length_step", Durations.format(d.lengthStep()));
        m.put("break_for", Durations.format(d.breakFor()));
        m.put("break_if_longer_than", Durations.format(d.breakIfLongerThan()));
        m.put("break_not_within", Durations.format(d.breakNotWithin()));
        m.put("max_share_on_break", d.maxShareOnBreak());
        return m;
    }
}
