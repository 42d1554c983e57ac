package io.kefusim.report;

import io.kefusim.metrics.ChatCell;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.Money;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures of each reporting interval over replications: one list used by
 * {@code intervals.csv}, the charts and the HTML report, so they always agree.
 */
public record IntervalFigures(LocalDateTime start, LocalDateTime end, boolean counted,
                              Estimate arrived, Estimate deflected, Estimate accepted, Estimate abandoned,
                              Estimate openAtEnd, Estimate agentsOnDuty, Estimate occupancy, Estimate serviceLevel,
                              Estimate queueWait, Estimate firstResponse, Estimate[] missedShare, Estimate lateShare,
                              Estimate avgResponse, Estimate lostOrders, Estimate lostSales,
                              Estimate abandonShare, Estimate queueTimeAll, Estimate[] occupancyByGroup,
                              Estimate lostMargin, Estimate lostSalesRecoverable, Estimate unansweredCost) {

    public static List<IntervalFigures> of(Scenario s, List<ReplicationMetrics> reps) {
        ReplicationMetrics first = reps.get(0);
        Money money = new Money(s);
        List<IntervalFigures> rows = new ArrayList<>();
        for (int i = 0; i < first.byInterval.length; i++) {
            final int iv = i;
            double len = first.intervalLength(i);
            double from = i * s.interval();
            Estimate[] missed = new Estimate[s.firstResponseDeadlines().length];
            for (int d = 0; d < missed.length; d++) {
                final int dd = d;
                missed[d] = est(reps, m -> Figures.missedShare(m.byInterval[iv], dd));
            }
            Estimate[] occByGroup = new Estimate[first.onDutyByGroupInterval.length];
            for (int g = 0; g < occByGroup.length; g++) {
                final int gg = g;
                occByGroup[g] = est(reps, m -> Figures.ratio(m.typingByGroupInterval[gg][iv], m.onDutyByGroupInterval[gg][iv]));
            }
            rows.add(new IntervalFigures(
                    s.start().plusNanos((long) (from * 1e9)),
                    s.start().plusNanos((long) ((from + len) * 1e9)),
                    from + len > s.warmup(),
                    chat(reps, iv, c -> c.arrived),
                    chat(reps, iv, c -> c.deflected),
                    chat(reps, iv, c -> c.accepted),
                    chat(reps, iv, c -> c.abandoned),
                    chat(reps, iv, c -> c.openAtEnd),
                    est(reps, m -> m.agentByInterval[iv].onDuty / len),
                    est(reps, m -> Figures.occupancy(m.agentByInterval[iv])),
                    chat(reps, iv, Figures::serviceLevel),
                    chat(reps, iv, Figures::meanWait),
                    chat(reps, iv, Figures::meanFirstResponse),
                    missed,
                    chat(reps, iv, Figures::lateShare),
                    chat(reps, iv, Figures::avgResponse),
                    chat(reps, iv, c -> c.lostOrders),
                    chat(reps, iv, c -> c.lostSales),
                    chat(reps, iv, Figures::abandonShare),
                    chat(reps, iv, Figures::meanQueueTimeAll),
                    occByGroup,
                    est(reps, m -> money.lostMargin(m, iv)),
                    est(reps, m -> money.recoverableSales(m, iv)),
                    est(reps, m -> Figures.unansweredCost(s, m, iv))));
        }
        return rows;
    }

    private static Estimate chat(List<ReplicationMetrics> reps, int iv, ToDoubleFunction<ChatCell> f) {
        return est(reps, m -> f.applyAsDouble(m.byInterval[iv]));
    }

    private static Estimate est(List<ReplicationMetrics> reps, ToDoubleFunction<ReplicationMetrics> f) {
        return Estimate.over(reps, f);
    }
}
