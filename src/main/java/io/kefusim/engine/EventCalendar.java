package io.kefusim.engine;
import java.util.Arrays;

/**
 * The future-event list. Ties are taken in the order they were scheduled, which makes runs
 * reproducible: every event carries an insertion number, and events are taken by (time,
 * insertion number).
 *
 * <p>Most events live in a <em>calendar queue</em> (R. Brown, CACM 31(10), 1988): time is cut
 * into days of {@code width} seconds, day d goes to bucket d mod {@code buckets}, and each bucket
 * is a list sorted by (time, insertion number), kept as links between event slots. Taking the
 * next event looks at the bucket of the current day and moves on a day at a time; scheduling
 * one puts it in its day's bucket, a few links in at most. Not mostly at the end: counted on
 * the sale-day bench, 21% of new events go to an empty bucket, 18% after the bucket's last event,
 * 36% before its first and 27% between (about 0.5 links walked an event in all); narrower days,
 * 1.5, 1 or 0.7 times the mean gap instead of 3, were 9–14% slower there. Both are O(1) on
 * average, against O(log n) sifts of a heap, which were a third of
 * a sale day's time (bench/jmh CalendarBenchmark, on kefusim's own event-time spreads: 35–38 ns
 * an event against 57–74 ns for the 4-ary heap this replaces, 50 against 90 with 5,000 events
 * pending). When the events pending grow
 * past twice the buckets, or fall below half of them, the calendar is rebuilt with twice or half
 * the buckets and a day of three times the mean gap between the earliest events, as Brown's is.
 * Nothing is allocated per event: slots, links and buckets are arrays that only grow, and a
 * rebuild reuses them.
 *
 * <p>An event is a kind plus two int arguments; what they mean is up to the model. Most
 * events cannot be cancelled: models give them a generation number and ignore stale ones.
 * Events that are usually cancelled — a waiting buyer's patience, which most buyers never
 * reach because an agent takes them first — are scheduled with a <em>key</em> (at most one
 * event per key, e.g. a chat id), and {@link #cancel} unlinks them from their bucket: left in
 * the list, such dead events made up most of it on a busy sale day. (They were once kept in a
 * separate indexed heap; in the calendar the sale day is about 3% faster.)
 * The calendar and the one solo event share one insertion counter and are taken by the same
 * (time, insertion order) rule, so the order of events is exactly that of one list holding them all.
 */
public final class EventCalendar {
    /** Most events pending at once (16.7 million). */
    public static final int MAX_PENDING = 1 << 24;
    private static final int NONE = -1;
    /**
     * Set in a keyed event's kind (kinds are non-negative), so that taking it frees its key
     * without looking the key up: the lookup was a read at a chat id's place in a large array for
     * every event taken, keyed or not.
     */
    private static final int KEYED = Integer.MIN_VALUE;
    /** The solo key when no solo event is pending: above the raw bits of every time, +∞ included. */
    private static final long NO_SOLO = Long.MAX_VALUE;

    // ---- the calendar queue: per slot the time (raw bits, which order as the non-negative doubles do),
    // insertion number, link to the next slot in its bucket, and the event's kind and arguments
    private long[] sTime, sOrder, sDay;
    /** Links to the next slot in the bucket, and to the previous one (kept for {@link #cancel}; stale for a bucket's first slot). */
    private int[] sNext, sPrev;
    private int[] kind, argA, argB;
    private int[] freeSlots;
    private int freeTop;
    private int size;
    private long nextOrder;
    /** Per bucket: first and last slot (NONE if empty), and the day of the first. Arrays may be longer than {@link #buckets}. */
    private int[] head, tail;
    private long[] headDay;
    private int buckets;
    private double width;
    /**
     * Days a second, 1 / width: an event's day is its time times this, a multiplication where a
     * division took several times as long on every scheduling. Any day rule that never gives a
     * later time an earlier day keeps the calendar's order, which is by time and insertion alone.
     */
    private double daysPerSecond;
    /** The day the scan for the next event starts from: never after the day of any pending event. */
    private long day;
    /** The earliest pending slot, once found (NONE: not known), its day, time and insertion number. */
    private int minSlot = NONE;
    private long minDay, minTime, minOrder;
    /**
     * Steps spent finding places and events (list links walked, buckets looked at) and events
     * taken since the last check: a day width that no longer suits the events (set in a quiet
     * night, say, before the morning rush) shows as many steps per event, and then the calendar is
     * rebuilt with a width measured afresh, even if the number of events has not doubled or halved.
     */
    private long steps, takenSinceCheck, earlierSteps;
    /** Scratch for rebuilds: the pending slots and their times. */
    private int[] rebuildSlots = new int[0];
    private double[] rebuildTimes = new double[0];

