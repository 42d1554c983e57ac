package io.kefusim.output;

import io.kefusim.report.Columns;
import io.kefusim.report.Summary;
import io.kefusim.metrics.Estimate;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * results.xlsx: one workbook for a spreadsheet user, with a summary sheet (every headline figure
 * with its 95% interval) and one sheet per CSV (intervals, by day, by type, by group), cell for
 * cell the same as the CSV files, numbers stored as numbers. Written with fastexcel, not by hand.
 */
public final class Workbook {
    static final List<String> SHEETS = List.of("intervals", "by_day", "by_type", "by_group");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Workbook() {}

    /**
     * What a spreadsheet reader sees for a key: a column's heading (name and unit, in the run's
     * language: {@link ColumnWords}), whether its figures are shares (shown as percentages, the
     * numbers stored as they are) and a sheet's name. {@link #KEYS} shows the keys themselves.
     */
    public interface Headings {
        String label(String key);

        boolean share(String key);

        String sheet(String name);

        /** A cell's text in the reader's words where the CSV holds a word ({@code counted}: yes, no (warm-up)); else as it is. */
        default String cell(String key, String value) { return value; }

        /** The warnings' message the reader reads: summary.json's {@code message} or {@code message_zh}. */
        default String messageKey() { return "message"; }

        /** Headings from three functions (e.g. a {@code ColumnWords}'s methods). */
        static Headings of(java.util.function.Function<String, String> label, java.util.function.Predicate<String> share,
                           java.util.function.Function<String, String> sheet) {
            return of(label, share, sheet, (k, v) -> v, "message");
        }

        /** The same, with the cells' words and the warnings' message in the reader's language. */
        static Headings of(java.util.function.Function<String, String> label, java.util.function.Predicate<String> share,
                           java.util.function.Function<String, String> sheet, java.util.function.BinaryOperator<String> cell, String messageKey) {
            return new Headings() {
                @Override
                public String label(String key) { return label.apply(key); }

                @Override
                public boolean share(String key) { return share.test(key); }

                @Override
                public String sheet(String name) { return sheet.apply(name); }

                @Override
                public String cell(String key, String value) { return cell.apply(key, value); }

                @Override
                public String messageKey() { return messageKey; }
            };
        }
    }

    /** The keys as they are, no shares marked: what the CSV files hold. */
    public static final Headings KEYS = new Headings() {
        @Override
        public String label(String key) { return key; }

        @Override
        public boolean share(String key) { return false; }

        @Override
        public String sheet(String name) { return name; }
    };

    /** Writes DIR/results.xlsx with the keys as headings (see {@link #write(Path, Map, Map, Headings)}). */
    public static void write(Path dir, Map<String, Object> summary, Map<String, List<List<String>>> tables) throws IOException {
        write(dir, summary, tables, KEYS);
    }

    /**
     * Writes DIR/results.xlsx: the summary sheet, then one sheet per table (the CSV files' rows as
     * they were written, in {@link #SHEETS} order), headed in {@code headings}' words: a column's
     * name and unit, shares shown as percentages. The summary sheet keeps each figure's key in
     * summary.json beside its name, for whoever reads the workbook with a script.
     */
    public static void write(Path dir, Map<String, Object> summary, Map<String, List<List<String>>> tables, Headings headings) throws IOException {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> shareColumns = new java.util.HashMap<>(), shareRows = new java.util.HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        flatten("", summary.get("totals"), rows);
        List<List<String>> named = new ArrayList<>();
        java.util.Set<Integer> summaryShares = new java.util.HashSet<>();
        named.add(headings == KEYS ? List.of("figure", "mean", "ci95")
                : List.of(headings.label("figure"), headings.label("mean"), headings.label("ci95"), headings.label("key")));
        for (List<String> r : rows) {
            if (headings == KEYS) {
                named.add(r);
            } else {
                if (headings.share(r.get(0))) summaryShares.add(named.size());
                named.add(List.of(headings.label(r.get(0)), r.get(1), r.get(2), r.get(0)));
            }
        }
        sheets.put(headings.sheet("summary"), named);
        shareRows.put(headings.sheet("summary"), summaryShares);
        List<List<String>> warnings = warningRows(summary.get("warnings"), headings);
        if (warnings.size() > 1) sheets.put(headings.sheet("warnings"), warnings);
        for (String sheet : SHEETS) {
            if (!tables.containsKey(sheet)) continue;
            List<List<String>> table = tables.get(sheet);
            List<List<String>> headed = new ArrayList<>(table);
            java.util.Set<Integer> shares = new java.util.HashSet<>();
            if (!table.isEmpty()) {
                List<String> header = new ArrayList<>();
                for (int c = 0; c < table.get(0).size(); c++) {
                    String key = table.get(0).get(c);
                    header.add(headings.label(key));
                    if (headings.share(key)) shares.add(c);
                }
                headed.set(0, header);
                for (int r = 1; r < table.size(); r++) {
                    List<String> row = table.get(r), said = null;
                    for (int c = 0; c < row.size() && c < header.size(); c++) {
                        String v = headings.cell(table.get(0).get(c), row.get(c));
                        if (v != null && !v.equals(row.get(c))) {
                            if (said == null) said = new ArrayList<>(row);
                            said.set(c, v);
                        }
                    }
                    if (said != null) headed.set(r, said);
                }
            }
            sheets.put(headings.sheet(sheet), headed);
            shareColumns.put(headings.sheet(sheet), shares);
        }
        writeSheets(dir.resolve("results.xlsx"), sheets, shareColumns, shareRows);
    }

