package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fitM (tester24 item 3): a one-day fit took the returns after a late reply out of the arrivals and said so nowhere:
 * "Fitted 517 records", fit.html "517 chats a day", fit.json retried_contacts_taken_out_of_arrivals 0, while the
 * fitted pattern brings 509. The Anonymous Bank's Friday 5 February 1999, every server written NO_SERVER so that no
 * agent is on duty and fit chooses no idle gap by replay (fast); the retrials are read the same (the callers, the waits).
 */
class TakenOutSaidTest {
    @TempDir
    Path dir;

    @Test
    void lateReplyReturnsTakenOutAreSaidOnTheConsoleFitHtmlAndFitJson() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(AnswersFasterTest.BANK), "the bank's records are not beside the project");
        List<String> lines = Files.readAllLines(AnswersFasterTest.BANK, StandardCharsets.UTF_8);
        List<String> fri = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            if (!c[5].equals("990205")) continue;
            c[16] = "NO_SERVER";
            fri.add(String.join("\t", c));
        }
        Path f = dir.resolve("fri.tsv");
        Files.write(f, fri, StandardCharsets.UTF_8);

        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        String said = "8 contacts taken out of the arrivals, as the model adds them back as retrials (fitted.yaml's pattern counts people, not contacts): 8 returns after a late reply";
        assertTrue(r.err().contains("notice: " + said), r.err()); // before: not said
        Path run = CliRunner.newestRun(dir.resolve("out/fri-fit"));
        JsonNode json = new ObjectMapper().readTree(run.resolve("fit.json").toFile());
        assertEquals(517, json.get("records").asLong());
        JsonNode out = json.get("taken_out_of_arrivals");
        assertEquals(8, out.get("total").asLong());
        assertEquals(0, out.get("after_giving_up_identified").asLong());
        assertEquals(0, out.get("after_giving_up_unidentified_expected").asLong());
        assertEquals(8, out.get("after_late_reply").asLong());
        assertEquals(517, out.get("records_a_day").asDouble(), 1e-9);
        assertEquals(509, out.get("fitted_pattern_a_day").asDouble(), 1e-9);
        assertEquals(8, json.at("/estimates/retrials/retried_contacts_taken_out_of_arrivals").asLong()); // before: 0
        assertTrue(json.get("notices").toString().contains(said), json.get("notices").toString());
        String html = Files.readString(run.resolve("fit.html"));
        assertTrue(html.contains("517 chats a day on average"), html);
        assertTrue(html.contains("Of those chats, 8 in all (8 a day) are retried contacts taken out of the arrivals, as the model adds them back: fitted.yaml&#39;s pattern brings 509 chats a day.")
                || html.contains("Of those chats, 8 in all (8 a day) are retried contacts taken out of the arrivals, as the model adds them back: fitted.yaml's pattern brings 509 chats a day."), html);
        // the fitted file's own pattern is the 509
        String yaml = Files.readString(run.resolve("fitted.yaml"));
        assertTrue(yaml.contains("# n=1 dates, 509 chats a day"), yaml);

        CliRunner.Result zh = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("zh").toString(), "--threads", "1", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("提示：已从进线中扣除 8 次来访，模型会把它们作为重试加回（fitted.yaml 的进线模式计的是人，不是来访次数）：8 次回复过慢后的回访"), zh.err());
    }
}
