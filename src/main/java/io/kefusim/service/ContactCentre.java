package io.kefusim.service;

import io.kefusim.demand.ArrivalSource;
import io.kefusim.engine.EventCalendar;
import io.kefusim.engine.RandomStreams;
import io.kefusim.engine.RandomStreams.Source;
import io.kefusim.engine.Samplers;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.roster.DutyPlan;
import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

import java.util.Arrays;

/**
 * One replication of a shop's chat desk, message by message (MODEL.md section 3).
 *
 * <p>State lives in primitive arrays indexed by chat id (ids are recycled through a free
 * list) and agent index, and events are (kind, int, int) entries in {@link EventCalendar},
 * so the event loop allocates nothing. Queues are intrusive doubly linked lists per buyer
 * type (so an abandoning buyer leaves in O(1)); each agent keeps a small ring of its chats
 * whose buyer is waiting for a reply, answered first come first served in the order the
 * messages reached the agent.
 *
 * <p>A queued buyer's patience is a keyed event (key = chat id) that is cancelled when an agent
 * takes the buyer, so the event list holds only live patience events. Other events carry the
 * chat's generation number and are ignored if the id has been recycled since.
 */
public final class ContactCentre {
    static final int ARRIVAL = 0, ABANDON = 1, REPLY_DONE = 2, BUYER_MESSAGE = 3, CLOSE = 4, DUTY = 5, COME_BACK = 6, ANSWER = 7;
    /** AWAY: the buyer left (gave up, or got a late reply) and will come back as a new contact (issue 25). */
    private static final byte FREE = 0, QUEUED = 1, ACTIVE = 2, AWAY = 3;

    private final EventCalendar cal = new EventCalendar(1024);
    private final ReplicationMetrics metrics;
    private final ChatObserver observer;
    private final ArrivalSource arrivals;
    private final DutyPlan plan;
    private final OrderModel orders;

    // per buyer type
    private final int types;
    private final double[] deflection;
    /** Types served by phone: their first response is the pick-up (the agent accepts the call), not the first reply. */
    private final boolean[] pickUpAnswers;
    private final ContinuousSampler[] patience, think;
    private final DiscreteSampler[] messages;
    private final UniformRandomProvider deflectionRng;
    /** [type][clock hour] the bot's share when some type gives it by the hour (bot_deflection: {hourly}), else null. */
    private final double[][] botByHour;
    /** False when no type is deflected: then the bot's stream is not drawn (it decides nothing else). */
    private final boolean anyDeflection;
    private final int[] qHead, qTail;
    /** Agents with the type as primary skill, and those with it as a secondary skill (by rank, ranks alongside). */
    private final int[][] primaryAgents, secondaryAgents, secondaryRanks;
    private final AgentChooser chooser;
    private final Retrials retrials;
    private final PriorityClasses classes;
    private final int[] primaryTree;
    private final int[][] secondaryTrees;

    // per agent group
    private final int[] concurrency;
    private final int[][] skills;
    private final double[] speed, slowdown;
    private final ContinuousSampler[] replyTime, wrapUp;
    private final boolean[] byArrival; // per group: take the longest-waiting buyer across its skills (queue_order: arrival)
    /** Per group: the pick-up of a buyer who finds an agent free (null: answered at once), and the share who wait for it. */
    private final ContinuousSampler[] pickUp;
    private final double[] pickUpShare;
    /** The pick-up's own stream (drawn only by groups with a pick-up, so every other stream stays as it was). */
    private final UniformRandomProvider pickUpRng;

    // per agent
    private final int agents;
    private final int[] aGroup, aActive, aPendHead, aPendCount, aPend, aRank;
    private final int maxConcurrency;
    private final boolean[] aInShift, aOnBreak, aTyping;
    /** When each agent last freed a slot (or came on duty), as a stamp: see {@link #stampFree}. */
    private final long[] aFreeStamp;
    private long freeStamps;
    private double lastStampTime;
    /** The agent counts changed by the event being handled: the group (-1: none yet) and the changes so far. */
    private int changedGroup = -1, dDutyNow, dTypingNow, dActiveNow, dOvertimeNow;

