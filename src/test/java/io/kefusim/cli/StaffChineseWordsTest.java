package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * staff --lang zh named a team's decision in English ("service @ team A", as staffing.json's key), while staff.html said
 * "service · A 组"; and staff --help broke its description and three options' help by hand, so picocli wrapped each piece
 * again: "then simulation" alone on a line, and continuations indented 28 columns where the rest are 30.
 */
class StaffChineseWordsTest {
    @TempDir
    Path dir;

    @Test
    void aTeamIsNamedInChinese() {
        CliRunner.Result zh = CliRunner.kefusim("staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "service-level>=0.8", "--replications", "3",
                "--lang", "zh", "--out", dir.toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("\n  service @ A 组                              4 人  （现为 2）\n  service @ B 组                              4 人  （现为 2）\n"), zh.out());
        // the word, not the key path teams[0] the warnings give
        assertFalse(java.util.regex.Pattern.compile("\\bteam\\b").matcher(zh.out()).find(), zh.out());
    }

    @Test
    void staffHelpIsWrappedAsTheOtherCommandsHelp() {
        for (List<String> args : List.of(List.of("staff", "--help"), List.of("--lang", "zh", "staff", "--help"))) {
            String help = CliRunner.kefusim(args.toArray(String[]::new)).out();
            String[] lines = help.split("\n");
            for (int i = 1; i < lines.length; i++) {
                // a line indented 28 is an option's first line of help under a name too long to share it; 30, its continuation
                if (lines[i].startsWith(" ".repeat(28)) && !lines[i].startsWith(" ".repeat(29))) {
                    assertTrue(lines[i - 1].strip().startsWith("-") && !lines[i - 1].strip().contains(" "), args + ": a hand-broken line at " + i + ":\n" + help);
                }
            }
        }
        String en = CliRunner.kefusim("staff", "--help").out();
        assertTrue(en.contains("Find the cheapest roster that meets a goal, checked by simulation: Erlang A\nrequirements, an integer program over the scenario's shifts (or rotating\n"
                + "teams), then simulation to check and refine. Writes optimised.yaml, ready to\nrun.\n"), en);
        assertTrue(en.contains("      --max-simulations=N   Simulation budget: rosters the search may simulate\n"
                + "                              (default: 60; at least 1). Spent before any\n"), en);
    }
}
