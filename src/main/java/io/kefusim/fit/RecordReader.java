package io.kefusim.fit;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.kefusim.scenario.ScenarioException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams a records file row by row (never holding it): comma- or tab-separated (told by the
 * header line), in UTF-8, UTF-16 or GBK ({@link io.kefusim.scenario.TextCharset}), quoted cells allowed. The header is
 * matched to a {@link RecordFormat}; columns the format does not read, or reads but fit does not use
 * ({@link RecordFormat#fitUses}), are ignored, and named in a notice. A row that cannot be read is passed to the caller's error count with its line and
 * column, never fatal by itself.
 */
public final class RecordReader implements AutoCloseable {
    /** One data row: its line in the file and its cells by field. */
    public final class Row {
        private String[] cells;
        private long line;

        public long line() { return line; }

        /** The cell of a field, trimmed; null when the format has no such column or the row is short. */
        public String get(String field) {
            Integer i = index.get(field);
            if (i == null || i >= cells.length) return null;
            String v = cells[i].trim();
            return v.isEmpty() ? null : v;
        }

        /** Whether the file has the field's column at all (its cell in this row may still be blank). */
        public boolean has(String field) { return index.containsKey(field); }

        /**
         * The row as a 64-bit fingerprint of every cell (trimmed, in the file's column order): two rows with the
         * same fingerprint repeat each other exactly. 64 bits make a false match between two different rows of
         * ten million about one in 370,000 (n²/2⁶⁵).
         */
        public long fingerprint() {
            long h = 0xcbf29ce484222325L;
            for (String c : cells) {
                String v = c.trim();
                for (int i = 0; i < v.length(); i++) h = (h ^ v.charAt(i)) * 0x100000001b3L;
                h = (h ^ 0x1F) * 0x100000001b3L; // the cell boundary: "a,bc" is not "ab,c"
            }
            h ^= h >>> 33; h *= 0xff51afd7ed558ccdL; h ^= h >>> 33; h *= 0xc4ceb9fe1a85ec53L; h ^= h >>> 33;
            return h;
        }

        /** An error about this row's field, naming file, line and column, in both languages. */
        public IllegalArgumentException bad(String field, String message, String chinese) {
            return new Unreadable(file.getFileName() + ":" + line + ": column '" + format.column(field) + "' (" + field + "): " + message,
                    file.getFileName() + ":" + line + ": 列 '" + format.column(field) + "'（" + field + "）：" + chinese);
        }

        /**
         * Whether the row has fewer values than the header has columns: a row cut short (fitM). Read as it stood, its
         * missing outcome made a hang-up an answered call, so it is unreadable, like a row with a bad value.
         */
        public boolean cutShort() { return cells.length < header.size(); }

        /** The error for a row cut short: how many values it has, how many the header has, and the first column it lacks. */
        public IllegalArgumentException cutShortError() {
            Object[] args = {cells.length, header.size(), header.get(cells.length)};
            return new Unreadable(file.getFileName() + ":" + line + ": " + new io.kefusim.report.Text("en").get("fr_cut_short", args),
                    file.getFileName() + ":" + line + ": " + new io.kefusim.report.Text("zh").get("fr_cut_short", args));
        }

        /** An error about this row's field in words of report/Text.java ({@code key}), both languages. */
        public IllegalArgumentException badSaid(String field, String key, Object... args) {
            return bad(field, new io.kefusim.report.Text("en").get(key, args), new io.kefusim.report.Text("zh").get(key, args));
        }

        /** The same for a value another reader refused ({@link RecordTimes}), in its words. */
        public IllegalArgumentException bad(String field, IllegalArgumentException refused) {
            return bad(field, refused.getMessage(), Unreadable.chinese(refused));
        }
    }

    private final Path file;
    private final RecordFormat format;
    private final CsvParser parser;
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final Row row = new Row();
    private final List<String> header;

    private RecordReader(Path file, RecordFormat format, CsvParser parser, List<String> header) {
        this.file = file;
        this.header = List.copyOf(header);
        this.format = format;
        this.parser = parser;
        for (String field : format.columns().keySet()) {
            int i = header.indexOf(format.column(field));
            if (i >= 0) index.put(field, i);
        }
        Set<String> used = new LinkedHashSet<>();
        for (String field : format.columns().keySet()) if (format.fitUses(field)) used.add(format.column(field));
        for (String h : header) if (!used.contains(h) && !h.isEmpty()) ignored.add(h);
    }

    /**
     * Opens a file with the given format, or (null) the preset its header matches.
     * @throws ScenarioException (exit 2) when the file cannot be read or lacks a required column
     */
    public static RecordReader open(Path file, RecordFormat format) {
        String name = file.toString();
        io.kefusim.scenario.InputFiles.check(file, Long.MAX_VALUE); // streamed: no size limit
        try {
            io.kefusim.scenario.TextCharset.Opened opened = io.kefusim.scenario.TextCharset.open(file);
            BufferedReader reader = opened.reader();
            reader.mark(1 << 16);
            String first = reader.readLine();
            if (first == null) throw new ScenarioException(name, 1, null, "the file is empty; a header row and one row per record are needed",
                    "文件是空的；需要一行表头，每条记录一行");
            reader.reset();
            char sep = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(',') >= 0 || first.indexOf(';') < 0 ? ',' : ';';
            CsvParser p = new CsvFactory().createParser(reader);
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(sep));
            List<String> header = readCells(p);
            if (header == null) throw new ScenarioException(name, 1, null, "no header row", "没有表头行");
            for (int i = 0; i < header.size(); i++) header.set(i, header.get(i).trim());
            Set<String> columns = new LinkedHashSet<>(header);
            RecordFormat f = format != null ? format : RecordFormat.detect(columns);
            List<String> shown = new ArrayList<>(header.subList(0, Math.min(12, header.size())));
            if (header.size() > 12) shown.add("...");
            if (f == null) {
                String presets = String.join("|", RecordFormat.PRESETS.stream().map(RecordFormat::name).toList());
                RecordFormat near = RecordFormat.closest(columns);
                String en = near == null ? "" : "; closest: --format " + near.name() + ", which also needs " + io.kefusim.scenario.Lists.join(near.missing(columns), false);
                String zh = near == null ? "" : "；最接近的是 --format " + near.name() + "，它还需要 " + io.kefusim.scenario.Lists.join(near.missing(columns), true);
                throw new ScenarioException(name, 1, null, "the columns (" + io.kefusim.scenario.Lists.join(shown, false) + ") match no built-in format" + en + "; allowed: --format "
                        + presets + ", or --map FILE naming your columns",
                        "这些列（" + io.kefusim.scenario.Lists.join(shown, true) + "）不符合任何内置格式" + zh + "；允许：--format " + presets + "，或用 --map FILE 说明各列");
            }
            // every column the format needs, named at once: a records file read without one is misread, not merely less complete
            List<String> missing = f.missing(columns);
            if (!missing.isEmpty()) {
                String which = RecordFormat.PRESETS.contains(f) ? "--format " + f.name() : "--map " + f.name();
                throw new ScenarioException(name, 1, null, which + " needs the column" + (missing.size() == 1 ? " " : "s ") + io.kefusim.scenario.Lists.join(missing, false)
                        + ", missing from the header (" + io.kefusim.scenario.Lists.join(shown, false) + "); allowed: a file with " + (missing.size() == 1 ? "it" : "them")
                        + ", or --map FILE naming the columns it has",
                        which + " 需要列 " + io.kefusim.scenario.Lists.join(missing, true) + "，表头（" + io.kefusim.scenario.Lists.join(shown, true) + "）中没有；允许：含这些列的文件，或用 --map FILE 说明已有的列");
            }
            RecordReader r = new RecordReader(file, f, p, header);
            r.charset = opened.charset();
            return r;
        } catch (io.kefusim.scenario.TextCharset.BadText e) {
            throw e.at(file);
        } catch (IOException e) {
            throw ScenarioException.unreadable(name, e);
        }
    }

    private static List<String> readCells(CsvParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return null;
        if (t != JsonToken.START_ARRAY) throw new IOException("unexpected " + t);
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) break;
            String v = p.getValueAsString();
            out.add(v == null ? "" : v);
        }
        return out;
    }

    public RecordFormat format() { return format; }

    /** Whether the file has the field's column (its cells may still be blank). */
    public boolean has(String field) { return index.containsKey(field); }

    private java.nio.charset.Charset charset = StandardCharsets.UTF_8;

    /** The text encoding the file was read in (UTF-8 unless a byte-order mark or its bytes said otherwise). */
    public java.nio.charset.Charset charset() { return charset; }

    /** Columns of the file the format does not use (said in a notice). */
    public List<String> ignoredColumns() { return ignored; }

    /** The next row, or null at the end. The same Row object is reused. */
    public Row next() {
        try {
            long line = parser.currentLocation().getLineNr();
            List<String> cells = readCells(parser);
            // fitM: a blank line (an export's trailing one) is skipped, as a trace skips it: not a row, not an unreadable one
            while (cells != null && cells.size() == 1 && cells.get(0).isBlank()) {
                line = parser.currentLocation().getLineNr();
                cells = readCells(parser);
            }
            if (cells == null) return null;
            row.cells = cells.toArray(String[]::new);
            row.line = Math.max(line, 2);
            return row;
        } catch (io.kefusim.scenario.TextCharset.BadText e) {
            throw e.at(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(file.toString(), parser.currentLocation().getLineNr(), null,
                    "bytes that are not " + charset.name() + " text; allowed: UTF-8 (with or without BOM), UTF-16 or GBK — save the file again in one of them",
                    "有不是 " + charset.name() + " 编码的字节；允许：UTF-8（带或不带 BOM）、UTF-16 或 GBK——请用其中一种重新保存文件");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), parser.currentLocation().getLineNr(), null,
                    "cannot read the rows (" + e.getMessage().lines().findFirst().orElse("") + ")",
                    "无法读取各行（" + e.getMessage().lines().findFirst().orElse("") + "）");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
