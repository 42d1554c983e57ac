package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A --set that a variant's set: or a --vary of the same key replaces is said where compare and
 * sweep answer (console, compare.json/sweep.json, the pages), in English and Chinese; the
 * variant and the --vary still win, as before (no figure changes), and --strict refuses it.
 */
class SetReplacedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "scenarios/classroom-response-time.yaml";
    private static final String REPLACED = "warning: [fifth-agent] " + FILE + ":54: roster[0].agents: --set roster[0].agents=6 is replaced in this plan by its set: "
            + "roster[0].agents: 5 (a variant's set: is applied after --set): 'base' runs the --set's value, 'fifth-agent' its own; "
            + "to change the plan from the --set's value, change the variant's value, or leave the key out of --set";
    private static final String VARIED = "warning: --vary: roster[0].agents: --set roster[0].agents=8 changes nothing: --vary roster[0].agents gives every point "
            + "its own value (--vary is applied after --set); leave the key out of --set, or out of --vary";

    @TempDir
    Path dir;

    private static Path only(Path base) throws IOException {
        try (Stream<Path> l = Files.list(base)) {
            List<Path> runs = l.filter(p -> !p.getFileName().toString().equals("latest")).toList();
            assertEquals(1, runs.size(), runs.toString());
            return runs.get(0);
        }
    }

    @Test
    void aVariantReplacingASetIsSaidUnderItsPlan() throws Exception {
        // the tester's case: --set 6 agents; the variant 'fifth-agent' (set: 5) now runs one fewer than base
        Path out = dir.resolve("cmp");
        CliRunner.Result r = CliRunner.kefusim("compare", FILE, "--replications", "2", "--set", "roster[0].agents=6", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(REPLACED + "\n"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("warning:")).count(), r.err());
        Path cmp = only(out.resolve("classroom-response-time-compare"));
        JsonNode json = JSON.readTree(cmp.resolve("compare.json").toFile());
        JsonNode ws = json.get("warnings");
        assertEquals(0, ws.get("base").size(), ws.toString());
        assertEquals(0, ws.get("replies-in-20s").size(), ws.toString());
        JsonNode w = ws.get("fifth-agent").get(0);
        assertEquals("compare.set_replaced", w.get("code").asText());
        assertEquals(54, w.get("where").get("line").asInt());
        assertEquals("roster[0].agents", w.get("where").get("key").asText());
        assertTrue(w.get("message_zh").asText().startsWith("--set roster[0].agents=6 在此方案中被它的 set: roster[0].agents: 5 取代（变体的 set: 在 --set 之后应用）"), w.toString());
        assertTrue(Files.readString(cmp.resolve("compare.html")).contains("[compare.set_replaced]"));
        // the variant's value still holds (decided, and documented): base 6 agents, fifth-agent 5
        JsonNode agents = json.get("figures").get("agents_on_duty").get("plans");
        assertEquals(6.0, agents.get("base").get("mean").asDouble(), 1e-9);
        assertEquals(5.0, agents.get("fifth-agent").get("mean").asDouble(), 1e-9);

        CliRunner.Result zh = CliRunner.kefusim("compare", FILE, "--replications", "2", "--set", "roster.0.agents=6", "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("警告：[fifth-agent] " + FILE + ":54: roster[0].agents: --set roster.0.agents=6 在此方案中被它的 set: roster[0].agents: 5 取代"), zh.err());

        CliRunner.Result strict = CliRunner.kefusim("compare", FILE, "--replications", "2", "--set", "roster[0].agents=6", "--out", dir.resolve("strict").toString(), "--strict");
        assertEquals(2, strict.code(), strict.out());
        assertFalse(Files.exists(dir.resolve("strict")));
    }

    @Test
    void aSetNoVariantTouchesIsNotSaid() {
        CliRunner.Result r = CliRunner.kefusim("compare", FILE, "--replications", "2", "--set", "roster[0].shift=workday", "--set", "demand.scale=1.1",
                "--out", dir.resolve("other").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
    }

    @Test
    void aVariantsSeedIsLeftToRunAligned() throws Exception {
        // --set seed=5 and a variant's seed: 9: compare runs the variant on seed 5 after all, as compare.run_aligned says; not "its own"
        Path f = dir.resolve("seeded.yaml");
        Files.writeString(f, Files.readString(Path.of(FILE)).replace("\"roster[0].agents\": 5", "\"roster[0].agents\": 5\n      seed: 9"));
        CliRunner.Result r = CliRunner.kefusim("compare", f.toString(), "--replications", "2", "--set", "seed=5", "--out", dir.resolve("seeded").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: [fifth-agent] " + f + ":55: seed: this plan's 2 replications with seed 9 are replaced by the first plan's (2, seed 5, 'base')"), r.err());
        assertFalse(r.err().contains("--set seed=5"), r.err());
    }

    @Test
    void aVaryReplacingASetIsSaidOnceForAllPoints() throws Exception {
        Path out = dir.resolve("sw");
        CliRunner.Result r = CliRunner.kefusim("sweep", FILE, "--vary", "roster[0].agents=3,5", "--set", "roster[0].agents=8", "--replications", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(VARIED + "\n", r.err().replace("\r\n", "\n"));
        Path sw = only(out.resolve("classroom-response-time-sweep"));
        JsonNode ws = JSON.readTree(sw.resolve("sweep.json").toFile()).get("warnings");
        for (String point : List.of("3", "5")) assertEquals("sweep.set_replaced", ws.get(point).get(0).get("code").asText(), ws.toString());
        String page = Files.readString(sw.resolve("sweep.html"));
        assertEquals(1, page.split("\\[sweep.set_replaced\\]", -1).length - 1, "shared by every point, shown once");
        // a --set around the varied key: only its agents are replaced
        CliRunner.Result part = CliRunner.kefusim("sweep", FILE, "--vary", "roster[0].agents=3,5", "--set", "roster[0]={group: class, shift: workday, agents: 8}",
                "--replications", "2", "--out", dir.resolve("part").toString(), "--lang", "zh");
        assertEquals(0, part.code(), part.err());
        assertTrue(part.err().contains("警告：--vary: roster[0].agents: --set roster[0]={group: class, shift: workday, agents: 8} 被部分取代：--vary roster[0].agents 在这里给每个点各自的值"
                + "（--vary 在 --set 之后应用）；--set 的其余部分仍然有效"), part.err());
        CliRunner.Result apart = CliRunner.kefusim("sweep", FILE, "--vary", "roster[0].agents=3,5", "--set", "demand.scale=1.1",
                "--replications", "2", "--out", dir.resolve("apart").toString());
        assertFalse(apart.err().contains("warning"), apart.err());
    }
}
