package io.kefusim.cli;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Headline;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.report.Columns;
import io.kefusim.output.Csv;
import io.kefusim.report.Format;
import io.kefusim.output.RunWriter;
import io.kefusim.output.ResultsWriter;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.report.WarningText;
import io.kefusim.sanity.Warning;
import io.kefusim.output.Workbook;
import io.kefusim.run.Experiment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run many scenarios (one per shop) in one job: a folder of scenario files, or a manifest listing them one per line.",
                "Writes one results folder per scenario and one table of every shop's headline figures (batch.csv, batch.xlsx, batch.json).",
                "Every scenario is checked before anything runs; with --cluster the replications run on the workers."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER|MANIFEST", description = "A folder of .yaml/.yml/.json scenarios, or a text file naming them (one per line, # comments).")
    Path source;

    @Mixin
    RunOptions options;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    /** The headline figures of the shop table, in this order. */
    static final List<String> FIGURES = List.of("service_level", "abandon_share", "queue_wait_mean_s", "first_response_mean_s", "occupancy",
            "agents_on_duty", "lost_orders", "lost_sales", "unanswered_cost", "labour_cost", "labour_cost_plus_lost_sales", "shop_cost");

    @Override
    public Integer call() throws Exception {
        List<Path> files = scenarioFiles(source);
        List<Scenario> shops = new ArrayList<>();
        // all checked before anything runs, and every invalid file said (one line each), not only the first
        List<ScenarioException> invalid = new ArrayList<>();
        for (Path f : files) {
            try {
                shops.add(ScenarioLoader.load(f, options.allOverrides()));
            } catch (ScenarioException e) {
                invalid.add(e);
            }
        }
        if (!invalid.isEmpty()) throw ScenarioException.together(invalid);
        // a results folder that cannot be made is bad input, said alone: before the notes and warnings
        RunFolder.check(options.out, "batch");
        IdleOptions.sets(options.overrides, false, spec.commandLine().getErr(), new Text(options.lang));
        Map<String, Scenario> byFile = new LinkedHashMap<>();
        // one entry a shop, in order (a manifest may list one file twice)
        for (int k = 0; k < shops.size(); k++) byFile.put(byFile.containsKey(files.get(k).toString()) ? files.get(k) + " (" + (k + 1) + ")" : files.get(k).toString(), shops.get(k));
        List<List<Warning>> warned = List.copyOf(ScenarioWarnings.checkPlans(byFile, spec.commandLine().getErr(), new Text(options.lang), options.strict).values());
        List<String> names = shopNames(files, shops);
        List<Map<String, Object>> renamed = renamed(files, shops, names);
        Text text = new Text(options.lang);
        for (Map<String, Object> r : renamed) {
            spec.commandLine().getErr().println(text.get("fn_notice", text.get("bt_renamed", r.get("file"), r.get("scenario"), r.get("kept_by"), r.get("shop"))));
        }
        for (Path f : new java.util.LinkedHashSet<>(files)) ScenarioOptions.sayVariants(f, spec.commandLine().getErr(), text);
        return cluster.around(() -> work(files, shops, warned, names, renamed), spec.commandLine().getErr());
    }

    /**
     * Each shop's folder and row name: its scenario's name, made unique. A file named as its scenario
     * ({@code shoe-shop.yaml} holding {@code name: shoe-shop}) keeps the name whatever the order; the others take
     * it in file order while it is free, else {@code NAME-2}, {@code NAME-3}, …, never a name another shop's
     * scenario has as its own (each renaming is said).
     */
    static List<String> shopNames(List<Path> files, List<Scenario> shops) {
        List<String> names = new ArrayList<>(java.util.Collections.nCopies(shops.size(), (String) null));
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < shops.size(); k++) {
            String stem = files.get(k).getFileName().toString().replaceFirst("(?i)\\.(ya?ml|json)$", "");
            if (stem.equals(shops.get(k).name()) && taken.add(stem)) names.set(k, stem);
        }
        // then every shop whose own name is free keeps it, before any name is made up: a made-up
        // NAME-2 must never take the name another file's scenario has as its own
        for (int k = 0; k < shops.size(); k++) {
            if (names.get(k) == null && taken.add(shops.get(k).name())) names.set(k, shops.get(k).name());
        }
        Set<String> own = new HashSet<>();
        for (Scenario sc : shops) own.add(sc.name());
        for (int k = 0; k < shops.size(); k++) {
            if (names.get(k) != null) continue;
            String name;
            int n = 2;
            do name = shops.get(k).name() + "-" + n++; while (own.contains(name) || !taken.add(name));
            names.set(k, name);
        }
        return names;
    }

    /** The shops whose name was changed: file, scenario name, the file that kept the name (kept_by) and the shop's name; for the console and batch.json. */
    private static List<Map<String, Object>> renamed(List<Path> files, List<Scenario> shops, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < shops.size(); k++) {
            String scenario = shops.get(k).name();
            if (names.get(k).equals(scenario)) continue;
            int holder = names.indexOf(scenario);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", files.get(k).toString());
            r.put("scenario", scenario);
            r.put("kept_by", holder < 0 ? "" : files.get(holder).toString());
            r.put("shop", names.get(k));
            out.add(r);
        }
        return out;
    }

    private Integer work(List<Path> files, List<Scenario> shops, List<List<Warning>> warned, List<String> names, List<Map<String, Object>> renamed) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Text text = new Text(options.lang);
        int total = shops.stream().mapToInt(Scenario::replications).sum();
        Progress progress = new Progress(total, text.get("pg_batch", shops.size(), total), text);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Warning>> warnings = new LinkedHashMap<>();
        Path done = RunFolder.write(options.out, "batch", dir -> {
            int offset = 0;
            for (int k = 0; k < shops.size(); k++) {
                Scenario s = shops.get(k);
                String name = names.get(k);
                Path shopDir = Files.createDirectories(dir.resolve(name));
                final int base = offset;
                List<ReplicationMetrics> reps = Experiment.run(s, options.threadCount(), null, d -> progress.accept(base + d));
                offset += s.replications();
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("scenario", s.name());
                info.put("source", files.get(k).toAbsolutePath().toString());
                info.put("kefusim_version", new Main.Version().getVersion()[0]);
                info.put("replications", s.replications());
                info.put("seed", s.seed());
                List<Warning> mine = warned.get(k);
                warnings.put(name, mine);
                info.put("warnings", WarningText.json(mine));
                Map<String, Object> summary = RunWriter.write(shopDir, s, mine, reps, info, text, options.png, msg -> { });
                rows.add(row(name, files.get(k), s, reps, summary, mine));
            }
            writeTable(dir, rows, warnings, renamed);
        });
        progress.finish("");
        print(out, rows, text);
        // shops whose file puts no money on buyers: their 0 lost sales and unanswered cost say nothing of their service
        List<String> unvalued = new ArrayList<>();
        for (int k = 0; k < shops.size(); k++) if (io.kefusim.metrics.Money.noMoneyOnBuyers(shops.get(k))) unvalued.add(names.get(k));
        if (!unvalued.isEmpty()) {
            out.println();
            out.println("  " + text.get("bt_no_money", String.join(text.get("list_sep"), unvalued), text.get("nm_why")));
        }
        out.println();
        out.println(text.get("labelled", text.get("results_in"), done));
        out.println(text.get("labelled", text.get("wf_written"), done.resolve("batch.xlsx")));
        return 0;
    }

    /** The scenario files of a folder (sorted by name) or of a manifest (in its order, relative to it). */
    static List<Path> scenarioFiles(Path source) throws IOException {
        if (!Files.exists(source)) throw new ScenarioException(source.toString(), 0, null, "no such folder or manifest", "没有这个文件夹或清单文件");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> l = Files.list(source)) {
                l.filter(p -> p.getFileName().toString().matches("(?i).+\\.(ya?ml|json)") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        } else {
            List<String> lines = io.kefusim.scenario.InputFiles.readWhole(source).lines().toList();
            List<Integer> listedOn = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).replaceFirst("#.*", "").trim();
                if (l.isEmpty()) continue;
                Path p = source.toAbsolutePath().getParent().resolve(l);
                if (!Files.isRegularFile(p)) throw notAFile(source, i + 1, l, p);
                // the same file twice would run the same shop twice on the same seed: the same figures under two names
                for (int j = 0; j < files.size(); j++) {
                    if (Files.isSameFile(p, files.get(j))) {
                        throw new ScenarioException(source.toString(), i + 1, null, "'" + l + "' is listed again (first on line " + listedOn.get(j)
                                + "); allowed: each scenario file once (to run a shop twice, copy its file with another name and seed)",
                                "'" + l + "' 又列了一次（第一次在第 " + listedOn.get(j) + " 行）；允许：每个方案文件只列一次（要把一家店跑两次，请复制它的文件并改名、换种子）");
                    }
                }
                files.add(p);
                listedOn.add(i + 1);
            }
        }
        if (files.isEmpty()) throw new ScenarioException(source.toString(), 0, null, "no scenarios: give a folder of .yaml files or a manifest listing them",
                "没有方案：请给一个放 .yaml 文件的文件夹，或列出它们的清单文件");
        return files;
    }

    /** A manifest line that names no file: no such file, or a folder (or something else), and what a line may hold. */
    private static ScenarioException notAFile(Path manifest, int line, String l, Path p) {
        String allowed = "; allowed: one scenario file (.yaml, .yml or .json) a line, relative to the manifest's folder, '#' starting a comment";
        String allowedZh = "；允许：每行一个方案文件（.yaml、.yml 或 .json），相对于清单所在的文件夹，'#' 之后为注释";
        if (Files.isDirectory(p)) return new ScenarioException(manifest.toString(), line, null,
                "'" + l + "' is a folder" + allowed + " (to run a folder's scenarios, give the folder to batch)",
                "'" + l + "' 是文件夹" + allowedZh + "（要运行一个文件夹里的方案，请把该文件夹交给 batch）");
        if (!Files.exists(p)) return new ScenarioException(manifest.toString(), line, null,
                "'" + l + "': no such file (looked for " + p.normalize() + ")" + allowed,
                "'" + l + "'：没有这个文件（查找的是 " + p.normalize() + "）" + allowedZh);
        return new ScenarioException(manifest.toString(), line, null, "'" + l + "' is not a regular file" + allowed, "'" + l + "' 不是普通文件" + allowedZh);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(String name, Path file, Scenario s, List<ReplicationMetrics> reps, Map<String, Object> summary,
                                           List<Warning> warnings) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("shop", name);
        row.put("file", file.toString());
        row.put("scenario", s.name()); // the scenario's own name: differs from shop when two shared it
        row.put("replications", s.replications());
        for (String key : FIGURES) {
            Headline h = Headline.of(s).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            row.put(key, Estimate.over(reps, m -> h.of(s, m)));
        }
        Map<String, Object> worst = (Map<String, Object>) summary.get("worst_intervals");
        row.put("service_level_goal", s.serviceLevelGoal());
        row.put("intervals_short", worst.get("intervals_short"));
        row.put("intervals_counted", worst.get("intervals_counted"));
        Map<String, Object> w = (Map<String, Object>) worst.get("worst");
        row.put("worst_interval_start", w == null ? null : w.get("interval_start"));
        row.put("worst_service_level", w == null ? null : w.get("value"));
        // a shop's warnings travel in its row: how many, and their codes (the words are in batch.json and the shop's folder)
        row.put("warnings", warnings.size());
        row.put("warning_codes", String.join(" ", warnings.stream().map(Warning::code).distinct().toList()));
        // the total compare and sweep rank by (labour + lost sales in full + unanswered buyers), last: scripts reading the columns before it keep working
        Headline full = Headline.of(s).stream().filter(x -> x.key().equals("shop_cost_full")).findFirst().orElseThrow();
        row.put("shop_cost_full", Estimate.over(reps, m -> full.of(s, m)));
        // cmp13: what each shop is measured by, after it (appended: scripts reading earlier columns by position keep working):
        // the basis of its money (margin or revenue), its service-level target, its period and interval
        row.put("shop_cost_basis", io.kefusim.metrics.Money.marginForAll(s) ? "margin" : "revenue");
        row.put("service_level_target_s", s.serviceLevelTarget());
        row.put("start", s.start().toString());
        row.put("horizon_s", s.horizon());
        row.put("interval_s", s.interval());
        // goalF: intervals_short counts hours, days or the run where the intervals hold too few buyers (metrics.JudgedCells)
        row.put("judged_per", worst.get("judged_per") == null ? "interval" : worst.get("judged_per"));
        return row;
    }

    /** batch.csv and batch.json, and batch.xlsx (a spreadsheet is what a team staffing 200 shops opens; Parquet would need Hadoop's libraries). */
    private static void writeTable(Path dir, List<Map<String, Object>> rows, Map<String, List<Warning>> warnings, List<Map<String, Object>> renamed) throws IOException {
        List<String> head = new ArrayList<>();
        for (String k : rows.get(0).keySet()) {
            head.add(k);
            if (rows.get(0).get(k) instanceof Estimate) head.add(k + "_ci95");
        }
        List<List<String>> cells = new ArrayList<>();
        try (Csv csv = new Csv(dir.resolve("batch.csv"), head)) {
            for (Map<String, Object> r : rows) {
                List<String> line = new ArrayList<>();
                for (Object v : r.values()) {
                    if (v instanceof Estimate e) {
                        line.add(Csv.num(e.mean()));
                        line.add(Csv.num(e.ci95()));
                    } else if (v instanceof Number n) {
                        line.add(Csv.num(n.doubleValue()));
                    } else {
                        // a date-time as a spreadsheet reads it (2026-11-11 09:00); any other text, a name with a capital T, as it is
                        String t = v == null ? "" : v.toString();
                        line.add(t.matches("\\d{4}-\\d\\d-\\d\\dT.*") ? t.replace('T', ' ') : t);
                    }
                }
                csv.row(line);
                cells.add(line);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shops", rows);
        json.put("warnings", WarningText.json(warnings));
        json.put("renamed", renamed);
        ResultsWriter.JSON.writeValue(dir.resolve("batch.json").toFile(), json);
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(head);
        sheet.addAll(cells);
        Workbook.writeSheets(dir.resolve("batch.xlsx"), Map.of("shops", sheet));
    }

    private static void print(PrintWriter out, List<Map<String, Object>> rows, Text text) {
        // cmp13: the service level is within each shop's target: named in the header when every shop shares it, else in each row;
        // "short" counts intervals: hours only when every shop's interval is an hour, else the interval is said
        boolean oneTarget = rows.stream().map(r -> r.get("service_level_target_s")).distinct().count() == 1;
        boolean oneInterval = rows.stream().map(r -> r.get("interval_s")).distinct().count() == 1;
        double interval = (Double) rows.get(0).get("interval_s");
        String slHead = oneTarget ? text.get("bt_sl_within", Words.duration(text, (Double) rows.get(0).get("service_level_target_s"))) : text.get("sf_service_level");
        String shortHead = oneInterval && interval == 3600 ? text.get("bt_short")
                : oneInterval ? text.get("bt_short_intervals", Words.duration(text, interval)) : text.get("bt_short_mixed");
        // each of the two columns as wide as it was (14, 16) unless its header or a cell needs more
        int slWidth = Math.max(14, Columns.width(slHead) + 2), shortWidth = Math.max(16, Columns.width(shortHead) + 2);
        for (Map<String, Object> r : rows) {
            if (!oneTarget) slWidth = Math.max(slWidth, Columns.width(text.get("bt_sl_own", "100.0%", Words.duration(text, (Double) r.get("service_level_target_s")))) + 2);
            if (!oneInterval) shortWidth = Math.max(shortWidth, Columns.width(text.get("bt_short_each", r.get("intervals_short") + " / " + r.get("intervals_counted"),
                    Words.duration(text, (Double) r.get("interval_s")))) + 2);
            if (!"interval".equals(r.get("judged_per"))) shortWidth = Math.max(shortWidth, Columns.width(text.get("bt_short_pooled",
                    r.get("intervals_short") + " / " + r.get("intervals_counted"), text.get("sf_by_" + r.get("judged_per")))) + 2);
        }
        out.println();
        out.println("  " + Columns.left(text.get("bt_shop"), 28) + Columns.right(slHead, slWidth) + Columns.right(text.get("abandon_share"), 14)
                + Columns.right(text.get("ws_lost_sales"), 14) + Columns.right(text.get("ws_unanswered_cost"), 16) + Columns.right(text.get("ws_labour_cost"), 14)
                + Columns.right(shortHead, shortWidth) + Columns.right(text.get("wn_warning"), 10));
        for (Map<String, Object> r : rows) {
            String sl = Format.share((Estimate) r.get("service_level"));
            if (!oneTarget) sl = text.get("bt_sl_own", sl, Words.duration(text, (Double) r.get("service_level_target_s")));
            String shortCell = r.get("intervals_short") + " / " + r.get("intervals_counted");
            if (!"interval".equals(r.get("judged_per"))) shortCell = text.get("bt_short_pooled", shortCell, text.get("sf_by_" + r.get("judged_per")));
            else if (!oneInterval) shortCell = text.get("bt_short_each", shortCell, Words.duration(text, (Double) r.get("interval_s")));
            out.println("  " + Columns.left((String) r.get("shop"), 28) + Columns.right(sl, slWidth)
                    + Columns.right(Format.share((Estimate) r.get("abandon_share")), 14) + Columns.right(Format.whole((Estimate) r.get("lost_sales")), 14)
                    + Columns.right(Format.whole((Estimate) r.get("unanswered_cost")), 16)
                    + Columns.right(Format.whole((Estimate) r.get("labour_cost")), 14)
                    + Columns.right(shortCell, shortWidth)
                    + Columns.right(String.valueOf(r.get("warnings")), 10));
        }
        // cmp13: a cost to the shop in margin beside one in revenue is not one measure: said, with the column that tells them apart
        List<String> margin = new ArrayList<>(), revenue = new ArrayList<>();
        for (Map<String, Object> r : rows) ("margin".equals(r.get("shop_cost_basis")) ? margin : revenue).add((String) r.get("shop"));
        if (!margin.isEmpty() && !revenue.isEmpty()) {
            out.println();
            out.println("  " + text.get("bt_basis_mixed", String.join(text.get("list_sep"), margin), String.join(text.get("list_sep"), revenue)));
        }
    }
}
