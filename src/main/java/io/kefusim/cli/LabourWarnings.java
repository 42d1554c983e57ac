package io.kefusim.cli;

import io.kefusim.report.Text;
import io.kefusim.report.Words;
import io.kefusim.roster.LabourCheck;
import io.kefusim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The roster's labour-rule warnings and rotation gaps, as {@code validate}, {@code run} and {@code staff} print them. */
final class LabourWarnings {
    private LabourWarnings() {}

    static List<String> of(Scenario s) {
        return of(s, new Text("en"));
    }

    /** The warnings in the reader's language (English as the roster check writes them; Chinese from the same facts). */
    static List<String> of(Scenario s, Text text) {
        List<String> out = new ArrayList<>();
        for (LabourCheck.Warning w : LabourCheck.check(s)) {
            out.add(text.chinese() ? say(text, w.whoSaid()) + "，" + w.date() + "：" + say(text, w.said()) + "（labour." + w.rule() + "）" : w.toString());
        }
        for (LabourCheck.Gap g : LabourCheck.gaps(s)) out.add(text.chinese() ? text.get("lw_gap", g.shift(), g.date()) : g.toString());
        return out;
    }

    private static String say(Text text, LabourCheck.Said said) {
        Object[] args = said.args().clone();
        for (int i = 0; i < args.length; i++) if (args[i] instanceof LabourCheck.Hours h) args[i] = Words.hours(text, h.seconds());
        return text.get(said.key(), args);
    }

    /** Prints each as "warning: ..." and returns how many there were. */
    static int print(Scenario s, PrintWriter err) {
        return print(s, err, new Text("en"));
    }

    static int print(Scenario s, PrintWriter err, Text text) {
        List<String> all = of(s, text);
        int shown = 0;
        String head = text.get("lw_warning");
        for (String w : all) {
            if (++shown > 12) {
                err.println(head + text.get("lw_more", all.size() - 12));
                break;
            }
            err.println(head + w);
        }
        return all.size();
    }
}
