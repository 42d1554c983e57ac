package io.kefusim.docs;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command in the README and the guides (docs/guides/*.md) is run, and every number they
 * quote is compared with what the command produced (convention: {@link GuideChecker}).
 * After a change that moves the figures, {@code mvn -o -q test -Dtest=GuidesTest -Dguides.update=true}
 * writes the measured numbers into the guides; read the diff before committing it.
 */
class GuidesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    static List<Path> guides() throws Exception {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs/guides"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everyCommandAndNumberInTheGuidesIsWhatTheCommandsProduce() throws Exception {
        boolean update = Boolean.getBoolean("guides.update");
        Path results = Path.of("target", "guides", "results");
        deleteTree(results.getParent());
        GuideChecker checker = new GuideChecker(ROOT, results, update);
        List<Path> files = guides();
        long t0 = System.nanoTime();
        for (Path f : files) checker.check(f);
        System.out.printf("guides: %d files, %d commands run (%d shared), %d output lines and %d numbers checked, %.1f s%n",
                files.size(), checker.commandsRun, checker.commandsShared, checker.linesChecked, checker.numbersChecked, (System.nanoTime() - t0) / 1e9);
        checker.notRun.forEach(s -> System.out.println("guides: not run: " + s));
        checker.timings.forEach(s -> System.out.println("guides: " + s));
        if (update) checker.changes.forEach(s -> System.out.println("guides: updated " + s));
        // the guides this test must cover: each in English and Chinese
        for (String g : List.of("shop-owner", "supervisor", "teacher", "many-shops", "fitting"))
            for (String suffix : List.of(".md", ".zh.md"))
                if (!files.contains(ROOT.resolve("docs/guides/" + g + suffix))) checker.failures.add("missing guide docs/guides/" + g + suffix);
        assertTrue(checker.failures.isEmpty(), checker.failures.size() + " problems in the guides"
                + (update ? "" : " (numbers: mvn -o -q test -Dtest=GuidesTest -Dguides.update=true rewrites them from the runs)") + ":\n"
                + String.join("\n", checker.failures));
        assertTrue(checker.numbersChecked > 50 && checker.linesChecked > 50, "the guides quote too little to check: "
                + checker.numbersChecked + " numbers, " + checker.linesChecked + " lines");
    }

    /** The checker itself: a wrong number is named with its guide, line, what is written and what was measured; update mode mends it. */
    @Test
    void aWrongNumberIsCaughtAndUpdateModeWritesTheMeasuredOne() throws Exception {
        Path dir = Path.of("target", "guides-selftest");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path guide = dir.resolve("g.md");
        String text = String.join("\n",
                "# A guide",
                "",
                "<!--id:calc-->",
                "```console",
                "$ ./kefusim erlang --rate 60 --handle 8m",
                "Agents needed: 99",
                "```",
                "",
                "<!--id:class-->",
                "```console",
                "$ ./kefusim run scenarios/classroom-response-time.yaml --replications 2",
                "```",
                "",
                "It answers <!--n:class:summary.json:totals.service_level-->12.3% of buyers within 2 minutes, "
                        + "<!--n:calc:out:Agents needed: (\\d+)-->99 agents; lost sales <!--n:class:summary.json:totals.lost_sales-->1,234 ± 5.",
                "Run `./kefusim run scenarios/classroom-response-time.yaml` yourself.",
                "",
                "```bash",
                "./kefusim validate scenarios/classroom-response-time.yaml",
                "```",
                "");
        Files.writeString(guide, text);
        Path results = dir.resolve("results");
        GuideChecker check = new GuideChecker(ROOT, results, false);
        check.check(guide);
        String all = String.join("\n", check.failures);
        assertTrue(all.contains("g.md:6: written 99 -> measured 11"), all);
        assertTrue(all.contains("g.md:14: written 12.3%, measured "), all);
        assertTrue(all.contains("g.md:14: written 1,234 ± 5, measured "), all);
        assertTrue(all.contains("g.md:15: a command in the text that no ```console block of this guide runs"), all);
        assertTrue(all.contains("g.md:18: a command outside a ```console block"), all);
        assertEquals(6, check.failures.size(), all);

        GuideChecker mend = new GuideChecker(ROOT, dir.resolve("results2"), true);
        mend.check(guide);
        String mended = Files.readString(guide);
        assertTrue(mended.contains("Agents needed: 11"), mended);
        assertTrue(!mended.contains("12.3%") && !mended.contains("1,234 ± 5"), mended);
        // what update mode cannot mend (commands outside console blocks) still fails
        assertEquals(2, mend.failures.size(), String.join("\n", mend.failures));
        GuideChecker again = new GuideChecker(ROOT, dir.resolve("results3"), false);
        again.check(guide);
        assertEquals(2, again.failures.size(), String.join("\n", again.failures));
    }

    @Test
    void numbersAreWrittenAsTheGuideWritesThem() {
        assertEquals("94.6%", GuideChecker.format(0.94551, "12.3%"));
        assertEquals("1,318", GuideChecker.format(1317.6, "1,234"));
        assertEquals("1,318", GuideChecker.format(1317.6, "999"));
        assertEquals("\u221216.6", GuideChecker.format(-16.55, "+1.0"));
        assertEquals("+4.6", GuideChecker.format(4.6, "\u22121.0"));
        assertEquals("0", GuideChecker.format(-0.2, "5"));
        assertEquals(List.of("./kefusim", "sweep", "x.yaml", "--vary", "agents[0].reply_time.mean=15s..90s:15s"),
                GuideChecker.split("./kefusim sweep x.yaml --vary 'agents[0].reply_time.mean=15s..90s:15s'"));
        assertEquals("Service level below #% in # of # hours: ## #:#–#:#", GuideChecker.skeleton("Service level below 80.0% in  20 of 44 hours: 11-10 10:00–16:00"));
    }


    /** Every relative link of the README and docs/ leads to a file (or, with #anchor, to a heading in it). */
    @Test
    void everyLinkInTheDocsLeadsSomewhere() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            java.util.regex.Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) continue; // http:, https:, mailto:
                links++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path to = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String rel = ROOT.relativize(to).toString().replace('\\', '/');
                if (!Files.exists(to)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (anchor != null && !anchors(Files.readString(to)).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no heading with that anchor)");
                }
            }
        }
        assertTrue(links > 50, "too few links found: " + links);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static java.util.Set<String> anchors(String markdown) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("#")) continue;
            String h = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(java.util.Locale.ROOT);
            out.add(h.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return out;
    }

    static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
