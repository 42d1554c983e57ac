package io.kefusim.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
        // The figure is the double's exact binary value rounded to 6 significant digits (half up).
        // Rounding the double's shortest decimal form instead gives the same digits unless that
        // form sits right at a half-way point, which only a 7th digit of 4 or 5 can be near: then
        // the exact value decides. The exact value has about 50 digits, and rounding it was most
        // of the time spent writing a long run's intervals.csv.
        BigDecimal shortest = new BigDecimal(Double.toString(v));
        if (shortest.precision() > 6) {
            char seventh = shortest.unscaledValue().abs().toString().charAt(6);
            if (seventh == '4' || seventh == '5') return exactSix(v);
            return shortest.round(SIX).stripTrailingZeros().toPlainString();
        }
        return shortest.stripTrailingZeros().toPlainString();
    }

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);

    /** The double's exact value to 6 significant digits, half up (what {@link #num(double)} writes). */
    static String exactSix(double v) {
        return new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
    }

    public static String num(Double v) {
        return v == null ? "" : num(v.doubleValue());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
