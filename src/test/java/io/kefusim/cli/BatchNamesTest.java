package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * batch's shop names (data11): two scenarios sharing a name — the file named as its scenario keeps the name,
 * the other is renamed and the renaming said (console, batch.json, batch.csv); the same file twice in a manifest
 * is one error line. Before, the suffix went by file order (dupname.yaml's figures under "shoe-shop", the real
 * shoe shop "shoe-shop-2") without a word, and a manifest's repeated file ran twice as tea-shop and tea-shop-2.
 */
class BatchNamesTest {
    @TempDir
    Path dir;

    @Test
    void aMadeUpNameNeverTakesAnotherShopsOwnName() {
        // a.yaml and b.yaml both named X, c.yaml named X-2 (tester12): before, b became X-2 and c, whose name
        // was its own and unique, was renamed X-2-2 (and told it shared a name it did not)
        List<io.kefusim.scenario.Scenario> shops = List.of(named("X"), named("X"), named("X-2"));
        List<String> names = BatchCommand.shopNames(List.of(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c.yaml")), shops);
        assertEquals(List.of("X", "X-3", "X-2"), names);
    }

    private static io.kefusim.scenario.Scenario named(String name) {
        return io.kefusim.TestScenarios.yaml(CliTest.GOOD.replace("name: cli", "name: " + name));
    }

    @Test
    void theFileNamedAsItsScenarioKeepsTheNameAndRenamingsAreSaid() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        // "Dup.yaml" sorts first (D before T); before, it took the name
        Files.writeString(shops.resolve("Dup.yaml"), CliTest.GOOD.replace("name: cli", "name: Tmall-shop").replace("agents: 2}", "agents: 3}"));
        Files.writeString(shops.resolve("Tmall-shop.yaml"), CliTest.GOOD.replace("name: cli", "name: Tmall-shop"));
        CliRunner.Result r = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String said = "notice: " + shops.resolve("Dup.yaml") + ": its scenario is named 'Tmall-shop', as " + shops.resolve("Tmall-shop.yaml")
                + "'s is, which keeps the name: this shop's results folder and row are 'Tmall-shop-2'";
        assertTrue(r.err().contains(said), r.err());
        Path b;
        try (var l = Files.list(dir.resolve("out/batch"))) {
            b = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        List<String> csv = Files.readAllLines(b.resolve("batch.csv"));
        List<String> head = List.of(csv.get(0).replace("\uFEFF", "").split(",")); // the BOM Excel needs
        String[] first = csv.get(1).split(","), second = csv.get(2).split(",");
        assertEquals("Tmall-shop-2", first[head.indexOf("shop")]);
        assertEquals(shops.resolve("Dup.yaml").toString(), first[head.indexOf("file")]);
        assertEquals("Tmall-shop", first[head.indexOf("scenario")], "the scenario's own name, a capital T and all");
        assertEquals("Tmall-shop", second[head.indexOf("shop")]);
        assertEquals(shops.resolve("Tmall-shop.yaml").toString(), second[head.indexOf("file")]);
        JsonNode j = new ObjectMapper().readTree(b.resolve("batch.json").toFile());
        assertEquals(1, j.get("renamed").size(), j.toString());
        assertEquals("Tmall-shop-2", j.get("renamed").get(0).get("shop").asText());
        assertEquals(shops.resolve("Dup.yaml").toString(), j.get("renamed").get(0).get("file").asText());
        assertEquals(shops.resolve("Tmall-shop.yaml").toString(), j.get("renamed").get(0).get("kept_by").asText());
        assertTrue(Files.isDirectory(b.resolve("Tmall-shop")) && Files.isDirectory(b.resolve("Tmall-shop-2")));

        CliRunner.Result zh = CliRunner.kefusim("batch", shops.toString(), "--replications", "2", "--out", dir.resolve("out").toString(), "--lang", "zh");
        assertTrue(zh.err().contains("提示：" + shops.resolve("Dup.yaml") + "：方案名为 'Tmall-shop'，与 " + shops.resolve("Tmall-shop.yaml")
                + " 的相同（名称归后者）：这家店的结果文件夹和表格行名为 'Tmall-shop-2'"), zh.err());
    }

    @Test
    void theSameFileTwiceInAManifestIsOneErrorLine() throws Exception {
        Path shops = Files.createDirectories(dir.resolve("shops"));
        Files.writeString(shops.resolve("tea.yaml"), CliTest.GOOD);
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# two shops\nshops/tea.yaml\n\nshops/../shops/tea.yaml\n");
        CliRunner.Result r = CliRunner.kefusim("batch", manifest.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + manifest + ":4: 'shops/../shops/tea.yaml' is listed again (first on line 2); allowed: each scenario file once"
                + " (to run a shop twice, copy its file with another name and seed)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
