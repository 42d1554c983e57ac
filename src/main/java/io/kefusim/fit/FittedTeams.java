package io.kefusim.fit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staffing of a fitted scenario as a shop runs it: each agent in the records is a team of
 * one person, whose rotation is the days it worked; each working day is one shift from its first
 * to its last on-duty moment, with breaks where the records show it away ({@link AgentWork#days}).
 * So the people employed are the records' agents, and the hours paid those they were at work.
 * (The replay in {@code kefusim backtest} keeps reading the on-duty spans from the records.)
 * Times are written to the whole minute, widened outwards for the shift and inwards for a break.
 */
final class FittedTeams {
    /** One agent's working days: epoch day -> {shift from, to}, then {break from, to}... */
    record Agent(String name, String recorded, TreeMap<Long, List<double[]>> days) {}

    final List<Agent> agents = new ArrayList<>();
    private final long firstDay, lastDay;

    FittedTeams(Map<String, TreeMap<Long, List<double[]>>> days, long firstDay, long lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        int i = 0;
        for (Map.Entry<String, TreeMap<Long, List<double[]>>> e : days.entrySet()) {
            i++;
            String clean = e.getKey().trim().replaceAll("[^\\p{L}\\p{N}_-]", "_");
            String name = clean.isEmpty() || clean.startsWith("-") || clean.length() > 30 || clean.equals("off") ? String.format(Locale.ROOT, "agent%03d", i) : clean;
            agents.add(new Agent(name, e.getKey(), e.getValue()));
        }
    }

    boolean isEmpty() { return agents.isEmpty(); }

    /** People in the records: one a team. */
    int people() { return agents.size(); }

    /** The shifts and teams in scenario-file syntax. */
    void yaml(StringBuilder y, String group, io.kefusim.report.Text text) {
        y.append("shifts:                                  # ").append(text.get("fy_shifts")).append("\n");
        for (Agent a : agents) {
            for (Map.Entry<Long, List<double[]>> d : a.days().entrySet()) {
                int[] shift = shift(d.getValue());
                int from = shift[0], to = shift[1];
                y.append("  ").append(shiftName(a, d.getKey())).append(": {from: \"").append(RecordedRoster.clock(from)).append("\", to: \"")
                        .append(RecordedRoster.clock(to == 86400 ? 86400 : to % 86400)).append("\"");
                List<String> breaks = new ArrayList<>();
                for (int k = 1; k < d.getValue().size(); k++) {
                    int[] br = breakMinutes(d.getValue().get(k), from, to);
                    if (br == null) continue;
                    int at = br[0], end = br[1];
                    breaks.add("{at: \"" + RecordedRoster.clock(at % 86400) + "\", for: " + io.kefusim.scenario.Durations.format(end - at) + "}");
                }
                if (!breaks.isEmpty()) y.append(", breaks: [").append(String.join(", ", breaks)).append("]");
                y.append("}\n");
            }
        }
        y.append("teams:                                   # ").append(text.get("fy_teams", agents.size())).append("\n");
        for (Agent a : agents) {
            List<String> cycle = new ArrayList<>();
            for (long day = firstDay; day <= lastDay; day++) cycle.add(a.days().containsKey(day) ? shiftName(a, day) : "off");
            y.append("  - {name: ").append(a.name()).append(", agents: {").append(group).append(": 1}, rotation: {cycle: [")
                    .append(String.join(", ", cycle)).append("], from: \"").append(LocalDate.ofEpochDay(firstDay)).append("\"}}");
            // the records' own name beside a cleaned one; a line break in it would end the comment, so none is written
            if (!a.name().equals(a.recorded())) y.append("   # '").append(a.recorded().replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ")).append("'");
            y.append("\n");
        }
    }

    /** A working day's shift as written: to the minute, widened outwards; {from, to}, to may pass 86400. */
    private static int[] shift(List<double[]> day) {
        double[] s = day.get(0);
        int from = 60 * (int) Math.floor(s[0] / 60);
        int to = (int) Math.min(from + 86400 - 60, Math.max(from + 60, 60 * Math.ceil(s[1] / 60)));
        return new int[]{from, to};
    }

    /** A break as written: to the minute, narrowed inwards; null when under a minute or not inside the shift. */
    private static int[] breakMinutes(double[] b, int from, int to) {
        int at = 60 * (int) Math.ceil(b[0] / 60), end = 60 * (int) Math.floor(b[1] / 60);
        return end - at < 60 || at <= from || end >= to ? null : new int[]{at, end};
    }

    /**
     * The agent-hours on duty in the roster as written (shifts less their breaks, over the records'
     * dates): what {@code kefusim run} puts on duty, to set against the spans the replay uses (fitB).
     */
    double onDutyHours() {
        double sec = 0;
        for (Agent a : agents) {
            for (List<double[]> day : a.days().values()) {
                int[] sh = shift(day);
                sec += sh[1] - sh[0];
                for (int k = 1; k < day.size(); k++) {
                    int[] br = breakMinutes(day.get(k), sh[0], sh[1]);
                    if (br != null) sec -= br[1] - br[0];
                }
            }
        }
        return sec / 3600;
    }

    private static String shiftName(Agent a, long day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return String.format(Locale.ROOT, "%s_%02d%02d", a.name(), d.getMonthValue(), d.getDayOfMonth());
    }
}
