package io.kefusim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.testing.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every command that ends in a page (run, compare, sweep, staff, fit, backtest), in English and
 * Chinese: no chart label speaks a scenario or result key, each verdict says the numbers its
 * JSON holds, and headless Chromium opens each page without a console message (screenshots
 * in target/page-NAME-LANG.png).
 */
class EveryPageTest {
    @TempDir
    static Path dir;

    /** page name + language -> the run folder holding it */
    static final Map<String, Path> RUNS = new LinkedHashMap<>();
    static final Map<String, String> PAGE = Map.of("run", "report.html", "compare", "compare.html", "sweep", "sweep.html",
            "sweep2", "sweep.html", "staff", "staff.html", "fit", "fit.html", "backtest", "backtest.html");

    /** The bank's records, and the first four of its days: enough for every part of the fit and backtest pages, a quarter of the time. */
    static final Path BANK = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");
    static Path records;

    @BeforeAll
    static void runEveryCommand() throws IOException {
        if (Files.exists(BANK)) {
            records = dir.resolve("bank-1999-02-01-to-04.tsv");
            try (Stream<String> lines = Files.lines(BANK)) {
                List<String> kept = lines.filter(l -> l.startsWith("vru+line") || l.matches("([^\t]*\t){5}99020[1-4]\t.*")).toList();
                assertTrue(kept.size() > 3000, "four days of records: " + kept.size());
                Files.write(records, kept);
            }
        }
        for (String lang : List.of("en", "zh")) {
            command("run", lang, "run", "scenarios/double11-medium-shop.yaml", "--replications", "3");
            command("compare", lang, "compare", "scenarios/double11-medium-shop.yaml", "--replications", "4");
            command("sweep", lang, "sweep", "scenarios/classroom-response-time.yaml", "--vary", "agents[0].reply_time.mean=30s..90s:30s",
                    "--replications", "4");
            command("sweep2", lang, "sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=2..4",
                    "--vary", "agents[0].reply_time.mean=20s,40s", "--replications", "3");
            command("staff", lang, "staff", "scenarios/small-shop-ordinary-day.yaml", "--target", "service-level>=0.9", "--replications", "4");
            command("fit", lang, "fit", String.valueOf(records), "--format", "bank");
            Path fitted = RUNS.get("fit-" + lang).resolve("fitted.yaml");
            command("backtest", lang, "backtest", String.valueOf(records), "--format", "bank",
                    "--scenario", fitted.toString(), "--replications", "4");
        }
    }

    private static void command(String name, String lang, String... args) throws IOException {
        if ((name.equals("fit") || name.equals("backtest")) && records == null) return;
        Path out = dir.resolve(name + "-" + lang);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--lang", lang));
        CliRunner.Result r = CliRunner.kefusim(all.toArray(String[]::new));
        assertTrue(r.code() == 0, name + " " + lang + ": " + r.err());
        try (Stream<Path> files = Files.walk(out)) {
            Path page = files.filter(p -> p.getFileName().toString().equals(PAGE.get(name))).findFirst().orElseThrow();
            RUNS.put(name + "-" + lang, page.getParent());
        }
    }

    // ---- chart labels -------------------------------------------------------------------

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    /** What a key looks like: list indexes, dotted statistics, result-key suffixes, scenario-syntax durations ("2m", "1h30m"). */
    private static final Pattern KEYISH = Pattern.compile("\\[\\d+]|\\.mean|\\.sd\\b|_share|_mean|_s\\b|labour_cost|service_level|missed_|lost_sales|(?<![\\w.:-])\\d+(\\.\\d+)?[smhd](\\d+[smh])*(?![\\w])");

    @Test
    void noChartLabelSpeaksAKey() throws IOException {
        int labels = 0;
        for (Map.Entry<String, Path> run : RUNS.entrySet()) {
            List<Path> sources = new ArrayList<>();
            sources.add(run.getValue().resolve(PAGE.get(run.getKey().replaceFirst("-(en|zh)$", ""))));
            Path charts = run.getValue().resolve("charts");
            if (Files.isDirectory(charts)) {
                try (Stream<Path> l = Files.list(charts)) {
                    l.filter(p -> p.toString().endsWith(".svg")).forEach(sources::add);
                }
            }
            for (Path f : sources) {
                Matcher m = TEXT.matcher(Files.readString(f));
                while (m.find()) {
                    String label = m.group(1);
                    labels++;
                    assertFalse(KEYISH.matcher(label).find(), run.getKey() + " " + f.getFileName() + ": the label '" + label + "' speaks a key");
                }
            }
        }
        assertTrue(labels > 500, "labels were found: " + labels);
    }

    @Test
    void theKeyDetectorCatchesKeys() {
        for (String bad : List.of("roster[0].agents", "agents[0].reply_time.mean", "missed_2m_share", "labour_cost_plus_lost_sales", "2m", "1h30m", "19s")) {
            assertTrue(KEYISH.matcher(bad).find(), bad);
        }
        for (String good : List.of("2 min", "1 h 30 min", "2分钟", "11-11 20:00", "80%", "agents: presale on morning_a", "0.5")) {
            assertFalse(KEYISH.matcher(good).find(), good);
        }
    }

    // ---- verdicts ---------------------------------------------------------------------

