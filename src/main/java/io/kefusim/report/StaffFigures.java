package io.kefusim.report;

import io.kefusim.metrics.Estimate;
import io.kefusim.metrics.Figures;
import io.kefusim.metrics.Money;
import io.kefusim.metrics.ReplicationMetrics;
import io.kefusim.scenario.Scenario;
import io.kefusim.staffing.Decisions.Decision;
import io.kefusim.staffing.Optimiser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The staffing optimiser's results in the reader's words: table rows, verdicts, sentences and the
 * requirement charts. Shared by staff.html, the console and output's StaffingWriter (which writes them).
 */
public final class StaffFigures {
    private StaffFigures() {}

    /** What the search found on the way, in the reader's words. */
    public static List<String> notes(Text text, Optimiser.Result r) {
        return r.log().stream().map(n -> text.get("opt_" + n.key(), n.args())).toList();
    }

    /** The search's notes as one clause list, joined as the language joins clauses ("; ", "；"). */
    /**
     * The count line: how many simulations the search ran and, when some rosters were stopped after
     * their first replications as clearly short of the goal, how many, after how many replications,
     * and the replications simulated in all against the simulations × {@code replications} without
     * stopping; then the search's notes.
     */
    public static String simulationsSentence(Text text, Optimiser.Result r, int replications) {
        Optimiser.Replications reps = r.replications();
        if (reps.stopped() == 0) return text.get("st_simulations_notes", r.simulations(), notesJoined(text, r));
        return text.get("st_simulations_stopped", r.simulations(), reps.stopped(), reps.stage(), Format.whole((double) reps.simulated()),
                Format.whole((double) r.simulations() * replications), notesJoined(text, r));
    }

    public static String notesJoined(Text text, Optimiser.Result r) {
        return String.join(text.get("group_sep"), notes(text, r));
    }

    /**
     * Today's roster meets the goal (one with a threshold), as the search's roster does, and its labour cost, as the tables
     * show it (whole CNY), is below the search's roster's: the answer then says so first, and calls neither roster proven cheapest (staffing.json
     * {@code original_cheaper}). With the shifts designed the search's proof holds only on the shifts the design opened;
     * without, it is in scheduled pay, or the budget ran out (the bounds' largest roster, or the best found).
     */
    public static boolean todayCheaper(Optimiser.Result r, Optimiser.Evaluation original) {
        return original != null && r.goal().isConstraint() && r.met() && original.meets()
                && Math.round(original.labourCost()) < Math.round(r.best().labourCost());
    }

    /**
     * The budget ran out with only the bounds' largest roster (or, designing, before any designed roster met the goal), and today's roster meets the goal: today's is the one to
     * keep, and no optimised.yaml is written (the 200-agent bound would read as a plan to run).
     */
    public static boolean keepToday(Optimiser.Result r, Optimiser.Evaluation original) {
        return r.boundOnly() && todayCheaper(r, original) || designBudget(r) && original != null && original.meets();
    }

    /**
     * The run's answer meets the goal (one with a threshold): the search's roster meets it, or today's does and is the one to
     * keep ({@link #keepToday}: the search has no result, no optimised.yaml is written). staffing.json {@code goal_met}, and
     * exit 0 rather than 3 (commands.md: exit 3 when no roster meets the goal).
     */
    public static boolean goalMet(Optimiser.Result r, Optimiser.Evaluation original) {
        return r.goal().isConstraint() && (r.met() || keepToday(r, original));
    }

    /** The answer is today's roster: it meets the goal and costs less than the search's, or the search has no result (staffing.json {@code keep_original}). */
    public static boolean keepOriginal(Optimiser.Result r, Optimiser.Evaluation original) {
        return todayCheaper(r, original) || keepToday(r, original);
    }

    /**
     * The shifts were designed and the simulation budget ran out before any designed roster met the goal: the roster
     * shown is the last one tried, which falls short, and no search result (staffing.json {@code search_result: false}).
     */
    public static boolean designBudget(Optimiser.Result r) {
        return r.goal().isConstraint() && !r.met() && r.log().stream().anyMatch(n -> n.key().equals("design_budget"));
    }

    /** No search result: the bounds' largest roster ({@link Optimiser.Result#boundOnly}) or the last designed roster tried ({@link #designBudget}). */
    public static boolean noResult(Optimiser.Result r) {
        return r.boundOnly() || designBudget(r);
    }

    /** The shifts were designed: "proven" is then on the shifts the design opened, not among every design. */
    public static boolean designed(Optimiser.Result r) {
        return r.log().stream().anyMatch(n -> n.key().equals("design_open") || n.key().equals("design_none") || n.key().equals("design_budget"));
    }

