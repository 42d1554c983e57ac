package io.kefusim.cli;

import io.kefusim.report.Columns;
import io.kefusim.report.Format;
import io.kefusim.report.WhatIfCharts;
import io.kefusim.report.WhatIfPages;
import io.kefusim.report.Words;
import io.kefusim.scenario.Scenario;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.output.WhatIfWriter;
import io.kefusim.whatif.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary one or two scenario values and run each point with the same seed (common random numbers).",
                "Values: a list 4,6,8 or 30s,1m,2m,5m; a range 4..16 or 4..16:2; durations 15s..90s:15s.",
                "Keys use the --set syntax, e.g. roster[0].agents, buyers.presale.patience.mean, agents[0].reply_time.mean."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file.")
    Path file;

    @Option(names = "--vary", required = true, paramLabel = "KEY=VALUES", description = "A key and its values (give one or two).")
    List<String> vary = new ArrayList<>();

    @Mixin
    RunOptions options;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return cluster.around(this::work, spec.commandLine().getErr());
    }

    private Integer work() throws Exception {
        Text text = new Text(options.lang);
        PrintWriter out = spec.commandLine().getOut();
        RunOptions.once("--vary", vary); // the same key twice would run the first key's points again, the second's values only
        List<Sweep.Vary> varies = new ArrayList<>();
        for (String v : vary) varies.add(Sweep.parseVary(v));
        List<Sweep.Point> planned = Sweep.plan(file, options.allOverrides(), varies);
        // a results folder that cannot be made is bad input, said alone: before the notes and warnings
        RunFolder.check(options.out, planned.get(0).scenario().name() + "-sweep");
        IdleOptions.sets(options.overrides, false, spec.commandLine().getErr(), text);
        IdleOptions.varies(vary, spec.commandLine().getErr(), text);
        ScenarioWarnings.checkPlans(Sweep.byPoint(planned), io.kefusim.sanity.PlanMeasures.sweep(Sweep.byPoint(planned)), spec.commandLine().getErr(), text, options.strict);
        int reps = planned.get(0).scenario().replications();
        Progress progress = new Progress(reps * planned.size(), text.get("pg_sweep", planned.size(), reps), text);
        Sweep.Result r = Sweep.run(varies, planned, options.threadCount(), progress);
        progress.finish("");
        Path done = RunFolder.write(options.out, planned.get(0).scenario().name() + "-sweep", dir -> WhatIfWriter.writeSweep(dir, r, text, options.png));
        print(out, r, text);
        out.println();
        out.println(text.get("labelled", text.get("wf_written"), done));
        out.println(text.get("labelled", text.get("report_written"), done.resolve("sweep.html")));
        return 0;
    }

    private static void print(PrintWriter out, Sweep.Result r, Text text) {
        Sweep.Point first = r.points().get(0);
        Scenario s = first.scenario();
        String keys = String.join(" × ", r.varies().stream().map(v -> Words.setting(text, s, v.key())).toList());
        out.println();
        out.println(text.get("wf_sweep_title", keys, s.replications(), s.seed()));
        out.println();
        String missedKey = r.headlines().get(1).key();
        int sl = index(r, "service_level"), missed = index(r, missedKey), ab = index(r, "abandon_share"),
                lost = index(r, "lost_sales"), cost = index(r, labourKey(r)), total = index(r, WhatIfCharts.SWEEP_COST); // lost sales in full: a sweep may vary the reply time itself, as compare's plans may
        int valueWidth = 10;
        for (Sweep.Point p : r.points()) valueWidth = Math.max(valueWidth, Columns.width(values(text, r, p)));
        // each head says what its column holds, the cost's its basis ("cost to shop (lost sales in full)"): a column is as wide as its head
        String[] heads = {WhatIfPages.serviceLevelHead(text, r), Words.figureShort(text, s, missedKey), Words.figureShort(text, s, "abandon_share"),
                Words.figureShort(text, s, "lost_sales"), Words.figureShort(text, s, labourKey(r)), Words.figureShort(text, s, WhatIfCharts.SWEEP_COST)};
        int[] widths = {14, 14, 10, 16, 16, 20};
        for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], Columns.width(heads[i]) + 2);
        StringBuilder head = new StringBuilder("  " + Columns.left(text.get("sw_value"), valueWidth));
        for (int i = 0; i < heads.length; i++) head.append(right(heads[i], widths[i]));
        out.println(head);
        for (Sweep.Point p : r.points()) {
            String[] cells = {pct(p, sl), pct(p, missed), pct(p, ab), money(p, lost), money(p, cost), money(p, total)};
            StringBuilder row = new StringBuilder("  " + Columns.left(values(text, r, p), valueWidth));
            for (int i = 0; i < cells.length; i++) row.append(right(cells[i], widths[i]));
            out.println(row);
        }
        out.println();
        for (String sentence : WhatIfPages.sweepVerdict(r, text)) out.println("  " + sentence);
        CompareCommand.printDemandSpread(out, text, WhatIfPages.sweepDemandSpread(r, text), java.util.Map.of()); // issue 31: as the page, under the verdict
    }

    private static String right(String v, int columns) { return " " + Columns.right(v, columns - 1); }

    private static String values(Text text, Sweep.Result r, Sweep.Point p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.varies().size(); i++) out.add(Words.value(text, r.varies().get(i), p.values().get(i)));
        return String.join(", ", out);
    }

    /** The labour column: with a warm-up, the counted part's, which the cost to the shop beside it counts (labour_cost_counted). */
    private static String labourKey(Sweep.Result r) {
        for (var h : r.headlines()) if (h.key().equals("labour_cost_counted")) return h.key();
        return "labour_cost";
    }

    private static int index(Sweep.Result r, String key) {
        for (int i = 0; i < r.headlines().size(); i++) if (r.headlines().get(i).key().equals(key)) return i;
        throw new IllegalArgumentException(key);
    }

    private static String pct(Sweep.Point p, int h) {
        return Format.share(p.figures()[h]);
    }

    private static String money(Sweep.Point p, int h) {
        Double m = p.figures()[h].mean(), c = p.figures()[h].ci95();
        return m == null ? "–" : String.format(Locale.ROOT, "%,.0f±%,.0f", m, c == null ? 0 : c);
    }
}
