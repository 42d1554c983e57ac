package io.kefusim.analytic;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * An approximation of kefusim's chat desk that knows one person types one reply at a time:
 * agents holding up to K chats each, chats of M buyer messages, a reply time R per message,
 * the buyer's think time Z between replies, wrap-up W, and exponential patience while
 * waiting for an agent.
 *
 * <p><b>One agent.</b> An agent holding n chats is a closed network: each chat alternates
 * between the agent's typing queue (first come, first served, R per reply) and the buyer
 * (thinking Z, or wrap-up at the end). Mean value analysis gives, for n = 1..K, the mean
 * time a reply takes from the buyer's message, T(n) = R(n) (1 + Q(n-1)) (the arrival
 * theorem: a message finds the queue of an agent with one chat fewer), the agent's chat
 * completion rate X(n) = n / (M T(n) + (M-1) Z + W), and the replies queued,
 * Q(n) = X(n) M T(n). R(n) includes the slowdown factor 1 + s (n - 1). With M = 1 and no
 * think time this is one server of rate 1/R whatever K is; with K = 1 it is 1/(M R + (M-1) Z + W).
 *
 * <p><b>The desk.</b> New chats go to the agent with the fewest, so with j chats in service the
 * N agents hold j/N each (rounded both ways); the desk's completion rate is the sum of their
 * X(n), and buyers queue in front of N K slots with exponential patience: a {@link SlotQueue}.
 *
 * <p><b>First response</b> = queue wait + the first reply's time at the agent, T(n), where n
 * counts the new chat: a buyer taken at once by a desk holding j chats joins an agent with
 * j/N + 1; a buyer who waited joins a full agent (n = K). T is taken as gamma-distributed with
 * mean T(n) and variance (1 + Q) Var(R) + Q R^2 (its own reply, those queued ahead, and the
 * randomness of how many are ahead); the wait's distribution comes from the queue exactly.
 * The test suite checks the agents needed against simulation for concurrency 1 to 6.
 */
public final class ChatDesk {
    /** Industry rule of thumb for chats handled per hour relative to one chat at a time, for 1 to 5 chats at once. */
    public static final double[] RULE_OF_THUMB = {1, 1.7, 2.5, 2.9, 3.5};

    /** The message model of one chat; times in seconds. */
    public record Chat(double messages, double reply, double replySd, double think, double wrapUp, double slowdown) {
        public Chat {
            if (!(messages >= 1)) throw new IllegalArgumentException("messages per chat must be at least 1");
            if (!(reply > 0) || replySd < 0 || think < 0 || wrapUp < 0 || slowdown < 0) throw new IllegalArgumentException("bad chat times");
        }

        /** Time a chat holds a slot when its agent types for nobody else: M R + (M - 1) Z + W. */
        public double handleTime() { return messages * reply + (messages - 1) * think + wrapUp; }
    }

    /** One agent holding n chats, n = 0..K: mean reply time, chat completion rate, replies queued, typing busy share. */
    public record Agent(double[] replyResponse, double[] chatRate, double[] queued, double[] typingBusy, double[] replyTime) {
        public static Agent of(Chat c, int k) {
            double[] t = new double[k + 1], x = new double[k + 1], q = new double[k + 1], busy = new double[k + 1], r = new double[k + 1];
            for (int n = 1; n <= k; n++) {
                r[n] = c.reply() * (1 + c.slowdown() * (n - 1));
                // a message finds q(n-1) replies ahead; the one being typed has only its residual left,
                // (1 + cv^2)/2 of a reply rather than a whole one (exact for exponential replies, cv = 1)
                double cv2 = c.replySd() * c.replySd() / (c.reply() * c.reply());
                t[n] = r[n] * (1 + q[n - 1] - busy[n - 1] * (1 - (1 + cv2) / 2));
                // never more replies than one person can type: the residual correction alone could overshoot
                x[n] = Math.min(n / (c.messages() * t[n] + (c.messages() - 1) * c.think() + c.wrapUp()), 1 / (c.messages() * r[n]));
                q[n] = x[n] * c.messages() * t[n];
                busy[n] = Math.min(1, x[n] * c.messages() * r[n]);
            }
            return new Agent(t, x, q, busy, r);
        }

        /** Chats an agent finishes per hour holding k at once, relative to holding one. */
        public double effectiveConcurrency(int k) { return chatRate[k] / chatRate[1]; }
    }

    private static final int GRID = 48;

    private final int agents, k;
    private final Chat chat;
    private final Agent agent;
    private final SlotQueue queue;
    private final double lambda;

