package io.kefusim.scenario;

import io.kefusim.scenario.Scenario.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * Turns a scenario tree into a {@link Scenario}: checks every key, fills defaults, and
 * reports the first problem with its file, line and field. Defaults and their sources are
 * listed in the README's scenario reference; keep the two in step.
 */
public final class ScenarioLoader {
    public static final List<String> DEFAULT_TYPES = List.of("presale", "aftersale", "complaint");
    static final double[] DEFAULT_MIX = {0.65, 0.30, 0.05};
    static final Map<String, Double> PAY_BY_LEVEL = Map.of(
            "junior", 1500.0, "intermediate", 1800.0, "senior", 2200.0, "manager", 2700.0);
    static final Set<String> LEVELS = new LinkedHashSet<>(List.of("junior", "intermediate", "senior", "manager"));
    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    public static final String OFF = "off";
    /**
     * Names of buyer types, groups, shifts and teams: letters (Chinese too), digits, '_' and '-',
     * not starting with '-' — safe in a folder name, a CSV cell (no formula prefix = + - @) and HTML.
     */
    static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-]*";
    static final String NAME_ALLOWED = "is not allowed; allowed: up to 40 letters (Chinese too), digits, '_' and '-', not starting with '-'";
    static final String NAME_ALLOWED_ZH = "不可用；允许：最多 40 个字母（可用中文）、数字、'_' 和 '-'，不能以 '-' 开头";
    static final String SCENARIO_NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*";

    static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
    private static final double MIX_TOLERANCE = 1e-6;

    private ScenarioLoader() {}

    /**
     * The file with its overrides applied in order ({@code --set}, the typed options such as
     * {@code --replications}, then a sweep point's {@code --vary} values); an error names the option
     * that gave the value. The file is checked as written first: an override that replaces a bad
     * value in it does not hide the mistake (the same line as {@code kefusim run FILE} gives).
     */
    public static Scenario load(Path file, List<Assignment> overrides) {
        Node root = TreeReader.read(file);
        requireMapping(root); // the file's own error first: an override cannot go into an empty file or a list
        if (!overrides.isEmpty()) bind(root, file); // binding reads the tree, never changes it
        for (int i = 0; i < overrides.size(); i++) {
            // the --set values as typed are checked before a --vary replaces one: a bad --set is an error, not hidden
            if (i > 0 && overrides.get(i).option().equals(Assignment.VARY) && !overrides.get(i - 1).option().equals(Assignment.VARY)) {
                bindNamingOptions(root, file, overrides);
            }
            Overrides.apply(root, overrides.get(i));
        }
        return replaced(bindNamingOptions(root, file, overrides), overrides);
    }

    /**
     * A point of a sweep: the file with its --set values and the point's --vary values, bound once.
     * The file and its --set values are checked once for all points, by {@link #load} before the
     * first (Sweep.plan), so a point does not check them again: it applies every value and binds.
     */
    public static Scenario loadPoint(Path file, List<Assignment> overrides) {
        Node root = TreeReader.read(file);
        for (Assignment a : overrides) Overrides.apply(root, a);
        return replaced(bindNamingOptions(root, file, overrides), overrides);
    }

    private static final java.util.concurrent.atomic.AtomicLong BINDINGS = new java.util.concurrent.atomic.AtomicLong();

    /** How many trees have been bound into scenarios so far (for tests: checks made once are made once). */
    public static long bindings() { return BINDINGS.get(); }

    /** The tree bound, an error in a typed option's value naming that option alone. */
    private static Scenario bindNamingOptions(Node root, Path file, List<Assignment> overrides) {
        try {
            return bind(root, file);
        } catch (ScenarioException e) {
            // --replications 0: the option typed is the place, its key no more than a repeat of it
            for (Assignment o : overrides) {
                if (o.typed() && e.field() != null && o.option().equals(e.file())) throw e.withoutField();
            }
            String options = options(overrides);
            throw e.line() > 0 && !options.isEmpty() ? e.madeBy(options) : e;
        }
    }

    /**
     * The options as typed, for an error at a line of the file that the file alone does not have (it was
     * checked as written first): a {@code --set shifts.morning.to=12:00} that leaves a break outside its
     * shift, a {@code --set horizon=...} that leaves a roster date behind, ... The file's line is right about
     * where; the user must also be told what made it wrong.
     */
    private static String options(List<Assignment> overrides) {
        StringBuilder sb = new StringBuilder();
        for (Assignment o : overrides) {
            // how many replications and their seed change no value a check of the file reads: not named as a cause
            if (o.typed() && (o.text().startsWith("replications=") || o.text().startsWith("seed="))) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(o.option()).append(' ').append(o.typed() ? o.text().substring(o.text().indexOf('=') + 1) : o.text());
        }
        return sb.toString();
    }

    /** The key of a {@code --set} (as the tree writes it), null for any other option. */
    private static String setKey(Assignment o) {
        int eq = o.text().indexOf('=');
        return o.option().equals(Assignment.SET) && eq > 0 ? Overrides.path(o.text().substring(0, eq).trim()) : null;
    }

    /** The scenario noting each {@code --set} a later {@code --vary} of the same key (or one inside or around it) replaced. */
    private static Scenario replaced(Scenario s, List<Assignment> overrides) {
        List<Origins.Replaced> replaced = new ArrayList<>();
        for (int j = 0; j < overrides.size(); j++) {
            Assignment later = overrides.get(j);
            if (!later.option().equals(Assignment.VARY)) continue;
            String key = Overrides.path(later.text().substring(0, later.text().indexOf('=')).trim());
            for (int i = 0; i < j; i++) {
                String setKey = setKey(overrides.get(i));
                if (setKey != null && Overrides.meet(key, setKey)) {
                    replaced.add(new Origins.Replaced(overrides.get(i).text(), setKey, Assignment.VARY, key, null));
                }
            }
        }
        return replaced.isEmpty() ? s : s.withOrigins(s.origins().withReplaced(replaced));
    }

    /** A named plan: the scenario itself ("base") or one of its {@code variants:}. */
    public record Plan(String name, Scenario scenario) {}

    /**
     * The scenario and each of its {@code variants:} (a name and a {@code set:} of overrides
     * in the {@code --set} key syntax), base first. Each variant starts again from the file,
     * with the command line's overrides applied before the variant's own.
     */
    /** A scenario file's top-level keys. */
    private static final String[] TOP_KEYS = {"name", "start", "zone", "horizon", "warmup", "replications", "seed", "interval",
            "service_level_target", "service_level_goal", "deadlines", "demand", "buyers", "agents", "shifts", "roster", "teams",
            "absence", "costs", "variants", "staffing", "labour", "availability", "observed", "defaults_used"};

    /** The top-level keys a variant may set: not its file's list of variants, nor the defaults record a results folder writes. */
    static List<String> variantKeys() {
        List<String> keys = new ArrayList<>(List.of(TOP_KEYS));
        keys.removeAll(List.of("variants", "observed", "defaults_used")); // observed: what records showed, no plan
        return keys;
    }

    /**
     * A variant's error where the user wrote it: the file and line of its key under {@code set:}, the
     * variant by index and name (before: "variants[0].set: nosuch: unknown key; allowed here: …,
     * variants, …, defaults_used", no file or line, and keys a variant may not set offered).
     */
    private static ScenarioException inVariant(Path file, int i, String name, String key, Node at, String message, String chinese) {
        return new ScenarioException(at.file() != null ? at.file() : file.toString(), at.line(), at.keyColumn() > 0 ? at.keyColumn() : at.column(),
                "variants[" + i + "] '" + name + "', set \"" + key + "\"", message, chinese);
    }

    public static List<Plan> loadWithVariants(Path file, List<Assignment> overrides) {
        Scenario base = load(file, overrides);
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan("base", base));
        Node root = TreeReader.read(file);
        Node variants = root.isMap() ? root.opt("variants") : null;
        if (variants == null) return plans;
        Set<String> names = new HashSet<>(List.of("base"));
        List<Node> items = variants.items();
        for (int i = 0; i < items.size(); i++) {
            Node v = items.get(i);
            v.allowOnly("name", "set");
            String name = v.req("name").text().trim();
            if (!names.add(name)) throw v.req("name").error("plan name '" + name + "' is used twice (\"base\" is the scenario itself)",
                    "方案名 '" + name + "' 用了两次（\"base\" 指方案本身）");
            Node tree = TreeReader.read(file);
            for (Assignment o : overrides) Overrides.apply(tree, o);
            String origin = "variants[" + i + "].set";
            for (Map.Entry<String, Node> e : v.req("set").entries().entrySet()) {
                String key = e.getKey(), top = key.split("[.\\[]", 2)[0].trim();
                if (!variantKeys().contains(top)) {
                    boolean known = List.of(TOP_KEYS).contains(top);
                    String allowed = String.join(", ", variantKeys());
                    throw inVariant(file, i, name, key, e.getValue(),
                            (known ? "a variant cannot set '" + top + "'" : "unknown key '" + top + "'") + "; a variant may set: " + allowed,
                            (known ? "变体不能设置 '" + top + "'" : "无法识别的键 '" + top + "'") + "；变体可设置：" + String.join("、", variantKeys()));
                }
                try {
                    Overrides.set(tree, key, e.getValue(), origin);
                } catch (ScenarioException x) {
                    throw inVariant(file, i, name, key, e.getValue(), x.getMessage(), x.chinese());
                }
            }
            Scenario s;
            try {
                s = bind(tree, file);
            } catch (ScenarioException x) {
                // an error inside what the variant set: named by the variant's key, at its line
                Map.Entry<String, Node> at = null;
                for (Map.Entry<String, Node> e : v.req("set").entries().entrySet()) {
                    String path = Overrides.path(e.getKey());
                    if (origin.equals(x.file()) || x.field() != null && Overrides.meet(x.field(), path)) { at = e; break; }
                }
                if (at == null) throw x;
                String field = x.field() == null ? "" : x.field() + ": ";
                throw inVariant(file, i, name, at.getKey(), at.getValue(), field + x.getMessage(), field + x.chinese());
            }
            List<Origins.Replaced> replaced = new ArrayList<>();
            for (Map.Entry<String, Node> e : v.req("set").entries().entrySet()) {
                String key = Overrides.path(e.getKey());
                // a variant's seed or replications give way to the first plan's in the end (compare.run_aligned says that)
                if (key.equals("seed") || key.equals("replications")) continue;
                Node value = e.getValue();
                for (Assignment o : overrides) {
                    String setKey = setKey(o);
                    if (setKey != null && Overrides.meet(key, setKey)) {
                        replaced.add(new Origins.Replaced(o.text(), setKey, name, key, value.isScalar() ? value.text() : "{…}"));
                    }
                }
            }
            // the keys the variant set, by name: a warning about one of them says the variant set it (inputs.unread)
            java.util.Set<String> setKeys = new java.util.LinkedHashSet<>();
            for (String k : v.req("set").entries().keySet()) setKeys.add(Overrides.path(k));
            Origins o = (replaced.isEmpty() ? s.origins() : s.origins().withReplaced(replaced)).withVariant(name, setKeys);
            plans.add(new Plan(name, s.withOrigins(o)));
        }
        return plans;
    }

    /** How many {@code variants:} the file lists (0 without any): only {@code compare} runs them. */
    public static int variantCount(Path file) {
        Node root = TreeReader.read(file);
        Node variants = root.isMap() ? root.opt("variants") : null;
        return variants != null && variants.isList() ? variants.items().size() : 0;
    }

    /** A scenario given as YAML text (benchmarks and tests); {@code origin} names it in errors. */
    public static Scenario fromYaml(String yaml, String origin, Path baseFile) {
        Node root = TreeReader.parse(origin, yaml, false, "", true);
        return bind(root, baseFile);
    }

    public static final String SCENARIO_NAME_ALLOWED = "cannot name a results folder; allowed: up to 80 letters (Chinese too), digits, '-', '_' and '.', "
            + "not starting with '.' or '-'";
    public static final String SCENARIO_NAME_ALLOWED_ZH = "不能用作结果文件夹名；允许：最多 80 个字母（可用中文）、数字、'-'、'_' 和 '.'，不能以 '.' 或 '-' 开头";

    /** Whether {@code name} may name a scenario (and so its results folder). */
    public static boolean isScenarioName(String name) {
        return name.matches(SCENARIO_NAME) && name.length() <= 80;
    }

    private static void requireMapping(Node root) {
        if (!root.isMap()) throw root.error("a scenario is a mapping of keys (name, start, horizon, demand, ...)", "方案文件应为“键: 值”的映射（name、start、horizon、demand 等）");
    }

    public static Scenario bind(Node root, Path file) {
        BINDINGS.incrementAndGet();
        requireMapping(root);
        root.allowOnly(TOP_KEYS);
        String name = root.req("name").text().trim();
        if (!isScenarioName(name)) throw root.req("name").error("'" + shorten(name) + "' " + SCENARIO_NAME_ALLOWED, "'" + shorten(name) + "' " + SCENARIO_NAME_ALLOWED_ZH);
        ZoneId zone = zone(root.opt("zone"));
        LocalDateTime start = dateTime(root.req("start"));
        double horizon = positiveDuration(root.req("horizon"));
        double warmup = root.has("warmup") ? root.req("warmup").asDuration() : 0;
        if (warmup >= horizon) throw root.req("warmup").error("must be shorter than the horizon (" + Durations.format(horizon) + ")",
                "必须短于模拟时长（" + Durations.format(horizon) + "）");
        int replications = root.has("replications") ? root.req("replications").asInt(1, 100_000) : 10;
        long seed = root.has("seed") ? root.req("seed").asLong() : 1L;
        double interval = root.has("interval") ? positiveDuration(root.req("interval")) : 3600;
        double slTarget = root.has("service_level_target") ? positiveDuration(root.req("service_level_target")) : 120;
        double slGoal = root.has("service_level_goal") ? root.req("service_level_goal").asDouble(0, 1) : 0.8;

        double[] deadlines = {120, 1800, 7200};
        double replyDeadline = 300;
        Node dl = root.opt("deadlines");
        if (dl != null) {
            dl.allowOnly("first_response", "reply");
            Node fr = dl.opt("first_response");
            if (fr != null) {
                List<Node> items = fr.items();
                if (items.isEmpty()) throw fr.error("give at least one deadline, e.g. [2m, 30m, 2h]", "至少给一个时限，如 [2m, 30m, 2h]");
                deadlines = new double[items.size()];
                for (int i = 0; i < deadlines.length; i++) deadlines[i] = positiveDuration(items.get(i));
                for (int i = 1; i < deadlines.length; i++) {
                    if (deadlines[i] <= deadlines[i - 1]) throw items.get(i).error("deadlines must increase", "时限须从小到大排列");
                }
            }
            if (dl.has("reply")) replyDeadline = positiveDuration(dl.req("reply"));
        }

        Node demandNode = root.req("demand");
        Map<String, Node> buyerNodes = root.has("buyers") ? root.req("buyers").entries() : Map.of();
        Demand demand = demand(demandNode, buyerNodes, file);
        List<BuyerType> buyers = new ArrayList<>();
        for (String type : demand.mixTypes()) buyers.add(buyer(type, buyerNodes.get(type)));

        Map<String, Shift> shifts = new LinkedHashMap<>();
        Node shiftsNode = root.opt("shifts");
        if (shiftsNode != null) {
            for (Map.Entry<String, Node> e : shiftsNode.entries().entrySet()) {
                if (!e.getKey().matches(NAME) || e.getKey().length() > 40) throw e.getValue().error("shift name '" + shorten(e.getKey()) + "' " + NAME_ALLOWED,
                        "班次名 '" + shorten(e.getKey()) + "' " + NAME_ALLOWED_ZH);
                shifts.put(e.getKey(), shift(e.getKey(), e.getValue()));
            }
        }

        List<AgentGroup> groups = new ArrayList<>();
        Node agentsNode = root.req("agents");
        Set<String> typeNames = new LinkedHashSet<>(Arrays.asList(demand.mixTypes()));
        for (Node g : agentsNode.items()) {
            AgentGroup group = group(g, typeNames);
            for (AgentGroup other : groups) {
                if (other.name().equals(group.name())) throw g.req("group").error("group '" + group.name() + "' is defined twice", "客服组 '" + group.name() + "' 定义了两次");
                oneChannelPerType(g, group, other);
            }
            groups.add(group);
        }
        if (groups.isEmpty()) throw agentsNode.error("define at least one agent group", "至少定义一个客服组");
        Set<String> groupNames = new LinkedHashSet<>();
        groups.forEach(g -> groupNames.add(g.name()));

        List<RosterEntry> roster = new ArrayList<>();
        Node rosterNode = root.opt("roster");
        if (rosterNode != null) {
            for (Node r : rosterNode.items()) roster.add(rosterEntry(r, groupNames, shifts));
        }
        List<Team> teams = new ArrayList<>();
        Node teamsNode = root.opt("teams");
        if (teamsNode != null) {
            for (Node t : teamsNode.items()) teams.add(team(t, groupNames, shifts));
        }
        if (roster.isEmpty() && teams.isEmpty() && !root.has("staffing")) {
            throw root.error("no agents are on duty: give a 'roster' (headcount per group and shift) or 'teams' (rotating teams)",
                    "没有客服在岗：请给出 'roster'（各组各班次人数）或 'teams'（轮班小组）");
        }
        double absence = root.has("absence") ? root.req("absence").asDouble(0, 1) : 0;

        double paidHours = 174, overtimeFactor = 1.5, commission = 0.005, contributions = DEFAULT_EMPLOYER_CONTRIBUTIONS, minimumWage = DEFAULT_MINIMUM_MONTHLY_WAGE, restDayFactor = 2.0;
        double holidayFactor = DEFAULT_HOLIDAY_FACTOR, nightAllowance = 0;
        List<LocalDate> holidays = List.of();
        Node costs = root.opt("costs");
        if (costs != null) {
            costs.allowOnly("monthly_paid_hours", "overtime_factor", "rest_day_factor", "holidays", "holiday_factor", "commission", "employer_contributions",
                    "minimum_monthly_wage", "night_allowance");
            // CNY an hour worked between 22:00 and 06:00 (夜班津贴): kefusim's own key, 0 by default (shops differ)
            if (costs.has("night_allowance")) nightAllowance = costs.req("night_allowance").asDouble(0, 1000);
            // at least 300% (劳动法 art. 44 (3)), and unlike a rest day a holiday worked cannot be
            // repaid with time off instead (不得以补休代替), so there is no 1 as rest_day_factor has
            if (costs.has("holiday_factor")) holidayFactor = costs.req("holiday_factor").asDouble(3, 5);
            if (costs.has("holidays")) holidays = holidays(costs.req("holidays"));
            if (costs.has("minimum_monthly_wage")) minimumWage = costs.req("minimum_monthly_wage").asDouble(0, 1e6);
            if (costs.has("employer_contributions")) contributions = costs.req("employer_contributions").asDouble(0, 2);
            if (costs.has("monthly_paid_hours")) paidHours = costs.req("monthly_paid_hours").asDouble(1, 744);
            if (costs.has("overtime_factor")) overtimeFactor = overtimeFactor(costs.req("overtime_factor"));
            if (costs.has("rest_day_factor")) restDayFactor = restDayFactor(costs.req("rest_day_factor"));
            if (costs.has("commission")) commission = costs.req("commission").asDouble(0, 1);
        }
        List<Bound> bounds = new ArrayList<>();
        Node staffing = root.opt("staffing");
        ShiftDesign design = staffing != null && staffing.has("design") ? ShiftDesignReader.read(staffing.req("design")) : null; // shift design (issue 26)
        if (staffing != null) {
            staffing.allowOnly("bounds", "design");
            Node bn = staffing.opt("bounds");
            if (bn != null) {
                Set<String> patterns = new LinkedHashSet<>(shifts.keySet());
                teams.forEach(t -> patterns.add(t.name()));
                for (Node b : bn.items()) {
                    b.allowOnly("group", "shift", "team", "date", "min", "max");
                    String group = b.has("group") ? b.req("group").text().trim() : null;
                    if (group != null && !groupNames.contains(group)) throw unknownGroup(b.req("group"), group, groupNames);
                    if (b.has("shift") && b.has("team")) throw b.req("team").error("give 'shift' or 'team', not both", "'shift' 与 'team' 只能给一个");
                    String pattern = b.has("shift") ? b.req("shift").text().trim() : b.has("team") ? b.req("team").text().trim() : null;
                    if (pattern != null && !patterns.contains(pattern)) {
                        throw (b.has("shift") ? b.req("shift") : b.req("team")).error("unknown shift or team '" + pattern + "'; allowed: " + String.join(", ", patterns),
                                "未知班次或小组 '" + pattern + "'；允许：" + Lists.join(patterns, true));
                    }
                    LocalDate date = b.has("date") ? date(b.req("date")) : null;
                    // up to the roster's own limit, so a bound is honoured as written, never capped
                    int min = b.has("min") ? b.req("min").asInt(0, Limits.MAX_AGENTS) : 0;
                    int max = b.has("max") ? b.req("max").asInt(0, Limits.MAX_AGENTS) : Bound.NO_MAX;
                    if (b.has("max") && max < min) throw b.req("max").error("must be at least min (" + min + ")", "不能小于 min（" + min + "）");
                    bounds.add(new Bound(group, pattern, date, min, max));
                }
            }
        }
        return new Scenario(name, file, start, zone, horizon, warmup, replications, seed, interval, slTarget, slGoal,
                deadlines, replyDeadline, demand, List.copyOf(buyers), List.copyOf(groups), Collections.unmodifiableMap(shifts),
                List.copyOf(roster), List.copyOf(teams), absence, new Costs(paidHours, overtimeFactor, commission, contributions, minimumWage, restDayFactor, holidays, holidayFactor, nightAllowance), List.copyOf(bounds),
                labour(root.opt("labour")), idleGap(root.opt("availability")), origins(root), design, observedFirstResponse(root.opt("observed")));
    }

    /**
     * {@code costs.overtime_factor}: at least 150% of the hourly wage for extended hours (劳动法 art.
     * 44 (1)), which, unlike a rest day, cannot be repaid with time off; so 1.5 to 10, as
     * {@code holiday_factor} is 3 to 5. A value below 1 is most often the premium (0.5 for 50%).
     */
    private static double overtimeFactor(Node n) {
        double v = n.asDouble(0, 10, "1.5 to 10", "从 1.5 到 10"); // 0 to 1.5 has its own message below
        if (v >= 1.5) return v;
        String f = Node.fmt(v);
        if (v > 0 && v < 1) throw n.error(f + " is below the law's minimum of 1.5 (150% of the hourly wage for extended hours, 劳动法 art. 44 (1)); allowed: 1.5 to 10, the whole rate, not the premium: "
                + f + " looks like a " + premium(v, 2) + "% premium, written as " + premium(v + 1, 0),
                f + " 低于法定最低 1.5（延长工作时间按不低于工资的 150% 支付，劳动法第四十四条第（一）项）；允许：从 1.5 到 10，填全部倍数而非加付部分：" + f + " 像是加付 " + premium(v, 2) + "%，应写作 " + premium(v + 1, 0));
        throw n.error(f + " is below the law's minimum of 1.5 (150% of the hourly wage for extended hours, 劳动法 art. 44 (1)); allowed: 1.5 to 10",
                f + " 低于法定最低 1.5（延长工作时间按不低于工资的 150% 支付，劳动法第四十四条第（一）项）；允许：从 1.5 到 10");
    }

    /** A factor as written, its decimal point moved right: 0.3 → 30 (a percentage), 1.3 → 1.3. */
    private static String premium(double v, int places) {
        return new java.math.BigDecimal(Double.toString(v)).movePointRight(places).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code costs.rest_day_factor}: 1 when the rest day worked is repaid with time off (补休), else at
     * least 200% (劳动法 art. 44 (2)); so 1, or 2 to 5. Between them neither is paid.
     */
    private static double restDayFactor(Node n) {
        double v = n.asDouble(0, 5, "1 or 2 to 5", "1 或从 2 到 5"); // 0 to 2 but 1 has its own message below
        if (v == 1 || v >= 2) return v;
        String f = Node.fmt(v);
        throw n.error(f + " is neither of the law's choices; allowed: 1 (the rest day repaid with time off, 补休) or 2 to 5 (at least 200% without time off, 劳动法 art. 44 (2))"
                        + (v > 0 && v < 1 ? "; a factor is the whole rate, not the premium: " + f + " looks like a " + premium(v, 2) + "% premium, and the law's is 100%, written as 2" : ""),
                f + " 不符合法律规定的两种情形；允许：1（休息日加班已安排补休）或从 2 到 5（不能补休的，不低于工资的 200%，劳动法第四十四条第（二）项）"
                        + (v > 0 && v < 1 ? "；填全部倍数而非加付部分：" + f + " 像是加付 " + premium(v, 2) + "%，法定加付 100%，应写作 2" : ""));
    }

    /**
     * Where each key was written, and which of them the file's {@code defaults_used} says hold kefusim's
     * defaults (a results folder's scenario.yaml writes every default out, and lists there the ones the
     * warnings read as left out, so a run of it says what the first run said). Each listed key must be
     * written in the file: a key that is not is already a default, and a misspelt one would reach nothing.
     */
    private static Origins origins(Node root) {
        Origins o = Origins.of(root);
        Node used = root.opt("defaults_used");
        if (used == null || used.isNull()) return o;
        Set<String> keys = new LinkedHashSet<>();
        for (Node k : used.items()) {
            String key = k.text().trim();
            if (key.isEmpty() || !o.written(key)) {
                throw k.error("'" + shorten(key) + "' is not a key written in this file; allowed: the path of a key written in it, as kefusim writes them "
                                + "(e.g. buyers.presale.conversion_factor, agents[0].reply_time); a key left out of the file is a default already",
                        "'" + shorten(key) + "' 不是本文件中写出的键；允许：本文件中写出的键的路径，写法同 kefusim 写出的（如 buyers.presale.conversion_factor、agents[0].reply_time）；文件中没写的键本来就用默认值");
            }
            keys.add(key);
        }
        return o.withDefaults(keys, root.file());
    }

    /**
     * {@code observed: {first_response: 2m5s}}: the records' mean first response, written by {@code kefusim fit} where the
     * reply time is kefusim's default (NaN when not given); the model reads none of it, the warnings compare with it.
     */
    private static double observedFirstResponse(Node a) {
        if (a == null || a.isNull()) return Double.NaN;
        a.allowOnly("first_response");
        if (!a.has("first_response")) return Double.NaN;
        double v = a.req("first_response").asDuration();
        if (!(v >= 0 && v <= 24 * 3600)) {
            throw a.req("first_response").error("'" + a.req("first_response").text().trim() + "' is out of range; allowed: 0s to 24h",
                    "'" + a.req("first_response").text().trim() + "' 超出范围；允许：0s 到 24h");
        }
        return v;
    }

    /** {@code availability: {idle_gap: 8m}}: how the staffing is read from a shop's records (see Scenario.DEFAULT_IDLE_GAP). */
    private static double idleGap(Node a) {
        if (a == null) return Scenario.DEFAULT_IDLE_GAP;
        a.allowOnly("idle_gap");
        if (!a.has("idle_gap")) return Scenario.DEFAULT_IDLE_GAP;
        double g = a.req("idle_gap").asDuration();
        if (g < 60 || g > 24 * 3600) {
            throw a.req("idle_gap").error("'" + a.req("idle_gap").text().trim() + "' is out of range; allowed: 1m to 24h",
                    "'" + a.req("idle_gap").text().trim() + "' 超出范围；允许：1m 到 24h");
        }
        return g;
    }

    // ---- demand ---------------------------------------------------------------------

    private static Demand demand(Node d, Map<String, Node> buyerNodes, Path file) {
        d.allowOnly("pattern", "scale", "days", "trace", "mix", "uncertainty");
        double scale = d.has("scale") ? d.req("scale").asDouble(0, 1e6) : 1.0;
        Path trace = null;
        double[][] patterns = null;
        if (d.has("trace") && d.has("pattern")) throw d.req("trace").error("give either 'pattern' or 'trace', not both", "'pattern' 与 'trace' 只能给一个");
        if (d.has("trace")) {
            Node t = d.req("trace");
            Path base = file == null || file.toAbsolutePath().getParent() == null ? Path.of(".") : file.toAbsolutePath().getParent();
            trace = base.resolve(t.text().trim()).normalize();
            InputFiles.Refusal no = InputFiles.refusal(trace, Long.MAX_VALUE); // streamed: no size limit
            if (no != null) throw t.error("cannot read trace file " + trace + ": " + no.english(), "无法读取记录文件 " + trace + "：" + no.chinese());
            if (!Files.isReadable(trace)) throw t.error("cannot read trace file " + trace, "无法读取记录文件 " + trace);
        } else {
            patterns = patterns(d.req("pattern"));
        }
        List<DayAdjust> days = new ArrayList<>();
        Node daysNode = d.opt("days");
        if (daysNode != null) {
            Set<LocalDate> seen = new HashSet<>();
            for (Node day : daysNode.items()) {
                day.allowOnly("date", "scale", "peaks");
                LocalDate date = date(day.req("date"));
                if (!seen.add(date)) throw day.req("date").error("date " + date + " is listed twice", "日期 " + date + " 列了两次");
                double s = day.has("scale") ? day.req("scale").asDouble(0, 1e6) : 1.0;
                List<Peak> peaks = new ArrayList<>();
                Node pk = day.opt("peaks");
                if (pk != null) {
                    for (Node p : pk.items()) {
                        p.allowOnly("from", "to", "scale");
                        int from = timeOfDay(p.req("from"), false);
                        int to = timeOfDay(p.req("to"), true);
                        if (from == to) throw p.req("to").error("a peak needs from != to", "高峰的 from 与 to 不能相同");
                        peaks.add(new Peak(from, to, p.req("scale").asDouble(0, 1e6)));
                    }
                }
                days.add(new DayAdjust(date, s, List.copyOf(peaks)));
            }
        }
        // Buyer types: those in the mix, then any others given under buyers (a trace may name them).
        List<String> types = new ArrayList<>();
        double[][] mixByHour;
        Node mix = d.opt("mix");
        if (mix == null) {
            types.addAll(DEFAULT_TYPES);
            for (String b : buyerNodes.keySet()) if (!types.contains(b)) types.add(b);
            mixByHour = new double[24][types.size()];
            for (double[] row : mixByHour) System.arraycopy(DEFAULT_MIX, 0, row, 0, DEFAULT_MIX.length);
        } else {
            Map<String, Node> entries = mix.entries();
            if (entries.isEmpty()) throw mix.error("name at least one buyer type, e.g. {presale: 0.7, aftersale: 0.3}", "至少写一种买家类型，如 {presale: 0.7, aftersale: 0.3}");
            types.addAll(entries.keySet());
            for (String b : buyerNodes.keySet()) if (!types.contains(b)) types.add(b);
            mixByHour = new double[24][types.size()];
            int i = 0;
            for (Map.Entry<String, Node> e : entries.entrySet()) {
                Node v = e.getValue();
                if (v.isList()) {
                    List<Node> items = v.items();
                    if (items.size() != 24) throw v.error("an hourly mix needs 24 values (one per hour), found " + items.size(), "按小时的占比需要 24 个值（每小时一个），实际有 " + items.size() + " 个");
                    for (int h = 0; h < 24; h++) mixByHour[h][i] = items.get(h).asDouble(0, 1);
                } else {
                    double p = v.asDouble(0, 1);
                    for (int h = 0; h < 24; h++) mixByHour[h][i] = p;
                }
                i++;
            }
            for (int h = 0; h < 24; h++) {
                double sum = Arrays.stream(mixByHour[h]).sum();
                if (Math.abs(sum - 1) > MIX_TOLERANCE) {
                    boolean hourly = entries.values().stream().anyMatch(Node::isList);
                    String total = Node.fmt(Math.round(sum * 1e9) / 1e9);
                    throw mix.error("shares must add up to 1" + (hourly ? " in hour " + h : "") + ", they add up to " + total,
                            (hourly ? "第 " + h + " 小时的" : "") + "占比之和必须为 1，实际为 " + total);
                }
            }
        }
        for (String t : types) {
            if (!t.matches(NAME) || t.length() > 40) {
                throw mix == null ? d.error("bad type name " + shorten(t), "买家类型名不可用：" + shorten(t))
                        : mix.error("buyer type '" + shorten(t) + "' " + NAME_ALLOWED, "买家类型 '" + shorten(t) + "' " + NAME_ALLOWED_ZH);
            }
        }
        DemandUncertainty uncertainty = null; // issue 31: demand.uncertainty
        if (d.has("uncertainty")) {
            if (trace != null) throw d.req("uncertainty").error("a trace replays what happened; uncertainty needs a pattern", "记录回放的是已发生的情况；需求不确定性只能用于 pattern");
            uncertainty = DemandUncertainty.parse(d.req("uncertainty"));
        }
        return new Demand(patterns, scale, List.copyOf(days), trace, types.toArray(String[]::new), mixByHour, uncertainty);
    }

    private static double[][] patterns(Node p) {
        p.allowOnly("hourly", "quarter_hourly", "weekdays");
        if (p.has("hourly") && p.has("quarter_hourly")) throw p.req("quarter_hourly").error("give either 'hourly' or 'quarter_hourly', not both", "'hourly' 与 'quarter_hourly' 只能给一个");
        double[] base;
        if (p.has("hourly")) base = rates(p.req("hourly"));
        else if (p.has("quarter_hourly")) base = rates(p.req("quarter_hourly"));
        else throw p.error("give 'hourly' (24 chats-per-hour values) or 'quarter_hourly' (96 values)",
                "请给出 'hourly'（24 个每小时咨询量）或 'quarter_hourly'（96 个值）");
        String expected = base.length == 24 ? "hourly" : "quarter_hourly";
        if (p.has("hourly") && base.length != 24) throw p.req("hourly").error("needs 24 values (chats per hour for each hour), found " + base.length,
                "需要 24 个值（每小时的咨询量），实际有 " + base.length + " 个");
        if (p.has("quarter_hourly") && base.length != 96) throw p.req("quarter_hourly").error("needs 96 values (chats per hour for each quarter hour), found " + base.length,
                "需要 96 个值（每刻钟的每小时咨询量），实际有 " + base.length + " 个");
        double[][] out = new double[7][];
        Arrays.fill(out, base);
        Node wd = p.opt("weekdays");
        if (wd != null) {
            wd.allowOnly(WEEKDAYS);
            for (Map.Entry<String, Node> e : wd.entries().entrySet()) {
                double[] r = rates(e.getValue());
                if (r.length != base.length) throw e.getValue().error("needs " + base.length + " values like '" + expected + "', found " + r.length,
                        "需要与 '" + expected + "' 一样的 " + base.length + " 个值，实际有 " + r.length + " 个");
                out[WEEKDAYS.indexOf(e.getKey())] = r;
            }
        }
        return out;
    }

    private static double[] rates(Node list) {
        List<Node> items = list.items();
        if (items.size() != 24 && items.size() != 96) throw list.error("needs 24 (hourly) or 96 (quarter-hourly) chats-per-hour values, found " + items.size(),
                "需要 24 个（按小时）或 96 个（按刻钟）每小时咨询量，实际有 " + items.size() + " 个");
        double[] r = new double[items.size()];
        for (int i = 0; i < r.length; i++) {
            Node n = items.get(i);
            double v;
            try {
                v = Double.parseDouble(n.text().trim());
            } catch (NumberFormatException e) {
                throw n.error("'" + n.text() + "' is not a number; allowed: chats per hour, 0 or more",
                        "'" + n.text() + "' 不是数字；允许：每小时咨询量，不小于 0");
            }
            if (!(v >= 0) || Double.isInfinite(v)) throw n.error("a rate cannot be " + Node.fmt(v) + "; allowed: chats per hour, 0 or more",
                    "咨询量不能为 " + Node.fmt(v) + "；允许：每小时咨询量，不小于 0");
            r[i] = v;
        }
        return r;
    }

    // ---- buyers ---------------------------------------------------------------------

    static BuyerType buyer(String type, Node b) {
        boolean presale = type.equals("presale");
        DistSpec patience = DefaultDistributions.PATIENCE;
        DistSpec messages = DefaultDistributions.MESSAGES;
        DistSpec think = DefaultDistributions.THINK_TIME;
        double[] botByHour = null; // bot_deflection: {hourly: [...]}
        double deflection = 0, conversion = presale ? 0.4 : 0, silent = 0, orderValue = 100, unansweredCost = 0, margin = Double.NaN;
        ConversionFactor factor = new ConversionFactor(new double[]{30, 120, 300}, new double[]{1.0, 0.9, 0.7}, 0.5, false);
        if (b != null) {
            b.allowOnly("patience", "messages", "think_time", "bot_deflection", "conversion", "silent_buy", "order_value",
                    "conversion_factor", "conversion_interpolation", "unanswered_cost", "margin", "priority", "retrial");
            if (b.has("patience")) patience = Distributions.time(b.req("patience"), true);
            if (b.has("messages")) messages = Distributions.count(b.req("messages"));
            if (b.has("think_time")) think = Distributions.time(b.req("think_time"), false);
            if (b.has("bot_deflection")) {
                Node bot = b.req("bot_deflection");
                if (bot.isMap()) {
                    botByHour = botHourly(bot);
                    deflection = Arrays.stream(botByHour).sum() / 24;
                } else {
                    if (bot.isList()) throw bot.error("a list is not allowed here; allowed: a share from 0 to 1, or {hourly: [24 shares from 0 to 1]}",
                            "此处不能写列表；允许：0 到 1 的占比，或 {hourly: [24 个 0 到 1 的占比]}");
                    deflection = bot.asDouble(0, 1);
                }
            }
            if (b.has("conversion")) conversion = b.req("conversion").asDouble(0, 1);
            if (b.has("silent_buy")) silent = b.req("silent_buy").asDouble(0, 1);
            if (b.has("order_value")) orderValue = b.req("order_value").asDouble(0, 1e9);
            if (b.has("unanswered_cost")) unansweredCost = b.req("unanswered_cost").asDouble(0, 1e9);
            if (b.has("margin")) margin = b.req("margin").asDouble(0, 1); // share of order value kept; absent: revenue only
            boolean linear = b.has("conversion_interpolation")
                    && b.req("conversion_interpolation").asChoice(new LinkedHashSet<>(List.of("step", "linear"))).equals("linear");
            if (b.has("conversion_factor")) factor = conversionFactor(b.req("conversion_factor"), linear);
            else if (linear) factor = new ConversionFactor(factor.within(), factor.factor(), factor.otherwise(), true);
        }
        // issue 25: priority class (higher first) and retrials
        int priority = b != null && b.has("priority") ? b.req("priority").asInt(0, 99) : 0;
        Scenario.Retrial retrial = b != null && b.has("retrial") ? retrial(b.req("retrial")) : Scenario.Retrial.NONE;
        return new BuyerType(type, patience, messages, think, deflection, conversion, silent, orderValue, factor, unansweredCost, margin,
                priority, retrial, botByHour);
    }

    /** {@code bot_deflection: {hourly: [24 shares]}}: the bot's share of each local clock hour's buyers, 0:00 first. */
    private static double[] botHourly(Node bot) {
        bot.allowOnly("hourly");
        Node list = bot.req("hourly");
        if (!list.isList()) throw list.error("expected a list of 24 shares (one per clock hour, 0:00 first), each from 0 to 1",
                "应为 24 个占比的列表（每个钟点一个，从 0 点起），每个从 0 到 1");
        List<Node> items = list.items();
        if (items.size() != 24) throw list.error("an hourly bot share needs 24 values (one per clock hour, 0:00 first), found " + items.size(),
                "按小时的机器人分流占比需要 24 个值（每个钟点一个，从 0 点起），实际有 " + items.size() + " 个");
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) out[h] = items.get(h).asDouble(0, 1);
        return out;
    }

    /** {@code retrial: {probability: P, delay: DIST, after_late_reply: {after: D, probability: Q}}} (issue 25). */
    private static Scenario.Retrial retrial(Node r) {
        r.allowOnly("probability", "delay", "after_late_reply", "max_returns");
        double p = r.has("probability") ? r.req("probability").asDouble(0, 1) : 0;
        DistSpec delay = r.has("delay") ? Distributions.time(r.req("delay"), false) : DistSpec.constant(0);
        double lateAfter = Double.POSITIVE_INFINITY, lateP = 0;
        if (r.has("after_late_reply")) {
            Node late = r.req("after_late_reply");
            late.allowOnly("after", "probability");
            lateAfter = late.req("after").asDuration();
            lateP = late.req("probability").asDouble(0, 1);
        }
        int most = r.has("max_returns") ? r.req("max_returns").asInt(1, 100) : Scenario.Retrial.DEFAULT_MAX_RETURNS;
        return new Scenario.Retrial(p, delay, lateAfter, lateP, most);
    }

    private static ConversionFactor conversionFactor(Node list, boolean linear) {
        List<Double> within = new ArrayList<>(), factor = new ArrayList<>();
        Double otherwise = null;
        for (Node row : list.items()) {
            if (row.has("otherwise")) {
                row.allowOnly("otherwise");
                if (otherwise != null) throw row.error("'otherwise' given twice", "'otherwise' 写了两次");
                otherwise = row.req("otherwise").asDouble(0, 1);
                continue;
            }
            if (otherwise != null) throw row.error("'otherwise' must be the last row", "'otherwise' 必须是最后一行");
            row.allowOnly("within", "factor");
            double w = row.req("within").asDuration();
            if (!within.isEmpty() && w <= within.get(within.size() - 1)) throw row.req("within").error("rows must have increasing 'within'", "各行的 'within' 须从小到大");
            within.add(w);
            factor.add(row.req("factor").asDouble(0, 1));
        }
        if (otherwise == null) throw list.error("end the table with {otherwise: F}, the factor after the last 'within'", "表的最后一行应为 {otherwise: F}，即最后一个 'within' 之后的系数");
        return new ConversionFactor(within.stream().mapToDouble(Double::doubleValue).toArray(),
                factor.stream().mapToDouble(Double::doubleValue).toArray(), otherwise, linear);
    }

    // ---- agents, shifts, rosters ---------------------------------------------------------

    private static AgentGroup group(Node g, Set<String> types) {
        g.allowOnly("group", "skills", "level", "channel", "concurrency", "reply_time", "speed_factor", "slowdown", "wrap_up", "monthly_pay", "pay", "hourly_pay", "queue_order", "pick_up", "pick_up_share");
        String name = g.req("group").text().trim();
        if (!name.matches(NAME) || name.length() > 40) throw g.req("group").error("'" + shorten(name) + "' " + NAME_ALLOWED, "'" + shorten(name) + "' " + NAME_ALLOWED_ZH);
        List<String> skills = new ArrayList<>();
        for (Node s : g.req("skills").items()) {
            String t = s.text().trim();
            if (!types.contains(t)) throw s.error("unknown buyer type '" + t + "'; known types: " + String.join(", ", types),
                    "未知买家类型 '" + t + "'；已有类型：" + Lists.join(types, true));
            if (skills.contains(t)) throw s.error("skill '" + t + "' listed twice", "技能 '" + t + "' 重复列出");
            skills.add(t);
        }
        if (skills.isEmpty()) throw g.req("skills").error("list at least one buyer type this group serves", "至少列出本组接待的一种买家类型");
        String level = g.has("level") ? g.req("level").asChoice(LEVELS) : "junior";
        String channel = g.has("channel") ? g.req("channel").asChoice(new LinkedHashSet<>(List.of(AgentGroup.CHAT, AgentGroup.PHONE))) : AgentGroup.CHAT;
        int concurrency = g.has("concurrency") ? g.req("concurrency").asInt(1, 64) : channel.equals(AgentGroup.PHONE) ? 1 : 5;
        if (channel.equals(AgentGroup.PHONE) && concurrency != 1)
            // the model would let one agent talk to several callers at once and read a service level of 100%
            throw g.req("concurrency").error(concurrency + " calls at once: a phone agent takes one call at a time; allowed: 1, or leave concurrency out (channel: phone)",
                    "同时 " + concurrency + " 个电话：电话客服一次只能接一个电话；允许：1，或不写 concurrency（channel: phone）");
        DistSpec reply = g.has("reply_time") ? Distributions.time(g.req("reply_time"), false) : DefaultDistributions.REPLY_TIME;
        double speed = g.has("speed_factor") ? g.req("speed_factor").asDouble(0.01, 100) : 1.0;
        double slowdown = g.has("slowdown") ? g.req("slowdown").asDouble(0, 10) : 0.0;
        DistSpec wrap = g.has("wrap_up") ? Distributions.time(g.req("wrap_up"), false) : DefaultDistributions.WRAP_UP;
        double pay = g.has("monthly_pay") ? g.req("monthly_pay").asDouble(0, 1e7) : PAY_BY_LEVEL.get(level);
        String payBy = g.has("pay") ? g.req("pay").asChoice(new LinkedHashSet<>(List.of(AgentGroup.MONTHLY, AgentGroup.HOURLY, AgentGroup.PART_TIME))) : AgentGroup.MONTHLY;
        double hourlyPay = Double.NaN; // not given: the monthly pay over the month's paid hours
        if (g.has("hourly_pay")) {
            if (payBy.equals(AgentGroup.MONTHLY)) throw g.req("hourly_pay").error("is paid only with 'pay: hourly' (temporary staff) or 'pay: part_time' (part-time staff); a monthly group is paid its monthly_pay",
                    "仅在 'pay: hourly'（临时工）或 'pay: part_time'（非全日制用工）时使用；按月发薪的客服组按 monthly_pay 计");
            hourlyPay = g.req("hourly_pay").asDouble(0, 1e5);
        }
        String order = g.has("queue_order") ? g.req("queue_order").asChoice(new LinkedHashSet<>(List.of(AgentGroup.BY_SKILLS, AgentGroup.BY_ARRIVAL)))
                : AgentGroup.BY_SKILLS;
        DistSpec pickUp = g.has("pick_up") ? Distributions.time(g.req("pick_up"), false) : null;
        double pickUpShare = 1.0;
        if (g.has("pick_up_share")) {
            if (pickUp == null) throw g.req("pick_up_share").error("is read only with pick_up (the time a free agent takes to answer); allowed: add pick_up, or delete pick_up_share",
                    "仅与 pick_up（空闲客服接起所需时间）一起使用；允许：加上 pick_up，或删去 pick_up_share");
            pickUpShare = g.req("pick_up_share").asDouble(0, 1);
        }
        return new AgentGroup(name, List.copyOf(skills), level, channel, concurrency, reply, speed, slowdown, wrap, pay, payBy, hourlyPay, order,
                pickUp, pickUpShare);
    }

    /**
     * A buyer type is served on one channel: its first response is the pick-up if it calls and the
     * first human reply if it chats, and a service level over both would mean neither.
     */
    private static void oneChannelPerType(Node node, AgentGroup group, AgentGroup other) {
        if (group.channel().equals(other.channel())) return;
        for (String type : group.skills()) {
            if (!other.skills().contains(type)) continue;
            Node at = node.has("channel") ? node.req("channel") : node.req("skills");
            throw at.error("buyer type '" + type + "' is served by " + other.channel() + " in group '" + other.name() + "' and by "
                            + group.channel() + " here; a type's first response is either the pick-up (phone) or the first reply (chat), "
                            + "so serve it on one channel, or split it into two types (e.g. " + type + " and " + type + "_phone)",
                    "买家类型 '" + type + "' 在客服组 '" + other.name() + "' 用" + channelZh(other.channel()) + "接待、在此用" + channelZh(group.channel())
                            + "接待；一种类型的首次响应要么是接起电话（phone），要么是首次回复（chat），请只用一种渠道接待，或拆成两种类型（如 "
                            + type + " 与 " + type + "_phone）");
        }
    }

    private static String channelZh(String channel) { return channel.equals(AgentGroup.PHONE) ? "电话（phone）" : "在线聊天（chat）"; }

    /** A time of day for a message: whole seconds up (a bound said "before" it stays true), wrapped at midnight. */
    private static String clock(double secondOfDay) {
        return ScenarioWriter.clock(Math.floorMod((int) Math.ceil(secondOfDay - 1e-9), 86400));
    }

    /**
     * The node an error about {@code fallback} belongs at: the first of {@code involved} that an option
     * wrote ({@code --set}, a variant), not the file, else {@code fallback}. A break made invalid by
     * {@code --set shifts.morning.to=12:00} was placed at the break's line in the file, whose values are fine.
     */
    private static Node changed(Node fallback, Node... involved) {
        if (fallback.line() == 0) return fallback; // itself written by an option (override nodes have no line)
        for (Node n : involved) if (n != null && n.line() == 0) return n;
        return fallback;
    }

    private static Shift shift(String name, Node s) {
        if (name.equals(OFF)) throw s.error("'off' is reserved for rest days in a rotation", "'off' 专用于轮班中的休息日");
        s.allowOnly("from", "to", "breaks");
        int from = timeOfDay(s.req("from"), false);
        int to = timeOfDay(s.req("to"), true);
        if (from == to) throw s.req("to").error("a shift needs from != to", "班次的 from 与 to 不能相同");
        Shift tmp = new Shift(name, from, to, List.of());
        List<Break> breaks = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Node bn = s.opt("breaks");
        if (bn != null) {
            for (Node b : bn.items()) {
                b.allowOnly("at", "for", "split");
                int at = timeOfDay(b.req("at"), false);
                double len = positiveDuration(b.req("for"));
                int split = b.has("split") ? b.req("split").asInt(1, 96) : 1;
                double offset = Math.floorMod(at - from, 86400);
                String shift = s.req("from").text() + "-" + s.req("to").text();
                String atText = b.req("at").text(), forText = b.req("for").text();
                // an error is placed at what the user changed: a --set (or variant) of at, for, split, from or to, before the file's line
                Node atFault = changed(b, b.req("at"), b.req("for"), b.opt("split"), s.req("from"), s.req("to"));
                // A break leaves work on both sides: one at the shift's very start or end only
                // moves its start or end (and time finishing chats in it would not be overtime).
                String rule = "a break must start after the shift's start and end before its end, leaving work on both sides";
                String ruleZh = "休息须在班次开始之后开始、在班次结束之前结束，前后都留有工作时间";
                if (len >= tmp.length()) {
                    throw changed(b.req("for"), b.req("at"), s.req("from"), s.req("to")).error("a break of " + forText + " is not shorter than the shift " + shift + " (" + Durations.format(tmp.length()) + "); " + rule
                                    + "; allowed: a break shorter than the shift",
                            forText + " 的休息不短于班次 " + shift + "（" + Durations.format(tmp.length()) + "）；" + ruleZh + "；允许：比班次短的休息");
                }
                if (offset <= 0 || offset + len >= tmp.length()) {
                    String latest = clock(from + tmp.length() - len);
                    String allowed = "allowed for " + forText + ": at after " + s.req("from").text() + " and before " + latest;
                    String allowedZh = "允许 " + forText + " 的休息：at 晚于 " + s.req("from").text() + " 且早于 " + latest;
                    if (offset == 0) {
                        throw atFault.error("break at " + atText + " for " + forText + " starts when the shift " + shift + " starts; " + rule + " (" + allowed
                                        + "); a break at the start only makes the shift start later: drop it and write from: " + clock(from + len),
                                atText + " 起 " + forText + " 的休息与班次 " + shift + " 同时开始；" + ruleZh + "（" + allowedZh
                                        + "）；开头的休息只是让班次晚开始：请删去它，改写 from: " + clock(from + len));
                    }
                    if (offset + len == tmp.length()) {
                        throw atFault.error("break at " + atText + " for " + forText + " ends when the shift " + shift + " ends; " + rule + " (" + allowed
                                        + "); a break at the end only makes the shift end earlier: drop it and write to: " + clock(at),
                                atText + " 起 " + forText + " 的休息与班次 " + shift + " 同时结束；" + ruleZh + "（" + allowedZh
                                        + "）；结尾的休息只是让班次早结束：请删去它，改写 to: " + clock(at));
                    }
                    throw atFault.error("break at " + atText + " for " + forText + " is not inside the shift " + shift + "; " + rule + " (" + allowed + ")",
                            atText + " 起 " + forText + " 的休息不在班次 " + shift + " 之内；" + ruleZh + "（" + allowedZh + "）");
                }
                if (split > 1 && offset + len * split >= tmp.length()) {
                    int most = (int) Math.ceil((tmp.length() - offset) / len) - 1; // the slots that end before the shift does, at least 1
                    String end = offset + len * split == tmp.length() ? s.req("to").text() : clock(from + offset + len * split);
                    String where = offset + len * split == tmp.length() ? "end with the shift " + shift + " (at " + end + ")" : "end past the shift " + shift + " (at " + end + ")";
                    String whereZh = offset + len * split == tmp.length() ? "与班次 " + shift + " 同时结束（" + end + "）" : "超出班次 " + shift + "（到 " + end + "）";
                    String earlier = len * split < tmp.length() ? ", or at after " + s.req("from").text() + " and before " + clock(from + tmp.length() - len * split) + " with split: " + split : "";
                    String earlierZh = len * split < tmp.length() ? "，或 split: " + split + " 时 at 晚于 " + s.req("from").text() + " 且早于 " + clock(from + tmp.length() - len * split) : "";
                    throw changed(b.req("split"), b.req("at"), b.req("for"), s.req("from"), s.req("to")).error("split: " + split + " slots of " + forText + " from " + atText + " " + where
                                    + "; every slot must end before the shift ends, leaving work after it; allowed: split: " + (most == 1 ? "1" : "1-" + most) + " at " + atText + earlier,
                            "从 " + atText + " 起 " + split + " 段 " + forText + " 的休息" + whereZh + "；每段都须在班次结束之前结束，之后留有工作时间；允许：at " + atText + " 时 split: " + (most == 1 ? "1" : "1-" + most) + earlierZh);
                }
                breaks.add(new Break(at, len, split));
                nodes.add(b);
            }
            overlappingBreaks(from, tmp.length(), breaks, nodes);
        }
        breaks.sort(Comparator.comparingDouble(b -> Math.floorMod(b.atSec() - from, 86400)));
        return new Shift(name, from, to, List.copyOf(breaks));
    }

    /**
     * Two breaks of one shift may not overlap or touch, each counted over its whole span (from at
     * to at + split × for): the run would take only one of them while hours worked and the night
     * allowance deduct both. The later-starting break is the one refused.
     */
    private static void overlappingBreaks(int from, double shiftLength, List<Break> breaks, List<Node> nodes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> Math.floorMod(breaks.get(i).atSec() - from, 86400)).thenComparingInt(i -> i));
        for (int k = 1; k < order.size(); k++) {
            int i = order.get(k);
            Break later = breaks.get(i);
            double start = Math.floorMod(later.atSec() - from, 86400);
            for (int q = 0; q < k; q++) {
                int j = order.get(q);
                Break earlier = breaks.get(j);
                double eStart = Math.floorMod(earlier.atSec() - from, 86400), eEnd = eStart + earlier.duration() * earlier.split();
                if (eEnd < start) continue;
                double end = 0; // the latest end of the breaks before this one: it starts after that
                for (int r = 0; r < k; r++) {
                    Break b = breaks.get(order.get(r));
                    end = Math.max(end, Math.floorMod(b.atSec() - from, 86400) + b.duration() * b.split());
                }
                Node b = nodes.get(i), e = nodes.get(j);
                String atText = b.req("at").text(), forText = b.req("for").text();
                String what = later.split() > 1 ? "break at " + atText + " for " + forText + " in " + later.split() + " slots (" + atText + "–" + clock(from + start + later.duration() * later.split()) + ")"
                        : "break at " + atText + " for " + forText;
                String whatZh = later.split() > 1 ? atText + " 起分 " + later.split() + " 段、每段 " + forText + " 的休息（" + atText + "–" + clock(from + start + later.duration() * later.split()) + "）"
                        : atText + " 起 " + forText + " 的休息";
                String span = e.req("at").text() + "–" + clock(from + eEnd) + (earlier.split() > 1 ? ", " + earlier.split() + " slots of " + e.req("for").text() : "");
                String spanZh = e.req("at").text() + "–" + clock(from + eEnd) + (earlier.split() > 1 ? "，分 " + earlier.split() + " 段、每段 " + e.req("for").text() : "");
                double next = Math.floor((from + end) / 60) * 60 + 60 - from; // the first whole minute after it
                String after = clock(from + next);
                boolean fits = next + later.duration() * later.split() < shiftLength;
                String move = fits ? "start it at " + after + " or later" : "drop it";
                String moveZh = fits ? "请改在 " + after + " 或更晚开始" : "请删去它";
                String merge = "", mergeZh = "";
                if (later.split() == 1 && earlier.split() == 1) {
                    String one = Durations.format(Math.max(eEnd, start + later.duration()) - eStart);
                    merge = ", or write one break of " + one;
                    mergeZh = "，或写成一次 " + one + " 的休息";
                }
                boolean touches = eEnd == start;
                throw b.error(what + (touches ? " touches" : " overlaps") + " breaks[" + j + "] (" + span + "); a shift's breaks must not overlap or touch: " + move + merge,
                        whatZh + "与 breaks[" + j + "]（" + spanZh + "）" + (touches ? "相接" : "重叠") + "；同一班次的休息不得重叠或相接：" + moveZh + mergeZh);
            }
        }
    }

    private static RosterEntry rosterEntry(Node r, Set<String> groups, Map<String, Shift> shifts) {
        r.allowOnly("group", "shift", "agents", "dates");
        String group = r.req("group").text().trim();
        if (!groups.contains(group)) throw unknownGroup(r.req("group"), group, groups);
        String shift = r.req("shift").text().trim();
        if (!shifts.containsKey(shift)) throw r.req("shift").error("unknown shift '" + shift + "'; shifts defined: " + String.join(", ", shifts.keySet()),
                "未知班次 '" + shift + "'；已定义的班次：" + Lists.join(shifts.keySet(), true));
        int agents = r.req("agents").asInt(0, 100_000);
        List<LocalDate> dates = null;
        if (r.has("dates")) {
            dates = new ArrayList<>();
            for (Node d : r.req("dates").items()) dates.add(date(d));
        }
        return new RosterEntry(group, shift, agents, dates == null ? null : List.copyOf(dates));
    }

    private static Team team(Node t, Set<String> groups, Map<String, Shift> shifts) {
        t.allowOnly("name", "agents", "rotation", "working_time");
        String name = t.req("name").text().trim();
        if (!name.matches(NAME) || name.length() > 40) throw t.req("name").error("team name '" + shorten(name) + "' " + NAME_ALLOWED, "小组名 '" + shorten(name) + "' " + NAME_ALLOWED_ZH);
        Map<String, Integer> agents = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : t.req("agents").entries().entrySet()) {
            if (!groups.contains(e.getKey())) throw unknownGroup(e.getValue(), e.getKey(), groups);
            agents.put(e.getKey(), e.getValue().asInt(0, 100_000));
        }
        Node rot = t.req("rotation");
        rot.allowOnly("cycle", "from", "template", "team", "swap_every");
        LocalDate from = rot.has("from") ? date(rot.req("from")) : null;
        List<String> cycle;
        if (rot.has("template")) {
            if (rot.has("cycle")) throw rot.req("cycle").error("give either 'template' or 'cycle', not both", "'template' 与 'cycle' 只能给一个");
            cycle = RotationTemplates.cycle(rot, shifts);
        } else {
            cycle = new ArrayList<>();
            for (Node c : rot.req("cycle").items()) {
                String s = c.text().trim();
                if (!s.equals(OFF) && !shifts.containsKey(s)) {
                    throw c.error("unknown shift '" + s + "'; allowed: " + String.join(", ", shifts.keySet()) + ", or 'off' for a rest day",
                            "未知班次 '" + s + "'；允许：" + Lists.join(shifts.keySet(), true) + "，或 'off' 表示休息日");
                }
                cycle.add(s);
            }
            if (cycle.isEmpty()) throw rot.req("cycle").error("list at least one day", "至少列出一天");
            // 'team' and 'swap_every' place a team in a template's cycle; a written cycle has no
            // teams to count, so either key would be dropped silently and every team would work
            // the same days: refused, with how a cycle places a team instead.
            if (rot.has("team")) {
                String example = "", exampleZh = "";
                if (cycle.size() > 1 && from != null) {
                    List<String> on = new ArrayList<>(cycle.subList(1, cycle.size()));
                    on.add(cycle.get(0));
                    String c = "cycle: [" + String.join(", ", on) + "]", f = "from: " + from.minusDays(1);
                    example = " (e.g. a team one day further on: " + c + ", or " + f + ")";
                    exampleZh = "（例如往后错开一天的组：" + c + "，或 " + f + "）";
                }
                throw rot.req("team").error(
                        "'team' works only with a 'template' (team k starts k × swap_every days into it); with a 'cycle' only 'cycle' and 'from' are allowed: start each team at its own place by its own 'from' date or by rotating its cycle" + example,
                        "'team' 只能与 'template' 一起用（第 k 组从周期的第 k × swap_every 天开始）；与 'cycle' 一起只允许 'cycle' 和 'from'：用各组自己的 'from' 日期或把周期轮转一下让各组错开" + exampleZh);
            }
            if (rot.has("swap_every")) throw rot.req("swap_every").error(
                    "'swap_every' works only with a 'template' (days on one shift before the next); with a 'cycle' only 'cycle' and 'from' are allowed: write every day of the cycle out, each shift as many days in a row as it is worked (e.g. [day, day, day, off, night, night, night])",
                    "'swap_every' 只能与 'template' 一起用（每种班连上几天再换）；与 'cycle' 一起只允许 'cycle' 和 'from'：把周期的每一天写出来，每种班连上几天就写几次（例如 [day, day, day, off, night, night, night]）");
        }
        if (from == null) throw rot.error("'from' is required: the date on which day 1 of the cycle falls", "必须填写 'from'：轮班周期第 1 天的日期");
        Scenario.WorkingTime wt = t.has("working_time") ? workingTime(t.req("working_time")) : null;
        return new Team(name, Collections.unmodifiableMap(agents), List.copyOf(cycle), from, wt);
    }

    /**
     * Employer social insurance and housing fund on wages: pension 16%, medical about 8%
     * (maternity included), unemployment 0.5%, work injury about 0.5%, housing fund 5% (the
     * minimum); cities differ, so a shop should set its own.
     */
    public static final double DEFAULT_EMPLOYER_CONTRIBUTIONS = 0.30;

    /**
     * The monthly minimum wage a group's pay is checked against (a warning, not an error):
     * Shanghai's, 2,740 CNY from 1 July 2025 (上海市人力资源和社会保障局; 2,690 from July 2023),
     * among the highest of China's cities; set your own city's (Hangzhou's top tier 2,490 from 2023).
     */
    public static final double DEFAULT_MINIMUM_MONTHLY_WAGE = 2740;

    static Labour labour(Node n) {
        Scenario.WorkingTime wt = Scenario.WorkingTime.STANDARD;
        double maxStint = 12 * 3600, minRest = 11 * 3600, maxWeek = 48;
        int maxDays = 6;
        if (n != null) {
            n.allowOnly("working_time", "max_stint", "min_rest", "max_hours_per_week", "max_days_in_row");
            if (n.has("working_time")) wt = workingTime(n.req("working_time"));
            if (n.has("max_stint")) maxStint = positiveDuration(n.req("max_stint"));
            if (n.has("min_rest")) minRest = n.req("min_rest").asDuration();
            if (minRest < 0) throw n.req("min_rest").error("cannot be negative", "不能为负数");
            if (n.has("max_hours_per_week")) maxWeek = n.req("max_hours_per_week").asDouble(1, 168);
            if (n.has("max_days_in_row")) maxDays = n.req("max_days_in_row").asInt(1, 366);
        }
        return new Labour(wt, maxStint, minRest, maxWeek, maxDays);
    }

    static Scenario.WorkingTime workingTime(Node n) {
        return Scenario.WorkingTime.valueOf(n.asChoice(new LinkedHashSet<>(List.of("standard", "comprehensive", "flexible"))).toUpperCase());
    }

    // ---- small scalars --------------------------------------------------------------

    static double positiveDuration(Node n) {
        double d = n.asDuration();
        if (!(d > 0)) throw n.error("must be longer than 0", "必须大于 0");
        return d;
    }

    private static ScenarioException unknownGroup(Node n, String group, java.util.Collection<String> groups) {
        return n.error("unknown group '" + group + "'; groups in 'agents': " + String.join(", ", groups),
                "未知客服组 '" + group + "'；'agents' 中的组：" + Lists.join(groups, true));
    }

    /**
     * Dates a scenario may name: from 1970 (the epoch, where charts count from) to 9999 (four-digit
     * years, which every file and spreadsheet that shows a result can write). Beyond, a date
     * such as year 999999999 overflows the clock arithmetic of a run.
     */
    public static final int FIRST_YEAR = 1970, LAST_YEAR = 9999;

    /** The rate of work on a listed statutory holiday: 300%, the legal least (劳动法 art. 44 (3)). */
    public static final double DEFAULT_HOLIDAY_FACTOR = 3.0;

    /** {@code costs.holidays}: a list of ISO dates, each once; returned sorted. */
    private static List<LocalDate> holidays(Node list) {
        Set<LocalDate> seen = new TreeSet<>();
        for (Node d : list.items()) {
            LocalDate date = date(d);
            if (!seen.add(date)) throw d.error(date + " is listed twice; allowed: each date once", date + " 重复列出；允许：每个日期只列一次");
        }
        return List.copyOf(seen);
    }

    static LocalDate date(Node n) {
        String t = n.text().trim();
        try {
            return inRange(n, LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw n.error("'" + t + "' is not a date; allowed: YYYY-MM-DD, e.g. 2026-11-11", "'" + t + "' 不是日期；允许：YYYY-MM-DD，如 2026-11-11");
        }
    }

    static LocalDateTime dateTime(Node n) {
        String t = n.text().trim().replace(' ', 'T');
        LocalDateTime d;
        try {
            d = LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            try {
                d = LocalDate.parse(t).atStartOfDay();
            } catch (DateTimeParseException e2) {
                throw n.error("'" + n.text().trim() + "' is not a local date-time; allowed: YYYY-MM-DDTHH:MM, e.g. 2026-11-10T00:00",
                        "'" + n.text().trim() + "' 不是本地日期时间；允许：YYYY-MM-DDTHH:MM，如 2026-11-10T00:00");
            }
        }
        inRange(n, d.toLocalDate());
        return d;
    }

    private static LocalDate inRange(Node n, LocalDate d) {
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            throw n.error("year " + d.getYear() + " is out of range; allowed: dates from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31",
                    "年份 " + d.getYear() + " 超出范围；允许：从 " + FIRST_YEAR + "-01-01 到 " + LAST_YEAR + "-12-31 的日期");
        }
        return d;
    }

    static int timeOfDay(Node n, boolean allow24) {
        String t = n.text().trim();
        if (!t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) throw notATimeOfDay(n, t, allow24);
        String[] p = t.split(":");
        int h = Integer.parseInt(p[0]), m = Integer.parseInt(p[1]), s = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        int sec = h * 3600 + m * 60 + s;
        if (m > 59 || s > 59 || sec > 86400 || (sec == 86400 && !allow24)) {
            throw notATimeOfDay(n, t, allow24);
        }
        return sec;
    }

    private static ScenarioException notATimeOfDay(Node n, String t, boolean allow24) {
        String last = allow24 ? "24:00" : "23:59";
        return n.error("'" + t + "' is not a time of day; allowed: HH:MM from 00:00 to " + last,
                "'" + t + "' 不是一天中的时刻；允许：从 00:00 到 " + last + " 的 HH:MM");
    }

    private static ZoneId zone(Node n) {
        if (n == null) return ZoneId.of("Asia/Shanghai");
        try {
            return ZoneId.of(n.text().trim());
        } catch (DateTimeException e) {
            throw n.error("'" + n.text().trim() + "' is not a time zone; allowed: a region id such as Asia/Shanghai",
                    "'" + n.text().trim() + "' 不是时区；允许：地区时区名，如 Asia/Shanghai");
        }
    }
}
