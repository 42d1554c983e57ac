package io.kefusim.run;

import io.kefusim.demand.RateProfile;
import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;

import java.util.Locale;

/**
 * The work a scenario asks for, estimated before anything is simulated, and refused with one
 * line naming the field and a value that would work when it cannot finish: a horizon of
 * centuries, reporting intervals by the millisecond, demand scaled a million times, or more
 * replications than the heap can hold. Limits (README "Limits worth knowing"):
 */
public final class WorkBounds {
    /** Ten years: a campaign or a year of history fits; a horizon of centuries is a typing slip. */
    public static final double MAX_HORIZON_DAYS = 3660;
    /** Reporting intervals per run (a year at 5 minutes is 105,120). */
    public static final int MAX_INTERVALS = 110_000;
    /** Expected chats per replication (about 15 seconds of simulation each million). */
    public static final double MAX_ARRIVALS = 50_000_000;
    /** Agents on the roster at once. */
    public static final int MAX_AGENTS = io.kefusim.scenario.Limits.MAX_AGENTS;
    /** Share of the Java heap the replications' figures may take. */
    static final double HEAP_SHARE = 0.6;

    private WorkBounds() {}

    public static void check(Scenario s) {
        String file = s.source() == null ? null : s.source().toString();
        double days = s.horizon() / 86400;
        if (days > MAX_HORIZON_DAYS) {
            throw new ScenarioException(file, 0, "horizon", String.format(Locale.ROOT, "%s is %.0f days; allowed: at most %.0f days (ten years)",
                    Durations.format(s.horizon()), days, MAX_HORIZON_DAYS),
                    String.format(Locale.ROOT, "%s 即 %.0f 天；允许：最多 %.0f 天（十年）", Durations.format(s.horizon()), days, MAX_HORIZON_DAYS));
        }
        int intervals = ReplicationMetrics.intervalCount(s.horizon(), s.interval());
        if (intervals > MAX_INTERVALS) {
            double workable = Math.ceil(s.horizon() / MAX_INTERVALS / 60) * 60;
            throw new ScenarioException(file, 0, "interval", String.format(Locale.ROOT, "%s over %s makes %,d reporting intervals; allowed: at most %,d (interval: %s or longer)",
                    Durations.format(s.interval()), Durations.format(s.horizon()), intervals, MAX_INTERVALS, Durations.format(workable)),
                    String.format(Locale.ROOT, "%s 为间隔、共 %s，会有 %,d 个统计时段；允许：最多 %,d 个（interval 取 %s 或更长）",
                            Durations.format(s.interval()), Durations.format(s.horizon()), intervals, MAX_INTERVALS, Durations.format(workable)));
        }
        if (!s.demand().isTrace()) {
            double arrivals = RateProfile.of(s).expectedArrivals(0, s.horizon());
            if (arrivals > MAX_ARRIVALS) {
                double scale = s.demand().scale() * MAX_ARRIVALS / arrivals;
                throw new ScenarioException(file, 0, "demand.scale", String.format(Locale.ROOT,
                        "the demand brings about %,.0f chats per replication; allowed: at most %,.0f (demand.scale: %.3g or less, or a shorter horizon)",
                        arrivals, MAX_ARRIVALS, scale), String.format(Locale.ROOT,
                        "每次重复约有 %,.0f 个咨询；允许：最多 %,.0f 个（demand.scale 取 %.3g 或更小，或缩短模拟时长）", arrivals, MAX_ARRIVALS, scale));
            }
        }
        long agents = 0;
        for (Scenario.RosterEntry e : s.roster()) agents += e.agents();
        for (Scenario.Team t : s.teams()) for (int n : t.agents().values()) agents += n;
        if (agents > MAX_AGENTS) {
            throw new ScenarioException(file, 0, "roster", String.format(Locale.ROOT, "%,d agents on the roster; allowed: at most %,d", agents, MAX_AGENTS),
                    String.format(Locale.ROOT, "排班中有 %,d 名客服；允许：最多 %,d 名", agents, MAX_AGENTS));
        }
        long perReplication = bytesPerReplication(s, intervals);
        long heap = Runtime.getRuntime().maxMemory();
        // replications in flight still hold their histograms: a few per worker thread
        long inFlight = 4L * Runtime.getRuntime().availableProcessors() * (perReplication + 3 * (1 + s.buyers().size() + s.groups().size() + 3)
                * ChatCell.newHistogram().getEstimatedFootprintInBytes());
        long fits = (long) Math.max(0, (heap * HEAP_SHARE - inFlight) / perReplication);
        if (s.replications() > fits) {
            double gb = (double) s.replications() * perReplication / 1e9;
            throw new ScenarioException(file, 0, "replications", String.format(Locale.ROOT,
                    "%,d replications keep about %.1f GB of figures, more than this Java heap (%.1f GB) holds; allowed here: at most %,d "
                            + "(or more heap: JAVA_OPTS=-Xmx16g)", s.replications(), gb, heap / 1e9, Math.max(1, fits)),
                    String.format(Locale.ROOT, "%,d 次重复约需保存 %.1f GB 的统计数据，超过本 Java 堆（%.1f GB）的容量；此处允许：最多 %,d 次"
                            + "（或加大堆：JAVA_OPTS=-Xmx16g）", s.replications(), gb, heap / 1e9, Math.max(1, fits)));
        }
    }

    /**
     * What one finished replication keeps until the report is written: its counters (a cell for
     * the run, each type, group and day, and for each interval and type-interval), its histograms
     * having been merged into the first replication's.
     */
    static long bytesPerReplication(Scenario s, int intervals) {
        int days = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400) + 1;
        int types = s.buyers().size(), groups = s.groups().size();
        long cells = 1L + types + groups + days + (long) intervals * (1 + types);
        return cells * CELL_BYTES + (long) (intervals + groups + days + 1) * AGENT_TIME_BYTES + (long) days * groups * 4 * 8 + 2048;
    }

    /** A chat cell's counters with object headers (measured with the heap's footprint, three deadlines). */
    static final long CELL_BYTES = 240;
    /** An agent-time integral with its header. */
    static final long AGENT_TIME_BYTES = 48;
}
