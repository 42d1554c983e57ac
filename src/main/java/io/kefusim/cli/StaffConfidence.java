package io.kefusim.cli;

import io.kefusim.report.Format;
import io.kefusim.output.ResultsWriter;
import io.kefusim.output.RunFolder;
import io.kefusim.output.StaffingWriter;
import io.kefusim.report.StaffAnswer;
import io.kefusim.report.Text;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;
import io.kefusim.staffing.ConfidentStaffing;
import io.kefusim.staffing.Goal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff --confidence Q} (issue 31): the roster for the expected demand beside the one that
 * meets the goal in at least Q of the demand outcomes, what the certainty costs, the owner's
 * sentence and the standby call-in rule. Writes the confident roster's usual staff files
 * (optimised.yaml with the scenario's own uncertain demand), expected.yaml and confidence.json.
 */
final class StaffConfidence {
    private StaffConfidence() {}

    static int run(Scenario s, Goal goal, double confidence, int draws, boolean byDate, int threads, int budget, RunOptions options,
                   PrintWriter out, PrintWriter err) throws Exception {
        if (!(confidence >= 0.5 && confidence <= 0.999)) throw new ScenarioException("--confidence", 0, null, "'" + confidence + "' is out of range; allowed: 0.5 to 0.999", "'" + confidence + "' 超出范围；允许：0.5 到 0.999");
        if (draws < 10 || draws > 100_000) throw new ScenarioException("--draws", 0, null, "'" + draws + "' is out of range; allowed: 10 to 100000", "'" + draws + "' 超出范围；允许：10 到 100000");
        String file = s.source() == null ? "scenario" : s.source().toString();
        if (!s.demand().isUncertain()) throw new ScenarioException(file, 0, "demand.uncertainty", "--confidence needs demand.uncertainty (e.g. {scale: {dist: lognormal, mean: 1, sd: 0.15}}), from kefusim forecast or your own judgement",
                "--confidence 需要 demand.uncertainty（如 {scale: {dist: lognormal, mean: 1, sd: 0.15}}），可由 kefusim forecast 得出或自行估计");
        if (!goal.isConstraint()) throw new ScenarioException("--target", 0, null, "--confidence needs a goal with a threshold; lost-sales has none", "--confidence 需要有门槛的目标；lost-sales 没有门槛");
        Text text = new Text(options.lang);
        ConfidentStaffing search = new ConfidentStaffing(s, goal, confidence, byDate, threads, budget, draws, step -> err.println(StaffCommand.stepLine(text, step)));
        ConfidentStaffing.Result r = search.run();
        // today's roster, simulated on the day the answer was staffed for, for the page's and comparison.csv's row beside it
        io.kefusim.staffing.Optimiser.Evaluation today = s.roster().isEmpty() && s.teams().isEmpty() ? null
                : StaffCommand.evaluateOriginal(search.dayOf(r), goal, r.answer().decisions(), threads);
        List<String> block = lines(s, r, text);
        java.util.List<java.util.List<io.kefusim.sanity.Warning>> warned = new java.util.ArrayList<>(); // the new roster's, pointing at optimised.yaml
        Path done = RunFolder.write(options.out, s.name() + "-staff", dir -> {
            StaffAnswer answer = overReplications(text, StaffAnswer.of(text, r.answer(), null, today));
            StaffAnswer english = text.chinese() ? overReplications(new Text("en"), StaffAnswer.of(new Text("en"), r.answer(), null, today)) : answer;
            warned.add(StaffingWriter.write(dir, s, r.answer(), today, today, answer, english, text, options.png, false, block, json(s, r)));
            // tester26: as optimised.yaml, a group or shift it put nobody on stays as a line of agents: 0
            Scenario expected = r.expected().best().scenario();
            Scenario kept = io.kefusim.staffing.Decisions.written(s, expected, r.expected().decisions(), r.expected().best().x());
            Files.writeString(dir.resolve("expected.yaml"), "# Roster for the expected demand (kefusim staff --confidence: the cheaper, less certain plan)\n"
                    + (kept != expected ? "# " + text.get("oy_zero_lines") + "\n" : "")
                    + ResultsWriter.scenarioYaml(kept));
            ResultsWriter.JSON.writeValue(dir.resolve("confidence.json").toFile(), json(s, r));
        });
        for (String line : block) out.println(line);
        StaffCommand.printNewWarnings(out, text, warned.get(0), done);
        out.println();
        out.println(text.get("labelled", text.get("wf_written"), done) + "  (kefusim run " + done.resolve("optimised.yaml") + ")");
        out.println(text.get("labelled", text.get("report_written"), done.resolve("staff.html"))); // the page now says the confidence block too
        return r.answer().met() && r.verified() ? 0 : 3;
    }

    /**
     * The answer's verdict said as what it is: met on the day staffed for, on the 95% bound over its replications;
     * beside "90% of demand outcomes" a bare "95% confidence bound" read as a second confidence of the same kind.
     */
    static StaffAnswer overReplications(Text text, StaffAnswer a) {
        String sentence = a.sentence().replace(text.get("sa_met"), text.get("sa_met_reps"));
        return new StaffAnswer(sentence, a.days(), a.breaks(), a.breakCheck(), a.shifts(), a.people(), a.teams());
    }

    static List<String> lines(Scenario s, ConfidentStaffing.Result r, Text text) {
        List<String> l = new java.util.ArrayList<>();
        Figures fE = Figures.of(r.expected()), fC = Figures.of(r.confident());
        l.add("");
        l.add(text.get("cf_method", pct(r.confidence()), ConfidentStaffing.PER_DRAW, r.confidentOutcomes().draws(), s.seed() + 1));
        l.add("  " + text.get("cf_expected", fE.people(), fE.positions(), Format.whole(r.expected().best().labourCost()), outcomes(text, r.expectedOutcomes())));
        l.add("  " + text.get("cf_confident", pct(r.confidence()), pct(r.level()), String.format(java.util.Locale.ROOT, "%.2f", r.scaleAt()), fC.people(), fC.positions(),
                Format.whole(r.confident().best().labourCost()), outcomes(text, r.confidentOutcomes())));
        // the expected-demand roster already meets the confidence asked: it is the answer, and the certainty costs nothing
        l.add("  " + (r.expectedSuffices() ? text.get("cf_no_extra", pct(r.confidence()), Format.whole(Math.max(0, r.extraCost())))
                : text.get("cf_cost", Format.whole(r.extraCost()))));
        if (!r.verified()) l.add("  " + text.get("cf_not_verified", pct(r.confidence())));
        l.add("");
        l.add(owner(text, r));
        // a run of more than one day: the hour's date too ("21:00" alone named no day of a two-day sale)
        String at = multiDay(s) ? text.get("cf_at_date", clock(s, r.busiestInterval()), date(s, r.busiestInterval())) : clock(s, r.busiestInterval());
        for (ConfidentStaffing.CallIn c : r.callIns()) {
            List<String> by = new java.util.ArrayList<>();
            for (int g = 0; g < c.more().length; g++) if (c.more()[g] > 0) by.add(s.groups().get(g).name() + " " + c.more()[g]);
            l.add("  " + text.get("cf_call_in", pct(c.excess()), at, c.total(), by.isEmpty() ? "–" : text.list(by)));
        }
        l.add("  " + text.get("cf_call_in_note"));
        return l;
    }

    /** "With 14 agents you meet the goal unless buyers exceed the forecast by more than 18% (a 1 in 8 chance ...)". */
    static String owner(Text text, ConfidentStaffing.Result r) {
        double p = r.chanceAbove();
        String chance = p <= 0 ? text.get("cf_chance_none") : text.get("cf_chance", Math.max(1, Math.round(1 / p)));
        long people = Figures.of(r.answer()).people();
        if (r.tolerableScale() < 1) return text.get("cf_owner_short", people, pct(1 - r.tolerableScale()));
        return text.get("cf_owner", people, pct(r.tolerableExcess()), chance);
    }

    private static String outcomes(Text text, ConfidentStaffing.Outcomes o) {
        return text.get("cf_outcomes", o.met(), o.draws(), pct(o.lower()), pct(o.upper()));
    }

    private static int agents(io.kefusim.staffing.Optimiser.Result r) {
        int n = 0;
        for (int x : r.best().x()) n += x;
        return n;
    }

    /**
     * A roster's figures as the staff answer names them: the people the run employs (what the labour cost pays,
     * {@link io.kefusim.roster.People#employed}) and the positions on its busiest day. Not the sum of the roster's
     * lines, which adds every day's lines and each date's temporaries into a count of nothing.
     */
    record Figures(long people, int positions, java.time.LocalDate busiest) {
        static Figures of(io.kefusim.staffing.Optimiser.Result r) {
            Scenario s = r.best().scenario();
            long people = Math.round(java.util.Arrays.stream(io.kefusim.roster.People.employed(s)).sum());
            io.kefusim.roster.DailyHeadcount.Day busiest = null;
            for (io.kefusim.roster.DailyHeadcount.Day d : io.kefusim.roster.DailyHeadcount.of(s))
                if (d.group() == null && (busiest == null || d.positions() > busiest.positions())) busiest = d;
            return new Figures(people, busiest == null ? 0 : busiest.positions(), busiest == null ? null : busiest.date());
        }
    }

    private static boolean multiDay(Scenario s) {
        return !s.start().toLocalDate().equals(s.start().plusSeconds((long) Math.ceil(s.horizon()) - 1).toLocalDate());
    }

    private static String date(Scenario s, int interval) {
        return s.start().plusSeconds((long) (interval * s.interval())).toLocalDate().toString();
    }

    private static String pct(double v) {
        return Math.round(v * 100) == v * 100 ? Math.round(v * 100) + "%" : String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String clock(Scenario s, int interval) {
        LocalDateTime t = s.start().plusSeconds((long) (interval * s.interval()));
        return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static Map<String, Object> json(Scenario s, ConfidentStaffing.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "the optimiser staffs the day at the u-quantile of demand.uncertainty's scale and peak (u = confidence, raised halfway to 1 "
                + "while the verification falls short); verification: " + r.confidentOutcomes().draws() + " demand outcomes on seed " + (s.seed() + 1)
                + ", " + ConfidentStaffing.PER_DRAW + " replications each; an outcome meets the goal when the goal's figure pooled over its replications "
                + "meets the threshold where --per says; interval = 95% Clopper-Pearson");
        m.put("goal", r.expected().goal().toString());
        m.put("confidence", r.confidence());
        m.put("quantile_staffed_for", r.level());
        m.put("scale_staffed_for", r.scaleAt());
        m.put("peak_staffed_for", r.peakAt());
        m.put("expected", plan(r.expected(), r.expectedOutcomes()));
        m.put("confident", plan(r.confident(), r.confidentOutcomes()));
        m.put("extra_labour_cost", r.extraCost());
        // the roster written as optimised.yaml: the cheaper one whose share of outcomes met (point estimate) reaches the confidence
        m.put("answer", r.expectedSuffices() ? "expected" : "confident");
        m.put("verified", r.verified());
        m.put("tolerable_excess", r.tolerableExcess());
        m.put("chance_demand_exceeds_it", r.chanceAbove());
        List<Object> calls = new java.util.ArrayList<>();
        for (ConfidentStaffing.CallIn c : r.callIns()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("excess", c.excess());
            x.put("at", clock(s, c.interval()));
            x.put("date", date(s, c.interval()));
            Map<String, Object> by = new LinkedHashMap<>();
            for (int g = 0; g < c.more().length; g++) by.put(s.groups().get(g).name(), c.more()[g]);
            x.put("more_agents", by);
            x.put("method", "Erlang A requirement at the busiest interval, demand times 1 + excess, less that at the expected demand (not simulated)");
            calls.add(x);
        }
        m.put("call_in", calls);
        return m;
    }

    private static Map<String, Object> plan(io.kefusim.staffing.Optimiser.Result r, ConfidentStaffing.Outcomes o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agents", agents(r)); // the roster lines' agents added up (every date's): not a headcount
        Figures f = Figures.of(r);
        m.put("people_employed", f.people());
        m.put("positions_busiest_day", f.positions());
        m.put("busiest_day", f.busiest() == null ? null : f.busiest().toString());
        Map<String, Object> x = new LinkedHashMap<>();
        for (int k = 0; k < r.decisions().size(); k++) x.put(r.decisions().get(k).label(), r.best().x()[k]);
        m.put("roster", x);
        m.put("labour_cost", r.best().labourCost());
        m.put("goal_met_on_the_day_staffed_for", r.met());
        m.put("outcomes", o.draws());
        m.put("outcomes_met", o.met());
        m.put("share_met", o.share());
        m.put("share_met_ci95", List.of(o.lower(), o.upper()));
        return m;
    }
}
