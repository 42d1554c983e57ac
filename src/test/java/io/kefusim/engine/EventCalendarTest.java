package io.kefusim.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class EventCalendarTest {
    record Ev(double t, long order, int a) {}

    @Test
    void takesEventsInTimeOrderAndTiesInSchedulingOrder() {
        EventCalendar cal = new EventCalendar(4); // small, so it has to grow
        SplittableRandom rnd = new SplittableRandom(3);
        List<Ev> expected = new ArrayList<>();
        long order = 0;
        int id = 0;
        // interleave scheduling and taking, with many exact ties (times on a coarse grid)
        List<Ev> taken = new ArrayList<>();
        for (int round = 0; round < 2000; round++) {
            int adds = rnd.nextInt(5);
            for (int k = 0; k < adds; k++) {
                double t = cal.now() + rnd.nextInt(20) * 0.5;
                cal.schedule(t, 7, id, -id);
                expected.add(new Ev(t, order++, id++));
            }
            if (!cal.isEmpty() && rnd.nextBoolean()) {
                cal.next();
                assertEquals(7, cal.kind());
                assertEquals(-cal.a(), cal.b());
                taken.add(new Ev(cal.now(), 0, cal.a()));
            }
        }
        while (!cal.isEmpty()) {
            cal.next();
            taken.add(new Ev(cal.now(), 0, cal.a()));
        }
        assertEquals(expected.size(), taken.size());
        // every event taken is the earliest pending one: times never go back, ties in order
        for (int i = 1; i < taken.size(); i++) {
            Ev p = taken.get(i - 1), c = taken.get(i);
            assertTrue(c.t() >= p.t());
            if (c.t() == p.t()) assertTrue(c.a() > p.a() || schedulingLater(expected, c.a(), p.a()), "tie order at " + c.t());
        }
        expected.sort(Comparator.comparingDouble(Ev::t).thenComparingLong(Ev::order));
        assertEquals(expected.size(), cal.processed());
    }

    /**
     * Against a reference list (java.util.PriorityQueue on time, then scheduling order), event for
     * event: spreads from milliseconds to days, bursts of events at one instant (a shift change),
     * events far ahead of the rest, and the pending count swinging from 0 to 20,000 and back, so
     * the calendar is rebuilt many times, larger and smaller, with different day widths.
     */
    @Test
    void takesExactlyWhatAReferenceListTakesOverRebuildsAndEveryTimeScale() {
        EventCalendar cal = new EventCalendar(16);
        java.util.PriorityQueue<Ev> ref = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(Ev::t).thenComparingLong(Ev::order));
        SplittableRandom rnd = new SplittableRandom(5);
        long order = 0;
        int id = 0, checked = 0;
        double[] scales = {0.001, 1, 30, 3600, 86400};
        for (int phase = 0; phase < 12; phase++) {
            int target = phase % 2 == 0 ? 1 + rnd.nextInt(20_000) : rnd.nextInt(50);
            double scale = scales[phase % scales.length];
            for (int step = 0; step < 60_000; step++) {
                boolean grow = ref.size() < target ? rnd.nextInt(10) < 7 : rnd.nextInt(10) < 3;
                if (grow || ref.isEmpty()) {
                    int burst = rnd.nextInt(200) == 0 ? 150 : 1; // 150 agents changing shift at once
                    double t = switch (rnd.nextInt(8)) {
                        case 0 -> cal.now(); // at once
                        case 1 -> cal.now() + Math.rint(rnd.nextDouble() * 10) * scale; // ties on a grid
                        case 2 -> cal.now() + 1e6 * scale * rnd.nextDouble(); // far ahead
                        default -> cal.now() - scale * Math.log(1 - rnd.nextDouble());
                    };
                    for (int k = 0; k < burst; k++) {
                        cal.schedule(t, 3, id, 0);
                        ref.add(new Ev(t, order++, id++));
                    }
                } else {
                    Ev want = ref.poll();
                    cal.next();
                    assertEquals(want.t(), cal.now(), "time of event " + checked);
                    assertEquals(want.a(), cal.a(), "event " + checked + " at " + want.t());
                    checked++;
                }
                assertEquals(ref.size(), cal.pending());
            }
        }
        while (!ref.isEmpty()) {
            Ev want = ref.poll();
            cal.next();
            assertEquals(want.a(), cal.a());
            checked++;
        }
        assertTrue(cal.isEmpty());
        assertTrue(checked > 300_000, "events checked: " + checked);
    }

    /**
     * A day width measured when events were an hour apart (a quiet spell) no longer suits them
     * when new ones come within seconds of each other (a rush) while the number pending stays the
     * same, so no doubling or halving calls for a rebuild: the rush's events would pile into one
     * bucket and each new one would walk its list (about 15 steps an event in this case). The
     * calendar notices the steps it spends and measures the width afresh.
     */
    @Test
    void aRushAfterAQuietSpellGetsANewDayWidth() {
        EventCalendar cal = new EventCalendar(16);
        SplittableRandom rnd = new SplittableRandom(9);
        int pending = 2000;
        for (int i = 0; i < pending; i++) cal.schedule(3600 * rnd.nextDouble() * pending, 0, i, 0);
        for (int i = 0; i < 50_000; i++) { // the quiet spell: a new event an hour or so after each one taken
            cal.next();
            cal.schedule(cal.now() + 3600 * rnd.nextDouble() * pending, 0, i, 0);
        }
        for (int i = 0; i < 50_000; i++) { // the rush, as many pending: each event taken followed within 20 s
            cal.next();
            cal.schedule(cal.now() + 0.01 * rnd.nextDouble() * pending, 0, i, 0);
        }
        long before = cal.steps();
        int events = 100_000;
        for (int i = 0; i < events; i++) {
            cal.next();
            cal.schedule(cal.now() + 0.01 * rnd.nextDouble() * pending, 0, i, 0);
        }
        double perEvent = (double) (cal.steps() - before) / events;
        assertTrue(perEvent < 4, "steps an event in the rush: " + perEvent);
        assertEquals(pending, cal.pending());
    }

    private static boolean schedulingLater(List<Ev> all, int x, int y) {
        return all.get(x).order() > all.get(y).order();
    }

    @Test
    void refusesEventsInThePast() {
        EventCalendar cal = new EventCalendar(4);
        cal.schedule(10, 0, 0, 0);
        cal.next();
        assertThrows(IllegalStateException.class, () -> cal.schedule(5, 0, 0, 0));
        cal.schedule(10, 0, 0, 0); // now is allowed
        assertEquals(1, cal.pending());
    }

    /**
     * A solo stream (at most one pending: arrivals) kept beside the heap gives exactly the order
     * the heap alone gives, exact ties included.
     */
    @Test
    void aSoloStreamKeepsTheHeapsOrder() {
        EventCalendar heap = new EventCalendar(4), solo = new EventCalendar(4);
        SplittableRandom rnd = new SplittableRandom(11);
        heap.schedule(0, 1, 0, 0);
        solo.scheduleSolo(0, 1, 0, 0);
        int id = 1, taken = 0;
        while (!heap.isEmpty() && taken < 50_000) {
            heap.next();
            solo.next();
            taken++;
            assertEquals(heap.now(), solo.now(), "event " + taken);
            assertEquals(heap.kind(), solo.kind(), "event " + taken);
            assertEquals(heap.a(), solo.a(), "event " + taken);
            assertEquals(heap.pending(), solo.pending());
            double now = heap.now();
            if (heap.kind() == 1 && taken < 40_000) { // the next "arrival": often at the same instant as other events
                double t = now + rnd.nextInt(4) * 0.5;
                heap.schedule(t, 1, id, 0);
                solo.scheduleSolo(t, 1, id, 0);
                id++;
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                double t = now + rnd.nextInt(6) * 0.5;
                heap.schedule(t, 2, id, 0);
                solo.schedule(t, 2, id, 0);
                id++;
            }
        }
        assertTrue(taken > 10_000, "a long interleaving: " + taken);
        assertEquals(heap.maxPending(), solo.maxPending());
    }

    /**
     * Keyed events that are cancelled are never taken, and the live ones come in exactly the
     * order one heap would give them (cancelled ones skipped), exact ties included.
     */
    @Test
    void keyedEventsKeepTheHeapsOrderAndCancelledOnesNeverCome() {
        EventCalendar one = new EventCalendar(4), two = new EventCalendar(4);
        SplittableRandom rnd = new SplittableRandom(5);
        java.util.Set<Integer> cancelled = new java.util.HashSet<>();
        java.util.Set<Integer> pendingKeys = new java.util.HashSet<>();
        int[] keyOfEvent = new int[400_000];
        int id = 0, taken = 0, cancels = 0;
        one.schedule(0, 1, id, -1);
        two.schedule(0, 1, id, -1);
        id++;
        while (!two.isEmpty()) {
            two.next();
            // the reference: the next event of the single heap that was not cancelled
            do { one.next(); } while (one.kind() == 2 && cancelled.contains(one.a()));
            taken++;
            assertEquals(one.now(), two.now(), "event " + taken);
            assertEquals(one.kind(), two.kind(), "event " + taken);
            int key = two.kind() == 2 ? two.a() : -1;
            assertEquals(two.kind() == 2 ? keyOfEvent[one.a()] : one.a(), two.kind() == 2 ? key : two.a(), "event " + taken);
            if (two.kind() == 2) assertTrue(pendingKeys.remove(key), "a cancelled or unknown key came: " + key);
            double now = two.now();
            if (id < 300_000) {
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    double t = now + rnd.nextInt(6) * 0.5;
                    one.schedule(t, 1, id, -1);
                    two.schedule(t, 1, id, -1);
                    id++;
                }
                int key2 = rnd.nextInt(500);
                if (!pendingKeys.contains(key2)) {
                    double t = now + rnd.nextInt(8) * 0.5;
                    keyOfEvent[id] = key2;
                    one.schedule(t, 2, id, 0);
                    two.scheduleKeyed(key2, t, 2, 0);
                    cancelled.remove(id);
                    pendingKeys.add(key2);
                    lastEvent.put(key2, id);
                    id++;
                }
                int key3 = rnd.nextInt(500);
                if (pendingKeys.contains(key3) && rnd.nextBoolean()) {
                    assertTrue(two.cancel(key3));
                    assertFalse(two.cancel(key3));
                    pendingKeys.remove(key3);
                    cancelled.add(lastEvent.get(key3));
                    cancels++;
                }
            }
        }
        assertTrue(taken > 100_000 && cancels > 10_000, "a long interleaving: " + taken + " taken, " + cancels + " cancelled");
        assertTrue(pendingKeys.isEmpty());
        while (!one.isEmpty()) { one.next(); assertTrue(one.kind() == 2 && cancelled.contains(one.a())); }
    }

    private final java.util.Map<Integer, Integer> lastEvent = new java.util.HashMap<>();

    /**
     * Taking a keyed event frees its key, and only that: a plain event whose first argument is
     * the same number leaves the key's pending event alone. Kinds come back as scheduled.
     */
    @Test
    void takingAKeyedEventFreesItsKeyAndNothingElseDoes() {
        EventCalendar cal = new EventCalendar(4);
        cal.scheduleKeyed(7, 10, 3, 0);
        cal.schedule(1, 4, 7, 0); // a plain event naming 7
        assertThrows(IllegalStateException.class, () -> cal.scheduleKeyed(7, 20, 3, 0), "key 7 is taken");
        cal.next();
        assertEquals(4, cal.kind());
        assertEquals(7, cal.a());
        assertThrows(IllegalStateException.class, () -> cal.scheduleKeyed(7, 20, 3, 0), "still taken: the plain event did not free it");
        cal.next();
        assertEquals(3, cal.kind());
        assertEquals(7, cal.a());
        assertFalse(cal.cancel(7), "taken: nothing left to cancel");
        cal.scheduleKeyed(7, 20, 3, 1); // free again
        assertTrue(cal.cancel(7));
        assertTrue(cal.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cal.schedule(30, -1, 0, 0), "kinds are 0 or more");
    }

    /**
     * Equal and interleaved times, scheduled after, before and between a bucket's events, with
     * keyed events cancelled wherever they stand (a bucket's first and last events included, so
     * a bucket's ends move or it empties): the calendar takes exactly the reference list's order,
     * by time and then scheduling order.
     */
    @Test
    void equalAndInterleavedTimesAndCancelsAtEitherEndKeepTheReferenceOrder() {
        EventCalendar cal = new EventCalendar(4);
        java.util.PriorityQueue<Ev> ref = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(Ev::t).thenComparingLong(Ev::order));
        java.util.Map<Integer, Ev> keyed = new java.util.HashMap<>();
        SplittableRandom rnd = new SplittableRandom(29);
        long order = 0;
        int id = 0, taken = 0, cancels = 0;
        double now = 0;
        for (int round = 0; round < 200_000; round++) {
            for (int k = rnd.nextInt(4); k > 0; k--) {
                // a few distinct offsets: many equal times; far ones land at the bucket's end, near ones at its start
                double t = now + (rnd.nextBoolean() ? rnd.nextInt(4) * 0.25 : rnd.nextInt(40) * 3.0);
                if (rnd.nextInt(8) == 0) {
                    int key = rnd.nextInt(300);
                    if (!keyed.containsKey(key)) {
                        Ev e = new Ev(t, order++, key);
                        cal.scheduleKeyed(key, t, 2, 0);
                        ref.add(e);
                        keyed.put(key, e);
                    }
                } else {
                    ref.add(new Ev(t, order++, id));
                    cal.schedule(t, 1, id++, 0);
                }
            }
            int key = rnd.nextInt(300);
            if (keyed.containsKey(key) && rnd.nextInt(3) == 0) {
                assertTrue(cal.cancel(key));
                assertTrue(ref.remove(keyed.remove(key)));
                cancels++;
            }
            for (int k = rnd.nextInt(4); k > 0 && !ref.isEmpty(); k--) {
                Ev e = ref.poll();
                cal.next();
                taken++;
                assertEquals(e.t(), cal.now(), "event " + taken);
                if (cal.kind() == 2) {
                    assertEquals(e.a(), cal.a(), "keyed event " + taken);
                    assertSame(e, keyed.remove(cal.a()));
                } else {
                    assertEquals(1, cal.kind(), "event " + taken);
                    assertEquals(e.a(), cal.a(), "event " + taken);
                }
                now = cal.now();
            }
            assertEquals(ref.size(), cal.pending());
        }
        while (!ref.isEmpty()) {
            Ev e = ref.poll();
            cal.next();
            assertEquals(e.t(), cal.now());
            assertEquals(e.a(), cal.a());
        }
        assertTrue(cal.isEmpty());
        assertTrue(taken > 100_000 && cancels > 1_000, taken + " taken, " + cancels + " cancelled");
    }
}
