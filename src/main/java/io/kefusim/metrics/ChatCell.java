package io.kefusim.metrics;

import org.HdrHistogram.Histogram;

/**
 * Counts and sums for the chats of one slice of a replication (the whole run, a day, an
 * interval, a buyer type or an agent group). Chats are attributed by their arrival time.
 * Histograms (milliseconds, 3 significant digits) are kept only where percentiles are
 * reported; interval cells keep means only.
 */
public final class ChatCell implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public long arrived, deflected, accepted, abandoned, openAtEnd;
    /** Chats that got a first human reply, and how many of those within the service-level target. */
    public long firstReplied, withinTarget;
    /** Per first-response deadline: chats with no human reply by arrival + deadline. */
    public final long[] missed;
    public double sumWait, maxWait, sumAbandonTime, sumFirstResponse;
    public long messagesReplied, lateReplies;
    public double sumResponse;
    public double lostOrders, lostSales;
    /**
     * Issue 25: contacts that were a buyer coming back (counted in {@link #arrived} too, so people =
     * arrived - retrials), and abandoned contacts whose buyer came back (so abandoned for good =
     * abandoned - abandonedCameBack), and answered contacts whose buyer came back (after_late_reply).
     * Zero in a scenario without retrials. A buyer's lost orders, sales and unanswered cost are counted
     * once, on the contact that ends the buyer's story: {@link #storiesEnded}.
     */
    public long retrials, abandonedCameBack, answeredCameBack;
    /** Null once merged into another replication's cell (see {@link #moveHistogramsInto}). */
    public Histogram wait, abandonTime, firstResponse;

    public ChatCell(int deadlines, boolean histograms) {
        missed = new long[deadlines];
        wait = histograms ? newHistogram() : null;
        abandonTime = histograms ? newHistogram() : null;
        firstResponse = histograms ? newHistogram() : null;
    }

    public static Histogram newHistogram() {
        return new Histogram(3); // auto-resizing, 3 significant digits
    }

    /**
     * The merge of some replications' histograms (nulls skipped), to read figures from, never to
     * record into. After {@link #moveHistogramsInto} only the first replication's is left, and it
     * is returned itself: copying it bucket by bucket was most of the time a report spent on
     * percentiles, in code the JIT had not yet compiled.
     */
    public static Histogram mergedForReading(java.util.List<Histogram> histograms) {
        Histogram only = null;
        int left = 0;
        for (Histogram h : histograms) {
            if (h != null) {
                only = h;
                left++;
            }
        }
        if (left == 1) return only;
        Histogram merged = newHistogram();
        for (Histogram h : histograms) if (h != null) merged.add(h);
        return merged;
    }

    /**
     * Adds this cell's histograms to {@code into}'s and lets go of them. Histogram addition is
     * exact (counts per bucket), so the merged figures do not depend on the order replications
     * are merged in.
     */
    void moveHistogramsInto(ChatCell into) {
        if (wait != null) into.wait.add(wait);
        if (abandonTime != null) into.abandonTime.add(abandonTime);
        if (firstResponse != null) into.firstResponse.add(firstResponse);
        wait = abandonTime = firstResponse = null;
    }

    /**
     * Adds {@code from}'s counts and sums into this cell (its largest wait, if larger), not its
     * histograms: how a replication's per-segment cells become its run, type, day and interval cells.
     */
    void addCounters(ChatCell from) {
        arrived += from.arrived;
        deflected += from.deflected;
        accepted += from.accepted;
        abandoned += from.abandoned;
        openAtEnd += from.openAtEnd;
        firstReplied += from.firstReplied;
        withinTarget += from.withinTarget;
        for (int i = 0; i < missed.length; i++) missed[i] += from.missed[i];
        sumWait += from.sumWait;
        if (from.maxWait > maxWait) maxWait = from.maxWait;
        sumAbandonTime += from.sumAbandonTime;
        sumFirstResponse += from.sumFirstResponse;
        messagesReplied += from.messagesReplied;
        lateReplies += from.lateReplies;
        sumResponse += from.sumResponse;
        lostOrders += from.lostOrders;
        lostSales += from.lostSales;
        retrials += from.retrials;
        abandonedCameBack += from.abandonedCameBack;
        answeredCameBack += from.answeredCameBack;
    }

    /** Buyers that reached the queue (arrived minus deflected by the bot). */
    public long offered() { return arrived - deflected; }

    /**
     * Buyers whose story ended on a contact of this cell: contacts that reached the queue, less those
     * whose buyer came back (issue 25). Each buyer's lost orders are counted on that contact, so this
     * is what a per-buyer loss is multiplied by. {@link #offered} without retrials.
     */
    public long storiesEnded() { return offered() - abandonedCameBack - answeredCameBack; }
}
