package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.DayAdjust;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace replays its rows as they are: {@code demand.scale} and {@code demand.days} (a sale
 * day's scale and peaks) shape a pattern only, so beside a trace they change nothing. A file
 * that asks for ×3 growth on last year's trace would otherwise answer for last year's buyers.
 */
final class TraceCheck {
    private TraceCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        if (!s.demand().isTrace()) return out;
        if (s.origins().written("demand.scale") && s.demand().scale() != 1) {
            out.add(new Warning("demand.ignored_with_trace", s.origins().at("demand.scale"), null,
                    new Said("wn_trace_scale", RunWindow.num(s.demand().scale()))));
        }
        List<DayAdjust> days = s.demand().days();
        for (int i = 0; i < days.size(); i++) {
            DayAdjust d = days.get(i);
            if (d.scale() == 1 && d.peaks().isEmpty()) continue;
            out.add(new Warning("demand.ignored_with_trace", s.origins().at("demand.days[" + i + "]"), d.date(),
                    new Said("wn_trace_day", d.date(), RunWindow.num(d.scale()), d.peaks().size())));
        }
        return out;
    }
}
