package io.kefusim.fit;

import io.kefusim.scenario.Node;
import io.kefusim.scenario.ScenarioException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a records file is laid out: what kind of records (one row a chat, a message, or a call)
 * and which column holds which field. Built-in presets cover kefusim's own {@code chats.csv} and
 * {@code messages.csv}, the Anonymous Bank call records, and a 千牛-style per-chat export with
 * Chinese headers; any other layout is described by a small YAML mapping file:
 *
 * <pre>
 * kind: chats                  # chats | messages | calls
 * columns:                     # field: column header as written in the file
 *   arrival: 咨询时间
 *   first_response: 首次响应时长
 *   agent: 客服
 *   messages: 买家消息数
 *   outcome: 接待状态
 * outcomes:                    # cell values for each outcome (answered, abandoned, bot)
 *   answered: [已接待]
 *   abandoned: [未接待]
 *   bot: [机器人接待]
 * </pre>
 */
public record RecordFormat(String name, Kind kind, Map<String, String> columns, Map<String, Outcome> outcomes) {
    public enum Kind { CHATS, MESSAGES, CALLS }

    public enum Outcome { ANSWERED, ABANDONED, BOT, OPEN, SKIP }

    /** Fields per kind; the first of each list is required. */
    static final Map<Kind, List<String>> FIELDS = Map.of(
            Kind.CHATS, List.of("arrival", "type", "outcome", "waited", "first_response", "messages", "agent", "end", "avg_response",
                    "order_value", "ordered", "chat_id", "caller"),
            Kind.MESSAGES, List.of("chat_id", "time", "sender", "agent", "type"),
            Kind.CALLS, List.of("date", "arrival_time", "type", "outcome", "waited", "service_start", "service_end", "service", "agent", "caller"));

    private static Map<String, Outcome> outcomes(Object... pairs) {
        Map<String, Outcome> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(((String) pairs[i]).toLowerCase(), (Outcome) pairs[i + 1]);
        return m;
    }

