package io.kefusim;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Scenario builders and statistics helpers shared by tests. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario yaml(String text) {
        return ScenarioLoader.fromYaml(text, "test.yaml", null);
    }

    public static Scenario yaml(String text, Path baseFile) {
        return ScenarioLoader.fromYaml(text, baseFile.toString(), baseFile);
    }

    /**
     * A single-skill M/M/c(+M) desk: one message per chat, concurrency 1, exponential reply
     * (service) time and exponential (or no) patience; c agents always on duty.
     */
    public static Scenario queue(int c, double lambdaPerSec, double serviceMeanSec, Double patienceMeanSec,
                                 double days, double warmupDays, int replications, long seed) {
        return queue(c, lambdaPerSec, serviceMeanSec, patienceMeanSec, days, warmupDays, replications, seed, "chat", 120);
    }

    /**
     * The same desk as a phone desk ({@code channel: phone}): a call's first response is its
     * pick-up, and the service level counts calls picked up within {@code targetSec}.
     */
    public static Scenario phoneQueue(int c, double lambdaPerSec, double talkMeanSec, double patienceMeanSec, double targetSec,
                                      double days, double warmupDays, int replications, long seed) {
        return queue(c, lambdaPerSec, talkMeanSec, patienceMeanSec, days, warmupDays, replications, seed, "phone", targetSec);
    }

    private static Scenario queue(int c, double lambdaPerSec, double serviceMeanSec, Double patienceMeanSec,
                                  double days, double warmupDays, int replications, long seed, String channel, double targetSec) {
        String rate = String.format("%.6f", lambdaPerSec * 3600);
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(rate);
        String patience = patienceMeanSec == null ? "{dist: never}" : "{dist: exponential, mean: " + patienceMeanSec + "s}";
        return yaml("name: mmc\nstart: 2026-11-01T00:00\n"
                + "horizon: " + (long) (days * 86400) + "s\nwarmup: " + (long) (warmupDays * 86400) + "s\n"
                + "replications: " + replications + "\nseed: " + seed + "\nservice_level_target: " + targetSec + "s\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {presale: 1.0}}\n"
                + "buyers:\n  presale: {patience: " + patience + ", messages: {dist: constant, value: 1}, conversion: 0}\n"
                + "agents:\n  - {group: desk, skills: [presale], channel: " + channel + ", concurrency: 1, reply_time: {dist: exponential, mean: " + serviceMeanSec + "s}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + c + "}]\n");
    }

    /**
     * kefusim's message-level chat desk at a constant rate: one buyer type, geometric messages,
     * lognormal reply and think times, exponential patience, {@code agents} agents holding up to
     * {@code concurrency} chats, always on duty.
     */
    public static Scenario chatDesk(int agents, int concurrency, double chatsPerHour, double messages, double replyMean, double replySd,
                                    double thinkMean, double thinkSd, double patienceMean, double hours, double warmupHours,
                                    int replications, long seed) {
        String rate = String.format(java.util.Locale.ROOT, "%.6f", chatsPerHour);
        StringBuilder hourly = new StringBuilder();
        for (int i = 0; i < 24; i++) hourly.append(i == 0 ? "" : ", ").append(rate);
        return yaml("name: desk\nstart: 2026-11-01T00:00\n"
                + "horizon: " + (long) (hours * 3600) + "s\nwarmup: " + (long) (warmupHours * 3600) + "s\n"
                + "replications: " + replications + "\nseed: " + seed + "\n"
                + "demand: {pattern: {hourly: [" + hourly + "]}, mix: {presale: 1.0}}\n"
                + "buyers:\n  presale: {patience: {dist: exponential, mean: " + patienceMean + "s}, messages: {dist: geometric, mean: " + messages
                + "}, think_time: {dist: lognormal, mean: " + thinkMean + "s, sd: " + thinkSd + "s}, conversion: 0}\n"
                + "agents:\n  - {group: desk, skills: [presale], concurrency: " + concurrency
                + ", reply_time: {dist: lognormal, mean: " + replyMean + "s, sd: " + replySd + "s}}\n"
                + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: desk, shift: all, agents: " + agents + "}]\n");
    }

    public static Estimate estimate(List<ReplicationMetrics> reps, ToDoubleFunction<ReplicationMetrics> f, double level) {
        double[] v = new double[reps.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(reps.get(i));
        return Estimate.of(v, level);
    }

    /**
     * tester18's small shop (base5m.yaml) with the roster the search once called "met" at 5-minute intervals
     * (pre 2 by day, 1 by night; spare 1 and 1): the thin-interval goal tests share it.
     */
    public static String thinShopYaml(String interval) {
        return "name: base-shop\nstart: 2026-11-10T00:00\nhorizon: 24h\nreplications: 3\nseed: 7\ninterval: " + interval + "\n"
                + "demand:\n  pattern:\n    hourly: [10,5,3,2,2,2,4,10,30,50,60,60,50,50,60,60,50,50,40,50,70,80,60,30]\n"
                + "  mix: {presale: 0.6, aftersale: 0.3, complaint: 0.1}\n"
                + "buyers:\n  presale:\n    patience: {dist: exponential, mean: 3m}\n  aftersale:\n    patience: {dist: exponential, mean: 10m}\n"
                + "agents:\n  - group: pre\n    skills: [presale, aftersale, complaint]\n    concurrency: 4\n    reply_time: {dist: lognormal, mean: 30s, sd: 20s}\n"
                + "  - group: spare\n    skills: [aftersale]\n    monthly_pay: 5000\n"
                + "shifts:\n  day: {from: \"08:00\", to: \"20:00\"}\n  night: {from: \"20:00\", to: \"08:00\"}\n"
                + "roster:\n  - {group: pre, shift: day, agents: 2}\n  - {group: pre, shift: night, agents: 1}\n"
                + "  - {group: spare, shift: day, agents: 1}\n  - {group: spare, shift: night, agents: 1}\n";
    }
}
