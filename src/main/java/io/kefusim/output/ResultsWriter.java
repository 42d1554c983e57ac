package io.kefusim.output;

import io.kefusim.report.IntervalFigures;
import io.kefusim.report.Summary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a run's files: summary.json, intervals.csv, by_type/by_group/by_day.csv, results.xlsx, scenario.yaml, run.json. */
public final class ResultsWriter {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * Every string is written quoted: YAML 1.1 readers (PyYAML, SnakeYAML, many editors) would read
     * an unquoted time of day {@code 20:00} as the number 1200 and a date as a timestamp.
     */
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ResultsWriter() {}

    public static Map<String, Object> writeAll(Path dir, Scenario s, List<ReplicationMetrics> reps, Map<String, Object> runInfo) throws IOException {
        Map<String, Object> summary = new Summary(s, reps).build();
        writeFiles(dir, s, summary, IntervalFigures.of(s, reps), scenarioYaml(s), runInfo);
        return summary;
    }

    /** The scenario as run, as scenario.yaml holds it. */
    public static String scenarioYaml(Scenario s) throws IOException {
        return "# The scenario as run, with every default filled in (kefusim run this file to repeat the run).\n"
                + withDefaultsUsed(s);
    }

    /**
     * The scenario written out, every default filled in (but those that change nothing, {@link io.kefusim.sanity.DefaultsUsed#idle}),
     * with {@code defaults_used} listing those the user's file left to kefusim (and a comment saying what it means), so a run of it says what the first run said.
     */
    public static String withDefaultsUsed(Scenario s) throws IOException {
        return ScenarioWriter.commented(YAML.writeValueAsString(ScenarioWriter.toTree(s, io.kefusim.sanity.DefaultsUsed.of(s), io.kefusim.sanity.DefaultsUsed.idle(s))),
                io.kefusim.report.Text.raw("sy_defaults_used", false), io.kefusim.report.Text.raw("sy_defaults_used", true));
    }

    /** Writes the files from figures already worked out (the summary and the interval rows). */
    static void writeFiles(Path dir, Scenario s, Map<String, Object> summary, List<IntervalFigures> rows, String scenarioYaml,
                           Map<String, Object> runInfo) throws IOException {
        writeFiles(dir, s, summary, rows, scenarioYaml, runInfo, Workbook.KEYS);
    }

    /** The same, results.xlsx headed in {@code headings}' words (the run's language); the CSV and JSON files keep the keys. */
    static void writeFiles(Path dir, Scenario s, Map<String, Object> summary, List<IntervalFigures> rows, String scenarioYaml,
                           Map<String, Object> runInfo, Workbook.Headings headings) throws IOException {
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
        JSON.writeValue(dir.resolve("run.json").toFile(), runInfo);
        Files.writeString(dir.resolve("scenario.yaml"), scenarioYaml);
        // the workbook's sheets are the CSV files' rows, kept as they were written (Workbook.SHEETS order)
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        tables.put("intervals", writeIntervals(dir.resolve("intervals.csv"), s, rows));
        tables.put("by_day", writeSlices(dir.resolve("by_day.csv"), "date", summary, "by_day"));
        tables.put("by_type", writeSlices(dir.resolve("by_type.csv"), "type", summary, "by_type"));
        tables.put("by_group", writeSlices(dir.resolve("by_group.csv"), "group", summary, "by_group"));
        Workbook.write(dir, summary, tables, headings);
    }

