package io.kefusim.cli;

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
        description = {"Analytic staffing calculator: Erlang C (no abandonment) or Erlang A (with --patience).",
                "Gives the agents needed for a target and the figures for a headcount.",
                "With --concurrency K > 1 each agent is counted as K independent servers and --handle is the time a chat",
                "holds a slot: an APPROXIMATION for chat desks (simulate with 'kefusim run' for the real answer)."})
final class ErlangCommand implements Callable<Integer> {
    @Option(names = "--rate", required = true, paramLabel = "N", description = "Chats (or calls) arriving per hour.")
    double rate;

    @Option(names = "--handle", required = true, paramLabel = "DURATION", description = "Mean handle time, e.g. 3m or 4m30s.")
    String handle;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean patience (exponential): Erlang A. Without it: Erlang C.")
    String patience;

    @Option(names = "--target", defaultValue = "2m", paramLabel = "DURATION", description = "Answered within this time counts as on time (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--level", defaultValue = "0.8", paramLabel = "SHARE", description = "Service level to reach (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--max-abandon", paramLabel = "SHARE", description = "Also keep abandonment at most this share (Erlang A).")
    Double maxAbandon;

    @Option(names = "--agents", paramLabel = "N", description = "Show the figures for this headcount too.")
    Integer agents;

    @Option(names = "--concurrency", defaultValue = "1", paramLabel = "K", description = "Chats per agent (K > 1 is an approximation, see above).")
    int concurrency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(rate > 0)) throw new ScenarioException("--rate", 0, null, "must be more than 0 chats per hour");
        if (!(level > 0 && level < 1)) throw new ScenarioException("--level", 0, null, "allowed: a share between 0 and 1, e.g. 0.8");
        if (concurrency < 1 || concurrency > 64) throw new ScenarioException("--concurrency", 0, null, "allowed: 1 to 64");
        if (maxAbandon != null && !(maxAbandon >= 0 && maxAbandon <= 1)) throw new ScenarioException("--max-abandon", 0, null, "allowed: a share between 0 and 1");
        double h = duration("--handle", handle), t = duration("--target", target);
        Double p = patience == null ? null : duration("--patience", patience);
        if (!(h > 0)) throw new ScenarioException("--handle", 0, null, "must be longer than 0");
        double lambda = rate / 3600;
        double load = lambda * h;
        Staffing.Goal goal = new Staffing.Goal(t, level, maxAbandon == null ? 1 : maxAbandon);
        int maxServers = (int) Math.min(1_000_000, Math.ceil(load * 3 + 100));
        int servers = Staffing.serversNeeded(lambda, h, p, goal, maxServers);
        int needed = (servers + concurrency - 1) / concurrency;

        out.printf(Locale.ROOT, "%s: %.1f chats/hour, handle %s, load %.2f Erlangs%s%n", p == null ? "Erlang C" : "Erlang A", rate,
                Durations.format(h), load, p == null ? "" : ", mean patience " + Durations.format(p));
        if (concurrency > 1) {
            out.printf(Locale.ROOT, "APPROXIMATION: each agent counted as %d servers (concurrency); handle = time a chat holds a slot.%n", concurrency);
        }
        out.printf(Locale.ROOT, "Goal: %.0f%% answered within %s%s%n", level * 100, Durations.format(t),
                maxAbandon == null ? "" : String.format(Locale.ROOT, ", at most %.1f%% abandon", maxAbandon * 100));
        out.printf(Locale.ROOT, "Agents needed: %d%n%n", needed);
        out.printf(Locale.ROOT, "  %7s %8s %10s %10s %12s %10s %14s%n", "agents", "servers", "occupancy", "P(wait)", "within " + Durations.format(t), "abandon", "mean wait s");
        int from = Math.max(1, needed - 2), to = needed + 3;
        if (agents != null) {
            from = Math.min(from, Math.max(1, agents));
            to = Math.max(to, agents);
        }
        for (int n = from; n <= to; n++) {
            if (agents != null && n != agents && Math.abs(n - needed) > 3 && Math.abs(n - agents) > 1) continue;
            row(out, n, n * concurrency, lambda, h, p, t, n == needed, agents != null && n == agents);
        }
        return 0;
    }

    private static void row(PrintWriter out, int agents, int c, double lambda, double h, Double p, double t, boolean needed, boolean asked) {
        String mark = (needed ? " <- needed" : "") + (asked ? " <- --agents" : "");
        double occ = lambda * h / c;
        if (p == null) {
            if (lambda * h >= c) {
                out.printf(Locale.ROOT, "  %7d %8d %10s %10s %12s %10s %14s%s%n", agents, c, "≥100%", "1.000", "0.0%", "-", "unbounded", mark);
                return;
            }
            out.printf(Locale.ROOT, "  %7d %8d %9.1f%% %10.3f %11.1f%% %10s %14.1f%s%n", agents, c, occ * 100, ErlangC.probabilityOfWait(c, lambda * h),
                    ErlangC.serviceLevel(c, lambda, h, t) * 100, "-", ErlangC.meanWait(c, lambda, h), mark);
        } else {
            ErlangA e = new ErlangA(c, lambda, 1 / h, 1 / p);
            double busy = lambda * (1 - e.probabilityOfAbandon()) * h / c;
            out.printf(Locale.ROOT, "  %7d %8d %9.1f%% %10.3f %11.1f%% %9.1f%% %14.1f%s%n", agents, c, busy * 100, e.probabilityOfWait(),
                    e.serviceLevel(t) * 100, e.probabilityOfAbandon() * 100, e.meanWaitOfServed(), mark);
        }
    }

    private static double duration(String option, String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(option, 0, null, e.getMessage());
        }
    }
}
