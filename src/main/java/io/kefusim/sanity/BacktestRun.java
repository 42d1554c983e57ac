package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kefusim backtest} draws its band from its own {@code --replications} (default 40: a
 * 2.5–97.5% range needs more replications than a plan's run) and {@code --seed} (default 1), not
 * from the scenario's {@code replications} and {@code seed}. A file that writes either, with
 * another value than the backtest ran and without the option given (an option given is the
 * user's own choice, as {@code --replications} overrides the file in every command), is said
 * here, at the key: a fitted.yaml's {@code replications: 10} or a hand-set {@code seed: 7} is not
 * believed to have run.
 */
public final class BacktestRun {
    static final String CODE = "backtest.run_ignored";

    private BacktestRun() {}

    /** backtest.few_replications: a band from fewer replications than this leans against the model. */
    static final String FEW = "backtest.few_replications";
    /**
     * backtest's default --replications, below which the band is said to be too narrow; fit's
     * printed next step gives it ({@code --replications 40}), so the recommended path says nothing.
     */
    public static final int BAND_REPLICATIONS = 40;

    static List<Warning> check(Scenario s, int replications, boolean replicationsGiven, long seed, boolean seedGiven) {
        List<Warning> out = new ArrayList<>();
        if (replications < BAND_REPLICATIONS) {
            // the 2.5–97.5% range of n draws holds a new draw only with probability (n-1)/(n+1): 50% at n = 3
            long holds = Math.round(100.0 * (replications - 1) / (replications + 1));
            out.add(new Warning(FEW, new io.kefusim.scenario.Origins.Origin(null, 0, "--replications"), null,
                    new Said("wn_backtest_few_replications", replications, holds, BAND_REPLICATIONS)));
        }
        if (!s.origins().fromFile()) return out;
        if (!replicationsGiven && s.origins().written("replications") && s.replications() != replications) {
            out.add(new Warning(CODE, s.origins().at("replications"), null, new Said("wn_backtest_replications_ignored", s.replications(), replications)));
        }
        if (!seedGiven && s.origins().written("seed") && s.seed() != seed) {
            out.add(new Warning(CODE, s.origins().at("seed"), null, new Said("wn_backtest_seed_ignored", s.seed(), seed)));
        }
        return out;
    }
}
