package io.kefusim.cli;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.run.WorkBounds;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioException;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's warnings on the console, as every command that runs a scenario prints them
 * before it starts (so a long run can be stopped), and {@code --strict}: warnings as bad input.
 */
final class ScenarioWarnings {
    /** Lines printed before the rest are counted (validate lists them all). */
    static final int SHOWN = 12;

    private ScenarioWarnings() {}

    /**
     * Checks {@code s}, prints its warnings ("warning: file:line: key: message") and, with
     * {@code strict}, refuses to go on when there are any.
     * @param plan the plan's name where a command runs several, else null
     */
    static List<Warning> check(Scenario s, String plan, PrintWriter err, Text text, boolean strict) {
        return said(sane(s), s, plan, err, text, strict);
    }

    /** The same for {@code kefusim staff}, which reads the keys other commands warn they ignore. */
    static List<Warning> checkForStaff(Scenario s, PrintWriter err, Text text, boolean strict) {
        WorkBounds.check(s);
        return said(ScenarioSanity.forStaff(s), s, null, err, text, strict);
    }

    private static List<Warning> said(List<Warning> all, Scenario s, String plan, PrintWriter err, Text text, boolean strict) {
        print(all, plan, err, text, SHOWN);
        refuseIfStrict(s, all, strict);
        return all;
    }

    /**
     * The warnings, once the work is known to be possible: a run the bounds refuse (a horizon of
     * 100,000 days) is refused at once, not after the checks have walked it.
     */
    static List<Warning> sane(Scenario s) {
        WorkBounds.check(s);
        return ScenarioSanity.check(s);
    }

    /** With {@code --strict}, warnings are bad input: one error line, exit 2, nothing run or written. */
    static void refuseIfStrict(Scenario s, List<Warning> all, boolean strict) {
        if (strict && !all.isEmpty()) {
            throw new ScenarioException(s.source() == null ? s.name() : s.source().toString(), 0, "--strict",
                    new Text("en").get(all.size() == 1 ? "wn_strict_one" : "wn_strict", all.size()), new Text("zh").get(all.size() == 1 ? "wn_strict_one" : "wn_strict", all.size()));
        }
    }

    /**
     * The same for commands that run several plans (compare, sweep): warnings every plan shares
     * are printed once, the others under their plan's name.
     */
    static Map<String, List<Warning>> checkPlans(Map<String, Scenario> plans, PrintWriter err, Text text, boolean strict) {
        return checkPlans(plans, Map.of(), err, text, strict);
    }

    /** The same, each plan's {@code more} (compare's replaced seed) said after its scenario's own. */
    static Map<String, List<Warning>> checkPlans(Map<String, Scenario> plans, Map<String, List<Warning>> more, PrintWriter err, Text text, boolean strict) {
        Map<String, List<Warning>> sane = new LinkedHashMap<>();
        plans.forEach((name, s) -> sane.put(name, sane(s)));
        Map<String, List<Warning>> byPlan = WarningText.merged(sane, more);
        Map<String, List<Warning>> shared = WarningText.shared(byPlan);
        int lines = 0;
        for (Map.Entry<String, List<Warning>> e : shared.entrySet()) {
            print(e.getValue(), e.getKey().isEmpty() ? null : e.getKey(), err, text, Math.max(0, SHOWN - lines));
            lines += e.getValue().size();
        }
        for (Map.Entry<String, List<Warning>> e : byPlan.entrySet()) refuseIfStrict(plans.get(e.getKey()), e.getValue(), strict);
        return byPlan;
    }

    static void print(List<Warning> all, String plan, PrintWriter err, Text text, int shown) {
        print(all, plan, err, text, shown, "lw_more");
    }

    /** The same, the line after the first {@code shown} saying where the rest are ({@code more}, a Text key with their count). */
    static void print(List<Warning> all, String plan, PrintWriter err, Text text, int shown, String more) {
        String head = text.get("lw_warning") + (plan == null ? "" : "[" + plan + "] ");
        all = WarningText.byPriority(all, shown); // cut: what changes the money and the buyers first
        for (int i = 0; i < all.size(); i++) {
            if (i == shown) {
                err.println(head + text.get(more, all.size() - shown));
                break;
            }
            err.println(head + WarningText.line(text, all.get(i)));
        }
    }
}
