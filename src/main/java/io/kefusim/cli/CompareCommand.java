package io.kefusim.cli;

import io.kefusim.metrics.Headline;
import io.kefusim.report.Columns;
import io.kefusim.report.Format;
import io.kefusim.report.WhatIfPages;
import io.kefusim.report.Words;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.output.WhatIfWriter;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.scenario.ScenarioLoader.Plan;
import io.kefusim.whatif.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare plans with common random numbers: every plan sees the same buyers.",
                "Give two or more scenario files, or one file with 'variants:'. The first plan is the baseline;",
                "each difference comes with its paired 95%% interval and whether it is real at that level."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (or one file with variants).")
    List<Path> files;

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
        List<Plan> plans = new ArrayList<>();
        if (files.size() == 1) {
            plans.addAll(ScenarioLoader.loadWithVariants(files.get(0), options.allOverrides()));
            if (plans.size() < 2) {
                throw new ScenarioException(files.get(0).toString(), 0, "variants",
                        "nothing to compare: give two or more scenario files, or add 'variants:' (a list of {name, set: {key: value}})",
                        "没有可对比的方案：请给两个或更多方案文件，或加上 'variants:'（{name, set: {键: 值}} 的列表）");
            }
        } else {
            Set<String> names = new HashSet<>();
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
                while (!names.add(name)) name = name + "'";
                plans.add(new Plan(name, ScenarioLoader.load(f, options.allOverrides())));
            }
        }
        // a results folder that cannot be made is bad input, said alone: before the notes and warnings
        RunFolder.check(options.out, plans.get(0).scenario().name() + "-compare");
        IdleOptions.sets(options.overrides, false, spec.commandLine().getErr(), text);
        if (files.size() > 1) {
            // each file is one plan, its own as written: the variants it lists are not compared
            List<String> with = new ArrayList<>();
            for (Path f : files) if (ScenarioLoader.variantCount(f) > 0 && !with.contains(f.toString())) with.add(f.toString());
            if (!with.isEmpty()) spec.commandLine().getErr().println(text.get("fn_notice", text.get("variants_not_compared", String.join(text.chinese() ? "、" : ", ", with))));
        }
        Map<String, Scenario> byPlan = new LinkedHashMap<>();
        for (Plan p : plans) byPlan.put(p.name(), p.scenario());
        ScenarioWarnings.checkPlans(byPlan, io.kefusim.sanity.RunAlignment.check(byPlan), spec.commandLine().getErr(), text, options.strict);
        int reps = plans.get(0).scenario().replications();
        Progress progress = new Progress(reps * plans.size(), text.get("pg_compare", plans.size(), reps), text);
        Comparison.Result r = Comparison.run(plans, options.threadCount(), progress);
        progress.finish("");
        Path done = RunFolder.write(options.out, plans.get(0).scenario().name() + "-compare", dir -> WhatIfWriter.writeComparison(dir, r, text, options.png));
        print(out, r, text);
        out.println();
        out.println(text.get("labelled", text.get("wf_written"), done));
        out.println(text.get("labelled", text.get("report_written"), done.resolve("compare.html")));
        return 0;
    }

    private static void print(PrintWriter out, Comparison.Result r, Text text) {
        Plan base = r.plans().get(0);
        out.println();
        out.println(text.get("wf_compare_title", base.scenario().replications(), base.scenario().seed(), base.name()));
        out.println();
        // the cells first, then each column as wide as its widest cell by display width (a Chinese cell, "30.7%（−14.9 ±3.1 个百分点 *）",
        // outgrew the fixed 30 columns and pushed its row out of line)
        List<List<String>> rows = new java.util.ArrayList<>();
        boolean aboutZero = false;
        List<String> head = new java.util.ArrayList<>(List.of(text.get("wf_figure")));
        for (Plan p : r.plans()) head.add(p.name());
        rows.add(head);
        for (int h = 0; h < r.headlines().size(); h++) {
            Headline f = r.headlines().get(h);
            if (!WhatIfPages.shown(f)) continue; // one total: the cost to the shop, not labour + lost revenue too
            List<String> row = new java.util.ArrayList<>(List.of(WhatIfPages.label(text, r, f.key())));
            for (int k = 0; k < r.plans().size(); k++) {
                Comparison.Cell c = r.cell(k, h);
                String v = WhatIfPages.ownTarget(text, r, k, f.key(), fmt(f, c.value().mean()));
                // a part of lost sales below 0 by chance reads about 0, its estimate in brackets, a note under the table
                if (io.kefusim.report.RecoverableWords.isRecoverable(f.key()) && io.kefusim.report.RecoverableWords.belowZero(c.value())) {
                    v = io.kefusim.report.RecoverableWords.cell(text, c.value(), v);
                    aboutZero = true;
                }
                // a plan not comparable (no buyers in its run or the base's, or measured otherwise than the baseline) shows its own value; the verdict says why
                // a difference exactly 0 with no spread (no money on buyers in either plan) is the value alone: "0", not "0 (±0 ±0)"
                if (k > 0 && c.difference().mean() != null && WhatIfPages.comparable(r, k)) {
                    if (!WhatIfPages.zero(c.difference())) v = text.get("cp_with_difference", v, WhatIfPages.signed(text, f.unit(), c.difference()) + (c.real() ? " *" : ""));
                } else if (k > 0 && c.value().mean() != null && WhatIfPages.comparable(r, k)) v = text.get("cp_with_difference", v, text.get("cp_not_compared_apart"));
                row.add(v);
            }
            rows.add(row);
        }
        int[] widths = new int[head.size()];
        widths[0] = 46;
        for (int c = 1; c < widths.length; c++) widths[c] = 30;
        // a cell as wide as its column gets one column more, so with the one space between cells at least two part it from its
        // neighbour ("94.1% within 2 min  56.8% within 30 s (not compared)"); on a terminal a Chinese character is two columns wide
        for (List<String> row : rows) for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], Columns.width(row.get(c)) + 1);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  " + Columns.left(row.get(0), widths[0]));
            for (int c = 1; c < row.size(); c++) line.append(' ').append(Columns.right(row.get(c), widths[c]));
            out.println(line);
        }
        out.println();
        out.println("  " + text.get("cp_legend", text.get("wf_real"), text.get("wf_plan"), base.name()));
        if (aboutZero) out.println("  " + text.get("rc_compare_note"));
        out.println();
        for (String sentence : WhatIfPages.compareVerdict(r, text)) out.println("  " + sentence);
        printDemandSpread(out, text, WhatIfPages.compareDemandSpread(r), Map.of()); // issue 31: as the page, under the verdict
    }

    /** Issue 31: each plan's split of its spread into demand's and the simulation's, in the pages' words; nothing when every demand is known. */
    static void printDemandSpread(PrintWriter out, Text text, Map<String, Object> byPlan, Map<String, String> labels) {
        List<String> lines = io.kefusim.report.DemandSpreadText.consoleLines(text, byPlan, labels);
        if (lines.isEmpty()) return;
        out.println();
        for (String l : lines) out.println("  " + l);
    }

    private static String fmt(Headline f, Double v) {
        return Format.byUnit(f.unit(), v);
    }
}