    // per chat (struct of arrays, grown by doubling)
    private int capacity;
    private double[] cArrival, cSentAt, cFirst, cWait;
    private long[] cSeq; // the chat's number in arrival order (for --records: ties chats.csv to messages.csv); kept only with an observer
    private long[] cBuyer; // the number of the buyer's first contact: the same for a buyer's retrials (issue 25); kept only with an observer
    /** A recorded first-reply time given by the trace (backtest --talk recorded), NaN: drawn (issue 25). */
    private double[] cTalk;
    /** How often the chat's buyer came back already (issue 25, retrial.max_returns). */
    private int[] cReturns;
    /**
     * With retrials: when the buyer's first contact arrived, and the buyer's first response (from
     * then to the first human reply on any of the buyer's contacts; NaN until one): what the
     * conversion factor of the contact that ends the buyer's story is looked up at. Kept for a
     * buyer's retrials, as the chat id is.
     */
    private double[] cBuyerArrival, cBuyerFirst;
    private long nextSeq;
    /** cSeg: where the chat is counted ({@link ReplicationMetrics#segmentOf}), worked out once on arrival. */
    private int[] cSeg, cType, cMsgs, cReplied, cAgent, cGen, cPrev, cNext;
    private byte[] cState;
    private int[] freeIds;
    private int freeTop;

    public ContactCentre(Scenario s, DutyPlan plan, ArrivalSource arrivals, RandomStreams rs,
                         ReplicationMetrics metrics, ChatObserver observer) {
        this.metrics = metrics;
        this.observer = observer;
        this.arrivals = arrivals;
        this.plan = plan;
        this.orders = new OrderModel(s);

        types = s.buyers().size();
        deflection = new double[types];
        pickUpAnswers = new boolean[types];
        patience = new ContinuousSampler[types];
        think = new ContinuousSampler[types];
        messages = new DiscreteSampler[types];
        deflectionRng = rs.get(Source.DEFLECTION);
        for (int t = 0; t < types; t++) buyerType(s, rs, t);
        anyDeflection = s.buyers().stream().anyMatch(Scenario.BuyerType::anyBot);
        botByHour = botByHour(s);
        retrials = new Retrials(s, rs.get(Source.RETRIAL));
        classes = new PriorityClasses(s);
        qHead = new int[types];
        qTail = new int[types];
        Arrays.fill(qHead, -1);
        Arrays.fill(qTail, -1);

        int groups = s.groups().size();
        concurrency = new int[groups];
        skills = new int[groups][];
        speed = new double[groups];
        slowdown = new double[groups];
        replyTime = new ContinuousSampler[groups];
        wrapUp = new ContinuousSampler[groups];
        byArrival = new boolean[groups];
        pickUp = new ContinuousSampler[groups];
        pickUpShare = new double[groups];
        pickUpRng = rs.get(Source.PICK_UP);
        int maxConc = 1;
        for (int g = 0; g < groups; g++) maxConc = Math.max(maxConc, agentGroup(s, rs, g));
        maxConcurrency = maxConc;

        agents = plan.agents();
        aGroup = plan.groups(); // a copy: no loop over the agents here, so C2 never compiles this constructor (see below)
        aActive = new int[agents];
        aPendHead = new int[agents];
        aPendCount = new int[agents];
        aPend = new int[agents * maxConc];
        aRank = new int[agents];
        aInShift = new boolean[agents];
        aOnBreak = new boolean[agents];
        aTyping = new boolean[agents];
        aFreeStamp = new long[agents];
        primaryAgents = new int[types][];
        secondaryAgents = new int[types][];
        secondaryRanks = new int[types][];
        for (int t = 0; t < types; t++) candidates(t);
        // routing trees: a type's primary agents, then one tree per skill rank of its secondary agents
        chooser = new AgentChooser(aActive, aFreeStamp, aInShift, aOnBreak, concurrency, aGroup);
        primaryTree = new int[types];
        secondaryTrees = new int[types][];
        for (int t = 0; t < types; t++) secondaryTrees[t] = trees(t);
        chooser.build(agents);
        growChats(1024);
    }

    // The constructor's work by type and group, in methods of their own: built once per replication
    // (600 times in a staffing search), the constructor in one piece was 1,179 bytes of bytecode that
    // C2 compiled, with on-stack replacements of its loops, into 15-50 kB of machine code three times over.
    // Without a loop over the agents or chats of its own, it runs too few times for C2 to compile it.

    /** Each type's bot share by clock hour, when some type gives it by the hour; else null (one number a type). */
    private static double[][] botByHour(Scenario s) {
        if (s.buyers().stream().noneMatch(Scenario.BuyerType::botHourly)) return null;
        double[][] out = new double[s.buyers().size()][24];
        for (int t = 0; t < out.length; t++) for (int h = 0; h < 24; h++) out[t][h] = s.buyers().get(t).botDeflection(h);
        return out;
    }

