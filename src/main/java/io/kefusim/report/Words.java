package io.kefusim.report;

import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's words for what the scenario and the results call by key: durations ("2 min",
 * "2分钟", never "2m", which reads as metres), result figures ("no human reply within 2 min",
 * not {@code missed_2m_share}) and scenario keys ("agents: presale on night", not
 * {@code roster[0].agents}). Keys stay keys in CSV and JSON, where scripts read them.
 */
public final class Words {
    private Words() {}

    // ---- durations --------------------------------------------------------------------

    /** 120 -> "2 min" / "2分钟"; 5400 -> "1 h 30 min" / "1小时30分钟"; 45 -> "45 s" / "45秒". */
    public static String duration(Text text, double seconds) {
        boolean zh = text.chinese();
        if (seconds < 1 && seconds > 0) return String.format(Locale.ROOT, zh ? "%.1f秒" : "%.1f s", seconds);
        long s = Math.round(seconds);
        if (s == 0) return zh ? "0秒" : "0 s";
        long d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, r = s % 60;
        List<String> parts = new ArrayList<>();
        if (d > 0) parts.add(d + (zh ? "天" : d == 1 ? " day" : " days"));
        if (h > 0) parts.add(h + (zh ? "小时" : " h"));
        if (m > 0) parts.add(m + (zh ? (r > 0 ? "分" : "分钟") : " min")); // 1分30秒, but 2分钟
        if (r > 0) parts.add(r + (zh ? "秒" : " s"));
        return String.join(zh ? "" : " ", parts);
    }

    /** A stint or rest as a rota says it, in hours and never days: 86400 -> "24 h" / "24小时". */
    public static String hours(Text text, double seconds) {
        long s = Math.round(seconds);
        if (s < 3600) return duration(text, s);
        long h = s / 3600;
        String rest = s % 3600 == 0 ? "" : (text.chinese() ? "" : " ") + duration(text, s % 3600);
        return h + (text.chinese() ? "小时" : " h") + rest;
    }

