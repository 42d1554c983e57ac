package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import io.kefusim.output.ResultsWriter;
import io.kefusim.sanity.ScenarioSanity;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Assignment;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tester26: staff decided 0 part-timers and wrote an optimised.yaml with no line for the group and shift, which
 * {@code validate} (and staff's own "new roster" warnings, beside teams) then told to "add it to the roster, or delete
 * the group" (inputs.unread, UnreadCheck.offRoster): advice to undo staff's own decision. The written file keeps the
 * decided line as {@code agents: 0}, which brings nobody and draws no such warning.
 */
class ZeroLineKeptTest {
    private static final Path TEAMS = Path.of("src/test/resources/io/kefusim/staffing/four-teams-plus-pt.yaml");
    private static final Path LINES = Path.of("src/test/resources/io/kefusim/staffing/ped-pt.yaml");

    @TempDir
    Path dir;

    /** Roster lines only (ped-pt.yaml): every parttime decision 0; the file as written, read back, is warned of nothing off the roster. */
    @Test
    void rosterLinesKeepTheDecidedZeroLine() throws Exception {
        Scenario s = ScenarioLoader.load(LINES, Assignment.sets());
        List<Decisions.Decision> ds = Decisions.of(s, false);
        int[] x = new int[ds.size()];
        for (int k = 0; k < ds.size(); k++) {
            Decisions.Decision d = ds.get(k);
            if (d.group().equals("service") && !d.shift().equals("pt")) x[k] = d.shift().equals("late") ? 22 : d.shift().equals("nite") ? 9 : 11;
        }
        Scenario best = Decisions.apply(s, ds, x);
        assertEquals(3, best.roster().size(), "apply leaves the zeros out, as the search simulates them");
        Scenario kept = Decisions.written(s, best, ds, x);
        // one line for the group and shift nobody works: today's parttime @ pt (not service @ pt, nor parttime @ late)
        assertEquals(4, kept.roster().size());
        assertEquals(new Scenario.RosterEntry("parttime", "pt", 0, null), kept.roster().get(3));
        assertEquals(best.roster(), kept.roster().subList(0, 3));
        Scenario back = ScenarioLoader.fromYaml(ResultsWriter.withDefaultsUsed(kept), "optimised.yaml", dir.resolve("optimised.yaml"));
        List<String> unread = ScenarioSanity.check(back).stream().filter(w -> w.code().equals("inputs.unread")).map(w -> w.said().key() + " " + java.util.Arrays.asList(w.said().args())).toList();
        assertEquals(List.of(), unread);
        // without the line, validate says both (what tester26 saw)
        Scenario without = ScenarioLoader.fromYaml(ResultsWriter.withDefaultsUsed(best), "optimised.yaml", dir.resolve("optimised.yaml"));
        assertEquals(2, ScenarioSanity.check(without).stream().filter(w -> w.code().equals("inputs.unread")).count());
    }

    /** Teams plus one part-time line: staff's answer "parttime @ pt 0 agents (now 1)"; its new roster and validate warn of neither. */
    @Test
    void teamsBesideAZeroLineDrawNoAdviceToUndoIt() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("staff", TEAMS.toString(), "--target", "service-level>=0.8", "--replications", "3",
                "--max-simulations", "1", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*parttime @ pt\\s+0 agents\\s+\\(now 1\\).*"), r.out());
        assertFalse(r.out().contains("shifts.pt") || r.out().contains("is in no roster line"), r.out());
        Path run;
        try (var l = Files.list(dir.resolve("four-teams-plus-pt-staff"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        String yaml = Files.readString(run.resolve("optimised.yaml"));
        assertTrue(yaml.contains("\nroster:\n- group: \"parttime\"\n  shift: \"pt\"\n  agents: 0\n"), yaml);
        assertTrue(yaml.contains("# A roster line with agents: 0 is a group or shift staff put nobody on;"), yaml);
        CliRunner.Result v = CliRunner.kefusim("validate", run.resolve("optimised.yaml").toString());
        assertEquals(0, v.code(), v.err());
        assertEquals(run.resolve("optimised.yaml") + " is valid", (v.out() + v.err()).strip());
    }

    /** staff --confidence writes expected.yaml beside optimised.yaml: it keeps the decided-0 line too. */
    @Test
    void confidenceKeepsTheZeroLineInExpectedYaml() throws Exception {
        Path f = dir.resolve("ftptu.yaml");
        Files.writeString(f, Files.readString(TEAMS).replace("  mix: {presale: 0.6, aftersale: 0.35, complaint: 0.05}\n",
                "  mix: {presale: 0.6, aftersale: 0.35, complaint: 0.05}\n  uncertainty: {scale: {dist: lognormal, mean: 1, sd: 0.1}}\n"));
        assertTrue(Files.readString(f).contains("uncertainty:"));
        CliRunner.Result r = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--per", "run", "--confidence", "0.8",
                "--draws", "20", "--replications", "3", "--max-simulations", "10", "--out", dir.resolve("out").toString());
        Path run;
        try (var l = Files.list(dir.resolve("out").resolve("four-teams-plus-pt-staff"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        for (String name : List.of("expected.yaml", "optimised.yaml")) {
            String yaml = Files.readString(run.resolve(name));
            assertTrue(yaml.contains("\nroster:\n- group: \"parttime\"\n  shift: \"pt\"\n  agents: 0\n"), name + ": " + yaml);
            CliRunner.Result v = CliRunner.kefusim("validate", run.resolve(name).toString());
            assertEquals(run.resolve(name) + " is valid", (v.out() + v.err()).strip(), r.out());
        }
    }
}
