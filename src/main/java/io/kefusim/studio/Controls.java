package io.kefusim.studio;

import io.kefusim.demand.RateProfile;
import io.kefusim.report.Text;
import io.kefusim.scenario.Node;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;

import java.math.BigDecimal;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The controls a scenario offers, each a {@code --set} key of the scenario file (so a page
 * change is exactly a command-line override, with the command line's checks, ranges and messages)
 * but two: breaks on/off and a by-hour bot share's factor, which the page turns into --set values:
 * agents per roster line, reply time and chats at once per group, patience and bot share per
 * buyer type, demand scale, peak sizes, breaks on or off, deadlines and the goal.
 */
final class Controls {
    /** The one control that is not a file key: breaks off sets every shift's breaks to none. */
    static final String BREAKS = "breaks";

    /**
     * A type's bot share given by the hour: on the page a factor on all 24 shares; the real {@code --set} key of the same
     * name takes the 24 shares, which the page sends ({@link #scaledHours}). One of the two controls that are not --set values.
     */
    static final String BOT_HOURLY = ".bot_deflection.hourly";

    /** Where a page-only control's bad value is blamed: the studio's control, not a {@code --set}. */
    static final String STUDIO = "studio";

    /** {@code kind}: int, number, share, duration, list or onoff (how the page shows it). */
    record Control(String key, String label, String value, String kind) {}

    private Controls() {}

    static List<Control> of(Node root, Scenario s, Text text) {
        List<Control> out = new ArrayList<>();
        Node roster = root.opt("roster");
        if (roster != null && roster.isList()) {
            List<Node> lines = roster.items();
            for (int i = 0; i < lines.size(); i++) {
                Node l = lines.get(i);
                if (!l.isMap() || !l.has("agents")) continue;
                String where = scalar(l, "shift", "");
                if (l.has("dates")) where += " " + l.opt("dates").items().stream().map(Node::text).toList();
                out.add(new Control("roster[" + i + "].agents", text.get("studio_c_agents", scalar(l, "group", "?"), where.trim()), l.opt("agents").text(), "int"));
            }
        }
        // a rotation's teams (黑白倒班, 四班三倒): their headcount per group is what a supervisor changes
        Node teams = root.opt("teams");
        if (teams != null && teams.isList()) {
            List<Node> ts = teams.items();
            for (int i = 0; i < ts.size(); i++) {
                Node t = ts.get(i);
                if (!t.isMap() || !t.has("agents") || !t.opt("agents").isMap()) continue;
                String team = text.get("sp_team", scalar(t, "name", Integer.toString(i + 1)));
                for (Map.Entry<String, Node> e : t.opt("agents").entries().entrySet()) {
                    if (!e.getValue().isScalar()) continue;
                    out.add(new Control("teams[" + i + "].agents." + e.getKey(), text.get("studio_c_agents", e.getKey(), team), e.getValue().text(), "int"));
                }
            }
        }
        Node agents = root.opt("agents");
        if (agents != null && agents.isList()) {
            List<Node> groups = agents.items();
            for (int g = 0; g < groups.size(); g++) {
                Node a = groups.get(g);
                String name = scalar(a, "group", "?");
                // goalF: a phone group's reply time is the talk of a call, and it takes one call at a time: no "chats at once" to offer
                int index = s.groupIndex(name);
                boolean phone = index >= 0 && s.groups().get(index).phone();
                Node reply = a.opt("reply_time");
                if (reply != null && reply.isMap() && reply.has("mean")) {
                    out.add(new Control("agents[" + g + "].reply_time.mean", text.get(phone ? "studio_c_reply_pick_up" : "studio_c_reply", name), reply.opt("mean").text(), "duration"));
                }
                if (a.has("concurrency") && !phone) out.add(new Control("agents[" + g + "].concurrency", text.get("studio_c_concurrency", name), a.opt("concurrency").text(), "int"));
            }
        }
        Node buyers = root.opt("buyers");
        if (buyers != null && buyers.isMap()) {
            for (Map.Entry<String, Node> b : buyers.entries().entrySet()) {
                Node p = b.getValue().isMap() ? b.getValue().opt("patience") : null;
                if (p != null && p.isMap() && p.has("mean")) {
                    out.add(new Control("buyers." + b.getKey() + ".patience.mean", text.get("studio_c_patience", b.getKey()), p.opt("mean").text(), "duration"));
                }
                Node bot = b.getValue().isMap() ? b.getValue().opt("bot_deflection") : null;
                if (bot != null && bot.isMap()) { // by the hour: one factor scales every hour's share (capped at 1), the hours' shape kept
                    out.add(new Control("buyers." + b.getKey() + BOT_HOURLY, text.get("studio_c_bot_hourly", b.getKey()), "1", "number"));
                } else {
                    out.add(new Control("buyers." + b.getKey() + ".bot_deflection", text.get("studio_c_bot", b.getKey()), scalar(b.getValue(), "bot_deflection", "0"), "share"));
                }
            }
        }
        Node demand = root.opt("demand");
        if (demand != null && demand.isMap() && !demand.has("trace")) {
            out.add(new Control("demand.scale", text.get("studio_c_scale"), scalar(demand, "scale", "1"), "number"));
            Node days = demand.opt("days");
            if (days != null && days.isList()) {
                for (int d = 0; d < days.items().size(); d++) {
                    Node day = days.items().get(d);
                    Node peaks = day.isMap() ? day.opt("peaks") : null;
                    if (peaks == null || !peaks.isList()) continue;
                    for (int k = 0; k < peaks.items().size(); k++) {
                        Node pk = peaks.items().get(k);
                        out.add(new Control("demand.days[" + d + "].peaks[" + k + "].scale",
                                text.get("studio_c_peak", scalar(day, "date", ""), scalar(pk, "from", ""), scalar(pk, "to", "")), scalar(pk, "scale", "1"), "number"));
                    }
                }
            }
        }
        if (!breakShifts(root).isEmpty()) out.add(new Control(BREAKS, text.get("studio_c_breaks"), "on", "onoff"));
        // what answers a buyer follows the channel, as the report's words do (a call's pick-up, a chat's first reply)
        out.add(new Control("service_level_target", io.kefusim.report.Words.answered(text, s, "studio_c_target"), scalar(root, "service_level_target", seconds(s.serviceLevelTarget())), "duration"));
        out.add(new Control("service_level_goal", text.get("studio_c_goal"), scalar(root, "service_level_goal", Double.toString(s.serviceLevelGoal())), "share"));
        out.add(new Control("deadlines.first_response", io.kefusim.report.Words.answered(text, s, "studio_c_deadlines"), "[" + String.join(", ", s.deadlineLabels()) + "]", "list"));
        return out;
    }

    /** The page's settings as {@code --set} assignments, in the order given; breaks off becomes one per shift. */
    static List<String> assignments(Node root, Map<String, String> sets) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : sets.entrySet()) {
            if (e.getKey().endsWith(BOT_HOURLY) && e.getKey().startsWith("buyers.")) {
                out.add(e.getKey() + "=" + scaledHours(root, e.getKey(), e.getValue()));
            } else if (!e.getKey().equals(BREAKS)) {
                out.add(e.getKey() + "=" + e.getValue());
            } else if (e.getValue().trim().equalsIgnoreCase("off")) {
                for (String shift : breakShifts(root)) out.add("shifts." + shift + ".breaks=[]");
            }
        }
        return out;
    }

    /**
     * Expected chats per replication the studio re-runs on a change: about 2 s of one core a replication (classroom at
     * demand.scale 1000, 480,000 chats, took 1.0 s of CPU more than at scale 1), so the first figure comes within seconds.
     */
    static final double MAX_INTERACTIVE_CHATS = 1_000_000;

    /**
     * The page's demand scale, when it asks for more chats per replication than {@link #MAX_INTERACTIVE_CHATS}: refused as
     * the page's control (HTTP 400), with the range that this scenario runs at in the studio (the file's own scale always
     * allowed) and the command line that runs it (up to the loader's 1,000,000).
     */
    static void interactive(Node root, Scenario s, Map<String, String> sets, Path file) {
        String asked = sets.get("demand.scale");
        if (asked == null || s.demand().isTrace()) return;
        double arrivals = RateProfile.of(s).expectedArrivals(0, s.horizon());
        if (arrivals <= MAX_INTERACTIVE_CHATS) return;
        Node demand = root.opt("demand");
        double own;
        try {
            own = Double.parseDouble(scalar(demand, "scale", "1"));
        } catch (NumberFormatException e) {
            own = 1;
        }
        double bound = Math.max(own, Math.floor(s.demand().scale() * MAX_INTERACTIVE_CHATS / arrivals * 100) / 100);
        if (s.demand().scale() <= bound) return;
        String max = BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString(), chats = String.format(Locale.ROOT, "%,.0f", arrivals),
                limit = String.format(Locale.ROOT, "%,.0f", MAX_INTERACTIVE_CHATS), name = file.toString(); // the path as the studio was given it, so the command runs from where the studio was started
        Object[] args = {asked.trim(), chats, max, limit, name};
        throw new ScenarioException(STUDIO, 0, "demand.scale", new Text("en").get("studio_scale_interactive", args),
                new Text("zh").get("studio_scale_interactive", args));
    }

    /**
     * The type's 24 hourly bot shares of the file, each times {@code factor} and at most 1, as a
     * list for {@code --set}. A factor that is not a number of 0 or more is the one-line error.
     */
    static String scaledHours(Node root, String key, String factor) {
        double f;
        try {
            f = Double.parseDouble(factor.trim());
        } catch (NumberFormatException e) {
            f = Double.NaN;
        }
        if (!(f >= 0) || Double.isInfinite(f)) {
            // the page's factor, not a --set value (under this key --set takes the 24 shares): named as the page's control
            throw new ScenarioException(STUDIO, 0, key, "'" + factor.trim() + "' is not allowed; allowed: a factor of 0 or more that multiplies each of the file's 24 hourly shares "
                            + "(a share above 1 is taken as 1); on the command line this key takes the 24 shares themselves",
                    "不允许 '" + factor.trim() + "'；允许：不小于 0 的倍数，乘以文件中 24 个钟点的每个占比（超过 1 的按 1 计）；命令行上这个键取的是 24 个占比本身");
        }
        String type = key.substring("buyers.".length(), key.length() - BOT_HOURLY.length());
        Node buyers = root.opt("buyers");
        Node b = buyers == null || !buyers.isMap() ? null : buyers.opt(type);
        Node bot = b == null || !b.isMap() ? null : b.opt("bot_deflection");
        Node hours = bot == null || !bot.isMap() ? null : bot.opt("hourly");
        if (hours == null || !hours.isList()) return factor; // not by the hour in the file: the loader says what is wrong
        StringBuilder sb = new StringBuilder("[");
        List<Node> items = hours.items();
        for (int h = 0; h < items.size(); h++) {
            double v;
            try {
                v = Double.parseDouble(items.get(h).isScalar() ? items.get(h).text().trim() : "x");
            } catch (NumberFormatException e) {
                return factor; // the file itself is wrong there: the loader names the place
            }
            sb.append(h == 0 ? "" : ", ").append(Math.min(1, v * f));
        }
        return sb.append("]").toString();
    }

    private static List<String> breakShifts(Node root) {
        List<String> out = new ArrayList<>();
        Node shifts = root.opt("shifts");
        if (shifts == null || !shifts.isMap()) return out;
        for (Map.Entry<String, Node> e : new LinkedHashMap<>(shifts.entries()).entrySet()) {
            Node b = e.getValue().isMap() ? e.getValue().opt("breaks") : null;
            if (b != null && b.isList() && !b.items().isEmpty()) out.add(e.getKey());
        }
        return out;
    }

    private static String scalar(Node map, String key, String dflt) {
        Node n = map.isMap() ? map.opt(key) : null;
        return n == null || !n.isScalar() ? dflt : n.text();
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? (long) s + "s" : s + "s";
    }
}