    /**
     * The warnings as a sheet: with the keys, code, where, date and the message in both languages; for a reader,
     * headed in their words with the message in their language only (summary.json keeps both): a Chinese workbook
     * headed "code … message_zh" read as English.
     */
    @SuppressWarnings("unchecked")
    static List<List<String>> warningRows(Object warnings, Headings headings) {
        List<String> messages = headings == KEYS ? List.of("message", "message_zh") : List.of(headings.messageKey());
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings == KEYS ? List.of("code", "file", "line", "key", "date", "message", "message_zh")
                : List.of(headings.label("code"), headings.label("file"), headings.label("line"), headings.label("where_key"),
                headings.label("date"), headings.label("message")));
        if (!(warnings instanceof List<?> list)) return rows;
        for (Object o : list) {
            Map<String, Object> w = (Map<String, Object>) o;
            Map<String, Object> where = (Map<String, Object>) w.get("where");
            List<String> row = new ArrayList<>(java.util.Arrays.asList(str(w.get("code")), str(where.get("file")), str(where.get("line")),
                    str(where.get("key")), str(w.get("date"))));
            for (String m : messages) row.add(str(w.get(m)));
            rows.add(row);
        }
        return rows;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Writes {@code file} with one sheet per entry (first row bold, numbers stored as numbers). */
    public static void writeSheets(Path file, Map<String, List<List<String>>> sheets) throws IOException {
        writeSheets(file, sheets, Map.of(), Map.of());
    }

    /**
     * The same, with shares shown as percentages (the numbers stored as they are): the columns
     * {@code shareColumns} names in a table sheet, the rows {@code shareRows} names in the summary
     * sheet (whose rows are figures, their mean and half-width in columns 2 and 3).
     */
    static void writeSheets(Path file, Map<String, List<List<String>>> sheets, Map<String, java.util.Set<Integer>> shareColumns,
                            Map<String, java.util.Set<Integer>> shareRows) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "kefusim", "1.0");
            for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                fill(ws, e.getValue());
                int last = e.getValue().size() - 1;
                if (last < 1) continue;
                for (int c : shareColumns.getOrDefault(e.getKey(), java.util.Set.of())) ws.range(1, c, last, c).style().format(PERCENT).set();
                for (int r : shareRows.getOrDefault(e.getKey(), java.util.Set.of())) ws.range(r, 1, r, 2).style().format(PERCENT).set();
            }
            wb.finish();
        }
    }

    private static final String PERCENT = "0.0%";

    private static void fill(Worksheet ws, List<List<String>> rows) {
        int[] longest = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v == null || v.isEmpty()) continue;
                longest[c] = Math.max(longest[c], Columns.width(v)); // a Chinese heading is twice as wide as its length
                if (r > 0 && NUMBER.matcher(v).matches()) ws.value(r, c, Double.parseDouble(v));
                else ws.value(r, c, v);
            }
            if (r == 0) ws.range(0, 0, 0, Math.max(0, row.size() - 1)).style().bold().set();
        }
        ws.freezePane(1, 1);
        // Every column's width is set here, from the text as written: left to itself, fastexcel
        // sizes a column by turning each of its cells back into text, most of the time spent on
        // a long run's workbook. The first column (names, times) gets a little room to spare.
        // Excel refuses a column wider than 255 characters; an extreme figure (1e-300 written out in full) is longer
        for (int c = 0; c < longest.length; c++) ws.width(c, c == 0 ? Math.min(50, 4 + longest[0]) : Math.min(MAX_WIDTH, fitted(longest[c])));
    }

    private static final double MAX_WIDTH = 255;

    /** fastexcel's own fit for a column whose longest text has {@code chars} characters (in Excel's width units). */
    private static double fitted(int chars) {
        return Math.max(8.88671875, (int) ((chars * 7 + 10) / 7.0 * 256) / 256.0);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object node, List<List<String>> rows) {
        if (node instanceof Estimate e) {
            rows.add(List.of(path, Csv.num(e.mean()), Csv.num(e.ci95())));
        } else if (node instanceof Summary.Value v) {
            rows.add(List.of(path, Csv.num(v.value()), ""));
        } else if (node instanceof Number n) {
            rows.add(List.of(path, Csv.num(n.doubleValue()), ""));
        } else if (node instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), rows);
            }
        }
    }
}