    /** Type t's deflection, phone flag and samplers (streams taken in the same order as ever: type by type). */
    private void buyerType(Scenario s, RandomStreams rs, int t) {
        Scenario.BuyerType b = s.buyers().get(t);
        deflection[t] = b.botDeflection();
        pickUpAnswers[t] = s.phoneType(t);
        patience[t] = Samplers.time(b.patience(), rs.get(Source.PATIENCE));
        think[t] = Samplers.time(b.thinkTime(), rs.get(Source.THINK));
        messages[t] = Samplers.count(b.messages(), rs.get(Source.MESSAGES));
    }

    /** Group g's settings and samplers; returns its concurrency. */
    private int agentGroup(Scenario s, RandomStreams rs, int g) {
        Scenario.AgentGroup ag = s.groups().get(g);
        concurrency[g] = ag.concurrency();
        skills[g] = ag.skills().stream().mapToInt(s::typeIndex).toArray();
        speed[g] = ag.speedFactor();
        slowdown[g] = ag.slowdown();
        replyTime[g] = Samplers.time(ag.replyTime(), rs.get(Source.REPLY));
        wrapUp[g] = Samplers.time(ag.wrapUp(), rs.get(Source.WRAP_UP));
        byArrival[g] = ag.byArrival();
        if (ag.hasPickUp()) {
            pickUp[g] = Samplers.time(ag.pickUp(), pickUpRng);
            pickUpShare[g] = ag.pickUpShare();
        }
        return ag.concurrency();
    }

    /** Type t's primary agents, and its secondary agents by skill rank (a stable sort: by position within a rank). */
    private void candidates(int type) {
        primaryAgents[type] = java.util.stream.IntStream.range(0, agents)
                .filter(a -> skills[aGroup[a]][0] == type).toArray();
        secondaryAgents[type] = java.util.stream.IntStream.range(0, agents)
                .filter(a -> rankOf(skills[aGroup[a]], type) > 0)
                .boxed().sorted((x, y) -> Integer.compare(rankOf(skills[aGroup[x]], type), rankOf(skills[aGroup[y]], type)))
                .mapToInt(Integer::intValue).toArray();
        secondaryRanks[type] = Arrays.stream(secondaryAgents[type]).map(a -> rankOf(skills[aGroup[a]], type)).toArray();
    }

