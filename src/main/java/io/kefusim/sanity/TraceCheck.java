package io.kefusim.sanity;

import io.kefusim.demand.TraceArrivals;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.DayAdjust;

import java.time.LocalDate;
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
        out.addAll(outside(s));
        out.addAll(repeated(s));
        out.addAll(encoding(s));
        return out;
    }

    static final String REPEATED = "demand.trace_repeated";

    /**
     * Rows the run replays that repeat an earlier row exactly, every cell the same (tester24: ten rows twice, fifty
     * buyers, not a word). Two buyers may arrive in the same second with the same type and count, so they are
     * replayed as written, but said: most often two exports that overlap, pasted together. {@code fit} counts such
     * records once, and says so.
     */
    static List<Warning> repeated(Scenario s) {
        TraceArrivals.Span span = TraceArrivals.span(s);
        if (span.repeated() == 0) return List.of();
        return List.of(new Warning(REPEATED, s.origins().at("demand.trace"), null,
                span.repeated() == 1 ? new Said("wn_trace_repeated_one", s.demand().trace().getFileName().toString(), span.inside()) // "1 of the N rows": N the rows replayed
                        : new Said("wn_trace_repeated", s.demand().trace().getFileName().toString(), span.repeated(), span.inside())));
    }

    static final String ENCODING = "demand.trace_encoding";

    /**
     * A trace that is not UTF-8 (Excel on a Chinese Windows saves a CSV as GBK, or as UTF-16 for
     * "Unicode text") is read in the encoding its bytes show, and said: a type name read in the wrong
     * one would be refused as unknown, or, worse, match another's.
     */
    static List<Warning> encoding(Scenario s) {
        java.nio.charset.Charset cs = TraceArrivals.span(s).charset();
        if (cs.equals(java.nio.charset.StandardCharsets.UTF_8)) return List.of();
        return List.of(new Warning(ENCODING, s.origins().at("demand.trace"), null,
                new Said("wn_trace_encoding", s.demand().trace().getFileName().toString(), cs.name())));
    }

    static final String OUTSIDE = "demand.trace_outside";
    static final String EMPTY = "demand.trace_empty";

    /**
     * Rows of the trace before the run's start or after its end: never replayed, so a trace of
     * another day (or a start moved by a day) runs fewer buyers, or none, without a word.
     */
    static List<Warning> outside(Scenario s) {
        TraceArrivals.Span span = TraceArrivals.span(s);
        if (span.rows() == 0) {
            // a header and nothing else (or blank lines): as empty a desk as a trace wholly outside, said the same way
            return List.of(new Warning(EMPTY, s.origins().at("demand.trace"), s.start().toLocalDate(),
                    new Said("wn_trace_empty", s.demand().trace().getFileName().toString(), RunWindow.of(s).span())));
        }
        if (span.outside() == 0) return List.of();
        RunWindow run = RunWindow.of(s);
        List<Said> sides = new ArrayList<>();
        LocalDate first = null;
        if (span.before() > 0) {
            first = run.time(span.firstBefore()).toLocalDate();
            sides.add(new Said("wn_trace_before", span.before(), dates(run, span.firstBefore(), span.lastBefore())));
        }
        if (span.after() > 0) {
            if (first == null) first = run.time(span.firstAfter()).toLocalDate();
            sides.add(new Said("wn_trace_after", span.after(), dates(run, span.firstAfter(), span.lastAfter())));
        }
        Said where = sides.size() == 1 ? sides.get(0) : new Said("wn_trace_both", sides.get(0), sides.get(1));
        Said said = span.inside() == 0
                ? new Said("wn_trace_none", span.rows(), run.span(), where)
                : new Said("wn_trace_outside", span.outside(), span.rows(), run.span(), where, span.inside());
        return List.of(new Warning(OUTSIDE, s.origins().at("demand.trace"), first, said));
    }

    /** "2026-11-12", or "2026-11-12 – 2026-11-13" when the rows span several dates. */
    private static String dates(RunWindow run, double from, double to) {
        LocalDate a = run.time(from).toLocalDate(), b = run.time(to).toLocalDate();
        return a.equals(b) ? a.toString() : a + " – " + b;
    }
}
