package io.kefusim.output;

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
     * Writes DIR/results.xlsx: the summary sheet, then one sheet per table (the CSV files' rows as
     * they were written, header first, in {@link #SHEETS} order).
     */
    public static void write(Path dir, Map<String, Object> summary, Map<String, List<List<String>>> tables) throws IOException {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("figure", "mean", "ci95"));
        flatten("", summary.get("totals"), rows);
        sheets.put("summary", rows);
        List<List<String>> warnings = warningRows(summary.get("warnings"));
        if (warnings.size() > 1) sheets.put("warnings", warnings);
        for (String sheet : SHEETS) if (tables.containsKey(sheet)) sheets.put(sheet, tables.get(sheet));
        writeSheets(dir.resolve("results.xlsx"), sheets);
    }

    /** The summary's warnings as a sheet: code, where, date and the message in both languages. */
    @SuppressWarnings("unchecked")
    static List<List<String>> warningRows(Object warnings) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("code", "file", "line", "key", "date", "message", "message_zh"));
        if (!(warnings instanceof List<?> list)) return rows;
        for (Object o : list) {
            Map<String, Object> w = (Map<String, Object>) o;
            Map<String, Object> where = (Map<String, Object>) w.get("where");
            rows.add(java.util.Arrays.asList(str(w.get("code")), str(where.get("file")), str(where.get("line")), str(where.get("key")),
                    str(w.get("date")), str(w.get("message")), str(w.get("message_zh"))));
        }
        return rows;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Writes {@code file} with one sheet per entry (first row bold, numbers stored as numbers). */
    public static void writeSheets(Path file, Map<String, List<List<String>>> sheets) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "kefusim", "1.0");
            for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) fill(wb.newWorksheet(e.getKey()), e.getValue());
            wb.finish();
        }
    }

    private static void fill(Worksheet ws, List<List<String>> rows) {
        int[] longest = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v == null || v.isEmpty()) continue;
                longest[c] = Math.max(longest[c], v.length());
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
