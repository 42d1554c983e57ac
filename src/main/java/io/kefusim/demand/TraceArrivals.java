package io.kefusim.demand;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.TextCharset;
import org.apache.commons.rng.UniformRandomProvider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Replays a CSV of real chat arrivals, streamed row by row (a 10-million-row trace is never
 * held in memory). Header row required; columns: {@code time} (local date-time such as
 * {@code 2026-11-11 00:00:05}, ISO with an offset, or seconds from the scenario start),
 * optional {@code type} (a buyer type; drawn from the mix when absent or empty) and optional
 * {@code messages} (buyer messages, >= 1; drawn when absent or empty) and optional {@code talk}
 * (seconds the first reply takes, a call's recorded talk time; drawn when absent or empty). Rows must be in time
 * order. Rows before the start are skipped; a run stops reading at the horizon ({@link #span} reads on, to count the rows it leaves out).
 */
public final class TraceArrivals implements ArrivalSource {
    private final Path file;
    private final String fileName;
    private final CsvParser parser;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final BuyerMix mix;
    private final double horizon;
    private final long startEpochSecond; // local wall clock, as seconds
    private final ZoneId zone;
    /** The text encoding the file was read in: UTF-8 unless its bytes or byte-order mark say UTF-16 or GBK. */
    private final Charset charset;
    private int colTime = -1, colType = -1, colMessages = -1, colTalk = -1;
    private int columns;
    private double time;
    private double previous = Double.NEGATIVE_INFINITY;
    private int type;
    private int messages;
    private double talk = Double.NaN;
    /** Counting every row, as {@link #span} does: rows past the horizon are counted, not the end of reading. */
    private boolean counting;
    private long before, after;
    private double firstBefore = Double.NaN, lastBefore = Double.NaN, firstAfter = Double.NaN, lastAfter = Double.NaN;
    /** How far (seconds) an Excel date-time number's date may lie from the run to be read as one: a year. */
    private static final double NEAR = 366 * 86400.0;
    /** The trace's first number when its numbers are Excel date-times, "" when they are seconds from the start, null before the first. */
    private String excel;
    /** Counting: rows inside the run that repeat an earlier row exactly (every cell the same); the cells of the rows at the time last read. */
    private long repeated;
    private double sameAt = Double.NaN;
    private final java.util.Set<String> sameTime = new java.util.HashSet<>();
    /** Whether the row last returned gave its type, and its message count (else drawn: from the mix, from the type's messages). */
    private boolean typeGiven, messagesGiven;

    public TraceArrivals(Scenario s, UniformRandomProvider mixRng) {
        this.file = s.demand().trace();
        this.fileName = file.toString();
        this.mix = new BuyerMix(s.demand().mixByHour(), s.startOfFirstDay(), mixRng);
        this.horizon = s.horizon();
        this.zone = s.zone();
        LocalDateTime st = s.start();
        this.startEpochSecond = st.toLocalDate().toEpochDay() * 86400L + st.toLocalTime().toSecondOfDay();
        String[] types = s.demand().mixTypes();
        for (int i = 0; i < types.length; i++) typeIndex.put(types[i], i);
        try {
            // UTF-8, or UTF-16 or GBK as Excel saves a CSV on a Chinese Windows: detected, and said (demand.trace_encoding)
            TextCharset.Opened opened = TextCharset.open(file);
            this.charset = opened.charset();
            BufferedReader reader = opened.reader();
            this.parser = new CsvFactory().createParser(reader);
            readHeader();
        } catch (TextCharset.BadText e) {
            throw e.at(file);
        } catch (IOException e) {
            throw new ScenarioException(fileName, 0, null, "cannot read trace: " + e.getMessage(), "无法读取记录文件：" + e.getMessage());
        }
    }

    private void readHeader() throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new ScenarioException(fileName, 1, null, "empty trace; expected a header row: time[,type][,messages]",
                    "记录文件是空的；第一行应为表头：time[,type][,messages]");
        }
        int i = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            String h = parser.getText().trim().toLowerCase().replace("\uFEFF", "");
            switch (h) {
                case "time" -> colTime = i;
                case "type" -> colType = i;
                case "messages" -> colMessages = i;
                case "talk" -> colTalk = i;
                default -> throw new ScenarioException(fileName, 1, h, "unknown column; allowed: time, type, messages, talk", "无法识别的列；允许：time、type、messages、talk");
            }
            i++;
        }
        columns = i;
        if (colTime < 0) throw new ScenarioException(fileName, 1, null, "the header row needs a 'time' column; allowed columns: time, type, messages",
                "表头需要 'time' 列；允许的列：time、type、messages");
    }

    @Override
    public boolean next() {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) return false;
                if (t != JsonToken.START_ARRAY) continue;
                int line = -1;
                int i = 0;
                String timeText = null, typeText = null, msgText = null, talkText = null;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (line < 0) line = parser.currentTokenLocation().getLineNr(); // the row's first value
                    if (i == colTime) timeText = parser.getText();
                    else if (i == colType) typeText = parser.getText();
                    else if (i == colMessages) msgText = parser.getText();
                    else if (i == colTalk) talkText = parser.getText();
                    i++;
                }
                if (i == 1 && (timeText == null || timeText.isBlank())) continue; // blank line
                if (i != columns) throw new ScenarioException(fileName, line, null, "row has " + i + " values, the header has " + columns,
                        "这一行有 " + i + " 个值，表头有 " + columns + " 列");
                double at = parseTime(timeText, line);
                if (at < previous) {
                    Reading r = reading;
                    if (r != null && !r.excel() && r.breaker() != null) {
                        // tester26: the whole column decides, and one number that is no Excel date made it seconds: say so
                        throw new ScenarioException(fileName, line, "time", "'" + timeText.trim() + "' is earlier than the row before; rows must be in time order"
                                + " (the trace's times are read as seconds from the start, as its " + r.breaker() + " at line " + r.breakerLine()
                                + " is no Excel date-time number near the run, though its first, " + r.first() + ", is one: in a trace of Excel numbers, make every time one)",
                                "'" + timeText.trim() + "' 早于上一行；各行须按时间先后排列（记录的时间按从开始起的秒数读取，因为第 " + r.breakerLine() + " 行的 " + r.breaker()
                                + " 不是模拟时段附近的 Excel 日期时间数值，而第一个时间 " + r.first() + " 是：Excel 数值的记录，每个时间都须是 Excel 日期时间数值）");
                    }
                    throw new ScenarioException(fileName, line, "time", "'" + timeText.trim() + "' is earlier than the row before; rows must be in time order",
                            "'" + timeText.trim() + "' 早于上一行；各行须按时间先后排列");
                }
                previous = at;
                if (at < 0) {
                    if (before++ == 0) firstBefore = at;
                    lastBefore = at;
                    continue;
                }
                if (at >= horizon) {
                    if (!counting) return false;
                    // past the end (a run stops reading here): counted for the warning, and checked as every row is
                    if (after++ == 0) firstAfter = at;
                    lastAfter = at;
                    if (typeText != null && !typeText.isBlank()) parseType(typeText, line);
                    if (msgText != null && !msgText.isBlank()) parseMessages(msgText, line);
                    if (colTalk >= 0 && talkText != null && !talkText.isBlank()) parseTalk(talkText, line);
                    continue;
                }
                if (counting) {
                    // an exact repeat has the same time, and rows are in time order: only the rows at this time are compared
                    if (at != sameAt) {
                        sameTime.clear();
                        sameAt = at;
                    }
                    if (!sameTime.add(timeText + '\u0000' + typeText + '\u0000' + msgText + '\u0000' + talkText)) repeated++;
                }
                time = at;
                typeGiven = typeText != null && !typeText.isBlank();
                messagesGiven = msgText != null && !msgText.isBlank();
                type = typeGiven ? parseType(typeText, line) : mix.draw(at);
                messages = messagesGiven ? parseMessages(msgText, line) : -1;
                if (colTalk >= 0) talk = talkText == null || talkText.isBlank() ? Double.NaN : parseTalk(talkText, line);
                return true;
            }
        } catch (ScenarioException e) {
            throw e;
        } catch (TextCharset.BadText e) {
            throw e.at(file);
        } catch (IOException e) {
            int line = parser.currentLocation().getLineNr();
            throw new ScenarioException(fileName, line, null, "unreadable row: " + e.getMessage().split("\n")[0], "无法读取的行：" + e.getMessage().split("\n")[0]);
        }
    }

    private int parseType(String text, int line) {
        Integer idx = typeIndex.get(text.trim());
        if (idx == null) {
            // a name read in another encoding than the file's is mojibake: say which one it was read in
            boolean other = !charset.equals(java.nio.charset.StandardCharsets.UTF_8);
            throw new ScenarioException(fileName, line, "type", "unknown buyer type '" + text.trim() + "'" + (other ? " (the file was read as " + charset.name() + " text)" : "")
                            + "; allowed: " + String.join(", ", typeIndex.keySet()),
                    "未知买家类型 '" + text.trim() + "'" + (other ? "（文件按 " + charset.name() + " 编码读取）" : "") + "；允许：" + io.kefusim.scenario.Lists.join(typeIndex.keySet(), true));
        }
        return idx;
    }

    private int parseMessages(String text, int line) {
        try {
            int m = Integer.parseInt(text.trim());
            if (m >= 1 && m <= io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT) return m;
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new ScenarioException(fileName, line, "messages", "'" + text.trim() + "' is not allowed; allowed: a whole number of buyer messages, 1 to "
                + io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT,
                "不允许 '" + text.trim() + "'；允许：买家消息条数，从 1 到 " + io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT + " 的整数");
    }

    private double parseTalk(String text, int line) {
        try {
            double v = Double.parseDouble(text.trim());
            if (v >= 0 && v < 1e7) return v;
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new ScenarioException(fileName, line, "talk", "'" + text.trim() + "' is not allowed; allowed: seconds, 0 or more",
                "不允许 '" + text.trim() + "'；允许：秒数，不小于 0");
    }

    /** Seconds from the scenario start. Fast path for plain local date-times; java.time for the rest. */
    private double parseTime(String raw, int line) {
        if (raw == null) throw new ScenarioException(fileName, line, "time", "missing; allowed: a date-time such as 2026-11-11 00:00:05, or seconds from the start",
                "缺少时间；允许：日期时间，如 2026-11-11 00:00:05，或从开始起的秒数");
        String s = raw.trim();
        double fast = LocalTimestamps.secondsSinceEpochDay0(s);
        if (!Double.isNaN(fast)) return fast - startEpochSecond;
        if (excel == null && !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.')) {
            // the whole time column decides (tester26; before, its first number did, and a trace of seconds from the start
            // whose first was 46100.0 was refused at its 100083.1): see reading()
            excel = reading().excel() ? reading().first() : "";
        }
        if (excel != null && !excel.isEmpty() && !s.isEmpty() && Character.isDigit(s.charAt(0))) {
            double e = ExcelDates.epochSeconds(s);
            if (Double.isNaN(e)) {
                throw new ScenarioException(fileName, line, "time", "'" + s + "' is not an Excel date-time number, as the trace's first, " + excel
                        + ", is; allowed: an Excel date-time number such as 46337.00113426, or a date-time such as 2026-11-11 00:00:05",
                        "'" + s + "' 不是 Excel 日期时间数值，而记录的第一个时间 " + excel + " 是；允许：Excel 日期时间数值，如 46337.00113426，或日期时间，如 2026-11-11 00:00:05");
            }
            return Math.round((e - startEpochSecond) * 1000) / 1000.0; // Excel keeps milliseconds at most: 46337.00113426 is 00:01:38
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ignored) {
            // not a number of seconds; try a date-time with an offset
        }
        try {
            LocalDateTime local = OffsetDateTime.parse(s.replace(' ', 'T')).atZoneSameInstant(zone).toLocalDateTime();
            return local.toLocalDate().toEpochDay() * 86400L + local.toLocalTime().toSecondOfDay() + local.getNano() / 1e9 - startEpochSecond;
        } catch (DateTimeParseException e) {
            throw new ScenarioException(fileName, line, "time", "'" + s + "' is not a time; allowed: a date-time such as 2026-11-11 00:00:05 (or with an offset, +08:00), or seconds from the start",
                    "'" + s + "' 不是时间；允许：日期时间，如 2026-11-11 00:00:05（可带时区偏移 +08:00），或从开始起的秒数");
        }
    }

    /**
     * How a trace's plain numbers are read, decided on its whole time column (tester26): as Excel date-time numbers
     * ({@code 46337.00113426}, as fit reads them) only when every number is one whose date lies within a year of the run
     * ({@link #NEAR}), and that reading puts a row inside the run or the other puts none there; else as seconds from the
     * start. Seconds from the start pass 99,999 (no longer five digits of days) after under 28 hours; a trace of them that
     * stays below looks like dates spread over months around the run, nearly all outside it, while as seconds its rows
     * fall inside. {@code told}: every number also reads as a date within a year of the run, so validate says which
     * reading it took (the Span's {@code reading}); a column with a number that is no such date is seconds, unsaid.
     *
     * @param first the column's first number (the Excel error names it), or null when it has none
     * @param breaker when the first number reads as an Excel date near the run, the first later one that does not, which
     *        made the column seconds (a row out of order is then said with it), else null; {@code breakerLine} its line
     */
    record Reading(boolean excel, boolean told, String first, String breaker, int breakerLine) {}

    private Reading reading;

    /** Readings already decided, by file (as it is on disk), start and horizon: a run's replications each open the trace. */
    private static final Map<ReadingKey, Reading> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A file as it is on disk, and the run it is read against. */
    private record ReadingKey(String file, long size, long modified, long start, double horizon) {}

    private Reading reading() {
        if (reading != null) return reading;
        ReadingKey key = null;
        try {
            Path f = file.toAbsolutePath();
            key = new ReadingKey(f.toString(), Files.size(f), Files.getLastModifiedTime(f).toMillis(), startEpochSecond, horizon);
            Reading known = READINGS.get(key);
            if (known != null) return reading = known;
        } catch (IOException e) {
            // unreadable: decided below, and the reader says what is wrong
        }
        String first = null, breaker = null;
        int breakerLine = 0;
        boolean allExcel = true;
        long excelInside = 0, secondsInside = 0, excelNumbers = 0;
        try (CsvParser p = new CsvFactory().createParser(TextCharset.open(file).reader())) {
            boolean header = true;
            JsonToken t;
            scan:
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) continue;
                int i = 0;
                String text = null;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (i++ == colTime) text = p.getText();
                }
                if (header) { header = false; continue; }
                if (text == null) continue;
                String v = text.trim();
                if (v.isEmpty() || !(Character.isDigit(v.charAt(0)) || v.charAt(0) == '.')) continue;
                double secs;
                try {
                    secs = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    continue; // not a number: a date-time, or a bad cell the reader refuses at its line
                }
                if (first == null) first = v;
                if (secs >= 0 && secs < horizon) secondsInside++;
                double e = ExcelDates.epochSeconds(v);
                if (Double.isNaN(e) || e < startEpochSecond - NEAR || e >= startEpochSecond + horizon + NEAR) {
                    allExcel = false;
                    if (excelNumbers > 0) { breaker = v; breakerLine = p.currentTokenLocation().getLineNr(); }
                    break scan; // seconds: nothing later can make it Excel
                }
                excelNumbers++;
                if (e >= startEpochSecond && e < startEpochSecond + horizon) excelInside++;
            }
        } catch (IOException | RuntimeException e) {
            allExcel = false; // the reader says what is wrong with the file, at its line
        }
        boolean excelReading = first != null && allExcel && (excelInside > 0 || secondsInside == 0);
        Reading r = new Reading(excelReading, first != null && allExcel, first, breaker, breakerLine);
        if (key != null) {
            if (READINGS.size() > 64) READINGS.clear();
            READINGS.put(key, r);
        }
        return reading = r;
    }

    @Override public double time() { return time; }
    @Override public int type() { return type; }
    @Override public int hour() { return mix.hour(time); }
    @Override public int messages() { return messages; }
    @Override public double talk() { return talk; }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole trace once to report the first bad row (used by {@code validate} and before a run): its rows inside the horizon. */
    public static long check(Scenario s) {
        return span(s).inside();
    }

    /**
     * The trace's rows against the run: how many lie before its start, inside [start, start + horizon)
     * and after its end, the times (seconds from the start) of the first and last row outside on
     * each side (NaN when none), and the text encoding it was read in; {@code reading}: "excel" or "seconds" when its
     * numbers read both ways (every one also an Excel date within a year of the run: validate says which it took), else null. Every row is checked as a run reads one (the first bad row is an
     * error, wherever it lies), rows past the end too, which a run never reads.
     */
    public record Span(long before, long inside, long after, double firstBefore, double lastBefore, double firstAfter, double lastAfter, Charset charset,
                       long[] typed, long untyped, double[] reaching, long unsized, long repeated, String reading) {
        public long rows() { return before + inside + after; }
        public long outside() { return before + after; }
        /** Whether every row inside the run gives its type (and there is one): the mix then draws none. */
        public boolean everyTyped() { return inside > 0 && untyped == 0; }
        /** Whether every row inside the run gives its message count (and there is one): no type's messages is drawn. */
        public boolean everySized() { return inside > 0 && unsized == 0; }
    }

    /** The types (their order indexes a Span's counts) and what shares them out (the mix, each type's bot by the hour) are part of the key too. */
    private record SpanKey(Path file, long size, long modified, long start, double horizon, String zone, java.util.List<String> types, java.util.List<Double> shares) {}

    /** The mix by hour and each type's bot share by hour, as values: a hash of them could let two scenarios share a Span. */
    private static java.util.List<Double> shares(Scenario s) {
        java.util.List<Double> v = new java.util.ArrayList<>();
        for (double[] hour : s.demand().mixByHour()) for (double x : hour) v.add(x);
        for (Scenario.BuyerType b : s.buyers()) for (int hour = 0; hour < 24; hour++) v.add(b.botDeflection(hour));
        return v;
    }

    private static final Map<SpanKey, Span> SPANS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The trace's {@link Span}, read once per file (as it is on disk), start and horizon: every page and file of a run asks again. */
    public static Span span(Scenario s) {
        SpanKey key = null;
        try {
            Path f = s.demand().trace().toAbsolutePath();
            LocalDateTime st = s.start();
            key = new SpanKey(f, Files.size(f), Files.getLastModifiedTime(f).toMillis(),
                    st.toLocalDate().toEpochDay() * 86400L + st.toLocalTime().toSecondOfDay(), s.horizon(), s.zone().getId(),
                    java.util.List.of(s.demand().mixTypes()), shares(s));
            Span known = SPANS.get(key);
            if (known != null) return known;
        } catch (IOException e) {
            // unreadable: the reader below says so, as a run would
        }
        Span span;
        int types = s.demand().mixTypes().length;
        long[] typed = new long[types];
        double[] reaching = new double[types];
        try (TraceArrivals t = new TraceArrivals(s, org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(1L))) {
            t.counting = true;
            long n = 0, untyped = 0, unsized = 0;
            while (t.next()) {
                n++;
                int hour = t.hour();
                if (t.typeGiven) {
                    typed[t.type]++;
                    reaching[t.type] += 1 - s.buyers().get(t.type).botDeflection(hour);
                } else {
                    // the mix draws its type: each type's expected share of it, as coverage counts a pattern's
                    untyped++;
                    double[] mix = s.demand().mixByHour()[hour];
                    for (int k = 0; k < types; k++) reaching[k] += mix[k] * (1 - s.buyers().get(k).botDeflection(hour));
                }
                if (!t.messagesGiven) unsized++;
            }
            span = new Span(t.before, n, t.after, t.firstBefore, t.lastBefore, t.firstAfter, t.lastAfter, t.charset, typed, untyped, reaching, unsized, t.repeated,
                    t.reading == null || !t.reading.told() ? null : t.reading.excel() ? "excel" : "seconds");
        }
        if (key != null) {
            if (SPANS.size() > 64) SPANS.clear();
            SPANS.put(key, span);
        }
        return span;
    }
}