    private static Map<String, String> cols(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    public static final RecordFormat KEFUSIM = new RecordFormat("kefusim", Kind.CHATS,
            cols("arrival", "arrival", "type", "type", "outcome", "outcome", "waited", "waited_s", "first_response", "first_response_s",
                    "messages", "messages", "agent", "agent", "chat_id", "chat_id", "caller", "buyer_id"),
            outcomes("closed", Outcome.ANSWERED, "abandoned", Outcome.ABANDONED, "deflected", Outcome.BOT, "open", Outcome.OPEN));

    public static final RecordFormat KEFUSIM_MESSAGES = new RecordFormat("kefusim-messages", Kind.MESSAGES,
            cols("chat_id", "chat_id", "time", "time", "sender", "sender", "agent", "agent"), Map.of());

    /** The Anonymous Bank call records (see shared/data/README.md). */
    public static final RecordFormat BANK = new RecordFormat("bank", Kind.CALLS,
            cols("date", "date", "arrival_time", "vru_exit", "type", "type", "outcome", "outcome", "waited", "q_time",
                    "service_start", "ser_start", "service_end", "ser_exit", "service", "ser_time", "agent", "server", "caller", "customer_id"),
            outcomes("agent", Outcome.ANSWERED, "hang", Outcome.ABANDONED, "phantom", Outcome.SKIP));

    /** A 千牛-style per-chat export (咨询 = a buyer's consultation). */
    public static final RecordFormat QIANNIU = new RecordFormat("qianniu", Kind.CHATS,
            cols("arrival", "咨询时间", "agent", "客服", "first_response", "首次响应时长", "messages", "买家消息数", "outcome", "接待状态",
                    "type", "咨询类型", "end", "结束时间", "avg_response", "平均响应时长", "order_value", "订单金额", "ordered", "是否下单"),
            outcomes("已接待", Outcome.ANSWERED, "已回复", Outcome.ANSWERED, "未接待", Outcome.ABANDONED, "未回复", Outcome.ABANDONED,
                    "机器人接待", Outcome.BOT, "机器人", Outcome.BOT));

    public static final List<RecordFormat> PRESETS = List.of(KEFUSIM, KEFUSIM_MESSAGES, BANK, QIANNIU);

    public String column(String field) { return columns.get(field); }

    /**
     * Whether fit uses a field it reads: a chat's average response time ({@code avg_response}) and its id
     * ({@code chat_id}: only per-message records are tied by it) are not, so a file's column holding them is named
     * among the columns not used, mapped or not.
     */
    public boolean fitUses(String field) {
        return !(kind == Kind.CHATS && (field.equals("avg_response") || field.equals("chat_id")));
    }

    public boolean has(String field) { return columns.containsKey(field); }

    /** The preset named, for {@code --format}. */
    public static RecordFormat preset(String name) {
        for (RecordFormat f : PRESETS) if (f.name.equals(name)) return f;
        List<String> presets = PRESETS.stream().map(RecordFormat::name).toList();
        throw new ScenarioException("--format", 0, null, "'" + name + "' is not a records format; allowed: " + io.kefusim.scenario.Lists.join(presets, false) + " (or describe your columns with --map FILE)",
                "'" + name + "' 不是记录格式；允许：" + io.kefusim.scenario.Lists.join(presets, true) + "（或用 --map FILE 说明各列）");
    }

    /** The preset whose required columns the header has (kefusim's, the bank's, 千牛's), or null. */
    public static RecordFormat detect(Set<String> header) {
        for (RecordFormat f : PRESETS) if (f.missing(header).isEmpty()) return f;
        return null;
    }

    /**
     * The preset the header comes closest to (the most of its required columns there, at least one of them),
     * or null: what a file that matches none was probably meant to be.
     */
    public static RecordFormat closest(Set<String> header) {
        RecordFormat best = null;
        int most = 0;
        for (RecordFormat f : PRESETS) {
            int there = 0;
            for (String field : f.columns.keySet()) if (!f.optional(field) && header.contains(f.column(field))) there++;
            if (there > most) { most = there; best = f; }
        }
        return best;
    }

    /**
     * The columns this format needs that the header lacks, each as "column (field)"; empty when the file can be read.
     * A preset needs every column it names but the few a shop's export may leave out (a 千牛 export's type, end,
     * averages and orders; kefusim's chat_id and buyer_id); a --map file needs every column it maps. Whatever the
     * layout, a kind needs the fields without which its records are misread, not merely less complete: calls their
     * date, arrival, outcome and queue time (without the queue time every hang-up looks like one in the voice-response
     * unit), chats their arrival and an outcome or a first response (without both every chat looks abandoned), messages
     * their chat, time and sender.
     */
    public List<String> missing(Set<String> header) {
        List<String> out = new java.util.ArrayList<>();
        List<String> needed = switch (kind) {
            case CALLS -> List.of("date", "arrival_time", "outcome", "waited");
            case CHATS -> List.of("arrival");
            case MESSAGES -> List.of("chat_id", "time", "sender");
        };
        for (String field : FIELDS.get(kind)) {
            boolean named = has(field);
            if (named ? !optional(field) && !header.contains(column(field)) : needed.contains(field)) out.add(named ? shown(field) : field);
        }
        if (kind == Kind.CHATS && !(has("outcome") && header.contains(column("outcome"))) && !(has("first_response") && header.contains(column("first_response")))) {
            String either = (has("outcome") ? shown("outcome") : "outcome") + " | " + (has("first_response") ? shown("first_response") : "first_response");
            out.removeIf(m -> m.equals(has("outcome") ? shown("outcome") : "outcome") || m.equals(has("first_response") ? shown("first_response") : "first_response"));
            out.add(either);
        }
        return out;
    }

    /** A field's column as an error names it: "q_time (waited)", or the column alone where it is the field's name. */
    private String shown(String field) {
        return column(field).equals(field) ? field : column(field) + " (" + field + ")";
    }

    /** A column a preset names that a shop's export may leave out (a --map file's columns are all needed: it names them). */
    private boolean optional(String field) {
        if (this == QIANNIU) return !List.of("arrival", "agent").contains(field);
        if (this == KEFUSIM) return field.equals("chat_id") || field.equals("caller");
        return false;
    }

    /** A mapping file: kind, columns and outcome values (see the class comment). */
    public static RecordFormat load(Path file) {
        Node root = io.kefusim.scenario.TreeReader.read(file);
        root.allowOnly("kind", "columns", "outcomes");
        Kind kind = Kind.valueOf(root.req("kind").asChoice(new LinkedHashSet<>(List.of("chats", "messages", "calls"))).toUpperCase());
        Map<String, String> columns = new LinkedHashMap<>();
        Node cn = root.req("columns");
        for (Map.Entry<String, Node> e : cn.entries().entrySet()) {
            if (!FIELDS.get(kind).contains(e.getKey())) {
                throw e.getValue().error("unknown field '" + e.getKey() + "' for " + kind.name().toLowerCase() + " records; allowed: " + io.kefusim.scenario.Lists.join(FIELDS.get(kind), false),
                        kind.name().toLowerCase() + " 记录没有字段 '" + e.getKey() + "'；允许：" + io.kefusim.scenario.Lists.join(FIELDS.get(kind), true));
            }
            columns.put(e.getKey(), e.getValue().text().trim());
        }
        String required = FIELDS.get(kind).get(0);
        if (!columns.containsKey(required)) throw cn.error("map the required field '" + required + "' to a column", "请把必需的字段 '" + required + "' 对应到一列");
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Node> listedAt = new java.util.HashMap<>(); // each value where it was first listed, and under which outcome (its path)
        Node on = root.opt("outcomes");
        if (on != null) {
            for (Map.Entry<String, Node> e : on.entries().entrySet()) {
                Outcome o = switch (e.getKey()) {
                    case "answered" -> Outcome.ANSWERED;
                    case "abandoned" -> Outcome.ABANDONED;
                    case "bot" -> Outcome.BOT;
                    case "open" -> Outcome.OPEN;
                    case "skip" -> Outcome.SKIP;
                    default -> throw e.getValue().error("unknown outcome '" + e.getKey() + "'; allowed: answered, abandoned, bot, open, skip",
                            "未知结果 '" + e.getKey() + "'；允许：answered、abandoned、bot、open、skip");
                };
                for (Node v : e.getValue().items()) {
                    String value = v.text().trim().toLowerCase();
                    Outcome before = outcomes.get(value);
                    if (before != null && before != o) {
                        // a value under two outcomes: whichever came last silently won (abandoned over answered)
                        Node first = listedAt.get(value);
                        String other = before.name().toLowerCase(), here = e.getKey();
                        throw v.error("'" + v.text().trim() + "' is listed under both " + other + " (line " + first.line() + ") and " + here
                                        + "; allowed: each value under one outcome — keep it where it belongs and delete the other",
                                "'" + v.text().trim() + "' 同时列在 " + other + "（第 " + first.line() + " 行）和 " + here + " 之下；允许：每个值只属于一种结果——保留在应属的结果下，删去另一处");
                    }
                    outcomes.put(value, o);
                    listedAt.putIfAbsent(value, v);
                }
            }
        }
        return new RecordFormat(file.getFileName().toString(), kind, columns, outcomes);
    }
}
