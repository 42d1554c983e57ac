package io.kefusim.fit;

import io.kefusim.output.ResultsWriter;
import io.kefusim.report.Text;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kefusim fit}'s files: fitted.yaml, fit.json, fit.html (with charts). */
public final class FitWriter {
    private FitWriter() {}

    /** The fitted scenario's text for an idle gap, checked to load (a fitted file that does not load is a bug, not bad input). */
    static String fittedYaml(FitResult r, Map<String, Object> json, double idleGap) {
        return fittedYaml(r, json, idleGap, new Text("en"));
    }

    /** The same, its opening comments in {@code text}'s language. */
    static String fittedYaml(FitResult r, Map<String, Object> json, double idleGap, Text text) {
        String yaml = FittedScenario.yaml(r, json, idleGap, text);
        try {
            ScenarioLoader.fromYaml(yaml, "fitted.yaml", null);
        } catch (io.kefusim.scenario.ScenarioException e) {
            throw new IllegalStateException("the fitted scenario does not load: " + e.describe(), e);
        }
        return yaml;
    }

    public static Map<String, Object> write(Path dir, Backtest.Records rec, String name, List<Path> sources, Text text, int threads) throws IOException {
        Fit.Read read = rec.read();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sources", sources.stream().map(p -> p.toAbsolutePath().toString()).toList());
        json.put("formats", read.formats().stream().map(RecordFormat::name).toList());
        json.put("records", read.fitter().rows);
        json.put("rows_skipped", read.fitter().skipped);
        json.put("rows_skipped_first", read.badRows());
        // the notices in both languages, as warnings are: "notices" (English) and "notices_zh"
        json.put("notices", read.notices().stream().map(n -> io.kefusim.report.WarningText.say(new Text("en"), n)).toList());
        json.put("notices_zh", read.notices().stream().map(n -> io.kefusim.report.WarningText.say(new Text("zh"), n)).toList());
        Fitter f = read.fitter();
        json.put("outcomes", io.kefusim.scenario.ScenarioWriter.ordered("answered", f.answered, "abandoned", f.abandoned, "bot", f.bot));
        json.put("first_response", FittedScenario.sampleJson(f.firstResponse));
        if (f.calls) json.put("suspect", io.kefusim.scenario.ScenarioWriter.ordered("hung_up_without_queueing", f.hungUpUnqueued,
                "of_them_unidentified_callers", f.hungUpUnidentified, "counted_as", "resolved by the bot (bot_deflection)",
                "likely", "hidden abandonment: callers who gave up at the menu or on hearing the wait"));
        f.finish(); // issue 25: retrials and priority classes, before the demand is read off the counts
        FitResult r = new FitResult(f, name);
        // fitM: contacts taken out of the arrivals (any reason) said beside the other notices, and counted with the chats a day either way
        io.kefusim.scenario.Said takenOut = f.takenOutNotice();
        if (takenOut != null) {
            for (String key : new String[]{"notices", "notices_zh"}) {
                @SuppressWarnings("unchecked") List<String> before = (List<String>) json.get(key);
                List<String> all = new java.util.ArrayList<>(before);
                all.add(io.kefusim.report.WarningText.say(new Text(key.equals("notices") ? "en" : "zh"), takenOut));
                json.put(key, all);
            }
        }
        double days = r.lastDay - r.firstDay + 1;
        json.put("taken_out_of_arrivals", io.kefusim.scenario.ScenarioWriter.ordered("total", f.takenOut(), "after_giving_up_identified", f.takenOutGaveUp,
                "after_giving_up_unidentified_expected", f.takenOutUnidentified, "after_late_reply", f.takenOutLateReply,
                "records_a_day", f.rows / days, "fitted_pattern_a_day", (f.rows - f.takenOut()) / days));
        double idleGap = Scenario.DEFAULT_IDLE_GAP;
        IdleGapChoice choice = null;
        if (!f.work.isEmpty() && f.answered > 0) {
            choice = new IdleGapChoice(rec, g -> fittedYaml(r, new LinkedHashMap<>(), g), dir, threads);
            idleGap = choice.chosen.idleGap();
            // fitE: a reply time from first response − wait, brought to the records' first responses by replaying them
            if (FittedScenario.replySource(f).equals("first_response_minus_wait")) choice.calibrateReply(rec, f, g -> fittedYaml(r, new LinkedHashMap<>(), g), dir, threads);
            // fitG: calls wait a few seconds for a free agent to pick up; the share and mean brought to the records' by replay and as run
            choice.calibratePickUp(rec, f, g -> fittedYaml(r, new LinkedHashMap<>(), g), dir, threads, FittedScenario.CALL_TARGET_S);
            // fitB: the time on duty the replay reads and the time the fitted roster puts on duty, side by side
            choice.spanHours = IdleGapChoice.spanHours(f, idleGap);
            choice.rosterHours = new FittedTeams(f.days(idleGap), r.firstDay, r.lastDay).onDutyHours();
            json.put("availability", choice.json());
        }
        // fit13: the fitted desk must not be said to answer faster than the real one without saying so
        List<io.kefusim.sanity.Warning> warnings = new java.util.ArrayList<>(choice == null ? List.of()
                : io.kefusim.sanity.ReplayFaster.warning("fit.answers_faster", "fitted.yaml", choice.chosenReplay(),
                        new io.kefusim.scenario.Said("wn_faster_by_fit", IdleGapChoice.REPLICATIONS, new io.kefusim.scenario.Said.Duration(idleGap)),
                        choice.asRunFaster(), new io.kefusim.scenario.Said("wn_faster_by_fit_file", new io.kefusim.scenario.Said.Duration(idleGap))));
        json.put("warnings", io.kefusim.report.WarningText.json(warnings));
        String yaml = fittedYaml(r, json, idleGap, text);
        // fitE: lost orders resting on kefusim's assumed reply time, said here as every run of the file says it
        warnings.addAll(io.kefusim.sanity.ReplyOrdersCheck.check(ScenarioLoader.fromYaml(yaml, "fitted.yaml", null)));
        json.put("warnings", io.kefusim.report.WarningText.json(warnings));
        Files.writeString(dir.resolve("fitted.yaml"), yaml, StandardCharsets.UTF_8);
        ResultsWriter.JSON.writeValue(dir.resolve("fit.json").toFile(), json);
        FitPage.write(dir, r, json, choice, warnings, text);
        return json;
    }
}
