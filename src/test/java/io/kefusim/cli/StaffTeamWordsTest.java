package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester21: on rotating teams staff said "8 positions, … which a 5-day rota covers with 8 people" and
 * headed the column "people, 5-day rota", of people on 黑白倒班 (78 h a week, 13 days in a row): no
 * 5-day rota. The people of a teams-only roster are the teams' members on their rotations, in the
 * sentence, the table, staff.html and staffing.json, in both languages; the note under the table says
 * how a team member is priced (roster lines keep their words: StaffPeopleRuleTest).
 */
class StaffTeamWordsTest {
    private static final String DAY_NIGHT = "scenarios/small-shop-ordinary-day.yaml";

    @TempDir
    Path dir;

    private static Path run(Path parent) throws Exception {
        try (var l = Files.list(parent.resolve("small-shop-ordinary-day-staff"))) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }

    @Test
    void teamMembersOnTheirRotationsNotAFiveDayRota() throws Exception {
        CliRunner.Result en = CliRunner.kefusim("staff", DAY_NIGHT, "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "5",
                "--out", dir.resolve("en").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("on the busiest day, 2026-11-18, 8 positions, at most 4 agents at work at once, filled by the teams' 8 members on their rotations; "
                + "the run employs 8 people;"), en.out());
        assertTrue(en.out().contains("team members, on rotation"), en.out());
        assertFalse(en.out().contains("5-day rota"), en.out());
        // the note: a team member is priced at an average day of its rotation, and the labour cost can be above it
        assertTrue(en.out().contains("Scheduled pay, the price the search minimises, pays each team member an average day of its rotation"), en.out());
        assertFalse(en.out().contains("pays each position as one person over the whole run"), en.out());
        assertTrue(en.out().matches("(?s).*today's\\s+1,755\\s+2,022 .*"), en.out());
        Path out = run(dir.resolve("en"));
        String html = Files.readString(out.resolve("staff.html"));
        assertTrue(html.contains("filled by the teams&#39; 8 members on their rotations") || html.contains("filled by the teams' 8 members on their rotations"), "staff.html");
        assertFalse(html.contains("5-day rota"), "staff.html");
        JsonNode answer = new ObjectMapper().readTree(out.resolve("staffing.json").toFile()).get("answer");
        assertEquals("people = the teams' members, each on its team's rotation (no 5-day rota)", answer.get("people_rule").asText());
        assertEquals(8, answer.get("days").get(0).get("people_for_rotation").asInt());

        CliRunner.Result zh = CliRunner.kefusim("staff", DAY_NIGHT, "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "5",
                "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("最忙的一天 2026-11-18 共 8 个岗位、同时在班最多 4 人，由轮班小组的 8 名成员按各自的轮班承担；本次共雇用 8 人；"), zh.out());
        assertTrue(zh.out().contains("小组成员（按轮班）"), zh.out());
        assertFalse(zh.out().contains("每周上 5 天") || zh.out().contains("每周 5 天"), zh.out());
        assertTrue(zh.out().contains("每名小组成员按其轮班的平均一天计"), zh.out());
    }

    /** tester23: under comprehensive working time the teams' note spoke only of the standard system's rest-day hours. */
    @Test
    void theTeamsNoteSaysEachWorkingTimeSystemsOvertime() {
        String en = new io.kefusim.report.Text("en").get("sa_rule_teams"), zh = new io.kefusim.report.Text("zh").get("sa_rule_teams");
        assertTrue(en.contains("comprehensive: the rotation's average week beyond 40 h"), en);
        assertTrue(en.contains("standard: those days' extended hours"), en);
        assertTrue(zh.contains("综合计算工时制：轮班平均每周超过 40 小时的部分"), zh);
    }
}
