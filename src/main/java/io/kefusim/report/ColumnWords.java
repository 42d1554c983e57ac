package io.kefusim.report;

import io.kefusim.scenario.Durations;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a spreadsheet reader sees for a result key (a CSV column, a summary path): its name and
 * unit in the run's language ({@code queue_wait_p80_s}: "queue wait P80 (s)", "排队等待 P80（秒）"),
 * and whether its figures are shares (a workbook shows them as percentages). The CSV and JSON
 * files keep the keys; a key this class does not know is shown as it is. (Words only: the
 * workbook's writer takes them as {@code Workbook.Headings}, so the writer knows the words, not
 * the other way round.)
 */
public final class ColumnWords {
    private static final Pattern TIMED = Pattern.compile("(queue_wait|time_to_abandon|queue_time_all|first_response)_(mean|max|p(\\d+))_s");
    private static final Pattern MISSED = Pattern.compile("missed(?:_deadlines)?_(.+)_(count|share)");
    private static final Pattern LATE = Pattern.compile("late_repl(?:y|ies)_(count|share)");
    private static final Pattern OCCUPANCY_OF = Pattern.compile("occupancy_(.+)");
    private static final Set<String> PLAIN = Set.of("interval_start", "interval_end", "date", "type", "group", "counted", "arrived",
            "deflected", "accepted", "abandoned", "open_at_end", "abandon_share", "service_level", "lost_orders", "agents_on_duty",
            "occupancy", "mean_active_chats", "people_employed", "figure", "mean", "ci95", "key", "code", "file", "line", "where_key", "message");
    private static final Set<String> SECONDS = Set.of("avg_response_s");
    private static final Set<String> HOURS = Set.of("paid_hours_per_agent_week", "paid_hours_per_person_week");
    /** Hours summed over people: the console says agent-hours (人·小时), so the workbook does too. */
    private static final Set<String> AGENT_HOURS = Set.of("overtime_h", "paid_overtime_h", "paid_overtime_extended_h", "paid_overtime_rest_day_h", "paid_overtime_holiday_h", "night_hours");
    private static final Set<String> CNY = Set.of("lost_sales", "labour_cost", "labour_cost_counted", "labour_cost_per_person", "labour_cost_per_answered",
            "unanswered_cost", "lost_sales_recoverable", "lost_margin", "lost_margin_recoverable", "night_allowance");

    private final Text text;
    private final io.kefusim.scenario.Scenario scenario;

    public ColumnWords(Text text) {
        this(text, null);
    }

    /** With the run's scenario: a phone desk's columns say calls, pick-up and talk (see {@link Words#channel}). */
    public ColumnWords(Text text, io.kefusim.scenario.Scenario scenario) {
        this.text = text;
        this.scenario = scenario;
    }

    /** A heading word, in its phone or mixed-desk form where the scenario has calls and Text has one. */
    private String word(String key, Object... args) {
        if (scenario == null) return text.get(key, args);
        return Words.channel(text, scenario, key, args);
    }

    public String label(String key) {
        String k = key.replace('.', '_');
        boolean ci = k.endsWith("_ci95");
        if (ci) k = k.substring(0, k.length() - "_ci95".length());
        String base = base(k);
        if (base == null) return key;
        return ci ? text.get("xl_ci", base) : base;
    }

    private String base(String k) {
        if (PLAIN.contains(k)) return word("xl_" + k);
        if (SECONDS.contains(k)) return text.get("xl_seconds", word("xl_" + k));
        if (HOURS.contains(k)) return text.get("xl_hours", text.get("xl_" + k));
        if (AGENT_HOURS.contains(k)) return text.get("xl_agent_hours", text.get("xl_" + k));
        if (CNY.contains(k)) return text.get("xl_cny", text.get("xl_" + k));
        Matcher m = TIMED.matcher(k);
        if (m.matches()) {
            String measure = text.get("xl_" + m.group(1));
            String stat = m.group(3) != null ? text.get("xl_stat_p", measure, m.group(3)) : text.get("xl_stat_" + m.group(2), measure);
            return text.get("xl_seconds", stat);
        }
        m = MISSED.matcher(k);
        if (m.matches()) return word("xl_missed_" + m.group(2), deadline(m.group(1)));
        m = LATE.matcher(k);
        if (m.matches()) return word("xl_late_" + m.group(1));
        m = OCCUPANCY_OF.matcher(k);
        if (m.matches()) return word("xl_occupancy_of", m.group(1));
        return null;
    }

    /** A deadline's label in words ("2m": "2 min", "2分钟"), or as written if it is no duration. */
    private String deadline(String label) {
        try {
            return Words.duration(text, Durations.parse(label));
        } catch (RuntimeException e) {
            return label;
        }
    }

    public boolean share(String key) {
        String k = key.replace('.', '_').replaceFirst("_ci95$", "");
        return k.endsWith("_share") || k.equals("service_level") || k.equals("occupancy") || OCCUPANCY_OF.matcher(k).matches();
    }

    /** A cell's word in the reader's language: intervals.csv's {@code counted} (yes, no (warm-up)); any other cell as it is. */
    public String cell(String key, String value) {
        if (!key.equals("counted")) return value;
        return switch (value) {
            case "yes" -> text.get("xl_counted_yes");
            case "no (warm-up)" -> text.get("xl_counted_no");
            default -> value;
        };
    }

    public String sheet(String name) {
        return Text.has("xl_sheet_" + name) ? text.get("xl_sheet_" + name) : name;
    }
}
