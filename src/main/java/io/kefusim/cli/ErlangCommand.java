package io.kefusim.cli;

import io.kefusim.analytic.ChatDesk;
import io.kefusim.analytic.ErlangA;
import io.kefusim.analytic.ErlangC;
import io.kefusim.report.Columns;
import io.kefusim.report.Format;
import io.kefusim.report.Text;
import io.kefusim.report.Words;
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

    @Option(names = "--target", defaultValue = "2m", paramLabel = "DURATION", description = "Answered within this time counts as on time: taken by an agent (one at a time, like a call's pick-up), or the first reply (chat desk) (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--level", defaultValue = "0.8", paramLabel = "SHARE", description = "Service level to reach (default: ${DEFAULT-VALUE}).")
    String levelText;

    @Option(names = "--max-abandon", paramLabel = "SHARE", description = "Also keep abandonment at most this share.")
    String maxAbandonText;

    @Option(names = "--agents", converter = Ranges.Agents.class, paramLabel = "N", description = "Show the figures for this headcount too.")
    Integer agents;

    @Option(names = "--concurrency", converter = Ranges.Concurrency.class, defaultValue = "1", paramLabel = "K", description = "Chats an agent holds at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Language of the output: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    private Text text;

    /** The most agents a one-contact-at-a-time answer is searched up to, and a chat desk's. */
    static final int MOST_AGENTS = 1_000_000, MOST_DESK_AGENTS = 100_000;

    private String d(double seconds) { return Words.duration(text, seconds); }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        text = new Text(lang);
        if (!(rate > 0) || Double.isInfinite(rate)) throw new ScenarioException("--rate", 0, null, said(rate) + " is not allowed; allowed: more than 0 chats per hour", "不允许 " + said(rate) + "；允许：大于每小时 0 个咨询");
        double level = share("--level", levelText);
        if (!(level > 0 && level < 1)) throw new ScenarioException("--level", 0, null, "'" + levelText + "' is not allowed; allowed: a share between 0 and 1, e.g. 0.8",
                "不允许 '" + levelText + "'；允许：0 与 1 之间的比例，如 0.8");
        Double maxAbandon = maxAbandonText == null ? null : share("--max-abandon", maxAbandonText);
        if (concurrency < 1 || concurrency > 64) throw Ranges.outside("--concurrency", concurrency, "1 to 64", "1 到 64");
        if (agents != null && (agents < 1 || agents > 100_000)) throw Ranges.outside("--agents", agents, "1 to 100000", "1 到 100000");
        double t = duration("--target", target);
        Double p = patience == null ? null : duration("--patience", patience);
        if (p != null && !(p > 0)) throw new ScenarioException("--patience", 0, null, "'" + patience + "' is not allowed; allowed: longer than 0, e.g. 2m", "不允许 '" + patience + "'；允许：大于 0 的时长，如 2m");
        if (maxAbandon != null && p == null) {
            // goalF: without patience no buyer leaves (Erlang C), so no headcount abandons any: the option is said to change nothing and left out of the goal
            IdleOptions.say(spec.commandLine().getErr(), text, "io_erlang_abandon_no_patience");
            maxAbandon = null;
        }
        double lambda = rate / 3600;
        Staffing.Goal goal = new Staffing.Goal(t, level, maxAbandon == null ? 1 : maxAbandon);
        boolean messageModel = concurrency > 1 || messages != null || reply != null || think != null;
        PrintWriter err = spec.commandLine().getErr();
        if (!messageModel) {
            // one chat per agent: --handle is all the time a chat holds an agent, wrap-up included
            for (String o : java.util.List.of("--wrap-up", "--reply-sd")) if (IdleOptions.given(spec, o)) IdleOptions.say(err, text, "io_erlang_one_chat", o);
        } else if (think != null && handle != null) {
            IdleOptions.say(err, text, "io_erlang_handle_think");
        }
        if (messageModel) return chatDesk(out, lambda, t, p, goal);
        if (handle == null) throw new ScenarioException("--handle", 0, null, "is required for one chat per agent; or give --concurrency, --messages, --reply and --think",
                "每位客服一次接待一个会话时必须填写；或者给出 --concurrency、--messages、--reply 和 --think");
        double h = duration("--handle", handle);
        if (!(h > 0)) throw new ScenarioException("--handle", 0, null, "'" + handle + "' is not allowed; allowed: longer than 0, e.g. 3m", "不允许 '" + handle + "'；允许：大于 0 的时长，如 3m");
        double load = lambda * h;
        refuseLoadBeyond(load, MOST_AGENTS);
        int maxServers = (int) Math.min(MOST_AGENTS, Math.ceil(load * 3 + 100));
        int needed = Staffing.serversNeeded(lambda, h, p, goal, maxServers);

        out.println(text.get("er_model_one"));
        out.println(p == null ? text.get("er_head_c", rate, d(h), load) : text.get("er_head_a", rate, d(h), load, d(p)));
        printGoal(out, t, level, maxAbandon, true);
        if (needed < 0) return noAnswer(out, maxServers);
        out.println(text.get("er_needed", needed));
        out.println();
        out.println(header(false, t));
        for (int n : rows(needed)) {
            String mark = (n == needed ? text.get("er_mark_needed") : "") + (agents != null && n == agents ? " <- --agents" : "");
            double occ = lambda * h / n;
            if (p == null) {
                if (load >= n) {
                    out.printf(Locale.ROOT, "  %7d %10s %10s %12s %10s %14s%s%n", n, "≥100%", "1.000", "0.0%", "-", text.get("er_unbounded"), mark);
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
            throw new ScenarioException("--messages", 0, null, said(m) + " is out of range; allowed: 1 to " + io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT + " buyer messages per chat",
                    said(m) + " 超出范围；允许：每个会话 1 到 " + io.kefusim.scenario.Limits.MAX_MESSAGES_PER_CHAT + " 条买家消息");
        }
        double r = reply == null ? 30 : duration("--reply", reply);
        if (!(r > 0)) throw new ScenarioException("--reply", 0, null, "'" + reply + "' is not allowed; allowed: longer than 0, e.g. 30s", "不允许 '" + reply + "'；允许：大于 0 的时长，如 30s");
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
                        + " plus wrap-up (" + Durations.format(typing) + "); allowed: at least that, or give --reply and --think",
                        "'" + handle + "' 短于 " + fmt(m) + " 次 " + Durations.format(r) + " 的回复加善后（" + Durations.format(typing)
                        + "）；允许：至少这么长，或者给出 --reply 和 --think");
            }
            z = m > 1 ? (h - typing) / (m - 1) : 0;
        } else {
            z = 60;
        }
        ChatDesk.Chat chat = new ChatDesk.Chat(m, r, rsd, z, w, 0);
        int k = concurrency;
        double maxAb = goal.maxAbandon();
        double typingLoad = lambda * m * r;
        refuseLoadBeyond(Math.max(typingLoad, lambda * chat.handleTime() / k), MOST_DESK_AGENTS);
        boolean askedForK = spec.commandLine().getParseResult().hasMatchedOption("--concurrency");
        out.println(k == 1 ? text.get("er_model_desk_one", askedForK ? "" : text.get("er_model_ask_k")) : text.get("er_model_desk", k, askedForK ? "" : text.get("er_model_ask_k")));
        out.println(text.get("er_desk_head", rate, fmt(m), d(r), d(rsd), d(z), w > 0 ? text.get("er_wrap", d(w)) : "",
                p == null ? text.get("er_nobody_leaves") : text.get("er_patience", d(p))));
        out.println(text.get("er_slot", d(chat.handleTime()), k));
        printGoal(out, t, goal.level(), maxAb < 1 ? maxAb : null, false);

        double ceiling = ChatDesk.ceiling(chat, t);
        int max = (int) Math.min(MOST_DESK_AGENTS, Math.ceil(lambda * chat.handleTime() * 3 + lambda * m * r * 3 + 100));
        int model = ceiling < goal.level() ? -1 : ChatDesk.agentsNeeded(lambda, k, chat, p, t, goal.level(), maxAb, max);
        int slots = (Staffing.serversNeeded(lambda, chat.handleTime(), p, goal, max * k) + k - 1) / k;
        int typing = (int) Math.floor(typingLoad) + 1;
        if (ceiling < goal.level()) {
            out.println(text.get("er_unreachable", d(r), ceiling * 100, d(t)));
            out.println(text.get("er_unreachable_fix"));
            return 3;
        }
        if (model < 0 || slots < 0) return noAnswer(out, model < 0 ? max : max * k);
        int needed = Math.max(model, Math.max(slots, typing));
        out.println(text.get("er_needed", needed));
        out.println(text.get("er_model", model));
        out.println(text.get("er_slots", k, p == null ? "C" : "A", d(chat.handleTime()), slots, slots < model ? text.get("er_too_few") : ""));
        out.println(text.get("er_typing", typingLoad, typing));
        out.println(text.get("er_binding", text.get(model >= Math.max(slots, typing) ? "er_binding_model" : slots >= typing ? "er_binding_slots" : "er_binding_typing")));
        ChatDesk.Agent a = ChatDesk.Agent.of(chat, Math.max(k, 5));
        java.util.List<String> eff = new java.util.ArrayList<>(); // joined as the language joins a list (", "; "、")
        for (int j = 1; j <= Math.max(k, 5); j++) {
            String one = String.format(Locale.ROOT, "%d: %.2f", j, a.effectiveConcurrency(j));
            if (j <= ChatDesk.RULE_OF_THUMB.length) one += text.get("bracketed", "", text.get("er_rule", ChatDesk.RULE_OF_THUMB[j - 1]));
            eff.add(one);
        }
        out.println(text.get("er_effective", eff));
        out.println();
        out.println(header(true, t));
        for (int n : rows(needed)) {
            String mark = (n == needed ? text.get("er_mark_needed") : "") + (agents != null && n == agents ? " <- --agents" : "");
            if (p == null && !ChatDesk.stable(n, k, lambda, chat)) {
                out.printf(Locale.ROOT, "  %7d %7d %10s %10s %12s %10s %14s%s%n", n, n * k, "≥100%", "1.000", "0.0%", "-", text.get("er_unbounded"), mark);
                continue;
            }
            ChatDesk d = new ChatDesk(n, k, lambda, chat, p);
            out.printf(Locale.ROOT, "  %7d %7d %9.1f%% %10.3f %11.1f%% %9.1f%% %14.1f%s%n", n, n * k, d.typingOccupancy() * 100, d.probabilityOfWait(),
                    d.serviceLevel(t) * 100, d.probabilityOfAbandon() * 100, d.meanWaitOfServed(), mark);
        }
        out.println(text.get("er_approx1"));
        out.println(text.get("er_approx2"));
        return 0;
    }

    /**
     * A load that alone needs more agents than the calculator searches is bad input (exit 2): a
     * capped search would print its cap as if it were the answer.
     */
    private void refuseLoadBeyond(double agentsAtLeast, int most) {
        if (agentsAtLeast < most) return;
        String typed = spec.commandLine().getParseResult().matchedOption("--rate").stringValues().get(0);
        String need = String.format(Locale.ROOT, "%.3g", agentsAtLeast), limit = String.format(Locale.ROOT, "%,d", most);
        throw new ScenarioException("--rate", 0, null, "'" + typed + "' chats per hour need at least " + need + " agents, more than the " + limit
                + " this calculator searches; allowed: a rate whose load stays below " + limit + " agents",
                "每小时 '" + typed + "' 个咨询至少需要 " + need + " 位客服，超过本计算器搜索的 " + limit + " 人；允许：负荷低于 " + limit + " 人的咨询量");
    }

    /** No headcount the search reached meets the goal: said, with exit 3, never a number. */
    private int noAnswer(PrintWriter out, int searched) {
        out.println(text.get("er_none", searched));
        return 3;
    }

    private int[] rows(int needed) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (int n = Math.max(1, needed - 2); n <= needed + 3; n++) set.add(n);
        if (agents != null) for (int n = Math.max(1, agents - 1); n <= agents + 1; n++) set.add(n);
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The goal line; {@code pickUp}: one contact at a time, where answered is taken by an agent (a call's pick-up), not a reply. */
    private void printGoal(PrintWriter out, double t, double level, Double maxAbandon, boolean pickUp) {
        out.println(text.get(pickUp ? "er_goal_pick_up" : "er_goal", Format.share(level), d(t)) + (maxAbandon == null ? "" : text.get("er_goal_abandon", Format.share(maxAbandon))));
    }

    /** The table head, aligned by display width (Chinese heads take two columns a character). */
    private String header(boolean desk, double t) {
        StringBuilder h = new StringBuilder("  " + Columns.right(text.get("er_col_agents"), 7));
        if (desk) h.append(' ').append(Columns.right(text.get("er_col_slots"), 7));
        h.append(' ').append(Columns.right(text.get(desk ? "er_col_typing" : "er_col_occupancy"), 10));
        h.append(' ').append(Columns.right(text.get("er_col_pwait"), 10));
        h.append(' ').append(Columns.right(text.get(desk ? "er_col_within" : "er_col_within_pick_up", d(t)), 12));
        h.append(' ').append(Columns.right(text.get("er_col_abandon"), 10));
        h.append(' ').append(Columns.right(text.get("er_col_wait"), 14));
        return h.toString();
    }

    /** A number given, as typed in most cases: -1, 0.5, Infinity (an error repeats it). */
    private static String said(double x) {
        return Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
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
        throw new ScenarioException(option, 0, null, "'" + text + "' is not allowed; allowed: a share between 0 and 1, e.g. 0.8 or 80%",
                "不允许 '" + text + "'；允许：0 与 1 之间的比例，如 0.8 或 80%");
    }

    private static double duration(String option, String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(option, 0, null, e.getMessage(), Durations.notADurationZh(text));
        }
    }
}
