package io.kefusim.fit;

import io.kefusim.report.ResultsWriter;
import io.kefusim.report.Text;
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

    /** The fitted scenario's text, checked to load before anything is written. */
    public static String fittedYaml(Fit.Read read, String name, Map<String, Object> json) {
        FitResult r = new FitResult(read.fitter(), name);
        String yaml = FittedScenario.yaml(r, json);
        try {
            ScenarioLoader.fromYaml(yaml, "fitted.yaml", null); // runs as is, or this is a bug, not bad input
        } catch (io.kefusim.scenario.ScenarioException e) {
            throw new IllegalStateException("the fitted scenario does not load: " + e.describe(), e);
        }
        return yaml;
    }

    public static Map<String, Object> write(Path dir, Fit.Read read, String name, List<Path> sources, Text text) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sources", sources.stream().map(p -> p.toAbsolutePath().toString()).toList());
        json.put("formats", read.formats().stream().map(RecordFormat::name).toList());
        json.put("records", read.fitter().rows);
        json.put("rows_skipped", read.fitter().skipped);
        json.put("rows_skipped_first", read.badRows());
        json.put("notices", read.notices());
        Fitter f = read.fitter();
        json.put("outcomes", io.kefusim.scenario.ScenarioWriter.ordered("answered", f.answered, "abandoned", f.abandoned, "bot", f.bot));
        json.put("first_response", FittedScenario.sampleJson(f.firstResponse));
        String yaml = fittedYaml(read, name, json);
        Files.writeString(dir.resolve("fitted.yaml"), yaml, StandardCharsets.UTF_8);
        ResultsWriter.JSON.writeValue(dir.resolve("fit.json").toFile(), json);
        FitPage.write(dir, new FitResult(read.fitter(), name), json, text);
        return json;
    }
}
