package io.kefusim.report;

import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void escapesEverythingThatCanCarryMarkup() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", HtmlReport.esc("<script>alert(\"x\")</script> & '"));
    }

    @Test
    void scenarioTextInTheReportIsEscaped() throws Exception {
        // The only free text from the scenario that reaches the page is the scenario copy, e.g.
        // a trace path; give it markup and check none of it survives unescaped.
        Path odd = Files.createDirectories(dir.resolve("a<b>&\"c'"));
        Files.writeString(odd.resolve("t.csv"), "time\n2026-11-11 00:00:01\n2026-11-11 00:10:00\n");
        Path file = odd.resolve("s.yaml");
        Files.writeString(file, "name: esc\nstart: 2026-11-11T00:00\nhorizon: 1h\nreplications: 2\n"
                + "demand: {trace: t.csv, mix: {presale: 1}}\n"
                + "agents: [{group: g, skills: [presale]}]\nshifts: {d: {from: \"00:00\", to: \"24:00\"}}\n"
                + "roster: [{group: g, shift: d, agents: 1}]\n");
        CliRunner.Result r = CliRunner.kefusim("run", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        Path html;
        try (var runs = Files.list(dir.resolve("out").resolve("esc"))) {
            html = runs.findFirst().orElseThrow().resolve("report.html");
        }
        String page = Files.readString(html);
        assertTrue(page.contains("a&lt;b&gt;&amp;"), "escaped path present");
        assertFalse(page.contains("a<b>"), "no raw markup from the scenario");
        assertTrue(r.out().contains("report.html"), "the console ends with the report's path");
    }
}
