package io.kefusim.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small CSV helper over Jackson's CSV writer: a header row, then rows of cells. Files open
 * cleanly in a spreadsheet: a UTF-8 byte-order mark (so Excel shows Chinese text, not mojibake),
 * whole numbers as integers, other numbers to 6 significant digits.
 */
public final class Csv implements AutoCloseable {
    // Strict quoting: quote only values that need it (by default Jackson quotes every value
    // longer than 24 characters, which makes long column names look odd in spreadsheets).
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private final SequenceWriter out;

    public Csv(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        out = MAPPER.writerFor(String[].class).writeValues(w);
        out.write(header.toArray(String[]::new));
    }

    public void row(List<String> cells) throws IOException {
        out.write(cells.toArray(String[]::new));
    }

    /** A number as written to CSV: empty when undefined. */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    public static String num(Double v) {
        return v == null ? "" : num(v.doubleValue());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
