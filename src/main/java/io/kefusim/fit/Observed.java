package io.kefusim.fit;

import io.kefusim.fit.RecordFormat.Outcome;

import java.util.List;

/**
 * One chat (or call) as the records tell it, in the fitter's terms. Times are seconds on the
 * local clock since 1970-01-01; NaN (or -1 for counts) when the records do not say.
 *
 * @param waited        time in the queue until an agent took the chat, or until the buyer gave up
 * @param firstResponse time to the first human reply (for a call: to the pick-up)
 * @param busyFrom      when the agent started on it, for the staffing on duty
 * @param busyTo        when the agent finished with it
 * @param service       an agent's reply time for a one-message contact (a call's talk time)
 * @param ordered       1 ordered, 0 did not, -1 unknown
 * @param caller        who called (a caller id, kefusim's buyer_id), null when the records do not say or write 0 (unidentified)
 */
record Observed(double arrival, String type, Outcome outcome, double waited, double firstResponse, int messages, String agent,
                double busyFrom, double busyTo, double service, double orderValue, int ordered, String caller) {

    /** Reads a chat row (kind chats). */
    static Observed chat(RecordReader.Row r, RecordFormat f) {
        double arrival = time(r, "arrival");
        double first = duration(r, "first_response");
        double waited = duration(r, "waited");
        Outcome o = outcome(r, f);
        if (o == null) o = Double.isNaN(first) ? Outcome.ABANDONED : Outcome.ANSWERED;
        int messages = count(r, "messages");
        double end = r.get("end") == null ? Double.NaN : time(r, "end");
        double from = !Double.isNaN(waited) && o == Outcome.ANSWERED ? arrival + waited : !Double.isNaN(first) ? arrival + first : Double.NaN;
        double to = !Double.isNaN(end) ? end : !Double.isNaN(first) ? arrival + first : Double.NaN;
        String ordered = r.get("ordered");
        int ord = ordered == null ? -1 : switch (ordered.toLowerCase()) {
            case "1", "yes", "y", "true", "是", "已下单" -> 1;
            case "0", "no", "n", "false", "否", "未下单" -> 0;
            default -> throw r.bad("ordered", "'" + ordered + "' is not yes or no; allowed: 1/0, yes/no, 是/否", "'" + ordered + "' 不是“是”或“否”；允许：1/0、yes/no、是/否");
        };
        double value = r.get("order_value") == null ? Double.NaN : number(r, "order_value");
        if (ord < 0 && !Double.isNaN(value)) ord = value > 0 ? 1 : 0;
        // no ordered column, only an order value: a chat with no order value (blank) did not order
        else if (ord < 0 && !r.has("ordered") && r.has("order_value")) ord = 0;
        return new Observed(arrival, type(r), o, waited, first, messages, agent(r), from, to, Double.NaN, value, ord, caller(r));
    }

    /** Reads a call row (kind calls): a call is a chat with one message answered in its talk time. */
    static Observed call(RecordReader.Row r, RecordFormat f) {
        // fitM: an empty date is an unreadable row, not 1 January 1970
        if (r.get("date") == null) throw r.badSaid("date", "fr_empty_date");
        double day = dateOf(r);
        if (r.get("arrival_time") == null) throw r.badSaid("arrival_time", "fr_empty_arrival_time"); // fitM
        double arrival = day + duration(r, "arrival_time");
        Outcome o = outcome(r, f);
        double waited = duration(r, "waited");
        if (o == Outcome.ABANDONED && !(waited > 0)) o = Outcome.BOT; // hung up in the voice-response unit, never queued
        if (o == null) o = Outcome.ANSWERED;
        double from = r.get("service_start") == null ? Double.NaN : day + duration(r, "service_start");
        double to = r.get("service_end") == null ? Double.NaN : day + duration(r, "service_end");
        if (to < from) to += 86400; // a call over midnight
        double service = duration(r, "service");
        if (o != Outcome.ANSWERED) { from = Double.NaN; to = Double.NaN; service = Double.NaN; }
        if (o == Outcome.ANSWERED && Double.isNaN(waited)) waited = 0;
        double first = o == Outcome.ANSWERED ? Math.max(0, waited) : Double.NaN;
        return new Observed(arrival, type(r), o, Math.max(0, waited), first, 1, agent(r), from, to, service, Double.NaN, -1, caller(r));
    }

    private static Outcome outcome(RecordReader.Row r, RecordFormat f) {
        String v = r.get("outcome");
        // fitM: an empty outcome in a file that has the column is not a record of an answered chat or call
        if (v == null && r.has("outcome")) throw r.badSaid("outcome", "fr_empty_outcome", List.copyOf(f.outcomes().keySet()));
        if (v == null) return null;
        Outcome o = f.outcomes().get(v.toLowerCase());
        if (o == null) {
            throw r.bad("outcome", "'" + v + "' is not a known outcome; known: " + io.kefusim.scenario.Lists.join(f.outcomes().keySet(), false)
                    + " (say which is which under 'outcomes:' in a --map file)",
                    "'" + v + "' 不是已知的接待结果；已知：" + io.kefusim.scenario.Lists.join(f.outcomes().keySet(), true) + "（可在 --map 文件的 'outcomes:' 下说明各值的含义）");
        }
        return o;
    }

    private static String type(RecordReader.Row r) {
        String t = r.get("type");
        // fitM: an empty cell in a file that has a type column is not a type of its own; the row is unreadable, named (never a made-up type "chat")
        if (t == null && r.has("type")) throw r.badSaid("type", "fr_empty_type");
        return t == null ? "chat" : t;
    }

    private static String caller(RecordReader.Row r) {
        String c = r.get("caller");
        return c == null || c.equals("0") ? null : c;
    }

    private static String agent(RecordReader.Row r) {
        String a = r.get("agent");
        return a == null || a.equalsIgnoreCase("NO_SERVER") ? null : a;
    }

    static double time(RecordReader.Row r, String field) {
        String v = r.get(field);
        if (v == null) throw r.bad(field, "empty; a date-time is needed", "为空；需要日期时间");
        try {
            return RecordTimes.dateTime(v);
        } catch (IllegalArgumentException e) {
            throw r.bad(field, e);
        }
    }

    private static double dateOf(RecordReader.Row r) {
        try {
            return RecordTimes.date(r.get("date"));
        } catch (RuntimeException e) {
            throw r.bad("date", "'" + r.get("date") + "' is not a date; allowed: yymmdd (990201), yyyymmdd or 2026-11-11",
                    "'" + r.get("date") + "' 不是日期；允许：yymmdd（990201）、yyyymmdd 或 2026-11-11");
        }
    }

    static double duration(RecordReader.Row r, String field) {
        String v = r.get(field);
        if (v == null) return Double.NaN;
        try {
            return RecordTimes.duration(v);
        } catch (IllegalArgumentException e) {
            throw r.bad(field, e);
        }
    }

    private static double number(RecordReader.Row r, String field) {
        try {
            double v = Double.parseDouble(r.get(field));
            if (v >= 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // below
        }
        throw r.bad(field, "'" + r.get(field) + "' is not a number 0 or more", "'" + r.get(field) + "' 不是 0 或以上的数");
    }

    private static int count(RecordReader.Row r, String field) {
        String v = r.get(field);
        if (v == null) return -1;
        try {
            int n = Integer.parseInt(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
            if (n >= 0 && n <= MAX_MESSAGES) return n;
        } catch (NumberFormatException ignored) {
            // below
        }
        throw r.bad(field, "'" + v + "' is not a whole number from 0 to " + MAX_MESSAGES, "'" + v + "' 不是 0 到 " + MAX_MESSAGES + " 之间的整数");
    }

    /** More buyer messages than this in one chat is a broken row, not a chat. */
    static final int MAX_MESSAGES = io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT;
}
