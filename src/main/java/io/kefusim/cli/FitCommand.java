package io.kefusim.cli;

import io.kefusim.fit.Backtest;
import io.kefusim.fit.Fit;
import io.kefusim.fit.FitWriter;
import io.kefusim.fit.RecordFormat;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a runnable scenario to a shop's own records: arrivals by weekday and hour, the buyer-type mix, messages per chat, the agents' reply time, buyers' think time, patience (from censored waits), bot deflection, the staffing on duty, and conversion by first response where orders are recorded. RECORDS: per-chat records (kefusim's chats.csv, a 千牛-style export), per-message records (with the per-chat ones), or call records (the Anonymous Bank format). Writes fitted.yaml, fit.json and fit.html."})
final class FitCommand implements Callable<Integer> {
    @Mixin
    RecordsOptions records;

    @Mixin
    NameOption name;

    @Mixin
    OutputOptions output;

    @Option(names = "--threads", converter = Ranges.Threads.class, paramLabel = "T", description = "Worker threads for choosing the idle gap (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--patience", defaultValue = "exponential", paramLabel = "FAMILY",
            description = "Patience distribution written to fitted.yaml: exponential (the censored MLE) or weibull (the censored Weibull MLE); the other is given beside it as a comment (default: ${DEFAULT-VALUE}).")
    String patience;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Text text = new Text(output.lang);
        RecordFormat forced = records.format();
        String n = name.orFirstOf(records.files);
        if (!patience.equals("exponential") && !patience.equals("weibull")) {
            throw new ScenarioException("--patience", 0, null, "'" + patience + "' is not a patience family; allowed: exponential, weibull",
                    "'" + patience + "' 不是耐心分布；允许：exponential（指数）、weibull（威布尔）");
        }
        RunFolder.check(output.out, n + "-fit");
        Backtest.Records rec = Backtest.collect(records.files, forced, said -> spec.commandLine().getErr().println(io.kefusim.report.WarningText.say(text, said)));
        Fit.Read read = rec.read();
        read.fitter().weibullPatience(patience.equals("weibull"));
        for (io.kefusim.scenario.Said notice : read.notices()) spec.commandLine().getErr().println(text.get("fn_notice", io.kefusim.report.WarningText.say(text, notice)));
        if (read.fitter().skipped() > 0) {
            spec.commandLine().getErr().println(text.get("fn_notice", read.fitter().skipped() == 1 ? text.get("fn_skipped_one", read.firstBadRow(text.chinese()))
                    : text.get("fn_skipped", read.fitter().skipped(), read.firstBadRow(text.chinese()))));
        }
        List<Map<String, Object>> said = new java.util.ArrayList<>();
        Path done = RunFolder.write(output.out, n + "-fit", dir -> said.add(FitWriter.write(dir, rec, n, records.files, text, RunOptions.threadCount(threads))));
        // fitM: contacts taken out of the arrivals are known once the records are all read (retrials, late-reply returns): said as the other notices
        io.kefusim.scenario.Said takenOut = read.fitter().takenOutNotice();
        if (takenOut != null) spec.commandLine().getErr().println(text.get("fn_notice", io.kefusim.report.WarningText.say(text, takenOut)));
        // fit13: what fit's own replay found (the fitted desk answers faster than the records), as fit.json and fit.html say it
        for (Map<String, Object> json : said) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings");
            for (Map<String, Object> w : warnings == null ? List.<Map<String, Object>>of() : warnings) {
                @SuppressWarnings("unchecked") Map<String, Object> where = (Map<String, Object>) w.get("where");
                spec.commandLine().getErr().println(text.get("lw_warning") + where.get("file") + ": " + where.get("key") + ": " + w.get(text.chinese() ? "message_zh" : "message"));
            }
        }
        stdout.println(text.get("fit_done", read.fitter().records(), done.resolve("fitted.yaml")));
        // fitG: a fitted pick-up changes how the file answers, so it is said where the run is read first, not only in fit.html
        for (Map<String, Object> json : said) {
            if (!(json.get("estimates") instanceof Map<?, ?> est) || !(est.get("pick_up") instanceof Map<?, ?> pu)
                    || !(pu.get("written") instanceof Map<?, ?> w) || !(w.get("share") instanceof Number share) || !(w.get("mean_s") instanceof Number mean)) continue;
            Object at = pu.get("records") instanceof Map<?, ?> r ? r.get("answered_at_once") : null;
            stdout.println(text.get("fit_pick_up_said", String.format(java.util.Locale.ROOT, "%.1f%%", share.doubleValue() * 100),
                    io.kefusim.report.Words.duration(text, mean.doubleValue()),
                    at instanceof Number a ? String.format(java.util.Locale.ROOT, "%.1f%%", a.doubleValue() * 100) : "—"));
        }
        stdout.println(text.get("labelled", text.get("report_written"), done.resolve("fit.html")));
        stdout.println(text.get("fit_next", nextStep(records, done.resolve("fitted.yaml"))));
        return 0;
    }

    /**
     * The backtest to run next, ready to paste: the same records read the same way, the fitted
     * file, and the band's replications written out (the fitted file's replications are for run;
     * giving backtest's own number is the user's choice, so the recommended path warns of nothing).
     */
    static String nextStep(RecordsOptions records, Path fitted) {
        List<String> words = new java.util.ArrayList<>(List.of("kefusim", "backtest"));
        for (Path f : records.files) words.add(f.toString());
        if (records.format != null) words.addAll(List.of("--format", records.format));
        if (records.map != null) words.addAll(List.of("--map", records.map.toString()));
        words.addAll(List.of("--scenario", fitted.toString(), "--replications", Integer.toString(io.kefusim.sanity.BacktestRun.BAND_REPLICATIONS)));
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(sb.length() == 0 ? "" : " ").append(shellWord(w));
        return sb.toString();
    }

    /** A word as a shell reads it: as it is when plain (letters, digits, / . _ - : = + @ , %), else in single quotes. */
    static String shellWord(String w) {
        if (!w.isEmpty() && w.matches("[\\p{L}\\p{N}/._\\-:=+@,%]+")) return w;
        return "'" + w.replace("'", "'\\''") + "'";
    }
}
