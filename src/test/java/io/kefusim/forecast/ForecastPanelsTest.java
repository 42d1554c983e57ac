package io.kefusim.forecast;

import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * forecast.html's panels (tester22): hours along the bottom and buyers up the side, one scale for the
 * panels of a section (a Saturday of 209 no longer as tall as a Monday of 1,551), a legend saying the
 * title's "1551 / 1185" is actual / forecast, and the asked days' hourly numbers on the page.
 */
class ForecastPanelsTest {
    /** A day shaped as a bank's: open 08:00-17:59, {@code peak} buyers expected at 10:00, actual = 1.3 x expected. */
    private static Forecaster.Day day(LocalDate date, double peak, boolean withActual) {
        double[] e = new double[24], lo = new double[24], hi = new double[24];
        long[] a = withActual ? new long[24] : null;
        double total = 0;
        for (int k = 8; k < 18; k++) {
            e[k] = k == 10 ? peak : peak / 2;
            lo[k] = e[k] * 0.8;
            hi[k] = e[k] * 1.2;
            total += e[k];
            if (a != null) a[k] = Math.round(e[k] * 1.1);
        }
        return new Forecaster.Day(date, false, e, lo, hi, total, total * 0.9, total * 1.1, a, null);
    }

    /** The y of the highest point of the panel's forecast line, and of its 0 tick. */
    private static double[] peakAndZero(String svg) {
        Matcher m = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(svg);
        assertTrue(m.find(), "svg");
        double peak = Double.MAX_VALUE;
        for (String pt : m.group(1).trim().split(" ")) peak = Math.min(peak, Double.parseDouble(pt.split(",")[1]));
        Matcher z = Pattern.compile("y=\"([0-9.]+)\" font-size=\"10\" text-anchor=\"end\" class=\"ytick\">0<").matcher(svg);
        assertTrue(z.find(), "svg");
        return new double[]{peak, Double.parseDouble(z.group(1)) - 3};
    }

    @Test
    void panelsHaveAxesAndShareOneScale() {
        Forecaster.Day monday = day(LocalDate.of(1999, 2, 8), 200, true), saturday = day(LocalDate.of(1999, 2, 13), 20, true);
        double top = ForecastWriter.scaleTop(List.of(monday, saturday));
        assertEquals(300, top, 0, "a round number (ticks of 100) above the Monday's 240 (its 10:00 band top) and 220 (actual)");
        Text en = new Text("en");
        String big = ForecastWriter.chart(monday, en, top), small = ForecastWriter.chart(saturday, en, top);
        for (String tick : List.of(">0<", ">100<", ">200<", ">300<")) assertTrue(small.contains(tick), tick + ": " + small);
        for (String hour : List.of(">00<", ">03<", ">06<", ">09<", ">12<", ">15<", ">18<", ">21<")) assertTrue(small.contains(hour), hour);
        assertTrue(small.contains(">buyers per hour<") && small.contains(">hour of the day<"), "small");
        double[] b = peakAndZero(big), s = peakAndZero(small);
        assertEquals(b[1], s[1], 1e-9, "the same baseline");
        assertEquals(20.0 / 200, (s[1] - s[0]) / (b[1] - b[0]), 1e-3, "a day of a tenth the buyers is a tenth as tall");
        String zh = ForecastWriter.chart(saturday, new Text("zh"), top);
        assertTrue(zh.contains(">每小时咨询买家<") && zh.contains(">时刻<") && zh.contains(">1999-02-13 周六 · "), "zh");
    }

    @Test
    void thePageSaysWhatTheTitleNumbersAreAndTheAskedDaysHours() {
        Forecaster.Day asked = day(LocalDate.of(1999, 2, 15), 150, false), held = day(LocalDate.of(1999, 2, 8), 200, true);
        ForecastWriter.Outcome o = new ForecastWriter.Outcome(List.of(asked), List.of(held), null, 0.8, List.of("x.tsv"), List.of());
        String page = ForecastWriter.html(o, new Text("en"));
        assertTrue(page.contains("then actual / forecast buyers that day"), "page");
        assertTrue(page.contains("All panels below share one scale: 0–300 buyers an hour."), "held-out");
        assertTrue(page.contains("All panels below share one scale: 0–200 buyers an hour."), "the asked day's own section");
        assertTrue(page.contains("Buyers expected by hour (80% interval)"), "page");
        assertTrue(page.contains("<tr><td>10:00</td><td>150.0 (120.0–180.0)</td></tr>"), "page");
        assertTrue(page.contains("<th>1999-02-15 MON</th>"), "page");
        String zh = ForecastWriter.html(o, new Text("zh"));
        assertTrue(zh.contains("然后是当天实际 / 预测的买家数") && zh.contains("每小时预计买家数（80% 区间）") && zh.contains("<th>1999-02-15 周一</th>"), "zh");
    }
}
