package io.kefusim.cli;

import io.kefusim.analytic.ChatDesk;
import io.kefusim.analytic.ErlangA;
import io.kefusim.analytic.ErlangC;
import io.kefusim.analytic.Staffing;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = {"Analytic staffing calculator: Erlang C (no abandonment) or Erlang A (with --patience), one chat or call per agent. With --concurrency K > 1 it uses kefusim's message model: a chat is --messages buyer messages, each answered in --reply, with --think between; an agent holds up to K chats but types one reply at a time. It reports agents needed by that model, and beside it what chat slots alone and typing alone would need."})
final class ErlangCommand implements Callable<Integer> {
    @Option(names = "--rate", required = true, paramLabel = "N", description = "Chats (or calls) arriving per hour.")
    double rate;

    @Option(names = "--handle", paramLabel = "DURATION",
            description = "Mean time a chat holds an agent, e.g. 3m or 4m30s. With --concurrency > 1 it fixes the think time between replies (unless --think is given).")
    String handle;

    @Option(names = "--messages", paramLabel = "M", description = "Buyer messages per chat (with --concurrency > 1; default 6).")
    Double messages;

    @Option(names = "--reply", paramLabel = "DURATION", description = "Mean time an agent takes to type one reply (default 30s).")
    String reply;

    @Option(names = "--reply-sd", paramLabel = "DURATION", description = "Standard deviation of the reply time (default: 2/3 of --reply).")
    String replySd;

    @Option(names = "--think", paramLabel = "DURATION", description = "Mean time a buyer takes to answer a reply (default 60s, or what --handle leaves).")
    String think;

    @Option(names = "--wrap-up", defaultValue = "0s", paramLabel = "DURATION", description = "After the last reply, before the slot frees (default: ${DEFAULT-VALUE}).")
    String wrapUp;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean patience (exponential): Erlang A. Without it: nobody gives up (Erlang C).")
    String patience;

    @Option(names = "--target", defaultValue = "2m", paramLabel = "DURATION", description = "First reply within this time counts as on time (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--level", defaultValue = "0.8", paramLabel = "SHARE", description = "Service level to reach (default: ${DEFAULT-VALUE}).")
    String levelText;

    @Option(names = "--max-abandon", paramLabel = "SHARE", description = "Also keep abandonment at most this share.")
    String maxAbandonText;

    @Option(names = "--agents", paramLabel = "N", description = "Show the figures for this headcount too.")
    Integer agents;

    @Option(names = "--concurrency", defaultValue = "1", paramLabel = "K", description = "Chats an agent holds at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(rate > 0) || Double.isInfinite(rate)) throw new ScenarioException("--rate", 0, null, "must be more than 0 chats per hour");
        double level = share("--level", levelText);
        if (!(level > 0 && level < 1)) throw new ScenarioException("--level", 0, null, "'" + levelText + "' is not allowed; allowed: a share between 0 and 1, e.g. 0.8");
        Double maxAbandon = maxAbandonText == null ? null : share("--max-abandon", maxAbandonText);
        if (concurrency < 1 || concurrency > 64) throw new ScenarioException("--concurrency", 0, null, "allowed: 1 to 64");
        if (agents != null && (agents < 1 || agents > 100_000)) throw new ScenarioException("--agents", 0, null, "allowed: 1 to 100000");
        double t = duration("--target", target);
        Double p = patience == null ? null : duration("--patience", patience);
        if (p != null && !(p > 0)) throw new ScenarioException("--patience", 0, null, "must be longer than 0");
        double lambda = rate / 3600;
        Staffing.Goal goal = new Staffing.Goal(t, level, maxAbandon == null ? 1 : maxAbandon);
        boolean messageModel = concurrency > 1 || messages != null || reply != null || think != null;
        if (messageModel) return chatDesk(out, lambda, t, p, goal);
        if (handle == null) throw new ScenarioException("--handle", 0, null, "is required for one chat per agent; or give --concurrency, --messages, --reply and --think");
        double h = duration("--handle", handle);
        if (!(h > 0)) throw new ScenarioException("--handle", 0, null, "must be longer than 0");
        double load = lambda * h;
        int maxServers = (int) Math.min(1_000_000, Math.ceil(load * 3 + 100));
        int needed = Staffing.serversNeeded(lambda, h, p, goal, maxServers);

        out.printf(Locale.ROOT, "%s: %.1f chats/hour, handle %s, load %.2f Erlangs%s%n", p == null ? "Erlang C" : "Erlang A", rate,
                Durations.format(h), load, p == null ? "" : ", mean patience " + Durations.format(p));
        printGoal(out, t, level, maxAbandon);
        out.printf(Locale.ROOT, "Agents needed: %d%n%n", needed);
        out.printf(Locale.ROOT, "  %7s %10s %10s %12s %10s %14s%n", "agents", "occupancy", "P(wait)", "within " + Durations.format(t), "abandon", "mean wait s");
        for (int n : rows(needed)) {
            String mark = (n == needed ? " <- needed" : "") + (agents != null && n == agents ? " <- --agents" : "");
            double occ = lambda * h / n;
            if (p == null) {
                if (load >= n) {
                    out.printf(Locale.ROOT, "  %7d %10s %10s %12s %10s %14s%s%n", n, "≥100%", "1.000", "0.0%", "-", "unbounded", mark);
                    continue;
                }
                out.printf(Locale.ROOT, "  %7d %9.1f%% %10.3f %11.1f%% %10s %14.1f%s%n", n, occ * 100, ErlangC.probabilityOfWait(n, load),
                        ErlangC.serviceLevel(n, lambda, h, t) * 100, "-", ErlangC.meanWait(n, lambda, h), mark);
            } else {
                ErlangA e = new ErlangA(n, lambda, 1 / h, 1 / p);
                double busy = lambda * (1 - e.probabilityOfAbandon()) * h / n;
                out.printf(Locale.ROOT, "  %7d %9.1f%% %10.3f %11.1f%% %9.1f%% %14.1f%s%n", n, busy * 100, e.probabilityOfWait(),
                        e.serviceLevel(t) * 100, e.probabilityOfAbandon() * 100, e.meanWaitOfServed(), mark);
            }
        }
        return 0;
    }