    /**
     * Sentences one after another: a space between them in English, none in Chinese, where a
     * sentence ends with 。 ("…元。 但与" is a stray space).
     */
    public static String sentences(Text text, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) continue;
            if (sb.length() > 0) sb.append(text.get("sentence_gap"));
            sb.append(p);
        }
        return sb.toString();
    }

    // ---- result figures ---------------------------------------------------------------

    private static final Pattern MISSED = Pattern.compile("missed_(.+)_share");

    /** A result figure (a {@link io.kefusim.metrics.Headline} key) in words, with its unit where it has one. */
    public static String figure(Text text, Scenario s, String key) {
        if (MISSED.matcher(key).matches()) return answered(text, s, "w_missed", deadline(text, s, key));
        return switch (key) {
            case "service_level" -> serviceLevel(text, s, "w_service_level");
            case "late_reply_share" -> channel(text, s, "w_late_reply", duration(text, s.replyDeadline()));
            // the run report's own words: typing on a chat desk, talking on a phone desk (one figure, one name)
            case "occupancy" -> channel(text, s, "occupancy");
            // one key, two contents: lost margin when every converting type has one, else lost revenue
            case "shop_cost" -> text.get(io.kefusim.metrics.Money.marginForAll(s) ? "w_shop_cost_margin" : "w_shop_cost");
            case "shop_cost_full" -> text.get(io.kefusim.metrics.Money.marginForAll(s) ? "w_shop_cost_full_margin" : "w_shop_cost_full");
            default -> text.get("w_" + key);
        };
    }

    /** A service-level label ({@code key} is its chat form) for the scenario's target: see {@link #answered}. */
    public static String serviceLevel(Text text, Scenario s, String key) {
        return answered(text, s, key, duration(text, s.serviceLevelTarget()));
    }

    /**
     * A label of a figure about being answered ({@code key} is its chat form: service level,
     * missed deadlines) that says what counts as answered in this scenario: the first human reply
     * of a chat, the pick-up of a call, or each buyer by its own channel when a scenario has both.
     */
    public static String answered(Text text, Scenario s, String key, Object... args) {
        String meaning = switch (s.firstResponse()) {
            case FIRST_REPLY -> "";
            case PICK_UP -> "_pick_up";
            case BOTH -> "_both";
        };
        return text.get(key + meaning, args);
    }

    /**
     * A label for a figure whose meaning follows the channel: {@code key} is its chat form, and
     * {@code key_pick_up} (every type by phone) or {@code key_both} (chats and calls), where Text
     * has them, say what the same figure counts on a phone desk: a call's "reply" is the end of its
     * talk, so its response time is the wait plus the talk, not a wait (model.md).
     */
    public static String channel(Text text, Scenario s, String key, Object... args) {
        String suffixed = key + switch (s.firstResponse()) {
            case FIRST_REPLY -> "";
            case PICK_UP -> "_pick_up";
            case BOTH -> "_both";
        };
        return text.get(Text.has(suffixed) ? suffixed : key, args);
    }

    /** A short form of a figure for chart categories and narrow table heads. */
    public static String figureShort(Text text, Scenario s, String key) {
        if (MISSED.matcher(key).matches()) return answered(text, s, "ws_missed", deadline(text, s, key));
        if (key.equals("service_level")) return serviceLevel(text, s, "ws_service_level");
        if (key.equals("shop_cost") && io.kefusim.metrics.Money.marginForAll(s)) return text.get("ws_shop_cost_margin");
        if (key.equals("shop_cost_full") && io.kefusim.metrics.Money.marginForAll(s)) return text.get("ws_shop_cost_full_margin");
        if (key.equals("late_reply_share")) return channel(text, s, "ws_late_reply_share");
        return text.get("ws_" + key);
    }

    /** The deadline of a {@code missed_<label>_share} figure in words ("30 min"), or its label if unknown. */
    static String deadline(Text text, Scenario s, String missedKey) {
        Matcher m = MISSED.matcher(missedKey);
        String label = m.matches() ? m.group(1) : missedKey;
        for (int i = 0; i < s.firstResponseDeadlines().length; i++) {
            if (s.deadlineLabels()[i].equals(label)) return duration(text, s.firstResponseDeadlines()[i]);
        }
        return label;
    }

    /** A swept value as people read it: durations in words, numbers as written. */
    public static String value(Text text, io.kefusim.whatif.Sweep.Vary v, String value) {
        return v.durations() ? duration(text, io.kefusim.scenario.Durations.parse(value)) : value;
    }

    // ---- staffing goals ---------------------------------------------------------------

    /** A staffing goal in words: "service level ≥ 90% in every hour" / "服务水平 ≥ 90%（每个时段）". */
    public static String goal(Text text, Scenario s, io.kefusim.staffing.Goal g) {
        return goal(text, s, g, io.kefusim.metrics.JudgedCells.Level.INTERVAL);
    }

    /**
     * A staffing goal in words as it was judged on a run ({@code reps}, e.g. the chosen roster's): a goal "in every interval"
     * judged by the hour, the day or the whole run ({@link io.kefusim.metrics.JudgedCells}, "Judged by the hour: …") names that cell.
     */
    public static String goal(Text text, Scenario s, io.kefusim.staffing.Goal g, List<io.kefusim.metrics.ReplicationMetrics> reps) {
        return goal(text, s, g, reps == null || reps.isEmpty() ? io.kefusim.metrics.JudgedCells.Level.INTERVAL : io.kefusim.metrics.JudgedCells.of(reps).level());
    }

    public static String goal(Text text, Scenario s, io.kefusim.staffing.Goal g, io.kefusim.metrics.JudgedCells.Level judged) {
        // the minimum the goal is judged on (Goal.MIN_BUYERS_PER_INTERVAL), said per interval as the verdict says it, or per
        // the cell it was judged on when the intervals held too few buyers
        boolean everyInterval = g.per() == io.kefusim.staffing.Goal.Per.INTERVAL;
        String cell = switch (judged) {
            case INTERVAL -> s.interval() == 3600 ? "wg_hour" : "wg_interval";
            case HOUR -> "wg_hour";
            case DAY -> "wg_day";
            case RUN -> null;
        };
        String per = everyInterval && cell == null ? text.get("wg_per_run")
                : text.get("wg_per_" + g.per().name().toLowerCase(), text.get(everyInterval ? cell : s.interval() == 3600 ? "wg_hour" : "wg_interval"),
                (int) io.kefusim.staffing.Goal.MIN_BUYERS_PER_INTERVAL);
        String within = Words.duration(text, s.serviceLevelTarget());
        return switch (g.kind()) {
            case SERVICE_LEVEL -> text.get("wg_service_level", within, Format.share(g.threshold()), per);
            case MISSED -> text.get("wg_missed", duration(text, s.firstResponseDeadlines()[g.deadlineIndex()]), Format.share(g.threshold()), per);
            case ABANDON -> text.get("wg_abandon", Format.share(g.threshold()), per);
            case LOST_SALES -> text.get(new io.kefusim.metrics.Money(s).marginForAll() ? "wg_lost_margin" : "wg_lost_sales");
        };
    }

    // ---- scenario keys ----------------------------------------------------------------

    private static final Pattern ROSTER = Pattern.compile("roster\\[(\\d+)]\\.agents");
    private static final Pattern TEAM = Pattern.compile("teams\\[(\\d+)]\\.agents\\.(.+)");
    private static final Pattern AGENTS = Pattern.compile("agents\\[(\\d+)]\\.(.+)");
    private static final Pattern BUYERS = Pattern.compile("buyers\\.([^.]+)\\.(.+)");
    private static final Pattern SHIFT = Pattern.compile("shifts\\.([^.]+)\\.(.+)");

    /**
     * A scenario key ({@code --set}/{@code --vary} syntax) in words, naming the group, shift
     * or buyer type it points at: {@code roster[0].agents} -> "agents: presale on morning_a".
     */
    public static String setting(Text text, Scenario s, String key) {
        Matcher m;
        if ((m = ROSTER.matcher(key)).matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < s.roster().size()) {
                Scenario.RosterEntry e = s.roster().get(i);
                String dates = e.dates() == null || e.dates().isEmpty() ? "" : text.get("w_on_dates", e.dates());
                return text.get("w_roster_agents", e.group(), e.shift()) + dates;
            }
        }
        if ((m = TEAM.matcher(key)).matches()) {
            int i = Integer.parseInt(m.group(1));
            String team = i < s.teams().size() ? s.teams().get(i).name() : String.valueOf(i + 1);
            return text.get("w_team_agents", team, m.group(2));
        }
        if ((m = AGENTS.matcher(key)).matches()) {
            int i = Integer.parseInt(m.group(1));
            String group = i < s.groups().size() ? s.groups().get(i).name() : String.valueOf(i + 1);
            return text.get("w_of", field(text, m.group(2)), text.get("w_group", group));
        }
        if ((m = BUYERS.matcher(key)).matches()) {
            return text.get("w_of", field(text, m.group(2)), text.get("w_buyers", m.group(1)));
        }
        if ((m = SHIFT.matcher(key)).matches()) {
            return text.get("w_of", field(text, m.group(2)), text.get("w_shift", m.group(1)));
        }
        return field(text, key);
    }

    /** A dotted field path in words: {@code reply_time.mean} -> "reply time (mean)". */
    static String field(Text text, String path) {
        String[] parts = path.split("\\.");
        StringBuilder out = new StringBuilder();
        String stat = null;
        for (String p : parts) {
            if (STATS.containsKey(p)) { stat = p; continue; }
            String w = word(text, INDEX.matcher(p).replaceAll(""));
            if (out.length() > 0) out.append(text.chinese() ? "·" : " ");
            out.append(w);
            Matcher idx = INDEX.matcher(p);
            while (idx.find()) out.append(' ').append(Integer.parseInt(idx.group(1)) + 1);
        }
        if (stat != null) out.append(text.chinese() ? "（" : " (").append(text.get(STATS.get(stat))).append(text.chinese() ? "）" : ")");
        return out.toString();
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, String> STATS = Map.of("mean", "w_stat_mean", "sd", "w_stat_sd", "median", "w_stat_median");

    private static String word(Text text, String key) {
        String k = "wk_" + key;
        return Text.has(k) ? text.get(k) : key.replace('_', ' ');
    }
}
