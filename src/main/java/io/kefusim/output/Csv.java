package io.kefusim.output;

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
        String fast = sixDigits(v);
        if (fast != null) return fast;
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
    /** 10^0 .. 10^15, each exact as a double. */
    private static final double[] POW10 = new double[16];
    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    /**
     * {@link #num}'s digits without BigDecimal, for 1e-9 ≤ |v| < 1e9: v scaled by an exact power
     * of ten to [100000, 1000000) carries one rounding (under 2e-10 absolute there), so the
     * 6-digit rounding is certain unless the fraction is within 1e-6 of one half; then, and
     * outside that range, null (the caller rounds the exact value).
     */
    static String sixDigits(double v) {
        double a = Math.abs(v);
        if (!(a >= 1e-9 && a < 1e9)) return null;
        int e = (int) Math.floor(Math.log10(a)); // the decimal exponent, perhaps one off: corrected below
        double scaled = scale(a, 5 - e);
        if (scaled < 100_000) scaled = scale(a, 5 - --e);
        else if (scaled >= 1_000_000) scaled = scale(a, 5 - ++e);
        if (!(scaled >= 100_000 && scaled < 1_000_000)) return null;
        double floor = Math.floor(scaled), frac = scaled - floor;
        if (Math.abs(frac - 0.5) < 1e-6) return null;
        long r = (long) floor + (frac > 0.5 ? 1 : 0);
        if (r == 1_000_000) {
            r = 100_000;
            e++;
        }
        String digits = Long.toString(r);
        int n = digits.length();
        while (digits.charAt(n - 1) == '0') n--;
        int point = e + 1; // digits before the decimal point
        StringBuilder b = new StringBuilder(16);
        if (v < 0) b.append('-');
        if (point >= n) {
            b.append(digits, 0, n);
            for (int i = n; i < point; i++) b.append('0');
        } else if (point > 0) {
            b.append(digits, 0, point).append('.').append(digits, point, n);
        } else {
            b.append("0.");
            for (int i = point; i < 0; i++) b.append('0');
            b.append(digits, 0, n);
        }
        return b.toString();
    }

    /** a × 10^k for -15 ≤ k ≤ 15, with one rounding (dividing by an exact power for k < 0). */
    private static double scale(double a, int k) {
        return k >= 0 ? a * POW10[k] : a / POW10[-k];
    }

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