    /** Where a simulated roster falls short of the goal, hour by hour (summary.json's worst_intervals shape). */
    public static Map<String, Object> worstIntervals(io.kefusim.staffing.Goal goal, Optimiser.Evaluation e) {
        return ShortfallText.json(e.scenario(), goal.shortfall(e.scenario(), e.reps()), goal.shortfallFigure(), goal.shortfallThreshold(e.scenario()));
    }

    /** The worst-intervals sentence for a simulated roster, in the user's words. */
    /**
     * A designed decision's shift as the chosen roster has it: the candidate "0400-8h" is written to optimised.yaml with
     * its break ("0400-8h-b0600x3"); null when the decision is not a designed one (its shift is the scenario's own) or not opened.
     */
    public static Scenario.Shift designedShift(Scenario original, Scenario best, Decision d) {
        if (d.team() != null || original.shifts().containsKey(d.shift())) return null;
        for (var e : best.roster()) {
            if (!e.group().equals(d.group()) || !(e.shift().equals(d.shift()) || e.shift().startsWith(d.shift() + "-b"))) continue;
            if (d.on() == null ? e.dates() != null : e.dates() == null || !e.dates().containsAll(d.on())) continue;
            return best.shifts().get(e.shift());
        }
        return null;
    }

    /** A shift's hours and breaks in words: "04:00–12:00, break 06:00–06:30", or with turns "breaks 06:00–07:30 (3 turns of 30 min)". */
    public static String shiftHours(Text text, Scenario.Shift sh) {
        StringBuilder b = new StringBuilder(clock(sh.fromSec()) + "–" + clock(sh.toSec()));
        for (Scenario.Break br : sh.breaks()) {
            int n = Math.max(1, br.split());
            String span = clock(br.atSec()) + "–" + clock((int) Math.round(br.atSec() + n * br.duration()));
            b.append(n == 1 ? text.get("sd_break", span) : text.get("sd_breaks", span, n, Words.duration(text, br.duration())));
        }
        return b.toString();
    }

    private static String clock(int sec) {
        int t = Math.floorMod(sec, 86400);
        if (sec > 0 && t == 0) t = 86400; // a shift ending at midnight ends at 24:00
        return String.format(java.util.Locale.ROOT, "%02d:%02d", t / 3600, t % 3600 / 60);
    }

    public static String worstSentence(Text text, io.kefusim.staffing.Goal goal, Optimiser.Evaluation e) {
        Scenario sc = e.scenario();
        String figure = switch (goal.kind()) {
            case SERVICE_LEVEL, LOST_SALES -> text.get("sf_service_level");
            case MISSED -> text.get("sf_missed", Words.duration(text, sc.firstResponseDeadlines()[goal.deadlineIndex()]));
            case ABANDON -> text.get("sf_abandon");
        };
        return ShortfallText.sentence(text, sc, worstIntervals(goal, e), figure, Format.share(goal.shortfallThreshold(sc)), goal.shortfallBelow());
    }

    /** A plan's figures for the comparison table; {@code lostMargin} null unless every converting type has a margin. */
    public record Row(String plan, double scheduledPay, double labourCost, double serviceLevel, double abandonShare,
                      double lostSales, Double lostMargin, double unansweredCost, double objective, boolean meetsGoal) {
        public static Row of(String plan, Optimiser.Evaluation e) {
            double sl = 0, ab = 0;
            for (ReplicationMetrics m : e.reps()) {
                sl += Figures.serviceLevel(m.total);
                ab += Figures.abandonShare(m.total);
            }
            int n = e.reps().size();
            Double margin = Double.isNaN(e.lostMargin()) ? null : e.lostMargin();
            return new Row(plan, e.basePay(), e.labourCost(), sl / n, ab / n, e.lostSales(), margin, e.unansweredCost(), e.objective(), e.meets());
        }
    }

    /** The comparison table's head (console and staff.html): lost margin only where the scenario has margins. */
    public static List<String> tableHead(Text text, Scenario s) {
        List<String> head = new ArrayList<>(List.of(text.get("sp_plan_col"), text.get("sp_pay"), text.get("labour_cost"), text.get("sf_service_level"),
                text.get("abandon_share"), text.get("lost_sales")));
        if (new Money(s).marginForAll()) head.add(text.get("w_lost_margin"));
        head.add(text.get("w_unanswered_cost"));
        head.add(text.get("sp_goal_col"));
        return head;
    }

    /** A plan's cells under {@link #tableHead}. */
    /**
     * Issue 31: the original's and the optimised roster's demand split (staffing.json's
     * {@code demand_uncertainty}, keys "original" and "optimised"); null when demand is known.
     */
    public static Map<String, Object> demandSpread(io.kefusim.staffing.Optimiser.Evaluation original, io.kefusim.staffing.Optimiser.Result r) {
        Map<String, io.kefusim.scenario.Scenario> plans = new java.util.LinkedHashMap<>();
        Map<String, List<io.kefusim.metrics.ReplicationMetrics>> reps = new java.util.LinkedHashMap<>();
        if (original != null) { plans.put("original", original.scenario()); reps.put("original", original.reps()); }
        plans.put("optimised", r.best().scenario());
        reps.put("optimised", r.best().reps());
        return DemandSpreadText.byPlan(plans, reps);
    }