    /**
     * @param lambda       chats reaching the desk per second
     * @param patienceMean mean patience (exponential), seconds; null or infinite: nobody gives up
     * @throws IllegalArgumentException when nobody gives up and the desk cannot keep up
     */
    public ChatDesk(int agents, int concurrency, double lambda, Chat chat, Double patienceMean) {
        if (agents < 1 || concurrency < 1 || !(lambda > 0)) throw new IllegalArgumentException("bad desk parameters");
        this.agents = agents;
        this.k = concurrency;
        this.chat = chat;
        this.lambda = lambda;
        this.agent = Agent.of(chat, concurrency);
        int slots = agents * concurrency;
        double[] rate = new double[slots + 1];
        for (int j = 1; j <= slots; j++) {
            int low = j / agents, high = j % agents; // `high` agents hold low + 1 chats, the rest low
            rate[j] = (agents - high) * agent.chatRate[low] + high * agent.chatRate[Math.min(concurrency, low + 1)];
        }
        double theta = patienceMean == null || Double.isInfinite(patienceMean) ? 0 : 1 / patienceMean;
        this.queue = new SlotQueue(lambda, rate, theta);
    }

    /** True when the desk can keep up without anyone giving up (needed for a patience-free desk). */
    public static boolean stable(int agents, int concurrency, double lambda, Chat chat) {
        // exactly at capacity is not stable, and rounding can put "exactly" a hair below: 5 agents
        // typing 100.0% of the time printed a mean wait of 324,259,173,170,675,390 s, not "unbounded"
        return lambda < agents * Agent.of(chat, concurrency).chatRate[concurrency] * (1 - 1e-9);
    }

    public Agent agent() { return agent; }

    /** Share of buyers whose first human reply comes within t seconds (abandoning buyers count as not answered). */
    public double serviceLevel(double t) {
        int slots = agents * k;
        double within = 0, atOnce = 0;
        for (int j = 0; j < slots; j++) {
            double p = queue.stateProbability(j);
            atOnce += p;
            within += p * firstReplyWithin(j / agents + 1, t);
        }
        if (t <= 0) return within;
        double prev = atOnce;
        for (int i = 1; i <= GRID; i++) {
            double s = t * i / GRID;
            double acc = queue.acceptedWithin(s);
            double mid = t * (i - 0.5) / GRID;
            within += (acc - prev) * firstReplyWithin(k, t - mid);
            prev = acc;
        }
        return within;
    }

    private double firstReplyWithin(int n, double t) {
        if (t <= 0) return 0;
        double mean = agent.replyResponse[n], q = agent.queued[n - 1], r = agent.replyTime[n];
        double sd = chat.replySd() * r / chat.reply();
        double var = (1 + q) * sd * sd + q * r * r;
        if (var <= 0) return t >= mean ? 1 : 0;
        double shape = mean * mean / var;
        return GammaDistribution.of(shape, var / mean).cumulativeProbability(t);
    }

    public double probabilityOfAbandon() { return queue.probabilityOfAbandon(); }
    public double probabilityOfWait() { return queue.probabilityOfWait(); }
    public double meanWaitOfServed() { return queue.meanWaitOfServed(); }

    /** Share of on-duty time the agents spend typing. */
    public double typingOccupancy() {
        int slots = agents * k;
        double busy = 0, pFull = 1;
        for (int j = 0; j < slots; j++) {
            double p = queue.stateProbability(j);
            pFull -= p;
            int low = j / agents, high = j % agents;
            busy += p * ((agents - high) * agent.typingBusy[low] + high * agent.typingBusy[Math.min(k, low + 1)]) / agents;
        }
        return busy + Math.max(0, pFull) * agent.typingBusy[k];
    }

    /** Fewest agents whose service level within {@code target} reaches {@code level} and abandonment is at most {@code maxAbandon}. */
    public static int agentsNeeded(double lambda, int concurrency, Chat chat, Double patienceMean, double target, double level,
                                   double maxAbandon, int max) {
        int n = Math.max(1, (int) Math.floor(lambda * chat.messages() * chat.reply()));
        for (; n <= max; n++) {
            boolean noPatience = patienceMean == null || Double.isInfinite(patienceMean);
            if (noPatience && !stable(n, concurrency, lambda, chat)) continue;
            ChatDesk d = new ChatDesk(n, concurrency, lambda, chat, patienceMean);
            if (d.serviceLevel(target) >= level && d.probabilityOfAbandon() <= maxAbandon) return n;
        }
        return -1;
    }

    /** The share of buyers answered within t that no headcount can beat: everyone taken at once by an idle agent. */
    public static double ceiling(Chat chat, double t) {
        ChatDesk idle = new ChatDesk(1, 1, 1e-9, chat, null);
        return idle.firstReplyWithin(1, t);
    }
}