    /** Writes intervals.csv; returns its rows, the header first. */
    static List<List<String>> writeIntervals(Path file, Scenario s, List<IntervalFigures> rows) throws IOException {
        String[] labels = s.deadlineLabels();
        List<String> header = new ArrayList<>(List.of("interval_start", "interval_end", "arrived", "deflected", "accepted",
                "abandoned", "open_at_end", "agents_on_duty", "occupancy", "service_level", "service_level_ci95",
                "queue_wait_mean_s", "queue_wait_mean_s_ci95", "first_response_mean_s"));
        for (String l : labels) header.add("missed_" + l + "_share");
        header.addAll(List.of("late_reply_share", "avg_response_s", "lost_orders", "lost_orders_ci95", "lost_sales", "counted",
                "abandon_share", "queue_time_all_mean_s"));
        for (Scenario.AgentGroup g : s.groups()) header.add("occupancy_" + g.name());
        header.addAll(List.of("lost_margin", "lost_sales_recoverable", "unanswered_cost")); // lost_margin empty without margins
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        try (Csv csv = new Csv(file, header)) {
            for (IntervalFigures r : rows) {
                List<String> row = new ArrayList<>();
                row.add(r.start().format(STAMP));
                row.add(r.end().format(STAMP));
                for (Estimate e : new Estimate[]{r.arrived(), r.deflected(), r.accepted(), r.abandoned(), r.openAtEnd(),
                        r.agentsOnDuty(), r.occupancy()}) {
                    row.add(Csv.num(e.mean()));
                }
                row.add(Csv.num(r.serviceLevel().mean()));
                row.add(Csv.num(r.serviceLevel().ci95()));
                row.add(Csv.num(r.queueWait().mean()));
                row.add(Csv.num(r.queueWait().ci95()));
                row.add(Csv.num(r.firstResponse().mean()));
                for (Estimate m : r.missedShare()) row.add(Csv.num(m.mean()));
                row.add(Csv.num(r.lateShare().mean()));
                row.add(Csv.num(r.avgResponse().mean()));
                row.add(Csv.num(r.lostOrders().mean()));
                row.add(Csv.num(r.lostOrders().ci95()));
                row.add(Csv.num(r.lostSales().mean()));
                row.add(r.counted() ? "yes" : "no (warm-up)");
                row.add(Csv.num(r.abandonShare().mean()));
                row.add(Csv.num(r.queueTimeAll().mean()));
                for (Estimate o : r.occupancyByGroup()) row.add(Csv.num(o.mean()));
                for (Estimate e : new Estimate[]{r.lostMargin(), r.lostSalesRecoverable(), r.unansweredCost()}) row.add(Csv.num(e.mean()));
                csv.row(row);
                table.add(row);
            }
        }
        return table;
    }

    /** One row per slice (type, group or day) with the headline figures, mean and ci95 columns; returns the rows, the header first. */
    @SuppressWarnings("unchecked")
    static List<List<String>> writeSlices(Path file, String keyName, Map<String, Object> summary, String section) throws IOException {
        Map<String, Object> slices = (Map<String, Object>) summary.get(section);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(slices.keySet());
        for (String k : keys) flatten("", (Map<String, Object>) slices.get(k), columns, keys.size(), keys.indexOf(k));
        List<String> header = new ArrayList<>();
        header.add(keyName);
        header.addAll(columns.keySet());
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        try (Csv csv = new Csv(file, header)) {
            for (int r = 0; r < keys.size(); r++) {
                List<String> row = new ArrayList<>();
                row.add(keys.get(r));
                for (List<String> col : columns.values()) row.add(col.get(r));
                csv.row(row);
                table.add(row);
            }
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, Map<String, List<String>> out, int rows, int row) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "_" + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                flatten(name, (Map<String, Object>) m, out, rows, row);
            } else if (v instanceof Estimate est) {
                cell(out, name, rows, row, Csv.num(est.mean()));
                cell(out, name + "_ci95", rows, row, Csv.num(est.ci95()));
            } else if (v instanceof Summary.Value val) {
                cell(out, name, rows, row, Csv.num(val.value()));
            }
        }
    }

    private static void cell(Map<String, List<String>> out, String col, int rows, int row, String value) {
        List<String> c = out.computeIfAbsent(col, k -> {
            List<String> l = new ArrayList<>();
            for (int i = 0; i < rows; i++) l.add("");
            return l;
        });
        c.set(row, value);
    }
}
