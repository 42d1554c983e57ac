package io.kefusim.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Random valid scenarios as trees of text (every scalar as it would be typed), for the
 * round-trip property test: every key the loader reads, each in the forms a person may write
 * (1h30m, PT0.25S, 1.5m, 250ms, 0.0000000001s, 1e-300, many decimals) and at its edges.
 * A runnable one has a small horizon and little demand, so it runs in a fraction of a second.
 */
final class ScenarioGenerator {
    private static final List<String> NAMES = List.of("shop", "双十一店铺", "null", "true", "123", "1e5", "a.b-c_d", "no", "Yes", "1_000");
    private static final List<String> TYPES = List.of("presale", "aftersale", "complaint", "退款", "vip-1", "null");
    private static final List<String> ZONES = List.of("Asia/Shanghai", "UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");

    private final Random r;
    private final Path dir;
    private boolean runnable;
    /** One channel a scenario, said or left to its default: a type served by phone and chat groups both is refused. */
    private String channel;

    ScenarioGenerator(long seed, Path dir) {
        this.r = new Random(seed);
        this.dir = dir;
    }

    Map<String, Object> scenario(boolean runnable) throws IOException {
        this.runnable = runnable;
        this.channel = pick(Arrays.asList(null, "chat", "phone"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", pick(NAMES));
        LocalDateText start = runnable ? new LocalDateText(2026, 11, 1 + r.nextInt(20)) : date();
        m.put("start", start.text() + (runnable ? pick(List.of("", "T00:00")) : pick(List.of("", "T" + clock(false, false), " " + clock(false, true)))));
        if (r.nextBoolean()) m.put("zone", pick(ZONES));
        double horizon = runnable ? 600 + r.nextInt(6600) : 0;
        String h = runnable ? Durations.format(horizon) : duration(1, 3650 * 86400.0);
        if (runnable && r.nextBoolean()) h = String.valueOf(horizon) + "s";
        m.put("horizon", h);
        double hSec = Durations.parse(h);
        if (r.nextBoolean()) m.put("warmup", duration(0, hSec * 0.999));
        m.put("replications", runnable ? "2" : String.valueOf(1 + r.nextInt(100_000)));
        if (r.nextBoolean()) m.put("seed", String.valueOf(r.nextLong()));
        if (r.nextBoolean()) m.put("interval", runnable ? pick(List.of("1h", "30m", "PT20M", "900.5s", "1h0.25s")) : duration(Math.max(1, hSec / 100_000), hSec));
        if (r.nextBoolean()) m.put("service_level_target", duration(1e-9, 3600));
        if (r.nextBoolean()) m.put("service_level_goal", number(0, 1));
        if (r.nextBoolean()) m.put("deadlines", deadlines());
        List<String> types = new ArrayList<>();
        for (String t : TYPES) if (r.nextInt(3) > 0 || types.isEmpty() && t.equals("null")) types.add(t);
        m.put("demand", demand(types, start));
        Map<String, Object> buyers = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(types);
        if (r.nextInt(4) == 0) all.add("extra");
        for (String t : all) if (r.nextBoolean() || !types.contains(t)) buyers.put(t, buyer());
        if (!buyers.isEmpty()) m.put("buyers", buyers);
        List<String> groups = new ArrayList<>();
        List<Object> agents = new ArrayList<>();
        for (int g = 0, n = 1 + r.nextInt(3); g < n; g++) {
            groups.add("g" + g);
            agents.add(group("g" + g, all));
        }
        m.put("agents", agents);
        Map<String, Object> shifts = new LinkedHashMap<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) shifts.put("s" + i, shift());
        m.put("shifts", shifts);
        int way = r.nextInt(runnable ? 2 : 3);
        if (way == 0 || r.nextInt(4) == 0) m.put("roster", roster(groups, shifts.keySet(), start));
        if (way == 1) m.put("teams", teams(groups, shifts.keySet(), start));
        if (way == 2 || r.nextInt(4) == 0) m.put("staffing", Map.of("bounds", bounds(groups, shifts.keySet(), start)));
        if (r.nextBoolean()) m.put("absence", number(0, 1));
        if (r.nextBoolean()) m.put("costs", costs());
        if (r.nextBoolean()) m.put("labour", labour());
        if (r.nextBoolean()) m.put("availability", map("idle_gap", duration(60, 24 * 3600)));
        return m;
    }

    // ---- parts ----------------------------------------------------------------------

    private Map<String, Object> deadlines() {
        Map<String, Object> d = new LinkedHashMap<>();
        TreeMap<Double, String> fr = new TreeMap<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            String t = duration(1e-9, 86400 * 3);
            fr.put(Durations.parse(t), t);
        }
        d.put("first_response", new ArrayList<>(fr.values()));
        if (r.nextBoolean()) d.put("reply", duration(1e-9, 86400));
        return d;
    }

