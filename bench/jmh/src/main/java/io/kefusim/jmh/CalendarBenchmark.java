package io.kefusim.jmh;

import io.kefusim.engine.EventCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The event list alone, in the classic hold model (take the earliest event, schedule one more),
 * with kefusim's own event-time spread and sizes, measured on the two bench cases (a temporary
 * count in the event list, not kept): the M/M/c+M case holds about 90 events in its main heap,
 * scheduled 1.8 s (1st percentile) to 830 s (99th) ahead, median 124 s — the exponential 3-minute
 * service; the sale day about 650, 1.3 s to 85 s ahead, median 6.7 s — lognormal 4 s replies and
 * lognormal 30 s buyer think times, one of each per message. A third case has 5,000 events of the
 * sale day's spread: a shop far bigger than the bench's. Each case times kefusim's event list,
 * a calendar queue ({@link EventCalendar}), against the 4-ary heap it replaced ({@link FourAryHeap});
 * setup checks that both take the events in the same order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CalendarBenchmark {
    @Param({"erlang-90", "sale-day-650", "sale-day-5000"})
    public String spread;

    private static final int OFFSETS = 1 << 20;
    private double[] offsets;
    private int next;
    private EventCalendar calendar;
    private FourAryHeap heap;

    @Setup
    public void setUp() {
        String[] p = spread.split("-");
        int n = Integer.parseInt(p[p.length - 1]);
        offsets = offsets(spread.startsWith("erlang"), new SplittableRandom(11));
        sameOrder(n);
        calendar = new EventCalendar(n);
        heap = new FourAryHeap(n);
        for (int i = 0; i < n; i++) {
            calendar.schedule(offsets[i], 0, i, 0);
            heap.schedule(offsets[i], i);
        }
        next = n;
    }

    private static double[] offsets(boolean erlang, SplittableRandom rng) {
        double[] o = new double[OFFSETS];
        for (int i = 0; i < OFFSETS; i++) {
            if (erlang) o[i] = -180 * Math.log(1 - rng.nextDouble());
            else if (rng.nextBoolean()) o[i] = lognormal(rng, 4, 2);
            else o[i] = lognormal(rng, 30, 20);
        }
        return o;
    }

    private static double lognormal(SplittableRandom rng, double mean, double sd) {
        double s2 = Math.log(1 + sd * sd / (mean * mean));
        double mu = Math.log(mean) - s2 / 2;
        double z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        return Math.exp(mu + Math.sqrt(s2) * z);
    }

    /** Both lists take the same events in the same order (ties included: offsets are rounded to 1 s half the time). */
    private void sameOrder(int n) {
        EventCalendar c = new EventCalendar(n);
        FourAryHeap h = new FourAryHeap(n);
        int k = 0;
        for (int i = 0; i < n; i++, k++) {
            double at = Math.rint(offsets[k]);
            c.schedule(at, 0, i, 0);
            h.schedule(at, i);
        }
        for (int step = 0; step < 300_000; step++, k++) {
            c.next();
            h.next();
            if (c.a() != h.payload() || c.now() != h.now()) {
                throw new IllegalStateException("the calendar queue took event " + c.a() + " at " + c.now()
                        + ", the heap " + h.payload() + " at " + h.now() + " (step " + step + ")");
            }
            double at = c.now() + (step % 2 == 0 ? Math.rint(offsets[k & (OFFSETS - 1)]) : offsets[k & (OFFSETS - 1)]);
            c.schedule(at, 0, n + step, 0);
            h.schedule(at, n + step);
        }
    }

    @Benchmark
    public int heap4ary() {
        FourAryHeap h = heap;
        h.next();
        int a = h.payload();
        h.schedule(h.now() + offsets[next++ & (OFFSETS - 1)], a);
        return a;
    }

    @Benchmark
    public int calendarQueue() {
        EventCalendar c = calendar;
        c.next();
        int a = c.a();
        c.schedule(c.now() + offsets[next++ & (OFFSETS - 1)], 0, a, 0);
        return a;
    }
}
