package io.kefusim.cli;

import io.kefusim.roster.LabourCheck;
import io.kefusim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The roster's labour-rule warnings and rotation gaps, as {@code validate}, {@code run} and {@code staff} print them. */
final class LabourWarnings {
    private LabourWarnings() {}

    static List<String> of(Scenario s) {
        List<String> out = new ArrayList<>();
        for (LabourCheck.Warning w : LabourCheck.check(s)) out.add(w.toString());
        out.addAll(LabourCheck.rotationGaps(s));
        return out;
    }

    /** Prints each as "warning: ..." and returns how many there were. */
    static int print(Scenario s, PrintWriter err) {
        List<String> all = of(s);
        int shown = 0;
        for (String w : all) {
            if (++shown > 12) {
                err.println("warning: ... and " + (all.size() - 12) + " more (kefusim validate lists them all)");
                break;
            }
            err.println("warning: " + w);
        }
        return all.size();
    }
}