    public static List<String> tableRow(Text text, io.kefusim.staffing.Goal goal, Row row, Row best) {
        List<String> cells = new ArrayList<>(List.of(text.get("sp_plan_" + row.plan()), Format.whole(row.scheduledPay()), Format.whole(row.labourCost()),
                Format.share(row.serviceLevel()), Format.share(row.abandonShare()), Format.whole(row.lostSales())));
        if (row.lostMargin() != null) cells.add(Format.whole(row.lostMargin()));
        cells.add(Format.whole(row.unansweredCost()));
        cells.add(verdict(text, goal, row, best));
        return cells;
    }

    /**
     * Met or not met for a goal with a threshold. The lost-sales goal has none: nothing is
     * "met"; the new roster is the lowest found, another is said by how much it costs more.
     */
    public static String verdict(Text text, io.kefusim.staffing.Goal goal, Row row, Row best) {
        if (goal.isConstraint()) return text.get(row.meetsGoal() ? "sp_met" : "sp_not_met");
        return isLowest(row, best) ? text.get("m_lowest_found") : text.get("m_more_by", Format.whole(row.objective() - best.objective()));
    }

    /** Within half a yuan of the lowest found (what the tables show as the same whole number). */
    public static boolean isLowest(Row row, Row best) { return row.objective() - best.objective() < 0.5; }

    /** For the lost-sales goal, what it minimised, in the reader's words; empty for other goals. */
    public static String objectiveSentence(Text text, io.kefusim.staffing.Goal goal, Optimiser.Evaluation e) {
        if (goal.isConstraint()) return "";
        Money money = new Money(e.scenario());
        double unrecoverable = Estimate.over(e.reps(), m -> money.unrecoverableLoss(m)).meanOrNaN();
        return Words.channel(text, e.scenario(), money.marginForAll() ? "m_objective_margin" : "m_objective_sales", Format.whole(e.objective()), Format.whole(unrecoverable));
    }

    /** Per group: agents required by Erlang A against agents on duty in the optimised roster, by interval. */
    public static Map<String, JFreeChart> requirementCharts(Scenario s, Optimiser.Result r, Text text) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        ChartStyle style = new ChartStyle(text.chinese() ? ChartFonts.cjkFamily() : null);
        for (int g = 0; g < s.groups().size(); g++) {
            String group = s.groups().get(g).name();
            XYSeries required = new XYSeries(text.get("st_required"));
            XYSeries staffed = new XYSeries(text.get("st_staffed"));
            for (int i = 0; i < r.required()[g].length; i++) {
                long x = s.start().plusSeconds((long) (i * s.interval())).atZone(s.zone()).toInstant().toEpochMilli();
                double on = 0;
                for (int k = 0; k < r.decisions().size(); k++) {
                    Decision d = r.decisions().get(k);
                    if (d.group().equals(group)) on += d.coverage()[i] * r.best().x()[k];
                }
                required.add(x, r.required()[g][i]);
                staffed.add(x, on);
            }
            // each step to the end of its interval (the last one's too: the run's end, not its start)
            long end = s.start().plusNanos((long) (Math.min(r.required()[g].length * s.interval(), s.horizon()) * 1e9))
                    .atZone(s.zone()).toInstant().toEpochMilli();
            ChartStyle.stepToEnd(required, end);
            ChartStyle.stepToEnd(staffed, end);
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(required);
            data.addSeries(staffed);
            DateAxis time = new DateAxis(text.get("ch_time"), TimeZone.getTimeZone(s.zone()), java.util.Locale.getDefault());
            // each tick with its day ("11-11 00:00"), as the run's charts: a two-day axis otherwise repeats 00:00 … 00:00
            java.text.SimpleDateFormat dayAndTime = new java.text.SimpleDateFormat("MM-dd HH:mm");
            dayAndTime.setTimeZone(TimeZone.getTimeZone(s.zone()));
            time.setDateFormatOverride(dayAndTime);
            XYStepRenderer renderer = new XYStepRenderer();
            NumberAxis agents = new NumberAxis(text.get("ch_agents_axis"));
            agents.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // people: no tick at 2.5 agents
            XYPlot plot = new XYPlot(data, time, agents, renderer);
            JFreeChart chart = style.themed(new JFreeChart(text.get("st_title", group), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
            renderer.setSeriesPaint(0, ChartStyle.RED);
            renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0));
            renderer.setSeriesPaint(1, ChartStyle.BLUE);
            renderer.setSeriesStroke(1, new BasicStroke(2.5f));
            charts.put("requirement_" + group, chart);
        }
        return charts;
    }
}
