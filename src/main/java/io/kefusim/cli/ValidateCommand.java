package io.kefusim.cli;

import io.kefusim.demand.TraceArrivals;
import io.kefusim.report.Text;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario (and its trace, row by row) without running it.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or zh.")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // the variants too, as compare loads them: a file compare refuses is not valid
        Scenario s = scenario.loadWithVariants().get(0).scenario();
        PrintWriter out = spec.commandLine().getOut();
        Text text = new Text(lang);
        String extra = "";
        if (s.demand().isTrace()) {
            // tester26: a column of numbers that read both as seconds from the start and as Excel dates near the run: which reading
            TraceArrivals.Span span = TraceArrivals.span(s);
            extra = text.get(span.reading() == null ? "valid_trace" : span.reading().equals("excel") ? "valid_trace_excel" : "valid_trace_seconds", span.inside());
        }
        List<Warning> warnings = ScenarioWarnings.sane(s);
        // the warnings first, the verdict last: a reader who stops at "valid" has read them, and it counts them
        // every period, those other commands sum up in one line ("… and 7 more periods") too: the list they point to
        List<Warning> listed = Warning.everyPeriod(warnings);
        ScenarioWarnings.print(listed, null, out, text, Integer.MAX_VALUE);
        ScenarioWarnings.refuseIfStrict(s, warnings, scenario.strict);
        // the count is of the lines printed above (every period its own), not of run's summed-up list (tester20: 8 printed, "6 warnings")
        String warned = listed.isEmpty() ? "" : listed.size() == 1 ? text.get("valid_warned_one") : text.get("valid_warned", listed.size());
        out.println(scenario.file + " " + text.get("valid") + extra + warned);
        return 0;
    }
}