    /** The chat desk: message model, with slots alone and typing alone beside it. */
    private int chatDesk(PrintWriter out, double lambda, double t, Double p, Staffing.Goal goal) {
        double m = messages == null ? 6 : messages;
        if (!(m >= 1) || m > io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT) {
            throw new ScenarioException("--messages", 0, null, "allowed: 1 to " + io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT + " buyer messages per chat");
        }
        double r = reply == null ? 30 : duration("--reply", reply);
        if (!(r > 0)) throw new ScenarioException("--reply", 0, null, "must be longer than 0");
        double rsd = replySd == null ? r * 2 / 3 : duration("--reply-sd", replySd);
        double w = duration("--wrap-up", wrapUp);
        double z;
        if (think != null) {
            z = duration("--think", think);
        } else if (handle != null) {
            double h = duration("--handle", handle);
            double typing = m * r + w;
            if (m > 1 && h < typing) {
                throw new ScenarioException("--handle", 0, null, "'" + handle + "' is shorter than " + fmt(m) + " replies of " + Durations.format(r)
                        + " plus wrap-up (" + Durations.format(typing) + "); allowed: at least that, or give --reply and --think");
            }
            z = m > 1 ? (h - typing) / (m - 1) : 0;
        } else {
            z = 60;
        }
        ChatDesk.Chat chat = new ChatDesk.Chat(m, r, rsd, z, w, 0);
        int k = concurrency;
        double maxAb = goal.maxAbandon();
        out.printf(Locale.ROOT, "Chat desk (message model): %.1f chats/hour, %s buyer messages per chat, reply %s (sd %s), think %s%s%s%n", rate,
                fmt(m), Durations.format(r), Durations.format(rsd), Durations.format(z), w > 0 ? ", wrap-up " + Durations.format(w) : "",
                p == null ? ", nobody gives up" : ", mean patience " + Durations.format(p));
        out.printf(Locale.ROOT, "A chat holds a slot %s when its agent types for nobody else; each agent holds up to %d chats and types one reply at a time.%n",
                Durations.format(chat.handleTime()), k);
        printGoal(out, t, goal.level(), maxAb < 1 ? maxAb : null);

        double ceiling = ChatDesk.ceiling(chat, t);
        int max = (int) Math.min(100_000, Math.ceil(lambda * chat.handleTime() * 3 + lambda * m * r * 3 + 100));
        int model = ceiling < goal.level() ? -1 : ChatDesk.agentsNeeded(lambda, k, chat, p, t, goal.level(), maxAb, max);
        int slots = (Staffing.serversNeeded(lambda, chat.handleTime(), p, goal, max * k) + k - 1) / k;
        double typingLoad = lambda * m * r;
        int typing = (int) Math.floor(typingLoad) + 1;
        if (model < 0) {
            out.printf(Locale.ROOT, "No headcount reaches the goal: even a buyer taken at once waits one reply (%s on average), and only %.1f%% of replies take %s or less.%n",
                    Durations.format(r), ceiling * 100, Durations.format(t));
            out.println("To make it reachable: lower --level, allow a longer --target, or type replies faster (quick phrases, templates).");
            return 3;
        }
        int needed = Math.max(model, Math.max(slots, typing));
        out.printf(Locale.ROOT, "Agents needed: %d%n", needed);
        out.printf(Locale.ROOT, "  message model (queue for a slot, then for the agent's typing):  %d%n", model);
        out.printf(Locale.ROOT, "  chat slots alone (each agent as %d servers, Erlang %s, handle %s):  %d%s%n", k, p == null ? "C" : "A",
                Durations.format(chat.handleTime()), slots, slots < model ? "  <- too few: ignores that one person types one reply at a time" : "");
        out.printf(Locale.ROOT, "  typing alone (%.1f agents' worth of replies per hour, under 100%% busy):  %d%n", typingLoad, typing);
        out.printf(Locale.ROOT, "  binding: %s%n", model >= Math.max(slots, typing) ? "the message model"
                : slots >= typing ? "chat slots" : "typing");
        ChatDesk.Agent a = ChatDesk.Agent.of(chat, Math.max(k, 5));
        StringBuilder eff = new StringBuilder();
        for (int j = 1; j <= Math.max(k, 5); j++) {
            eff.append(String.format(Locale.ROOT, "%s%d: %.2f", j == 1 ? "" : ", ", j, a.effectiveConcurrency(j)));
            if (j <= ChatDesk.RULE_OF_THUMB.length) eff.append(String.format(Locale.ROOT, " (rule of thumb %.1f)", ChatDesk.RULE_OF_THUMB[j - 1]));
        }
        out.printf(Locale.ROOT, "Effective concurrency, chats finished per hour relative to one at a time, by chats held: %s%n%n", eff);

        out.printf(Locale.ROOT, "  %7s %7s %10s %10s %12s %10s %14s%n", "agents", "slots", "typing", "P(wait)", "within " + Durations.format(t), "abandon", "mean wait s");
        for (int n : rows(needed)) {
            String mark = (n == needed ? " <- needed" : "") + (agents != null && n == agents ? " <- --agents" : "");
            if (p == null && !ChatDesk.stable(n, k, lambda, chat)) {
                out.printf(Locale.ROOT, "  %7d %7d %10s %10s %12s %10s %14s%s%n", n, n * k, "≥100%", "1.000", "0.0%", "-", "unbounded", mark);
                continue;
            }
            ChatDesk d = new ChatDesk(n, k, lambda, chat, p);
            out.printf(Locale.ROOT, "  %7d %7d %9.1f%% %10.3f %11.1f%% %9.1f%% %14.1f%s%n", n, n * k, d.typingOccupancy() * 100, d.probabilityOfWait(),
                    d.serviceLevel(t) * 100, d.probabilityOfAbandon() * 100, d.meanWaitOfServed(), mark);
        }
        out.println("APPROXIMATION (validated against kefusim's simulation for 1 to 6 chats at once): for a shop's own mix, shifts and");
        out.println("distributions, check with 'kefusim run' or 'kefusim staff'.");
        return 0;
    }

    private int[] rows(int needed) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (int n = Math.max(1, needed - 2); n <= needed + 3; n++) set.add(n);
        if (agents != null) for (int n = Math.max(1, agents - 1); n <= agents + 1; n++) set.add(n);
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void printGoal(PrintWriter out, double t, double level, Double maxAbandon) {
        out.printf(Locale.ROOT, "Goal: %.0f%% answered within %s%s%n", level * 100, Durations.format(t),
                maxAbandon == null ? "" : String.format(Locale.ROOT, ", at most %.1f%% abandon", maxAbandon * 100));
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }

    /** A share written 0.8 or 80%. */
    private static double share(String option, String text) {
        String v = text.trim();
        try {
            double x = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100 : Double.parseDouble(v);
            if (x >= 0 && x <= 1) return x;
        } catch (NumberFormatException ignored) {
            // the error below says what is allowed
        }
        throw new ScenarioException(option, 0, null, "'" + text + "' is not allowed; allowed: a share between 0 and 1, e.g. 0.8 or 80%");
    }

    private static double duration(String option, String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(option, 0, null, e.getMessage());
        }
    }
}