    /**
     * The one pending event of a stream that never has more than one (the next arrival): kept
     * beside the calendar, not in it, and taken when it is earlier than the calendar's first by the same
     * (time, insertion order) rule, so the order of events is exactly the one-list order.
     */
    private int solo; // 1 if pending, else 0
    /** The solo event's time (raw bits), {@link #NO_SOLO} when none is pending: later than any event's, so it is never taken first. */
    private long soloKey = NO_SOLO;
    private long soloOrder;
    private int soloKind, soloA, soloB;

    /**
     * Per key: the slot of its pending event plus one, 0 if it has none. A keyed event is an
     * ordinary calendar event that can also be found by its key, so that {@link #cancel} can
     * unlink it from its bucket.
     */
    private int[] keySlot = new int[16];

    private double now;
    private int currentKind, currentA, currentB;
    private long processed;
    private int maxPending;

    public EventCalendar(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        sTime = new long[c];
        sOrder = new long[c];
        sDay = new long[c];
        sNext = new int[c];
        sPrev = new int[c];
        kind = new int[c];
        argA = new int[c];
        argB = new int[c];
        freeSlots = new int[c];
        for (int i = 0; i < c; i++) freeSlots[i] = c - 1 - i;
        freeTop = c;
        buckets = 16;
        head = new int[buckets];
        tail = new int[buckets];
        headDay = new long[buckets];
        Arrays.fill(head, NONE);
        Arrays.fill(tail, NONE);
        width = 1.0;
        daysPerSecond = 1.0;
        day = 0;
    }

    public double now() { return now; }
    public int kind() { return currentKind; }
    public int a() { return currentA; }
    public int b() { return currentB; }
    public int pending() { return size + solo; }
    public boolean isEmpty() { return (size | solo) == 0; }
    /** Events taken so far (for throughput figures). */
    public long processed() { return processed; }
    /** The most events that were pending at once. */
    public int maxPending() { return maxPending; }

    public void schedule(double at, int eventKind, int a, int b) {
        place(at, eventKind, a, b);
    }

    /** Puts the event in a free slot of the calendar; returns the slot. */
    private int place(double at, int eventKind, int a, int b) {
        if (!(at >= now) || eventKind < 0) refuse(at, eventKind);
        if (freeTop == 0) grow();
        int slot = freeSlots[--freeTop];
        kind[slot] = eventKind;
        argA[slot] = a;
        argB[slot] = b;
        long key = Double.doubleToRawLongBits(at + 0.0); // +0.0 turns -0.0 into 0.0
        long order = nextOrder++;
        sTime[slot] = key;
        sOrder[slot] = order;
        insert(slot, key, at);
        // the earliest known stays the earliest unless this one comes before it (only by time: it is the latest scheduled)
        if (minSlot != NONE && key < minTime) minSlot = NONE;
        if (++size > 2 * buckets) rebuild(2 * buckets);
        // Math.max, not a test: the new most pending is seen at every replication's start and
        // rarely after, so C2 had pruned the test's taken side and trapped when the next replication began
        maxPending = Math.max(maxPending, size + solo);
        return slot;
    }

