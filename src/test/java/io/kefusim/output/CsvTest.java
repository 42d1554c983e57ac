package io.kefusim.output;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers in CSV files: the fast path writes exactly what rounding the exact binary value writes. */
class CsvTest {
    @Test
    void fastRoundingEqualsTheExactValueRounded() {
        SplittableRandom rnd = new SplittableRandom(17);
        int checked = 0;
        for (int i = 0; i < 300_000; i++) {
            double scale = Math.pow(10, rnd.nextInt(-12, 13));
            double v = (rnd.nextDouble() - 0.3) * scale;
            check(v);
            checked++;
        }
        // half-way points at the 7th digit, and their neighbours one ulp either side
        for (int i = 0; i < 100_000; i++) {
            long six = rnd.nextLong(100_000, 1_000_000);
            int exp = rnd.nextInt(-10, 10);
            double h = (six * 10 + 5) * Math.pow(10, exp - 7);
            check(h);
            check(Math.nextUp(h));
            check(Math.nextDown(h));
            check(-h);
            checked += 4;
        }
        // next to powers of ten, where the exponent guess and the carry to a 7th digit matter
        for (int exp = -10; exp <= 10; exp++) {
            double p = Math.pow(10, exp);
            for (double v : new double[]{p, Math.nextUp(p), Math.nextDown(p), p * 0.9999995, p * 0.99999949, p * 0.99999951, p * 1.0000005}) {
                check(v);
                check(-v);
                checked += 2;
            }
        }
        for (double v : new double[]{0.1, 0.2, 1.0000005, 0.1234565, 2.5e-7, 1234567.5, 0.30000000000000004, 1e-300, 9.9999995e14,
                99999.95, 0.999999949999, 3.14159265358979, 1.5, -0.0000012345649999}) {
            check(v);
            checked++;
        }
        assertEquals(700_014 + 21 * 14, checked);
    }

    @Test
    void theFastPathTakesNearlyEveryValueInItsRange() {
        SplittableRandom rnd = new SplittableRandom(5);
        int fast = 0, n = 100_000;
        for (int i = 0; i < n; i++) if (Csv.sixDigits((1 + 9 * rnd.nextDouble()) * Math.pow(10, rnd.nextInt(-9, 9))) != null) fast++;
        // only fractions within 1e-6 of one half (about 2 in a million) go to the exact rounding
        assertEquals(n, fast, 5);
    }

    private static void check(double v) {
        String expected = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Csv.exactSix(v);
        assertEquals(expected, Csv.num(v), () -> "for " + v + " (" + new java.math.BigDecimal(v) + ")");
    }
}
