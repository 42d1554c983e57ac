package io.kefusim.cli;

import io.kefusim.fit.Fit;
import io.kefusim.forecast.Forecaster;
import io.kefusim.forecast.ForecastWriter;
import io.kefusim.output.RunFolder;
import io.kefusim.report.Text;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast buyers per hour for the days asked, with prediction intervals per hour and for the day, from a shop's records (read as kefusim fit reads them).",
                "Ordinary days: weekday x hour profile; sale days: the earlier sale day's shape times a growth",
                "(--growth, or estimated from --preheat days). The spread is estimated from held-out days, and forecast.html backtests the",
                "forecast on them. Writes forecast.csv, forecast.json, forecast.html and demand-DATE.yaml (a scenario's demand block with uncertainty)."})
final class ForecastCommand implements Callable<Integer> {
    @Mixin
    RecordsOptions records;

    @Option(names = "--for", arity = "1..*", paramLabel = "DATE", description = "Days to forecast (YYYY-MM-DD). Without it: the backtest only.")
    List<String> forDates = new ArrayList<>();

    @Option(names = "--sale", arity = "1..*", paramLabel = "DATE", description = "Sale days in the history (left out of the ordinary profile; a day asked on the same month and day is forecast from the latest of them).")
    List<String> saleDates = new ArrayList<>();

    @Option(names = "--growth", paramLabel = "G", description = "Growth of a sale day over the earlier one (e.g. 1.2); default: estimated from the pre-heat days.")
    Double growth;

    @Option(names = "--preheat", converter = Ranges.Preheat.class, defaultValue = "14", paramLabel = "N", description = "Pre-heat days before the sale the growth is estimated from (default: ${DEFAULT-VALUE}).")
    int preheat;

    @Option(names = "--level", defaultValue = "0.8", paramLabel = "P", description = "Coverage of the prediction intervals (default: ${DEFAULT-VALUE}).")
    double level;

    @Mixin
    NameOption name;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Text text = new Text(output.lang);
        if (!(level >= 0.5 && level <= 0.99)) throw new ScenarioException("--level", 0, null, "'" + level + "' is out of range; allowed: 0.5 to 0.99", "'" + level + "' 超出范围；允许：0.5 到 0.99");
        if (growth != null && !(growth > 0 && growth <= 1000)) throw new ScenarioException("--growth", 0, null, "'" + growth + "' is out of range; allowed: more than 0, up to 1000", "'" + growth + "' 超出范围；允许：大于 0，至多 1000");
        if (preheat < 2 || preheat > 366) throw new ScenarioException("--preheat", 0, null, "'" + preheat + "' is out of range; allowed: 2 to 366", "'" + preheat + "' 超出范围；允许：2 到 366");
        List<LocalDate> asked = dates("--for", forDates);
        Set<LocalDate> sales = new LinkedHashSet<>(dates("--sale", saleDates));
        String n = name.orFirstOf(records.files);
        RunFolder.check(output.out, n + "-forecast");
        Fit.Read read = Fit.read(records.files, records.format(), said -> spec.commandLine().getErr().println(io.kefusim.report.WarningText.say(text, said)));
        for (io.kefusim.scenario.Said notice : read.notices()) spec.commandLine().getErr().println(text.get("fn_notice", io.kefusim.report.WarningText.say(text, notice)));
        SortedMap<LocalDate, long[]> history = read.fitter().arrivalsByDate();
        String file = records.files.get(0).toString();
        for (LocalDate s : sales) {
            if (!history.containsKey(s)) throw new ScenarioException("--sale", 0, null, s + " is not in the records (" + history.firstKey() + " to " + history.lastKey() + ")",
                    s + " 不在记录中（" + history.firstKey() + " 至 " + history.lastKey() + "）");
        }
        List<io.kefusim.scenario.Said> far = ForecastWriter.checkAsked(asked, history);
        Forecaster f = new Forecaster(history, sales, level);
        // --growth and --preheat shape a sale day only: said when typed and no day asked is one
        PrintWriter err = spec.commandLine().getErr();
        if (asked.stream().noneMatch(d -> f.earlierSale(d) != null)) {
            for (String o : List.of("--growth", "--preheat")) if (IdleOptions.given(spec, o)) IdleOptions.say(err, text, "io_growth_no_sale", o);
        } else if (growth != null && IdleOptions.given(spec, "--preheat")) {
            IdleOptions.say(err, text, "io_preheat_growth");
        }
        Forecaster.Errors errors;
        List<Forecaster.Day> heldOut;
        try {
            errors = f.errors(Set.of());
            heldOut = f.backtest();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, 0, null, e.getMessage() + "; give records of at least two weeks", "记录太少，无法估计预测误差；请提供至少两周的记录");
        }
        List<Forecaster.Day> days = new ArrayList<>();
        for (LocalDate d : asked) {
            LocalDate earlier = f.earlierSale(d);
            if (earlier == null) {
                days.add(f.ordinary(d, Set.of(), errors));
                continue;
            }
            Forecaster.Growth g;
            try {
                g = growth != null ? Forecaster.setGrowth(growth, earlier) : f.estimateGrowth(d, earlier, preheat);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("--preheat", 0, null, e.getMessage(), "记录中大促前的预热日不足两天（今年与上次大促前都需要）；请补充记录或用 --growth 给出增长");
            }
            days.add(f.sale(d, g, errors));
        }
        for (io.kefusim.scenario.Said notice : far) spec.commandLine().getErr().println(text.get("fn_notice", io.kefusim.report.WarningText.say(text, notice)));
        ForecastWriter.Outcome o = new ForecastWriter.Outcome(days, heldOut, errors, level, records.files.stream().map(Path::toString).toList(), far);
        Path done = RunFolder.write(output.out, n + "-forecast", dir -> ForecastWriter.write(dir, o, text));
        stdout.println(text.get("fc_backtest_sentence", heldOut.size(), pct(Forecaster.intervalCoverage(heldOut)), Forecaster.openHours(heldOut),
                Math.round(level * 100), pct(Forecaster.dayCoverage(heldOut))));
        for (Forecaster.Day d : days) {
            String sale = "";
            if (d.sale()) {
                Forecaster.Growth g = d.growth();
                sale = text.get("fc_sale_mark", String.format(Locale.ROOT, "%.3f", g.value()),
                        g.estimated() ? text.get("fc_growth_ci", String.format(Locale.ROOT, "%.3f", g.lo()), String.format(Locale.ROOT, "%.3f", g.hi()), g.n()) : "");
            }
            stdout.println("  " + text.get("fc_day_line", d.date(), sale, Math.round(d.total()), Math.round(level * 100), Math.round(d.totalLo()), Math.round(d.totalHi())));
        }
        stdout.println(text.get("labelled", text.get("wf_written"), done));
        stdout.println(text.get("labelled", text.get("report_written"), done.resolve("forecast.html")));
        return 0;
    }

    private static List<LocalDate> dates(String option, List<String> texts) {
        List<LocalDate> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(LocalDate.parse(t.trim()));
            } catch (DateTimeParseException e) {
                throw new ScenarioException(option, 0, null, "'" + t + "' is not a date; allowed: YYYY-MM-DD", "'" + t + "' 不是日期；允许：YYYY-MM-DD");
            }
        }
        return out;
    }

    private static String pct(double v) { return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100); }
}