    /**
     * Throws for an event in the past or of a negative kind. Out of line, as the other rare paths
     * here (rebuilds, fit checks): the message's string building would make the hot methods too
     * big for the JIT to inline into the model's event loop.
     */
    private void refuse(double at, int eventKind) {
        if (!(at >= now)) throw new IllegalStateException("event at " + at + " is before now (" + now + ")");
        throw new IllegalArgumentException("event kinds are 0 or more, not " + eventKind);
    }

    private long dayOf(double t) { return (long) (t * daysPerSecond); }

    /**
     * Links the slot into its day's bucket, after every event it does not come before. Times
     * alone decide: an event scheduled now comes after every pending event of the same time (it
     * has the latest insertion number), and a rebuild moves events in, bucket by bucket, in their
     * order, so events of one time (one day, one old bucket) arrive in insertion order too. Not
     * reading insertion numbers here keeps a scheduling to fewer cache lines.
     */
    private void insert(int slot, long key, double at) {
        long d = dayOf(at);
        sDay[slot] = d;
        int b = (int) (d & (buckets - 1));
        int last = tail[b];
        if (last == NONE) {
            head[b] = tail[b] = slot;
            headDay[b] = d;
            sNext[slot] = NONE;
        } else if (key >= sTime[last]) {
            sNext[last] = slot;
            sPrev[slot] = last;
            sNext[slot] = NONE;
            tail[b] = slot;
        } else {
            int first = head[b];
            if (key < sTime[first]) {
                sNext[slot] = first;
                sPrev[first] = slot;
                head[b] = slot;
                headDay[b] = d;
            } else {
                int p = first;
                while (key >= sTime[sNext[p]]) {
                    p = sNext[p];
                    steps++;
                }
                int q = sNext[p];
                sNext[slot] = q;
                sPrev[q] = slot;
                sNext[p] = slot;
                sPrev[slot] = p;
            }
        }
    }

    /**
     * Finds the earliest pending event of the calendar (NONE if it is empty): from the scan's day,
     * the first bucket whose first event falls on the day being looked at holds it. A year with
     * nothing (all events far ahead) is skipped by a direct search.
     */
    private int earliest() {
        if (minSlot != NONE || size == 0) return minSlot;
        long d = day;
        int mask = buckets - 1;
        for (int k = 0; k < buckets; k++, d++) {
            int b = (int) (d & mask);
            // days, not times, compared: an event's day is worked out once, as its bucket is
            if (head[b] != NONE && headDay[b] <= d) {
                steps += k;
                return found(head[b]);
            }
        }
        steps += 2L * buckets;
        int best = NONE;
        for (int b = 0; b < buckets; b++) {
            int first = head[b];
            if (first != NONE && (best == NONE || before(sTime[first], sOrder[first], sTime[best], sOrder[best]))) best = first;
        }
        return found(best);
    }

    private int found(int slot) {
        minDay = sDay[slot];
        minTime = sTime[slot];
        minOrder = sOrder[slot];
        return minSlot = slot;
    }

