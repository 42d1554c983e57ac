package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Where a user reads the goal, it is said in words in the reader's language, as the console and
 * the page say it, not as the --target option's syntax (Goal.toString, English only).
 */
class GoalInWordsTest {
    @TempDir
    Path dir;

    private List<String> optimisedHeader(String lang) throws Exception {
        Path out = dir.resolve(lang);
        CliRunner.Result r = CliRunner.kefusim("--lang", lang, "staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.8",
                "--replications", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path yaml;
        try (var files = Files.walk(out)) {
            yaml = files.filter(f -> f.getFileName().toString().equals("optimised.yaml")).findFirst().orElseThrow();
        }
        return Files.readAllLines(yaml).subList(0, 2);
    }

    @Test
    void optimisedYamlSaysItsGoalInTheReadersWords() throws Exception {
        assertEquals(List.of("# Roster chosen by kefusim staff for: at least 80.0% of buyers answered within 2 min, in every hour with at least 10 buyers",
                "# Proven cheapest in the bounds (given that more agents never make service worse). Run it with: kefusim run optimised.yaml"), optimisedHeader("en"));
        assertEquals(List.of("# kefusim staff 为此目标选出的排班：每个至少有 10 位买家的小时至少 80.0% 的买家在2分钟内得到回复",
                "# 在范围内已证明最省（前提是增加客服不会让服务变差）。运行：kefusim run optimised.yaml"), optimisedHeader("zh"));
    }
}
