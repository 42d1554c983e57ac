package io.kefusim.demand;

import io.kefusim.engine.RandomStreams;
import io.kefusim.scenario.DemandUncertainty;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.DayAdjust;
import io.kefusim.scenario.Scenario.Peak;
import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * One outcome of an uncertain demand ({@code demand.uncertainty}): the day's scale S and the
 * peaks' size P, drawn once per demand draw from its own stream (the DEMAND stream of the
 * draw's index), so every plan of a study sees the same outcomes (common random numbers) and
 * a larger draw is a larger day for all of them. Each is drawn by inversion of its
 * distribution, one uniform each: S = F_S^-1(u1), P = F_P^-1(u2).
 */
public final class DemandDraw {
    private DemandDraw() {}

    /** {S, P} for replication {@code rep}. */
    public static double[] of(Scenario s, int rep) {
        DemandUncertainty u = s.demand().uncertainty();
        int draw = u.drawOf(rep);
        UniformRandomProvider rng = RandomStreams.forReplication(s.seed(), draw).get(RandomStreams.Source.DEMAND);
        return new double[]{u.scale().quantile(open01(rng)), u.peak().quantile(open01(rng))};
    }

    /** The rate profile replication {@code rep} sees (built once per replication, never per event). */
    public static RateProfile profile(Scenario s, int rep) {
        double[] sp = of(s, rep);
        return RateProfile.of(outcome(s, sp[0], sp[1]));
    }

    /**
     * The scenario with its demand fixed at one outcome: the global scale times S, each peak's
     * scale times P, and no uncertainty left.
     */
    public static Scenario outcome(Scenario s, double scale, double peak) {
        Scenario.Demand d = s.demand();
        List<DayAdjust> days = new ArrayList<>(d.days().size());
        for (DayAdjust a : d.days()) {
            List<Peak> peaks = new ArrayList<>(a.peaks().size());
            for (Peak p : a.peaks()) peaks.add(new Peak(p.fromSec(), p.toSec(), p.scale() * peak));
            days.add(new DayAdjust(a.date(), a.scale(), List.copyOf(peaks)));
        }
        return s.withDemand(new Scenario.Demand(d.patterns(), d.scale() * scale, List.copyOf(days), d.trace(), d.mixTypes(), d.mixByHour()));
    }

    /** A uniform strictly inside (0, 1): an inverse cdf at 0 could be 0 or minus infinity. */
    static double open01(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