    /**
     * Rebuilds the calendar with {@code nb} buckets and a day of three times the mean gap between
     * the earliest pending events (Brown's rule; gaps over twice the mean left out, so a few events
     * far ahead do not stretch the day). Reuses its arrays: nothing is allocated unless the calendar
     * is larger than ever before.
     */
    private void rebuild(int nb) {
        int n = size;
        if (rebuildSlots.length < n) {
            rebuildSlots = new int[Math.max(n, 2 * rebuildSlots.length)];
            rebuildTimes = new double[rebuildSlots.length];
        }
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            for (int sl = head[b]; sl != NONE; sl = sNext[sl]) {
                rebuildSlots[k] = sl;
                rebuildTimes[k++] = Double.longBitsToDouble(sTime[sl]);
            }
        }
        double w = dayWidth(rebuildTimes, n);
        if (w > 0) {
            width = w;
            daysPerSecond = 1 / w;
        }
        buckets = nb;
        if (head.length < nb) {
            head = new int[nb];
            tail = new int[nb];
            headDay = new long[nb];
        }
        Arrays.fill(head, 0, nb, NONE);
        Arrays.fill(tail, 0, nb, NONE);
        day = dayOf(now);
        minSlot = NONE;
        for (int i = 0; i < n; i++) {
            int sl = rebuildSlots[i];
            insert(sl, sTime[sl], Double.longBitsToDouble(sTime[sl]));
        }
        // the new width is judged by the events that follow, not by the moving in
        earlierSteps += steps;
        steps = takenSinceCheck = 0;
    }

    /** Three times the mean gap between the earliest (up to 25) of {@code n} times, leaving out gaps over twice the mean; 0 if it cannot tell. */
    private static double dayWidth(double[] times, int n) {
        int m = Math.min(n, 25);
        if (m < 2) return 0;
        // the m earliest, in order: a partial selection sort (m is small)
        for (int i = 0; i < m; i++) {
            int best = i;
            for (int j = i + 1; j < n; j++) if (times[j] < times[best]) best = j;
            double t = times[i];
            times[i] = times[best];
            times[best] = t;
        }
        double mean = (times[m - 1] - times[0]) / (m - 1);
        if (!(mean > 0)) return 0;
        double sum = 0;
        int gaps = 0;
        for (int i = 1; i < m; i++) {
            double g = times[i] - times[i - 1];
            if (g <= 2 * mean) {
                sum += g;
                gaps++;
            }
        }
        double w = 3 * sum / gaps;
        return w > 0 && Double.isFinite(w) ? w : 0;
    }

    /**
     * Schedules the event of a stream that has at most one pending at a time (the next arrival:
     * scheduled only when the previous one is taken). Taken in exactly the order
     * {@link #schedule} would give it; it costs no calendar operation.
     */
    public void scheduleSolo(double at, int eventKind, int a, int b) {
        if (!(at >= now) || solo != 0) refuseSolo(at);
        soloKey = Double.doubleToRawLongBits(at + 0.0);
        soloOrder = nextOrder++;
        soloKind = eventKind;
        soloA = a;
        soloB = b;
        solo = 1;
        maxPending = Math.max(maxPending, size + 1);
    }

    private void refuseSolo(double at) {
        if (!(at >= now)) throw new IllegalStateException("event at " + at + " is before now (" + now + ")");
        throw new IllegalStateException("a solo event is already pending");
    }

    /**
     * Schedules the event of {@code key} (a non-negative int, e.g. a chat id; at most one pending
     * per key) as ({@code eventKind}, key, b). It is taken in the order {@link #schedule} would
     * give it, unless {@link #cancel}led first.
     */
    /**
     * Makes room for keys below {@code n} now, so that {@link #scheduleKeyed} need not grow its
     * table in the middle of a run (the model calls it as its pool of chat ids grows): a table grown
     * only in a replication's first moments, while the JIT was not yet watching, made C2 prune the
     * growth and trap at the start of the next replication.
     */
    public void reserveKeys(int n) {
        if (n > keySlot.length) keySlot = Arrays.copyOf(keySlot, n);
    }

    public void scheduleKeyed(int key, double at, int eventKind, int b) {
        if (key >= keySlot.length) keySlot = Arrays.copyOf(keySlot, Math.max(key + 1, keySlot.length * 2));
        if (keySlot[key] != 0) throw new IllegalStateException("key " + key + " already has an event pending");
        int slot = place(at, eventKind, key, b);
        kind[slot] |= KEYED;
        keySlot[key] = slot + 1;
    }

    /**
     * Removes the pending event of {@code key}; false if it had none: its slot is unlinked from
     * its bucket in O(1).
     */
    public boolean cancel(int key) {
        if (key >= keySlot.length || keySlot[key] == 0) return false;
        int slot = keySlot[key] - 1;
        keySlot[key] = 0;
        int b = (int) (sDay[slot] & (buckets - 1));
        int rest = sNext[slot];
        if (head[b] == slot) {
            head[b] = rest;
            if (rest == NONE) tail[b] = NONE;
            else headDay[b] = sDay[rest];
        } else {
            int p = sPrev[slot];
            sNext[p] = rest;
            if (rest == NONE) tail[b] = p;
            else sPrev[rest] = p;
        }
        if (minSlot == slot) minSlot = NONE;
        freeSlots[freeTop++] = slot;
        if (--size < buckets / 2 && buckets > 16) rebuild(buckets / 2);
        return true;
    }

    private static boolean before(long t, long o, long t2, long o2) { return t < t2 || (t == t2 && o < o2); }

    /** Takes the earliest event, advances the clock to it; read it with kind(), a(), b(). */
    public void next() {
        int m = earliest();
        if (m == NONE) {
            nextOfNoCalendar();
            return;
        }
        // no test of whether a solo event is pending (only not at a replication's end): its key is then NO_SOLO
        if (before(soloKey, soloOrder, minTime, minOrder)) {
            takeSolo();
            return;
        }
        // the earliest is the first of its day's bucket
        int b = (int) (minDay & (buckets - 1));
        int rest = sNext[m];
        head[b] = rest;
        if (rest == NONE) tail[b] = NONE;
        else headDay[b] = sDay[rest];
        day = minDay;
        minSlot = NONE;
        now = Double.longBitsToDouble(minTime);
        int k = kind[m];
        currentA = argA[m];
        currentB = argB[m];
        if (k < 0) { // a keyed event: it leaves its key free
            keySlot[currentA] = 0;
            k &= ~KEYED;
        }
        currentKind = k;
        freeSlots[freeTop++] = m;
        processed++;
        if (--size < buckets / 2 && buckets > 16) rebuild(buckets / 2);
        else if (++takenSinceCheck >= Math.max(CHECK_EVERY, 4L * size)) checkFit();
    }

    /** {@link #next} when the calendar has no event: the solo event, if pending. */
    private void nextOfNoCalendar() {
        if (solo == 0) throw new IllegalStateException("no events");
        takeSolo();
    }

    private void takeSolo() {
        solo = 0;
        now = Double.longBitsToDouble(soloKey);
        currentKind = soloKind;
        currentA = soloA;
        currentB = soloB;
        soloKey = NO_SOLO;
        processed++;
    }

    /** Rebuilds with a day width measured afresh if finding places and events took too many steps lately. */
    private void checkFit() {
        // a rebuild costs about 30 steps an event pending, so this one pays for itself
        if (steps > MAX_STEPS * takenSinceCheck) rebuild(buckets);
        earlierSteps += steps;
        steps = takenSinceCheck = 0;
    }

    /** Steps spent so far (links walked, buckets looked at): how well the calendar fits its events, for tests. */
    long steps() { return earlierSteps + steps; }

    /** Events taken between checks of the steps spent (at least; more with many events pending). */
    private static final int CHECK_EVERY = 4096;
    /** Steps an event beyond which the day width is measured afresh (a well-fitted calendar takes about 1 to 3). */
    private static final int MAX_STEPS = 8;

    private void grow() {
        int c = kind.length;
        if (c >= MAX_PENDING) throw new IllegalStateException("more than " + MAX_PENDING + " events pending at once");
        int n = Math.min(MAX_PENDING, c * 2);
        sTime = Arrays.copyOf(sTime, n);
        sOrder = Arrays.copyOf(sOrder, n);
        sDay = Arrays.copyOf(sDay, n);
        sNext = Arrays.copyOf(sNext, n);
        sPrev = Arrays.copyOf(sPrev, n);
        kind = Arrays.copyOf(kind, n);
        argA = Arrays.copyOf(argA, n);
        argB = Arrays.copyOf(argB, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
        for (int s = n - 1; s >= c; s--) freeSlots[freeTop++] = s;
    }
}