    @Test
    void compareVerdictSaysTheJsonsNumbers() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Path run = RUNS.get("compare-" + lang);
            JsonNode json = new ObjectMapper().readTree(run.resolve("compare.json").toFile());
            List<String> verdict = new ArrayList<>();
            json.get("verdict").forEach(v -> verdict.add(v.asText()));
            String html = Files.readString(run.resolve("compare.html"));
            for (String sentence : verdict) assertTrue(html.contains(Pages.esc(sentence)), "the page opens with the verdict: " + sentence);
            JsonNode figures = json.get("figures");
            List<String> plans = new ArrayList<>();
            json.get("plans").forEach(p -> plans.add(p.asText()));
            // the plan that costs the shop least (labour, lost sales or margin in full, unanswered buyers: money9), with its cost
            assertEquals("shop_cost_full", json.get("total").asText());
            String best = plans.get(0);
            for (String p : plans) if (total(figures, p) < total(figures, best)) best = p;
            assertTrue(verdict.get(0).contains(best) && verdict.get(0).contains(Format.whole(total(figures, best))), verdict.get(0));
            for (int k = 1; k < plans.size(); k++) {
                String s = verdict.get(k + 1), p = plans.get(k);
                assertTrue(s.contains(p), s);
                // the total and its parts, which add up to it: labour, the lost margin (or lost sales, when not every
                // converting type has a margin) in full, unanswered buyers
                String loss = figures.has("lost_margin") ? "lost_margin" : "lost_sales";
                assertEquals(difference(figures, "shop_cost_full", p),
                        difference(figures, "labour_cost", p) + difference(figures, loss, p) + difference(figures, "unanswered_cost", p), 1e-6);
                for (String f : List.of("labour_cost", "unanswered_cost", "shop_cost_full", loss)) {
                    double d = figures.get(f).get("difference_to_baseline").get(p).get("mean").asDouble();
                    assertTrue(s.contains(Format.signedWhole(d)), f + " " + Format.signedWhole(d) + " in " + s);
                }
                assertTrue(s.contains(Format.share(figures.get("service_level").get("plans").get(p).get("mean").asDouble())), s);
                int shortHours = json.get("worst_intervals").get(p).get("intervals_short").asInt();
                if (shortHours > 0) assertTrue(s.contains(" " + shortHours + " "), "the plan's short hours (" + shortHours + "): " + s);
            }
        }
    }

    private static double difference(JsonNode figures, String figure, String plan) {
        return figures.get(figure).get("difference_to_baseline").get(plan).get("mean").asDouble();
    }

    private static double total(JsonNode figures, String plan) {
        return figures.get("shop_cost_full").get("plans").get(plan).get("mean").asDouble();
    }

    @Test
    void sweepVerdictSaysTheJsonsNumbers() throws IOException {
        for (String name : List.of("sweep-en", "sweep-zh", "sweep2-en", "sweep2-zh")) {
            Path run = RUNS.get(name);
            JsonNode json = new ObjectMapper().readTree(run.resolve("sweep.json").toFile());
            List<String> verdict = new ArrayList<>();
            json.get("verdict").forEach(v -> verdict.add(v.asText()));
            String html = Files.readString(run.resolve("sweep.html"));
            for (String sentence : verdict) assertTrue(html.contains(Pages.esc(sentence)), sentence);
            double best = Double.POSITIVE_INFINITY;
            int meeting = 0, points = json.get("points").size();
            for (JsonNode p : json.get("points")) {
                best = Math.min(best, p.get("figures").get("shop_cost_full").get("mean").asDouble());
                JsonNode sl = p.get("figures").get("service_level");
                if (sl.get("mean").asDouble() - sl.get("ci95").asDouble() >= 0.8) meeting++;
            }
            String last = verdict.get(verdict.size() - 1), goal = verdict.get(verdict.size() - 2);
            assertTrue(last.contains(Format.whole(best)), "the cheapest point's total " + Format.whole(best) + ": " + last);
            assertTrue(goal.contains(meeting + "") && goal.contains(points + ""), meeting + " of " + points + ": " + goal);
        }
    }

    @Test
    void noSweepCurveHidesUnderAnother() throws IOException {
        Path run = RUNS.get("sweep-en");
        JsonNode json = new ObjectMapper().readTree(run.resolve("sweep.json").toFile());
        boolean same = true;
        for (JsonNode p : json.get("points")) {
            JsonNode f = p.get("figures");
            same &= Math.abs(f.get("missed_30m_share").get("mean").asDouble() - f.get("missed_2h_share").get("mean").asDouble()) <= 0.0005;
        }
        String svg = Files.readString(run.resolve("charts/sweep_missed.svg"));
        if (same) {
            assertTrue(svg.contains(">no reply in 30 min / 2 h<"), "equal curves are drawn once and named together");
        } else {
            assertTrue(svg.contains(">no reply in 30 min<") && svg.contains(">no reply in 2 h<"), "different curves are drawn apart");
        }
    }

    // ---- in a browser -----------------------------------------------------------------

    @Test
    void everyPageOpensInChromiumWithoutConsoleMessages() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        for (Map.Entry<String, Path> run : RUNS.entrySet()) {
            Path page = run.getValue().resolve(PAGE.get(run.getKey().replaceFirst("-(en|zh)$", "")));
            Path shot = Path.of("target", "page-" + run.getKey() + ".png").toAbsolutePath();
            Files.deleteIfExists(shot);
            Chromium.Page b = Chromium.screenshot(page.toUri().toString(), 1200, 2400, shot);
            assertEquals(List.of(), b.console(), run.getKey() + ": no console messages");
            assertTrue(b.dom().contains("<svg"), run.getKey() + ": charts are inline");
            assertTrue(Files.size(shot) > 30_000, run.getKey() + ": a screenshot with content");
        }
    }
}
