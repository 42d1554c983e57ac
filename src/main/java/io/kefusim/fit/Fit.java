package io.kefusim.fit;

import io.kefusim.scenario.ScenarioException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads records files into a {@link Fitter}: per-chat or per-call rows stream straight in; per-message
 * rows are kept compactly and worked out at the end. Unreadable rows are counted and the first
 * {@value #ROWS_NAMED} named by line; more than {@value #MAX_BAD_SHARE} of a file's rows (and over
 * {@value #MAX_BAD_FLOOR}) unreadable means the mapping is wrong, and the file is refused (exit 2).
 */
public final class Fit {
    static final int ROWS_NAMED = 20;
    static final double MAX_BAD_SHARE = 0.10;
    static final int MAX_BAD_FLOOR = 100;
    /**
     * Longest period one fit may cover, days. Records of two years hold every weekday and season a
     * scenario can use; a file whose dates run further apart almost always has a wrong date (a year
     * typed 2006 for 2026), and fitting it anyway built an hour-by-hour page of twenty years.
     */
    static final int MAX_SPAN_DAYS = 731;

    private Fit() {}

    /** What was read: the fitter, the bad rows named, and notices (ignored columns, cleaning). */
    /** @param badRowsZh the first rows that could not be read as {@code badRows} names them, in Chinese */
    public record Read(Fitter fitter, List<String> badRows, List<io.kefusim.scenario.Said> notices, List<RecordFormat> formats, List<String> badRowsZh) {
        /** The first row that could not be read, in the reader's language. */
        public String firstBadRow(boolean chinese) { return (chinese ? badRowsZh : badRows).get(0); }

        /** What the reading left out or assumed, as a reader is told it: the notices, then the rows that could not be read (with the first, in the reader's language). */
        public List<io.kefusim.scenario.Said> told(boolean chinese) {
            List<io.kefusim.scenario.Said> out = new java.util.ArrayList<>(notices);
            if (fitter.skipped() == 1) out.add(new io.kefusim.scenario.Said("fn_skipped_one", firstBadRow(chinese)));
            else if (fitter.skipped() > 0) out.add(new io.kefusim.scenario.Said("fn_skipped", fitter.skipped(), firstBadRow(chinese)));
            return out;
        }
    }

    /** Rows between two progress lines. */
    static final long PROGRESS_ROWS = 1_000_000;

    /**
     * @param progress told, every {@value #PROGRESS_ROWS} rows of a file, how far the reading is
     *                 ({@code fn_progress_rows}: the file and its rows so far), to be said in the
     *                 reader's language; null for none
     */
    public static Read read(List<Path> files, RecordFormat forced, Consumer<io.kefusim.scenario.Said> progress) {
        return read(files, forced, progress, null);
    }

    /** The same, also handing every chat or call read to {@code each} (the backtest replays them). */
    static Read read(List<Path> files, RecordFormat forced, Consumer<io.kefusim.scenario.Said> progress, Consumer<Observed> each) {
        return read(files, forced, progress, each, PROGRESS_ROWS);
    }

    /** The same, with a progress line every {@code every} rows (tests). */
    static Read read(List<Path> files, RecordFormat forced, Consumer<io.kefusim.scenario.Said> progress, Consumer<Observed> each, long every) {
        Fitter f = new Fitter();
        MessageLog log = new MessageLog();
        List<String> bad = new ArrayList<>();
        List<String> badZh = new ArrayList<>();
        List<io.kefusim.scenario.Said> notices = new ArrayList<>(); // said in the reader's language where shown (keys fn_* in report/Text.java)
        List<RecordFormat> formats = new ArrayList<>();
        Period period = new Period();
        sameFileTwice(files);
        Seen seen = new Seen();
        for (Path file : files) {
            try (RecordReader r = RecordReader.open(file, forced)) {
                RecordFormat fmt = r.format();
                formats.add(fmt);
                if (!r.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) notices.add(new io.kefusim.scenario.Said("fn_charset", file.getFileName().toString(), r.charset().name()));
                if (!r.ignoredColumns().isEmpty()) notices.add(new io.kefusim.scenario.Said("fn_unused", file.getFileName().toString(), List.copyOf(r.ignoredColumns())));
                if (fmt.kind() == RecordFormat.Kind.CHATS && r.has("order_value") && !r.has("ordered")) {
                    notices.add(new io.kefusim.scenario.Said("fn_value_only", file.getFileName().toString()));
                    f.ordersFromValues = true;
                }
                long rows = 0, badHere = 0, phantom = 0, repeated = 0;
                RecordReader.Row row;
                while ((row = r.next()) != null) {
                    rows++;
                    try {
                        if (row.cutShort()) throw row.cutShortError(); // fitM: its missing cells are not an answered call's
                        switch (fmt.kind()) {
                            case CHATS -> {
                                Observed o = Observed.chat(row, fmt);
                                period.check(o.arrival(), file, (int) row.line(), fmt.column("arrival"));
                                if (!seen.add(row.fingerprint())) {
                                    repeated++;
                                } else {
                                    f.add(o);
                                    if (each != null) each.accept(o);
                                }
                            }
                            case CALLS -> {
                                Observed o = Observed.call(row, fmt);
                                period.check(o.arrival(), file, (int) row.line(), fmt.column("date"));
                                f.calls = true;
                                if (!seen.add(row.fingerprint())) {
                                    repeated++;
                                } else {
                                    if (o.outcome() == RecordFormat.Outcome.BOT) hungUpUnqueued(row, fmt, f);
                                    if (o.outcome() == RecordFormat.Outcome.SKIP) {
                                        phantom++;
                                    } else {
                                        f.add(o);
                                        if (each != null) each.accept(o);
                                    }
                                }
                            }
                            case MESSAGES -> message(row, log);
                        }
                    } catch (IllegalArgumentException e) {
                        badHere++;
                        f.skipped++;
                        if (bad.size() < ROWS_NAMED) {
                            bad.add(e.getMessage());
                            badZh.add(Unreadable.chinese(e));
                        }
                    }
                    if (progress != null && rows % every == 0) progress.accept(new io.kefusim.scenario.Said("fn_progress_rows", file.getFileName().toString(), rows));
                }
                if (rows == 0) throw new ScenarioException(file.toString(), 2, null, "no records after the header", "表头之后没有记录");
                if (badHere > Math.max(MAX_BAD_FLOOR, MAX_BAD_SHARE * rows)) {
                    throw new ScenarioException(file.toString(), 0, null, badHere + " of " + rows + " rows could not be read (more than "
                            + (int) (MAX_BAD_SHARE * 100) + "%): the columns are probably mapped wrong; first: " + bad.get(0),
                            rows + " 行中有 " + badHere + " 行无法读取（超过 " + (int) (MAX_BAD_SHARE * 100) + "%）：多半是列对应错了；第一处：" + badZh.get(0));
                }
                if (phantom > 0) notices.add(new io.kefusim.scenario.Said("fn_phantom", file.getFileName().toString(), phantom));
                if (repeated > 0) notices.add(new io.kefusim.scenario.Said("fn_duplicates", file.getFileName().toString(), repeated));
            }
        }
        if (log.messages() > 0) f.messages(log);
        if (f.rows == 0 && log.messages() > 0) {
            throw new ScenarioException(files.get(0).toString(), 0, null, "per-message records alone do not say when buyers arrived or gave up; "
                    + "give the per-chat records too (kefusim's chats.csv beside messages.csv)",
                    "只有逐条消息的记录，看不出买家何时进线、何时放弃；请同时给出逐个会话的记录（如 kefusim 的 chats.csv 与 messages.csv）");
        }
        if (f.rows == 0) throw new ScenarioException(files.get(0).toString(), 0, null, "no readable records", "没有可读取的记录");
        if (f.hungUpUnidentified > 0) {
            notices.add(new io.kefusim.scenario.Said("fn_ivr", f.hungUpUnqueued, f.hungUpUnidentified));
        }
        if (f.zeroService > 0) notices.add(new io.kefusim.scenario.Said("fn_zero_talk", f.zeroService));
        if (f.noAgent > 0 && !f.work.isEmpty()) notices.add(new io.kefusim.scenario.Said("fn_no_agent", f.noAgent));
        if (f.startBeforeArrival > 0) notices.add(new io.kefusim.scenario.Said("fn_start_before_arrival", f.startBeforeArrival));
        if (f.startBeforeQueueExit > 0) notices.add(new io.kefusim.scenario.Said("fn_start_before_queue_exit", f.startBeforeQueueExit));
        return new Read(f, bad, notices, formats, badZh);
    }

    /**
     * The same records file given twice (by any path to it) would count every record twice: refused, naming
     * the file and both places (exit 2).
     */
    private static void sameFileTwice(List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (int j = 0; j < i; j++) {
                boolean same;
                try {
                    same = java.nio.file.Files.isSameFile(files.get(i), files.get(j));
                } catch (java.io.IOException e) {
                    same = files.get(i).toAbsolutePath().normalize().equals(files.get(j).toAbsolutePath().normalize());
                }
                if (!same) continue;
                boolean typedSame = files.get(i).toString().equals(files.get(j).toString());
                String en = typedSame ? files.get(i) + " is given twice (records files " + (j + 1) + " and " + (i + 1) + ")"
                        : files.get(i) + " (records file " + (i + 1) + ") is the same file as " + files.get(j) + " (records file " + (j + 1) + ")";
                String zh = typedSame ? files.get(i) + " 给了两次（第 " + (j + 1) + " 和第 " + (i + 1) + " 个记录文件）"
                        : files.get(i) + "（第 " + (i + 1) + " 个记录文件）与 " + files.get(j) + "（第 " + (j + 1) + " 个记录文件）是同一个文件";
                throw new ScenarioException("RECORDS", 0, null, en + "; allowed: each records file once (rows repeated across different files are counted once)",
                        zh + "；允许：每个记录文件只给一次（不同文件之间重复的行只计一次）");
            }
        }
    }

    /**
     * The rows read so far, by {@link RecordReader.Row#fingerprint()}: a chat or call whose row repeats an
     * earlier one exactly, in this file or another (overlapping exports), is counted once. An open-addressing
     * set of longs, 8 bytes a slot, at most 70% full.
     */
    static final class Seen {
        private long[] slots = new long[1 << 12];
        private boolean zero; // the fingerprint 0, which marks an empty slot
        private int size;

        /** @return false when the fingerprint was already there */
        boolean add(long h) {
            if (h == 0) { boolean had = zero; zero = true; return !had; }
            int mask = slots.length - 1;
            for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == h) return false;
                if (slots[i] == 0) {
                    slots[i] = h;
                    if (++size > slots.length * 7L / 10) grow();
                    return true;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long h : old) {
                if (h == 0) continue;
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != 0) i = (i + 1) & mask;
                slots[i] = h;
            }
        }
    }

    /** The first and last arrival so far, and where each was read: a record far outside the rest is refused at once. */
    private static final class Period {
        double first = Double.NaN, last = Double.NaN;
        String firstWhere, lastWhere;

        void check(double t, Path file, int line, String column) {
            String where = file.getFileName() + ":" + line;
            if (!(t >= first)) { first = t; firstWhere = where; }
            if (!(t <= last)) { last = t; lastWhere = where; }
            long days = (long) Math.floor(last / 86400) - (long) Math.floor(first / 86400) + 1;
            if (days <= MAX_SPAN_DAYS) return;
            String a = java.time.LocalDate.ofEpochDay((long) Math.floor(first / 86400)) + " (" + firstWhere + ")",
                    b = java.time.LocalDate.ofEpochDay((long) Math.floor(last / 86400)) + " (" + lastWhere + ")";
            throw new ScenarioException(file.toString(), line, column, "the records run from " + a + " to " + b + ", " + days
                    + " days; allowed: at most " + MAX_SPAN_DAYS + " days in one fit (a date is probably wrong; else split the records by year)",
                    "记录从 " + a + " 到 " + b + "，共 " + days + " 天；允许：一次拟合最多 " + MAX_SPAN_DAYS + " 天（多半有日期写错；否则请按年份拆分记录）");
        }
    }

    /** A call the records end in the voice-response unit: it hung up (not a bot answer) without queueing; unidentified callers are counted apart. */
    private static void hungUpUnqueued(RecordReader.Row row, RecordFormat fmt, Fitter f) {
        String outcome = row.get("outcome");
        if (outcome == null || fmt.outcomes().get(outcome.toLowerCase()) != RecordFormat.Outcome.ABANDONED) return;
        f.hungUpUnqueued++;
        String caller = row.get("caller");
        if (fmt.has("caller") && (caller == null || caller.equals("0"))) f.hungUpUnidentified++;
    }

    private static void message(RecordReader.Row row, MessageLog log) {
        String chat = row.get("chat_id");
        if (chat == null) throw row.bad("chat_id", "empty; every message needs its chat's id", "为空；每条消息都需要所属会话的编号");
        double t = Observed.time(row, "time");
        String s = row.get("sender");
        if (s == null) throw row.bad("sender", "empty; allowed: buyer, agent, bot", "为空；允许：buyer（买家）、agent（客服）、bot（机器人）");
        byte who = switch (s.toLowerCase()) {
            case "buyer", "customer", "买家", "顾客" -> MessageLog.BUYER;
            case "agent", "staff", "客服" -> MessageLog.AGENT;
            case "bot", "robot", "机器人" -> MessageLog.BOT;
            default -> throw row.bad("sender", "'" + s + "' is not a sender; allowed: buyer (买家), agent (客服), bot (机器人)",
                    "'" + s + "' 不是发送者；允许：buyer（买家）、agent（客服）、bot（机器人）");
        };
        log.add(chat, t, who, row.get("agent"));
    }
}