    /** Type t's routing trees: its primary agents' (into primaryTree), then one per skill rank of its secondary agents (returned). */
    private int[] trees(int t) {
        primaryTree[t] = chooser.addTree(primaryAgents[t]);
        int[] cand = secondaryAgents[t], ranks = secondaryRanks[t];
        java.util.List<Integer> trees = new java.util.ArrayList<>();
        for (int i = 0; i < cand.length; ) {
            int j = i;
            while (j < cand.length && ranks[j] == ranks[i]) j++;
            trees.add(chooser.addTree(Arrays.copyOfRange(cand, i, j)));
            i = j;
        }
        return trees.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int rankOf(int[] skillList, int type) {
        for (int i = 0; i < skillList.length; i++) if (skillList[i] == type) return i;
        return -1;
    }

    /** Runs the replication to the end: arrivals stop at the horizon, agents finish open chats. */
    public ReplicationMetrics run() {
        if (plan.changes() > 0) cal.schedule(plan.time(0), DUTY, 0, 0);
        if (arrivals.next()) cal.scheduleSolo(arrivals.time(), ARRIVAL, 0, 0);
        while (!cal.isEmpty()) {
            cal.next();
            switch (cal.kind()) {
                case ARRIVAL -> arrival();
                case ABANDON -> abandon(cal.a(), cal.b());
                case REPLY_DONE -> replyDone(cal.a());
                case BUYER_MESSAGE -> buyerMessage(cal.a(), cal.b());
                case CLOSE -> close(cal.a());
                case DUTY -> duty(cal.a());
                case COME_BACK -> comeBack(cal.a(), cal.b());
                case ANSWER -> answered(cal.a(), cal.b());
                default -> unknownEvent(cal.kind());
            }
            if (changedGroup >= 0) flushAgentChanges();
        }
        double end = cal.now();
        for (int t = 0; t < types; t++) {
            for (int id = qHead[t]; id >= 0; id = cNext[id]) {
                double lost = orders.lostOrders(t, Double.NaN);
                metrics.onFinished(t, -1, cSeg[id], ReplicationMetrics.OPEN, Double.NaN, Double.NaN, lost, lost * orders.orderValue(t));
                if (observer != null) {
                    observer.chatEnded(cSeq[id], end - cArrival[id], cArrival[id], t, "open", Double.NaN, Double.NaN, cMsgs[id], -1, lost, lost * orders.orderValue(t));
                }
            }
        }
        metrics.settle(end);
        metrics.events = cal.processed();
        metrics.maxPendingEvents = cal.maxPending();
        return metrics;
    }

    private static void unknownEvent(int kind) {
        throw new IllegalStateException("unknown event " + kind);
    }

    // ---- events -----------------------------------------------------------------------

    private void arrival() {
        double now = cal.now();
        int type = arrivals.type();
        int given = arrivals.messages();
        // Every buyer draws from every per-chat stream, deflected or not, so the streams stay
        // aligned across scenarios that differ elsewhere (common random numbers). The bot's
        // stream is drawn only if some type is deflected: it decides nothing else, so leaving it
        // alone moves no other stream, and a draw below 0 never deflects anyone.
        // By the hour, the same one draw is compared with the share of the buyer's local clock
        // hour (the buyer mix's hour, worked out once an hour).
        boolean deflected = anyDeflection && deflectionRng.nextDouble()
                < (botByHour == null ? deflection[type] : botByHour[type][arrivals.hour()]);
        double p = patience[type].sample();
        int m = messages[type].sample();
        if (given > 0) m = given;
        int seg = metrics.segmentOf(now);
        metrics.onArrival(type, seg, deflected);
        long seq = nextSeq++;
        if (deflected) {
            if (observer != null) observer.chatEnded(seq, Double.NaN, now, type, "deflected", Double.NaN, Double.NaN, m, -1, 0, 0);
        } else {
            admit(seq, now, type, m, p, seg);
        }
        if (arrivals.next()) cal.scheduleSolo(arrivals.time(), ARRIVAL, 0, 0);
    }

    /** A buyer the bot did not resolve: to a free agent, or into the queue with its patience. */
    private void admit(long seq, double now, int type, int m, double p, int seg) {
        int id = allocChat();
        if (observer != null) { // the chat's numbers are read only to tell the observer (--records)
            cSeq[id] = seq;
            cBuyer[id] = seq;
        }
        cTalk[id] = arrivals.talk();
        cReturns[id] = 0;
        cBuyerArrival[id] = now;
        cBuyerFirst[id] = Double.NaN;
        cArrival[id] = now;
        cSeg[id] = seg;
        cSentAt[id] = now;
        if (observer != null) observer.messageSent(seq, now);
        cFirst[id] = Double.NaN;
        cType[id] = type;
        cMsgs[id] = m;
        cReplied[id] = 0;
        cAgent[id] = -1;
        takeOrQueue(id, type, now, p);
    }

    /** A contact that has just arrived (or come back) goes to a free agent, else joins its queue with its patience running. */
    private void takeOrQueue(int id, int type, double now, double p) {
        // If buyers of this type are already waiting, no free agent has the skill (an agent
        // that frees a slot always takes from its queues first), so skip the search.
        int agent = qHead[type] >= 0 ? -1 : route(type);
        if (agent >= 0) {
            double pick = pickUpTime(agent);
            if (pick > 0) ring(id, agent, pick);
            else accept(id, agent);
            chooser.touch(agent);
        } else {
            enqueue(id, type);
            if (p < Double.POSITIVE_INFINITY) cal.scheduleKeyed(id, now + p, ABANDON, cGen[id]);
        }
    }

    private void abandon(int id, int gen) {
        if (cGen[id] != gen || cState[id] != QUEUED) return; // accepted meanwhile
        int type = cType[id];
        unlink(id, type);
        double waited = cal.now() - cArrival[id];
        // Whether the buyer comes back is drawn first: a buyer's loss is counted once, on the contact
        // that ends the buyer's story, so a contact whose buyer comes back loses nothing itself.
        double back = retrials.any() ? retrials.afterAbandon(type, cReturns[id]) : Double.NaN;
        boolean comesBack = back == back; // not NaN
        double lost = comesBack ? 0 : orders.lostOrders(type, Double.NaN);
        double lostSales = lost * orders.orderValue(type);
        metrics.onFinished(type, -1, cSeg[id], ReplicationMetrics.ABANDONED, Double.NaN, waited, lost, lostSales);
        if (observer != null) observer.chatEnded(cSeq[id], waited, cArrival[id], type, "abandoned", Double.NaN, Double.NaN, cMsgs[id], -1, lost, lostSales);
        if (comesBack) {
            metrics.onAbandonedComesBack(type, cSeg[id]);
            goAway(id, back);
            return;
        }
        freeChat(id);
    }

    /** The buyer of the chat leaves and comes back after {@code delay} as a new contact; the chat's id is kept for it. */
    private void goAway(int id, double delay) {
        cState[id] = AWAY;
        cReturns[id]++;
        cal.schedule(cal.now() + delay, COME_BACK, id, cGen[id]);
    }

    /**
     * A buyer who left comes back: a new contact of the same type, with the same question (messages),
     * a new patience, not offered to the bot again (it already sent the buyer on). Counted as a
     * contact and a retrial, not as another person.
     */
    private void comeBack(int id, int gen) {
        if (cGen[id] != gen || cState[id] != AWAY) return;
        double now = cal.now();
        int type = cType[id];
        double p = retrials.patience(type);
        int seg = metrics.segmentOf(now);
        metrics.onArrival(type, seg, false);
        metrics.onRetrial(type, seg);
        long seq = nextSeq++;
        if (observer != null) cSeq[id] = seq;
        cArrival[id] = now;
        cSeg[id] = seg;
        cSentAt[id] = now;
        if (observer != null) {
            observer.cameBack(seq, cBuyer[id]);
            observer.messageSent(seq, now);
        }
        cFirst[id] = Double.NaN;
        cReplied[id] = 0;
        cAgent[id] = -1;
        takeOrQueue(id, type, now, p);
    }

    private void replyDone(int agent) {
        double now = cal.now();
        // The agent stops typing; whether that changes the typing count is told at the end,
        // once it is known whether the agent starts the next reply at this same instant.
        aTyping[agent] = false;
        int id = popPending(agent);
        int type = cType[id], group = aGroup[agent];
        metrics.onReply(type, group, cSeg[id], now - cSentAt[id]);
        if (observer != null) observer.replied(cSeq[id], now, agent);
        if (cReplied[id]++ == 0 && !pickUpAnswers[type]) {
            cFirst[id] = now - cArrival[id];
            if (cBuyerFirst[id] != cBuyerFirst[id]) cBuyerFirst[id] = now - cBuyerArrival[id]; // the buyer's first human reply
        }
        if (cReplied[id] < cMsgs[id]) {
            cal.schedule(now + think[type].sample(), BUYER_MESSAGE, id, cGen[id]);
        } else {
            double w = wrapUp[group].sample();
            if (w > 0) cal.schedule(now + w, CLOSE, id, cGen[id]);
            else close(id);
        }
        // Typing on at once (the usual case with buyers waiting) leaves the count as it was. The
        // count may have been raised meanwhile, by close taking a queued buyer: then this lowers it
        // back. Counts only integrate over time, so changes at one instant may come in any order.
        if (!beginTyping(agent) && onDuty(agent)) agentsChanged(aGroup[agent], 0, -1, 0, 0);
    }

    private void buyerMessage(int id, int gen) {
        if (cGen[id] != gen) return;
        cSentAt[id] = cal.now();
        if (observer != null) observer.messageSent(cSeq[id], cSentAt[id]);
        int agent = cAgent[id];
        pushPending(agent, id);
        startTyping(agent);
    }

    private void close(int id) {
        double now = cal.now();
        int agent = cAgent[id], type = cType[id], group = aGroup[agent];
        aActive[agent]--;
        activeChanged(agent, -1);
        stampFree(agent, now);
        double first = cFirst[id];
        // Answered too late, the buyer may open another chat later (drawn first): then this contact
        // neither loses nor sells, the contact that ends the buyer's story does. With retrials, that
        // contact's conversion factor is looked up at the buyer's first response, from the buyer's
        // first contact (the same as the contact's own without retrials).
        double back = retrials.any() ? retrials.afterReply(type, first, cReturns[id]) : Double.NaN;
        boolean comesBack = back == back;
        double w = retrials.any() ? cBuyerFirst[id] : first;
        double kept = comesBack ? 0 : orders.kept(type, w); // the conversion factor, looked up once for both figures
        double lost = comesBack ? 0 : orders.lostOrdersKept(type, w, kept);
        double lostSales = lost * orders.orderValue(type);
        metrics.onFinished(type, group, cSeg[id], ReplicationMetrics.CLOSED, first, Double.NaN, lost, lostSales);
        metrics.onSale(group, cSeg[id], orders.expectedSalesKept(type, kept));
        if (observer != null) {
            observer.chatEnded(cSeq[id], cWait[id], cArrival[id], type, "closed", cWait[id], first, cMsgs[id], agent, lost, lostSales);
        }
        if (comesBack) {
            metrics.onAnsweredComesBack(type, cSeg[id]);
            goAway(id, back);
        } else {
            freeChat(id);
        }
        fill(agent);
    }

    private void duty(int i) {
        double now = cal.now();
        int agent = plan.agent(i);
        boolean dutyBefore = onDuty(agent), overtimeBefore = inOvertime(agent);
        switch (plan.action(i)) {
            case DutyPlan.ON -> {
                aInShift[agent] = true;
                aOnBreak[agent] = false;
                stampFree(agent, now);
            }
            case DutyPlan.OFF -> aInShift[agent] = false;
            case DutyPlan.BREAK_START -> aOnBreak[agent] = true;
            case DutyPlan.BREAK_END -> aOnBreak[agent] = false;
            default -> throw new IllegalStateException("unknown duty change");
        }
        boolean dutyAfter = onDuty(agent), overtimeAfter = inOvertime(agent);
        if (dutyAfter != dutyBefore || overtimeAfter != overtimeBefore) {
            int dDuty = (dutyAfter ? 1 : 0) - (dutyBefore ? 1 : 0);
            agentsChanged(aGroup[agent], dDuty, aTyping[agent] ? dDuty : 0, aActive[agent] * dDuty,
                    (overtimeAfter ? 1 : 0) - (overtimeBefore ? 1 : 0));
        }
        if (i + 1 < plan.changes()) cal.schedule(plan.time(i + 1), DUTY, i + 1, 0);
        fill(agent);
    }

    // ---- agent counts --------------------------------------------------------------

    /**
     * A group's agent counts change by these amounts now. The changes of one event are added up
     * and told to the metrics once, when the event is done: an agent that closes a chat and takes
     * a waiting buyer at once changes its counts four times (a chat fewer and one more, typing off
     * and on) and ends as it began. The metrics integrate the counts over time, so changes at one
     * instant may be told together; they are told even when they add up to nothing, so the
     * metrics advance their clock at the same instants, and sum in the same order, as when told one by one.
     */
    private void agentsChanged(int group, int dDuty, int dTyping, int dActive, int dOvertime) {
        if (changedGroup != group) {
            if (changedGroup >= 0) flushAgentChanges();
            changedGroup = group;
        }
        dDutyNow += dDuty;
        dTypingNow += dTyping;
        dActiveNow += dActive;
        dOvertimeNow += dOvertime;
    }

    private void flushAgentChanges() {
        metrics.onAgentsChanged(changedGroup, cal.now(), dDutyNow, dTypingNow, dActiveNow, dOvertimeNow);
        changedGroup = -1;
        dDutyNow = dTypingNow = dActiveNow = dOvertimeNow = 0;
    }

    // ---- routing ----------------------------------------------------------------------

    /**
     * Records that the agent freed a slot (or came on duty) at {@code now}. Routing prefers the
     * agent free the longest, so it needs only the order of these times: each new time gets the
     * next number and equal times the same one (the clock never runs back), and the routing trees
     * compare small integers instead of doubles. Every agent starts at stamp 0, time 0.
     */
    private void stampFree(int agent, double now) {
        // now > lastStampTime as 1 or 0 without a branch: times are non-negative (never -0.0: the calendar
        // turns it into +0.0), whose raw bits order as the times do, and the clock never runs back. A test
        // here was false only when agents came on duty together at a replication's start, so C2 pruned
        // that side in replication 1 and trapped at replication 2's first shift.
        freeStamps += (Double.doubleToRawLongBits(lastStampTime) - Double.doubleToRawLongBits(now)) >>> 63;
        if (freeStamps > AgentChooser.MAX_STAMP) throw new IllegalStateException("too many distinct free times");
        lastStampTime = now;
        aFreeStamp[agent] = freeStamps;
    }

    /** With {@code &}, not {@code &&}: one branch for the caller, not one per flag (see {@link #stampFree} on pruned branches). */
    private boolean onDuty(int a) { return aInShift[a] & !aOnBreak[a]; }

    /** Off shift but still finishing chats. */
    private boolean inOvertime(int a) { return !aInShift[a] && aActive[a] > 0; }

    /** Tells the metrics that the agent's open chats just changed by {@code delta}. */
    private void activeChanged(int agent, int delta) {
        boolean duty = onDuty(agent);
        int dOvertime = 0;
        if (!aInShift[agent]) dOvertime = (aActive[agent] > 0 ? 1 : 0) - (aActive[agent] - delta > 0 ? 1 : 0);
        if (duty || dOvertime != 0) agentsChanged(aGroup[agent], 0, 0, duty ? delta : 0, dOvertime);
    }

    private boolean accepting(int a) {
        return onDuty(a) & aActive[a] < concurrency[aGroup[a]];
    }

    /**
     * A new buyer goes to a free agent with the type as primary skill (fewest active chats,
     * then longest since a slot was freed); only if none, to a secondary-skill agent, best
     * skill rank first, with the same tie-breaks. -1 if nobody is free.
     */
    private int route(int type) {
        int best = chooser.best(primaryTree[type]);
        if (best >= 0) return best;
        for (int tree : secondaryTrees[type]) {
            best = chooser.best(tree);
            if (best >= 0) return best;
        }
        return -1;
    }

    /**
     * An agent with free slots takes waiting buyers, its skills in priority order, longest waiting
     * first; then its routing leaves are brought up to date. Callers change the agent's state
     * (a slot freed, a shift started) and leave the routing trees to this one update: nobody is
     * routed in between, and an agent that frees a slot and takes a waiting buyer at once, as on
     * every busy sale hour, ends as it began (full) and costs the trees nothing.
     */
    private void fill(int agent) {
        int[] sk = skills[aGroup[agent]];
        boolean fcfs = byArrival[aGroup[agent]];
        boolean lookAtAll = fcfs || classes.any();
        while (accepting(agent)) {
            int taken = -1, from = -1;
            for (int type : sk) {
                int head = qHead[type];
                if (head < 0) continue;
                // by skills: the first skill with anyone waiting; by arrival: the earliest head of all (ties: skill order);
                // with priority classes, the highest class first, and the queue order within it
                if (taken < 0 || classes.before(type, cArrival[head], from, cArrival[taken], fcfs)) { taken = head; from = type; }
                if (!lookAtAll) break;
            }
            if (taken < 0) break;
            unlink(taken, from);
            cal.cancel(taken); // its patience event: taken before it ran out
            accept(taken, agent);
        }
        chooser.touch(agent);
    }

    /**
     * How long the free agent takes to answer a buyer who found it free (pick_up), 0 when its group has
     * none or the buyer is among those answered at once. Drawn only by a group with a pick-up: the share's
     * draw first, the time only for a buyer who waits for it.
     */
    private double pickUpTime(int agent) {
        int g = aGroup[agent];
        if (pickUp[g] == null) return 0;
        if (pickUpShare[g] < 1 && !(pickUpRng.nextDouble() < pickUpShare[g])) return 0;
        return pickUp[g].sample();
    }

    /**
     * The agent takes the buyer who found it free, and answers after the pick-up: its slot is taken
     * now, the buyer's wait (and on the phone its first response) ends at the answer. The buyer does
     * not hang up meanwhile: patience is for the queue, and the buyer is not in it.
     */
    private void ring(int id, int agent, double pick) {
        take(id, agent);
        cal.schedule(cal.now() + pick, ANSWER, id, cGen[id]);
    }

    /** The pick-up is over: the agent answers the buyer it took (see {@link #ring}). */
    private void answered(int id, int gen) {
        if (cGen[id] != gen) return;
        answer(id, cAgent[id]);
    }

    /** The agent takes the chat; the caller then updates the agent's routing leaves ({@link AgentChooser#touch}). */
    private void accept(int id, int agent) {
        take(id, agent);
        answer(id, agent);
    }

    /** The chat holds one of the agent's slots from now (answered at once by {@link #accept}, or after the pick-up by {@link #ring}). */
    private void take(int id, int agent) {
        cState[id] = ACTIVE;
        cAgent[id] = agent;
        aActive[agent]++;
        activeChanged(agent, 1);
    }

    /** The buyer's wait ends: the agent answers (at once, or after the pick-up) and starts its first reply. */
    private void answer(int id, int agent) {
        double now = cal.now();
        double wait = now - cArrival[id];
        metrics.onAccepted(cType[id], aGroup[agent], cSeg[id], wait);
        cWait[id] = wait;
        if (pickUpAnswers[cType[id]]) { // a call is answered when it is picked up
            cFirst[id] = wait;
            if (cBuyerFirst[id] != cBuyerFirst[id]) cBuyerFirst[id] = now - cBuyerArrival[id];
        }
        pushPending(agent, id);
        startTyping(agent);
    }

    // ---- the agent's typing ------------------------------------------------------------

    /** The agent starts its next reply if it has one to write and is not typing already. */
    private void startTyping(int agent) {
        if (beginTyping(agent) && onDuty(agent)) agentsChanged(aGroup[agent], 0, 1, 0, 0);
    }

    /** {@link #startTyping} without telling the metrics; false if the agent did not start a reply. */
    private boolean beginTyping(int agent) {
        if (aTyping[agent] || aPendCount[agent] == 0) return false;
        int g = aGroup[agent];
        double r = replyTime[g].sample() * speed[g] * (1 + slowdown[g] * (aActive[agent] - 1));
        int next = aPend[agent * maxConcurrency + aPendHead[agent]];
        if (cTalk[next] == cTalk[next]) { // a recorded talk time replaces the draw (drawn all the same: the streams stay aligned)
            r = cTalk[next];
            cTalk[next] = Double.NaN;
        }
        aTyping[agent] = true;
        cal.schedule(cal.now() + r, REPLY_DONE, agent, 0);
        return true;
    }

    private void pushPending(int agent, int id) {
        int base = agent * maxConcurrency;
        int slot = aPendHead[agent] + aPendCount[agent];
        if (slot >= maxConcurrency) slot -= maxConcurrency; // a ring: head and count are both below the size
        aPend[base + slot] = id;
        aPendCount[agent]++;
    }

    private int popPending(int agent) {
        int id = aPend[agent * maxConcurrency + aPendHead[agent]];
        aPendHead[agent] = aPendHead[agent] + 1 == maxConcurrency ? 0 : aPendHead[agent] + 1;
        aPendCount[agent]--;
        return id;
    }

    // ---- queues and the chat pool ----------------------------------------------------

    private void enqueue(int id, int type) {
        cState[id] = QUEUED;
        cPrev[id] = qTail[type];
        cNext[id] = -1;
        if (qTail[type] >= 0) cNext[qTail[type]] = id;
        else qHead[type] = id;
        qTail[type] = id;
    }

    private void unlink(int id, int type) {
        int p = cPrev[id], n = cNext[id];
        if (p >= 0) cNext[p] = n;
        else qHead[type] = n;
        if (n >= 0) cPrev[n] = p;
        else qTail[type] = p;
        cPrev[id] = -1;
        cNext[id] = -1;
    }

    private int allocChat() {
        if (freeTop == 0) growChats(capacity * 2);
        return freeIds[--freeTop];
    }

    private void freeChat(int id) {
        cState[id] = FREE;
        cGen[id]++;
        freeIds[freeTop++] = id;
    }

    private void growChats(int newCapacity) {
        int old = capacity;
        cArrival = grow(cArrival, newCapacity);
        if (observer != null) {
            cSeq = cSeq == null ? new long[newCapacity] : java.util.Arrays.copyOf(cSeq, newCapacity);
            cBuyer = cBuyer == null ? new long[newCapacity] : java.util.Arrays.copyOf(cBuyer, newCapacity);
        }
        cTalk = grow(cTalk, newCapacity);
        cReturns = grow(cReturns, newCapacity);
        cBuyerArrival = grow(cBuyerArrival, newCapacity);
        cBuyerFirst = grow(cBuyerFirst, newCapacity);
        cSentAt = grow(cSentAt, newCapacity);
        cFirst = grow(cFirst, newCapacity);
        cWait = grow(cWait, newCapacity);
        cSeg = grow(cSeg, newCapacity);
        cType = grow(cType, newCapacity);
        cMsgs = grow(cMsgs, newCapacity);
        cReplied = grow(cReplied, newCapacity);
        cAgent = grow(cAgent, newCapacity);
        cGen = grow(cGen, newCapacity);
        cPrev = grow(cPrev, newCapacity);
        cNext = grow(cNext, newCapacity);
        cState = cState == null ? new byte[newCapacity] : Arrays.copyOf(cState, newCapacity);
        cal.reserveKeys(newCapacity); // chat ids are the patience events' keys
        int[] ids = new int[newCapacity];
        if (freeIds != null) System.arraycopy(freeIds, 0, ids, 0, freeTop);
        freeIds = ids;
        // Push new ids so the lowest is handed out first (keeps runs easy to follow in a debugger).
        for (int id = newCapacity - 1; id >= old; id--) freeIds[freeTop++] = id;
        capacity = newCapacity;
    }

    private static double[] grow(double[] a, int n) { return a == null ? new double[n] : Arrays.copyOf(a, n); }
    private static int[] grow(int[] a, int n) { return a == null ? new int[n] : Arrays.copyOf(a, n); }
}
