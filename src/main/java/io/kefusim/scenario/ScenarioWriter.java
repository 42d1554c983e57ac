package io.kefusim.scenario;

import io.kefusim.scenario.Scenario.*;

import java.time.LocalDate;
import java.util.*;

/**
 * Writes a {@link Scenario} back in file syntax with every default spelled out: the
 * "resolved scenario" kept beside each run's results. Loading it again gives the same
 * scenario, so a run can be repeated from its own folder.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    public static Map<String, Object> toTree(Scenario s) {
        return toTreeWithout(s);
    }

    /**
     * The same, with {@code defaults_used}: the keys written out here that the user's file left to
     * kefusim's defaults (written last; {@link #commented} puts a comment above it), so a run of the written file says what the first run said of them.
     */
    public static Map<String, Object> toTree(Scenario s, List<String> defaultsUsed) {
        return toTree(s, defaultsUsed, List.of());
    }

    /**
     * The same, without the keys {@code leftOut} names ({@code buyers.aftersale.order_value}, {@code agents[0].level},
     * {@code costs.rest_day_factor}): defaults that change nothing given the rest, read back as the same values.
     */
    public static Map<String, Object> toTree(Scenario s, List<String> defaultsUsed, List<String> leftOut) {
        Map<String, Object> m = toTreeWithout(s);
        for (String key : leftOut) remove(m, key);
        m.put("defaults_used", List.copyOf(defaultsUsed));
        return m;
    }

    /** Removes the key at {@code path} (dots and [index], as Overrides writes paths) from the tree, if it is there. */
    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> tree, String path) {
        Object at = tree;
        java.util.regex.Matcher seg = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(path);
        List<Object> segments = new ArrayList<>();
        while (seg.find()) segments.add(seg.group(1) != null ? seg.group(1) : (Object) Integer.parseInt(seg.group(2)));
        for (int i = 0; i < segments.size() - 1; i++) {
            Object s = segments.get(i);
            if (s instanceof Integer idx && at instanceof List<?> l && idx < l.size()) at = l.get(idx);
            else if (s instanceof String k && at instanceof Map<?, ?> mp) at = mp.get(k);
            else return;
        }
        if (at instanceof Map<?, ?> mp && segments.get(segments.size() - 1) instanceof String k) ((Map<String, Object>) mp).remove(k);
    }

    /** The text with the comment lines (English, then Chinese: a file is read in either) put above {@code defaults_used}. */
    public static String commented(String yaml, String englishComment, String chineseComment) {
        int at = yaml.startsWith("defaults_used:") ? 0 : yaml.indexOf("\ndefaults_used:") + 1;
        if (at < 0 || (at == 0 && !yaml.startsWith("defaults_used:"))) return yaml;
        return yaml.substring(0, at) + "# " + englishComment + "\n# " + chineseComment + "\n" + yaml.substring(at);
    }

    private static Map<String, Object> toTreeWithout(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("start", s.start().toString());
        m.put("zone", s.zone().getId());
        m.put("horizon", Durations.format(s.horizon()));
        m.put("warmup", Durations.format(s.warmup()));
        m.put("replications", s.replications());
        m.put("seed", s.seed());
        m.put("interval", Durations.format(s.interval()));
        m.put("service_level_target", Durations.format(s.serviceLevelTarget()));
        m.put("service_level_goal", s.serviceLevelGoal());
        Map<String, Object> dl = new LinkedHashMap<>();
        dl.put("first_response", Arrays.asList(s.deadlineLabels()));
        dl.put("reply", Durations.format(s.replyDeadline()));
        m.put("deadlines", dl);
        m.put("demand", demand(s));
        Map<String, Object> buyers = new LinkedHashMap<>();
        for (BuyerType b : s.buyers()) buyers.put(b.name(), buyer(b));
        m.put("buyers", buyers);
        List<Object> agents = new ArrayList<>();
        for (AgentGroup g : s.groups()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("group", g.name());
            a.put("skills", g.skills());
            a.put("level", g.level());
            a.put("channel", g.channel());
            a.put("concurrency", g.concurrency());
            a.put("reply_time", g.replyTime().describe(true));
            a.put("speed_factor", g.speedFactor());
            a.put("slowdown", g.slowdown());
            a.put("wrap_up", g.wrapUp().describe(true));
            a.put("monthly_pay", g.monthlyPay());
            a.put("pay", g.pay());
            if (!Double.isNaN(g.hourlyPay())) a.put("hourly_pay", g.hourlyPay());
            a.put("queue_order", g.queueOrder());
            if (g.pickUp() != null) { // written only when given: a scenario without it is written as before
                a.put("pick_up", g.pickUp().describe(true));
                a.put("pick_up_share", g.pickUpShare());
            }
            agents.add(a);
        }
        m.put("agents", agents);
        Map<String, Object> shifts = new LinkedHashMap<>();
        for (Shift sh : s.shifts().values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("from", clock(sh.fromSec()));
            x.put("to", clock(sh.toSec()));
            if (!sh.breaks().isEmpty()) {
                List<Object> bl = new ArrayList<>();
                for (Break b : sh.breaks()) {
                    bl.add(b.split() > 1 ? ordered("at", clock(b.atSec()), "for", Durations.format(b.duration()), "split", b.split())
                            : ordered("at", clock(b.atSec()), "for", Durations.format(b.duration())));
                }
                x.put("breaks", bl);
            }
            shifts.put(sh.name(), x);
        }
        m.put("shifts", shifts);
        if (!s.roster().isEmpty()) {
            List<Object> r = new ArrayList<>();
            for (RosterEntry e : s.roster()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("group", e.group());
                x.put("shift", e.shift());
                x.put("agents", e.agents());
                if (e.dates() != null) x.put("dates", e.dates().stream().map(Object::toString).toList());
                r.add(x);
            }
            m.put("roster", r);
        }
        if (!s.teams().isEmpty()) {
            List<Object> t = new ArrayList<>();
            for (Team team : s.teams()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", team.name());
                x.put("agents", team.agents());
                x.put("rotation", ordered("cycle", team.cycle(), "from", team.from().toString()));
                if (team.workingTime() != null) x.put("working_time", team.workingTime().name().toLowerCase());
                t.add(x);
            }
            m.put("teams", t);
        }
        m.put("absence", s.absence());
        {   // written even when empty: a scenario with neither roster nor teams is valid only with 'staffing'
            List<Object> bounds = new ArrayList<>();
            for (Scenario.Bound b : s.staffingBounds()) {
                Map<String, Object> x = new LinkedHashMap<>();
                if (b.group() != null) x.put("group", b.group());
                if (b.pattern() != null) x.put(s.shifts().containsKey(b.pattern()) ? "shift" : "team", b.pattern());
                if (b.date() != null) x.put("date", b.date().toString());
                x.put("min", b.min());
                if (b.hasMax()) x.put("max", b.max());
                bounds.add(x);
            }
            Map<String, Object> staffing = ordered("bounds", bounds);
            if (s.design() != null) staffing.put("design", ShiftDesignReader.write(s.design())); // shift design (issue 26)
            m.put("staffing", staffing);
        }
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("monthly_paid_hours", s.costs().monthlyPaidHours());
        costs.put("overtime_factor", s.costs().overtimeFactor());
        costs.put("rest_day_factor", s.costs().restDayFactor());
        costs.put("holidays", s.costs().holidays().stream().map(LocalDate::toString).toList());
        costs.put("holiday_factor", s.costs().holidayFactor());
        costs.put("commission", s.costs().commission());
        costs.put("employer_contributions", s.costs().employerContributions());
        costs.put("minimum_monthly_wage", s.costs().minimumMonthlyWage());
        if (s.costs().nightAllowance() > 0) costs.put("night_allowance", s.costs().nightAllowance()); // kefusim's own key, written when set
        m.put("costs", costs);
        Map<String, Object> labour = new LinkedHashMap<>();
        labour.put("working_time", s.labour().workingTime().name().toLowerCase());
        labour.put("max_stint", Durations.format(s.labour().maxStint()));
        labour.put("min_rest", Durations.format(s.labour().minRest()));
        labour.put("max_hours_per_week", s.labour().maxHoursPerWeek());
        labour.put("max_days_in_row", s.labour().maxDaysInRow());
        m.put("labour", labour);
        m.put("availability", ordered("idle_gap", Durations.format(s.idleGap())));
        // fitE: what the records showed, carried so a run of the written file says what the first run said
        if (Double.isFinite(s.observedFirstResponse())) m.put("observed", ordered("first_response", Durations.format(s.observedFirstResponse())));
        return m;
    }

    private static Map<String, Object> demand(Scenario s) {
        Demand d = s.demand();
        Map<String, Object> m = new LinkedHashMap<>();
        if (d.isTrace()) {
            m.put("trace", d.trace().toAbsolutePath().toString());
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            // the base is the pattern most weekdays share (Monday's on a tie), so the weekdays written back are the file's
            // own: a weekday's pattern the run never reaches is said by its key (horizon.date_outside), on a re-run too
            double[] base = d.patterns()[0];
            int most = 0;
            for (int i = 0; i < 7; i++) {
                int n = 0;
                for (int j = 0; j < 7; j++) if (Arrays.equals(d.patterns()[i], d.patterns()[j])) n++;
                if (n > most) { most = n; base = d.patterns()[i]; }
            }
            p.put(base.length == 24 ? "hourly" : "quarter_hourly", list(base));
            Map<String, Object> wd = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) if (!Arrays.equals(d.patterns()[i], base)) wd.put(ScenarioLoader.WEEKDAYS.get(i), list(d.patterns()[i]));
            if (!wd.isEmpty()) p.put("weekdays", wd);
            m.put("pattern", p);
        }
        m.put("scale", d.scale());
        if (d.isUncertain()) m.put("uncertainty", d.uncertainty().written()); // issue 31; no default multiplier the input left out
        if (!d.days().isEmpty()) {
            List<Object> days = new ArrayList<>();
            for (DayAdjust a : d.days()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("date", a.date().toString());
                x.put("scale", a.scale());
                List<Object> peaks = new ArrayList<>();
                for (Peak pk : a.peaks()) peaks.add(ordered("from", clock(pk.fromSec()), "to", clock(pk.toSec()), "scale", pk.scale()));
                if (!peaks.isEmpty()) x.put("peaks", peaks);
                days.add(x);
            }
            m.put("days", days);
        }
        Map<String, Object> mix = new LinkedHashMap<>();
        String[] types = d.mixTypes();
        for (int t = 0; t < types.length; t++) {
            double[] byHour = new double[24];
            for (int h = 0; h < 24; h++) byHour[h] = d.mixByHour()[h][t];
            boolean flat = Arrays.stream(byHour).allMatch(v -> v == byHour[0]);
            mix.put(types[t], flat ? (Object) byHour[0] : list(byHour));
        }
        m.put("mix", mix);
        return m;
    }

    private static Map<String, Object> buyer(BuyerType b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("patience", b.patience().describe(true));
        m.put("messages", b.messages().describe(false));
        m.put("think_time", b.thinkTime().describe(true));
        if (b.botHourly()) { // the 24 shares as given, not their mean
            List<Object> hours = new ArrayList<>();
            for (double v : b.botByHour()) hours.add(v);
            m.put("bot_deflection", ordered("hourly", hours));
        } else {
            m.put("bot_deflection", b.botDeflection());
        }
        m.put("conversion", b.conversion());
        m.put("silent_buy", b.silentBuy());
        m.put("order_value", b.orderValue());
        m.put("unanswered_cost", b.unansweredCost());
        if (b.hasMargin()) m.put("margin", b.margin());
        List<Object> table = new ArrayList<>();
        ConversionFactor f = b.conversionFactor();
        for (int i = 0; i < f.within().length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("within", Durations.format(f.within()[i]));
            row.put("factor", f.factor()[i]);
            table.add(row);
        }
        table.add(ordered("otherwise", f.otherwise()));
        m.put("conversion_factor", table);
        m.put("conversion_interpolation", f.linear() ? "linear" : "step");
        // issue 25: written only when set, so scenarios without them are written as before
        if (b.priority() != 0) m.put("priority", b.priority());
        if (!b.retrial().equals(Scenario.Retrial.NONE)) {
            Scenario.Retrial r = b.retrial();
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("probability", r.probability());
            rm.put("delay", r.delay().describe(true));
            if (r.maxReturns() != Scenario.Retrial.DEFAULT_MAX_RETURNS) rm.put("max_returns", r.maxReturns());
            if (r.lateAfter() < Double.POSITIVE_INFINITY) rm.put("after_late_reply", ordered("after", Durations.format(r.lateAfter()), "probability", r.lateProbability()));
            m.put("retrial", rm);
        }
        return m;
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double x : v) l.add(x);
        return l;
    }

    static String clock(int sec) {
        int h = sec / 3600, m = (sec % 3600) / 60, s = sec % 60;
        return s == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, s);
    }

    /**
     * A map in the order its keys are given. {@code Map.of} iterates in an order that changes
     * from one JVM start to the next, which made the keys of a written scenario come out in a
     * different order on each run. Every map written to a file with more than one key is made here.
     */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