    private Map<String, Object> demand(List<String> types, LocalDateText start) throws IOException {
        Map<String, Object> d = new LinkedHashMap<>();
        if (r.nextInt(6) == 0) {
            Path trace = dir.resolve("trace-" + r.nextInt(1_000_000) + ".csv");
            StringBuilder csv = new StringBuilder("time,type,messages\n");
            for (int i = 0; i < 20; i++) csv.append(start.text()).append(String.format(" 00:%02d:%02d.%03d,%s,%d%n", i, r.nextInt(60), r.nextInt(1000), pick(types), 1 + r.nextInt(5)));
            Files.writeString(trace, csv);
            d.put("trace", trace.getFileName().toString());
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            int n = r.nextBoolean() ? 24 : 96;
            p.put(n == 24 ? "hourly" : "quarter_hourly", rates(n));
            if (r.nextBoolean()) {
                Map<String, Object> wd = new LinkedHashMap<>();
                for (String day : ScenarioLoader.WEEKDAYS) if (r.nextInt(3) == 0) wd.put(day, rates(n));
                p.put("weekdays", wd);
            }
            d.put("pattern", p);
        }
        if (r.nextBoolean()) d.put("scale", number(0, runnable ? 2 : 1e6));
        if (r.nextBoolean()) {
            List<Object> days = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                String date = runnable ? start.plusDays(r.nextInt(2)).text() : date().text();
                if (!seen.add(date)) continue;
                Map<String, Object> day = new LinkedHashMap<>();
                day.put("date", date);
                if (r.nextBoolean()) day.put("scale", number(0, runnable ? 3 : 1e6));
                if (r.nextBoolean()) {
                    List<Object> peaks = new ArrayList<>();
                    for (int k = 0, np = 1 + r.nextInt(2); k < np; k++) {
                        String from = clock(false, r.nextBoolean()), to;
                        do to = clock(true, r.nextBoolean()); while (sec(to) == sec(from));
                        peaks.add(map("from", from, "to", to, "scale", number(0, runnable ? 3 : 1e6)));
                    }
                    day.put("peaks", peaks);
                }
                days.add(day);
            }
            d.put("days", days);
        }
        if (types.equals(ScenarioLoader.DEFAULT_TYPES.subList(0, 3)) && r.nextBoolean()) return d; // the default mix
        Map<String, Object> mix = new LinkedHashMap<>();
        boolean hourly = r.nextBoolean();
        double[][] shares = new double[24][];
        for (int h = 0; h < 24; h++) shares[h] = hourly || h == 0 ? partition(types.size()) : shares[0];
        for (int t = 0; t < types.size(); t++) {
            if (!hourly) { mix.put(types.get(t), text(shares[0][t])); continue; }
            List<Object> l = new ArrayList<>();
            for (int h = 0; h < 24; h++) l.add(text(shares[h][t]));
            mix.put(types.get(t), l);
        }
        d.put("mix", mix);
        return d;
    }

    /** Shares adding up to 1 (the last one takes the rest), with as many decimals as a double has. */
    private double[] partition(int n) {
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += p[i] = r.nextInt(5) == 0 ? 0 : r.nextDouble();
        if (sum == 0) { p[0] = 1; sum = 1; }
        double rest = 1;
        for (int i = 0; i < n - 1; i++) rest -= p[i] = p[i] / sum;
        p[n - 1] = Math.max(0, rest);
        return p;
    }

    private List<Object> rates(int n) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(number(0, runnable ? 30 : 1e6));
        return l;
    }

    private Map<String, Object> buyer() {
        Map<String, Object> b = new LinkedHashMap<>();
        if (r.nextBoolean()) b.put("patience", timeDist(true));
        if (r.nextBoolean()) b.put("messages", countDist());
        if (r.nextBoolean()) b.put("think_time", timeDist(false));
        for (String k : List.of("bot_deflection", "conversion", "silent_buy")) if (r.nextBoolean()) b.put(k, number(0, 1));
        if (r.nextBoolean()) b.put("order_value", number(0, 1e9));
        if (r.nextBoolean()) b.put("unanswered_cost", number(0, 1e9));
        if (r.nextBoolean()) b.put("margin", number(0, 1));
        if (r.nextBoolean()) b.put("conversion_interpolation", pick(List.of("step", "linear")));
        // issue 25: priority classes and retrials (max_returns keeps a probability of 1 finite)
        if (r.nextInt(4) == 0) b.put("priority", r.nextInt(3));
        if (r.nextInt(4) == 0) {
            Map<String, Object> retrial = map("probability", number(0, 1), "delay", timeDist(false));
            if (r.nextBoolean()) retrial.put("after_late_reply", map("after", duration(0, runnable ? 3600 : 1e30), "probability", number(0, 1)));
            if (r.nextBoolean()) retrial.put("max_returns", 1 + r.nextInt(runnable ? 3 : 100));
            b.put("retrial", retrial);
        }
        if (r.nextBoolean()) {
            List<Object> rows = new ArrayList<>();
            TreeMap<Double, String> within = new TreeMap<>();
            for (int i = 0, n = r.nextInt(4); i < n; i++) {
                String w = r.nextInt(5) == 0 ? "0s" : duration(0, runnable ? 3600 : 1e30);
                within.put(Durations.parse(w), w);
            }
            for (String w : within.values()) rows.add(map("within", w, "factor", number(0, 1)));
            rows.add(map("otherwise", number(0, 1)));
            b.put("conversion_factor", rows);
        }
        return b;
    }

    private Map<String, Object> timeDist(boolean never) {
        double max = runnable ? 600 : 1e12;
        int k = r.nextInt(never ? 8 : 7);
        return switch (k) {
            case 0 -> map("dist", "constant", "value", duration(0, max));
            case 1 -> map("dist", "exponential", "mean", duration(runnable ? 1 : 1e-9, max));
            case 2 -> map("dist", "lognormal", "mean", duration(runnable ? 1 : 1e-9, max), "sd", duration(1e-9, max));
            case 3 -> map("dist", "gamma", "mean", duration(runnable ? 1 : 1e-9, max), "sd", duration(1e-9, max));
            case 4 -> map("dist", "weibull", "shape", number(runnable ? 0.5 : 0.01, runnable ? 5 : 100), "scale", duration(runnable ? 1 : 1e-9, max));
            case 5 -> {
                double a = Durations.parse(duration(0, max)), b = Durations.parse(duration(0, max));
                yield map("dist", "uniform", "min", Durations.format(Math.min(a, b)), "max", Durations.format(Math.max(a, b)));
            }
            case 6 -> {
                List<Object> v = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) v.add(duration(0, max));
                yield map("dist", "empirical", "values", v);
            }
            default -> map("dist", "never");
        };
    }

    private Map<String, Object> countDist() {
        return switch (r.nextInt(3)) {
            case 0 -> map("dist", "constant", "value", String.valueOf(1 + r.nextInt(runnable ? 5 : 100_000)));
            case 1 -> map("dist", "geometric", "mean", number(1, runnable ? 6 : 100_000));
            default -> map("dist", "poisson", "mean", number(1, runnable ? 6 : 100_000));
        };
    }

    private Map<String, Object> group(String name, List<String> types) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("group", name);
        List<String> skills = new ArrayList<>(types);
        Collections.shuffle(skills, r);
        g.put("skills", skills.subList(0, 1 + r.nextInt(skills.size())));
        if (r.nextBoolean()) g.put("level", pick(List.copyOf(ScenarioLoader.LEVELS)));
        if (channel != null && (channel.equals("phone") || r.nextBoolean())) g.put("channel", channel);
        // a phone agent takes one call at a time: a phone group says 1 or leaves it out
        if (r.nextBoolean()) {
            int k = 1 + r.nextInt(runnable ? 6 : 64); // drawn either way: the rest of the scenario stays as it was
            g.put("concurrency", String.valueOf("phone".equals(g.get("channel")) ? 1 : k));
        }
        if (r.nextBoolean()) g.put("reply_time", timeDist(false));
        if (r.nextBoolean()) g.put("speed_factor", number(runnable ? 0.5 : 0.01, runnable ? 2 : 100));
        if (r.nextBoolean()) g.put("slowdown", number(0, 10));
        if (r.nextBoolean()) g.put("wrap_up", timeDist(false));
        if (r.nextBoolean()) g.put("monthly_pay", number(0, 1e7));
        if (r.nextBoolean()) {
            g.put("pay", r.nextBoolean() ? "monthly" : "hourly");
            if (g.get("pay").equals("hourly") && r.nextBoolean()) g.put("hourly_pay", number(0, 1e5));
        }
        if (r.nextBoolean()) g.put("queue_order", pick(List.of("skills", "arrival")));
        return g;
    }

    private Map<String, Object> shift() {
        String from = clock(false, r.nextBoolean()), to;
        do to = clock(true, r.nextBoolean()); while (sec(to) == sec(from));
        Map<String, Object> s = map("from", from, "to", to);
        int len = Math.floorMod(sec(to) - sec(from), 86400);
        if (len == 0) len = 86400;
        if (r.nextBoolean() && len > 120) {
            int at = Math.floorMod(sec(from) + 1 + r.nextInt(len / 2), 86400);
            double room = len - Math.floorMod(at - sec(from), 86400) - 1;
            String breakLen = duration(1e-6, Math.max(1e-6, room * 0.99));
            Map<String, Object> br = map("at", ScenarioWriter.clock(at), "for", breakLen);
            // two slots fit when the break takes less than half the room left after it
            if (r.nextBoolean()) br.put("split", Durations.parse(breakLen) * 2 < room ? "2" : "1");
            s.put("breaks", List.of(br));
        }
        return s;
    }

    private List<Object> roster(List<String> groups, Set<String> shifts, LocalDateText start) {
        List<Object> l = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            Map<String, Object> e = map("group", pick(groups), "shift", pick(List.copyOf(shifts)), "agents", String.valueOf(r.nextInt(runnable ? 4 : 100_000)));
            if (r.nextBoolean()) e.put("dates", List.of(start.text(), runnable ? start.plusDays(1).text() : date().text()));
            l.add(e);
        }
        return l;
    }

    private List<Object> teams(List<String> groups, Set<String> shifts, LocalDateText start) {
        List<Object> l = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            Map<String, Object> agents = new LinkedHashMap<>();
            agents.put(pick(groups), String.valueOf(r.nextInt(runnable ? 4 : 100_000)));
            Map<String, Object> rot;
            if (r.nextBoolean()) {
                List<Object> cycle = new ArrayList<>();
                for (int k = 0, c = 1 + r.nextInt(7); k < c; k++) cycle.add(r.nextInt(4) == 0 ? "off" : pick(List.copyOf(shifts)));
                rot = map("cycle", cycle, "from", teamStart(start));
            } else {
                rot = map("template", pick(List.of("day_night", "three_shift", "four_team_three_shift")), "from", teamStart(start));
                if (r.nextBoolean()) rot.put("team", "1");
                if (r.nextBoolean()) rot.put("swap_every", String.valueOf(2 + r.nextInt(5)));
            }
            Map<String, Object> team = map("name", "team" + i, "agents", agents, "rotation", rot);
            if (r.nextBoolean()) team.put("working_time", pick(List.of("standard", "comprehensive", "flexible")));
            l.add(team);
        }
        return l;
    }

    private String teamStart(LocalDateText start) {
        return runnable ? start.plusDays(-r.nextInt(10)).text() : date().text();
    }

    private List<Object> bounds(List<String> groups, Set<String> shifts, LocalDateText start) {
        List<Object> l = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            if (r.nextBoolean()) b.put("group", pick(groups));
            if (r.nextBoolean()) b.put("shift", pick(List.copyOf(shifts)));
            if (r.nextBoolean()) b.put("date", start.text());
            int min = r.nextInt(10);
            if (r.nextBoolean()) b.put("min", String.valueOf(min));
            if (r.nextBoolean()) b.put("max", String.valueOf(min + r.nextInt(Limits.MAX_AGENTS + 1 - min)));
            l.add(b);
        }
        return l;
    }

    private Map<String, Object> costs() {
        return map("monthly_paid_hours", number(1, 744), "overtime_factor", number(1.5, 10), "commission", number(0, 1), "employer_contributions", number(0, 2),
                "minimum_monthly_wage", number(0, 1e6));
    }

    private Map<String, Object> labour() {
        return map("working_time", pick(List.of("standard", "comprehensive", "flexible")), "max_stint", duration(1e-9, 1e9),
                "min_rest", duration(0, 1e9), "max_hours_per_week", number(1, 168), "max_days_in_row", String.valueOf(1 + r.nextInt(366)));
    }

    // ---- scalars --------------------------------------------------------------------

    /** A duration from min to max seconds (min 0 allows 0), in one of the forms a person writes. */
    String duration(double min, double max) {
        for (int tries = 0; ; tries++) {
            double x = min + (max - min) * Math.pow(r.nextDouble(), 3);
            String t = switch (r.nextInt(9)) {
                case 0 -> Math.round(x) + "s";
                case 1 -> Durations.format(Math.round(x));
                case 2 -> decimals(x) + "s";
                case 3 -> decimals(x / 60) + "m";
                case 4 -> x > 1e12 ? decimals(x) + "s" : "PT" + new BigDecimal(x).setScale(r.nextInt(10), java.math.RoundingMode.HALF_UP).toPlainString() + "S"; // ISO: up to 9 decimals
                case 5 -> Math.round(x * 1000) + "ms";
                case 6 -> decimals(x / 3600) + "h";
                case 7 -> "0.000000000" + (1 + r.nextInt(999)) + "s";
                default -> tries > 50 ? Durations.format(min) : pick(List.of("1h30m", "2d", "45s", "0s", "99999999999999999999d", "1h0.5s"));
            };
            double v = Durations.parse(t);
            if (v >= min && v <= max && (min > 0 || v >= 0) && (v > 0 || min == 0)) return t;
        }
    }

    /** A number from min to max, with up to 17 decimals, sometimes in exponent form, sometimes at an edge. */
    String number(double min, double max) {
        for (;;) {
            String t = switch (r.nextInt(7)) {
                case 0 -> text(min);
                case 1 -> text(max);
                case 2 -> min == 0 ? pick(List.of("1e-300", "4.9e-324", "0.1", "1E-7")) : text(min);
                case 3 -> String.valueOf(Math.round(min + (max - min) * r.nextDouble()));
                case 4 -> String.valueOf(min + (max - min) * r.nextDouble());
                default -> decimals(min + (max - min) * Math.pow(r.nextDouble(), 4));
            };
            double v = Double.parseDouble(t);
            if (v >= min && v <= max) return t;
        }
    }

    private String decimals(double x) {
        return new BigDecimal(x).setScale(r.nextInt(18), java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(double v) {
        return Double.toString(v);
    }

    private String clock(boolean allow24, boolean seconds) {
        if (allow24 && r.nextInt(8) == 0) return "24:00";
        String hm = String.format("%02d:%02d", r.nextInt(24), r.nextInt(60));
        return seconds ? hm + String.format(":%02d", r.nextInt(60)) : hm;
    }

    private static int sec(String clock) {
        String[] p = clock.split(":");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + (p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }

    private LocalDateText date() {
        int kind = r.nextInt(6);
        int year = kind == 0 ? ScenarioLoader.FIRST_YEAR : kind == 1 ? ScenarioLoader.LAST_YEAR : 1970 + r.nextInt(8030);
        return new LocalDateText(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private record LocalDateText(int year, int month, int day) {
        String text() { return java.time.LocalDate.of(year, month, day).toString(); }

        LocalDateText plusDays(int n) {
            java.time.LocalDate d = java.time.LocalDate.of(year, month, day).plusDays(n);
            return new LocalDateText(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
    }

    private <T> T pick(List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    private static Map<String, Object> map(Object... kv) {
        return new LinkedHashMap<>(ScenarioWriter.ordered(kv));
    }
}
