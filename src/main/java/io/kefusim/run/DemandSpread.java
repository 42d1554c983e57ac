package io.kefusim.run;

import io.kefusim.demand.DemandDraw;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How much of a figure's spread over replications comes from the demand outcome and how much
 * from the simulation's own noise, when {@code demand.uncertainty} draws the day's scale S (and
 * peaks' size P) once per replication.
 *
 * <p>Method: each replication's figure Y is regressed on its own draw, Y = b0 + b1 x + b2 x^2
 * (+ b3 z + b4 z^2 + b5 x z when the peaks are uncertain), x = ln S, z = ln P, by least squares.
 * The fitted value estimates E[Y | demand]; the variance of the fitted values is the part due to
 * demand, Var(E[Y|D]), and the residual mean square (n − p degrees of freedom) the simulation's
 * own noise, E[Var(Y|D)] — the law of total variance. A quadratic in the log is exact for
 * arrivals when S is nearly linear over its range and a smooth approximation for shares; what
 * it misses counts as simulation noise, so the demand part is, if anything, understated.
 * Replications stay independent, so every figure's 95% interval (Student t over replications)
 * keeps its meaning: it is the interval of the figure averaged over demand outcomes.
 */
public final class DemandSpread {
    private DemandSpread() {}

    /** One figure: its mean over replications and the two standard deviations. */
    public record Part(double mean, double ci95, double sdTotal, double sdDemand, double sdSimulation) {
        public double demandShare() {
            double d = sdDemand * sdDemand, t = d + sdSimulation * sdSimulation;
            return t > 0 ? d / t : Double.NaN;
        }
    }

    /** The draws of replications 0..n-1: {S, P} each. */
    public static double[][] draws(Scenario s, int n) {
        double[][] out = new double[n][];
        for (int r = 0; r < n; r++) out[r] = DemandDraw.of(s, r);
        return out;
    }

    /** The split of one figure; null when there are too few replications for the regression. */
    public static Part of(double[][] draws, double[] y, boolean peakUncertain) {
        int n = 0;
        for (double v : y) if (!Double.isNaN(v)) n++;
        int p = peakUncertain ? 6 : 3;
        if (n < p + 2) return null;
        double[][] x = new double[n][];
        double[] yy = new double[n];
        int k = 0;
        for (int r = 0; r < y.length; r++) {
            if (Double.isNaN(y[r])) continue;
            x[k] = row(draws[r], peakUncertain);
            yy[k++] = y[r];
        }
        double[] b = leastSquares(x, yy);
        double mean = 0;
        for (double v : yy) mean += v;
        mean /= n;
        double ssFit = 0, ssRes = 0, ssTot = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < p; j++) f += b[j] * x[i][j];
            ssFit += (f - mean) * (f - mean);
            ssRes += (yy[i] - f) * (yy[i] - f);
            ssTot += (yy[i] - mean) * (yy[i] - mean);
        }
        Estimate e = Estimate.of(yy);
        return new Part(mean, e.ci95OrNaN(), Math.sqrt(ssTot / (n - 1)), Math.sqrt(ssFit / (n - 1)), Math.sqrt(ssRes / (n - p)));
    }

    private static double[] row(double[] sp, boolean peak) {
        double x = Math.log(sp[0]), z = Math.log(sp[1]);
        return peak ? new double[]{1, x, x * x, z, z * z, x * z} : new double[]{1, x, x * x};
    }

    /**
     * Ordinary least squares by the normal equations, with the columns centred by Gaussian
     * elimination with partial pivoting; a column that does not vary (a constant draw) gets 0.
     */
    static double[] leastSquares(double[][] x, double[] y) {
        int p = x[0].length;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < p; j++) {
                for (int l = 0; l < p; l++) a[j][l] += x[i][j] * x[i][l];
                a[j][p] += x[i][j] * y[i];
            }
        }
        double scale = 0;
        for (int j = 0; j < p; j++) scale = Math.max(scale, Math.abs(a[j][j]));
        boolean[] dropped = new boolean[p];
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
            if (Math.abs(a[c][c]) <= 1e-12 * scale) { dropped[c] = true; continue; }
            for (int r = 0; r < p; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                if (f != 0) for (int l = c; l <= p; l++) a[r][l] -= f * a[c][l];
            }
        }
        double[] b = new double[p];
        for (int c = 0; c < p; c++) b[c] = dropped[c] ? 0 : a[c][p] / a[c][c];
        return b;
    }

    /** The summary.json section {@code demand_uncertainty}: the method, and each headline figure split. */
    public static Map<String, Object> json(Scenario s, List<ReplicationMetrics> reps) {
        double[][] d = draws(s, reps.size());
        boolean peak = peakUncertain(s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "each replication draws the day's scale S (and peaks' size P) once; each figure is regressed on "
                + "ln S (quadratic" + (peak ? ", with ln P and their product" : "") + "); variance of the fitted values = spread due to demand, "
                + "residual mean square = the simulation's own noise (law of total variance)");
        out.put("uncertainty", s.demand().uncertainty().describe());
        out.put("replications", reps.size());
        out.put("replications_needed", (peak ? 6 : 3) + 2); // the regression's parameters, and two degrees of freedom left
        Map<String, Object> figs = new LinkedHashMap<>();
        for (Map.Entry<String, ToDoubleFunction<ReplicationMetrics>> f : figures(s).entrySet()) {
            Part p = of(d, Estimate.perReplication(reps, f.getValue()), peak);
            if (p == null) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mean", p.mean());
            m.put("ci95", Double.isNaN(p.ci95()) ? null : p.ci95());
            m.put("sd_total", p.sdTotal());
            m.put("sd_demand", p.sdDemand());
            m.put("sd_simulation", p.sdSimulation());
            m.put("demand_share_of_variance", Double.isNaN(p.demandShare()) ? null : p.demandShare());
            figs.put(f.getKey(), m);
        }
        out.put("figures", figs);
        return out;
    }

    /**
     * Whether the peaks' size P is uncertain in this run: a {@code peak} distribution other than a constant, and peaks
     * for it to scale ({@code demand.days[].peaks}). Without peaks P reaches no buyer (inputs.unread says so), so the
     * split leaves it out of the regression, which then needs 5 replications, not 8.
     */
    public static boolean peakUncertain(Scenario s) {
        return !s.demand().uncertainty().peak().kind().equals("constant")
                && s.demand().days().stream().anyMatch(d -> !d.peaks().isEmpty());
    }

    /** The headline figures split (keys as in summary.json's totals). */
    public static Map<String, ToDoubleFunction<ReplicationMetrics>> figures(Scenario s) {
        Map<String, ToDoubleFunction<ReplicationMetrics>> f = new LinkedHashMap<>();
        f.put("arrived", m -> m.total.arrived);
        f.put("service_level", m -> Figures.serviceLevel(m.total));
        f.put("abandon_share", m -> Figures.abandonShare(m.total));
        f.put("queue_wait.mean_s", m -> Figures.meanWait(m.total));
        f.put("lost_sales", m -> m.total.lostSales);
        return f;
    }
}
