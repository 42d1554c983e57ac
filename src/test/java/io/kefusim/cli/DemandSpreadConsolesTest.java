package io.kefusim.cli;

import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 31 on the consoles: compare, sweep and staff print each plan's split of its figures'
 * spread into demand's and the simulation's own noise, line for line what their pages say, in
 * the reader's language; nothing when demand is known, nor with staff --confidence (whose page
 * does not show it: its rosters were simulated at a fixed demand).
 */
class DemandSpreadConsolesTest {
    @TempDir
    Path dir;

    static final String[] UNCERTAIN = {"--set", "demand.uncertainty.scale.dist=lognormal", "--set", "demand.uncertainty.scale.mean=1",
            "--set", "demand.uncertainty.scale.sd=0.2", "--set", "replications=10"};
    static final Pattern SECTION = Pattern.compile("(?s)<section id=\"demand-uncertainty\">(.*?)</section>");
    static final Pattern PARAGRAPH = Pattern.compile("(?s)<(?:li|p)[^>]*>(.*?)</(?:li|p)>");

    private CliRunner.Result kefusim(String lang, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", lang));
        all.addAll(List.of(args));
        CliRunner.Result r = CliRunner.kefusim(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String[] with(String[] extra, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /** The page's demand-split section, paragraph by paragraph and item by item, as text. */
    private static List<String> pageLines(Path page) throws Exception {
        Matcher s = SECTION.matcher(Files.readString(page));
        assertTrue(s.find(), page + " has the demand split");
        List<String> out = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(s.group(1).replace("</p><ul>", "</p>\n<ul>"));
        while (p.find()) {
            out.add(p.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
        }
        return out;
    }

    private static Path page(Path out, String name) throws Exception {
        try (var files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Every line of the page's section is on the console, the plan's name ending as a label does. */
    private static void consoleSaysWhatThePageSays(Text text, String console, Path page) throws Exception {
        List<String> lines = pageLines(page);
        assertTrue(lines.size() > 5, lines.toString());
        assertEquals(text.get("ds_plans_head"), lines.get(0));
        for (String line : lines) {
            boolean said = console.contains("  " + line + "\n") || console.contains("  " + text.get("label_ends", line) + "\n");
            assertTrue(said, "the console says '" + line + "':\n" + console);
        }
    }

    @Test
    void compareAndSweepPrintEachPlansSplitAsTheirPages() throws Exception {
        for (String lang : List.of("en", "zh")) {
            Text text = new Text(lang);
            Path out = dir.resolve("compare-" + lang);
            CliRunner.Result c = kefusim(lang, with(UNCERTAIN, "compare", "scenarios/classroom-response-time.yaml", "--out", out.toString()));
            consoleSaysWhatThePageSays(text, c.out(), page(out, "compare.html"));
            Path sweep = dir.resolve("sweep-" + lang);
            CliRunner.Result s = kefusim(lang, with(UNCERTAIN, "sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=4,5", "--out", sweep.toString()));
            consoleSaysWhatThePageSays(text, s.out(), page(sweep, "sweep.html"));
        }
        CliRunner.Result known = kefusim("en", "compare", "scenarios/classroom-response-time.yaml", "--replications", "2", "--out", dir.resolve("known").toString());
        assertFalse(known.out().contains(new Text("en").get("ds_plans_head")), "nothing when demand is known");
    }

    @Test
    void staffPrintsTheRostersSplitButNotWithConfidence() throws Exception {
        for (String lang : List.of("en", "zh")) {
            Text text = new Text(lang);
            Path out = dir.resolve("staff-" + lang);
            CliRunner.Result r = kefusim(lang, with(UNCERTAIN, "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8", "--per", "run",
                    "--out", out.toString()));
            consoleSaysWhatThePageSays(text, r.out(), page(out, "staff.html"));
            assertTrue(r.out().contains("    " + text.get("label_ends", text.get("sp_plan_optimised")) + "\n"), r.out());
        }
        CliRunner.Result confident = kefusim("en", with(UNCERTAIN, "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8",
                "--confidence", "0.8", "--draws", "20", "--out", dir.resolve("confident").toString()));
        assertFalse(confident.out().contains(new Text("en").get("ds_plans_head")), confident.out());
        assertFalse(Files.readString(page(dir.resolve("confident"), "staff.html")).contains("demand-uncertainty"), "nor its page");
    }
}
