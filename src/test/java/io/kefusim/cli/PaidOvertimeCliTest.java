package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tester's case: the small shop for the week Monday 16 - Sunday 22 November 2026 on three
 * teams of 3 on three_shift (三班倒, swap 7). Team A works seven mornings (56 h: two rest days
 * worked, 16 h), team B six evenings and its rest day (48 h: one rest day worked, 8 h), team C
 * seven nights (56 h: 16 h). Standard system: 3 x 16 + 3 x 8 + 3 x 16 = 120 agent-hours of paid
 * overtime, all on rest days at 2x (no shift is beyond 8 h), at 4,500 / 174 CNY an hour: 120 x
 * 4,500 / 174 x 2 = 6,206.90 more than flexible (no scheduled overtime); comprehensive counts the
 * same 120 h (each person's hours beyond 40 in the week: 16, 8, 16) at 1.5: 4,655.17. Before,
 * the 120 h were paid at 1.5 under standard and shown nowhere: the console's only overtime line
 * was the time spent finishing chats after a shift.
 */
class PaidOvertimeCliTest {
    @TempDir
    Path dir;

    private static final double RATE = 4500 / 174.0;

    private Path t3() throws IOException {
        String yaml = Files.readString(Path.of("scenarios/small-shop-ordinary-day.yaml"))
                .replace("start: 2026-11-18T00:00", "start: 2026-11-16T00:00").replace("horizon: 24h", "horizon: 7d")
                .replace("replications: 30", "replications: 2");
        yaml = yaml.substring(0, yaml.indexOf("teams:")) + "teams:\n"
                + "  - {name: A, agents: {service: 3}, rotation: {template: three_shift, team: 0, from: 2026-11-16}}\n"
                + "  - {name: B, agents: {service: 3}, rotation: {template: three_shift, team: 1, from: 2026-11-16}}\n"
                + "  - {name: C, agents: {service: 3}, rotation: {template: three_shift, team: 2, from: 2026-11-16}}\n";
        Path p = dir.resolve("t3.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private CliRunner.Result run(Path yaml, String system, String out, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[]{"run", yaml.toString(), "--set", "labour.working_time=" + system, "--out", dir.resolve(out).toString()}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRunner.kefusim(args);
    }

    private JsonNode summary(String out) throws IOException {
        try (var l = Files.list(dir.resolve(out).resolve("small-shop-ordinary-day"))) {
            Path run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        }
    }

    private static double mean(JsonNode n, String key) { return n.get(key).get("mean").asDouble(); }

    @Test
    void paidOvertimeIsShownAndRestDaysArePaidDouble() throws IOException {
        Path yaml = t3();
        CliRunner.Result standard = run(yaml, "standard", "standard");
        assertEquals(0, standard.code(), standard.err());
        // t17: both figures are paid; each label says which overtime it is (the after-shift time at the
        // overtime rate, the working-time system's extended, rest-day and holiday hours), not "paid" for one only
        assertTrue(standard.out().contains("  After-shift chats at overtime pay (agent-hours) "), standard.out());
        assertFalse(standard.out().contains("Overtime (agent-hours)"), standard.out());
        assertFalse(standard.out().contains("Paid overtime"), standard.out());
        assertTrue(standard.out().matches("(?s).*\\R  Overtime by working-time rules \\(agent-hours\\) +120\\.0 .*"), standard.out());
        assertTrue(standard.out().matches("(?s).*of it on rest days, at 2× \\(agent-hours\\) +120\\.0 .*"), standard.out());
        assertTrue(standard.out().matches("(?s).*rules OT h +labour cost\\R +service +[\\d,]+ +[\\d.]+ +[\\d.]+% +[\\d.]+ +120\\.0 +[\\d,]+\\R.*"),
                "the group table's paid overtime:\n" + standard.out());
        JsonNode s = summary("standard");
        assertEquals(120, mean(s.get("totals"), "paid_overtime_h"), 1e-9);
        assertEquals(120, mean(s.get("totals"), "paid_overtime_rest_day_h"), 1e-9);
        assertEquals(0, mean(s.get("totals"), "paid_overtime_extended_h"), 1e-9);
        assertEquals(120, mean(s.get("by_group").get("service"), "paid_overtime_h"), 1e-9);
        assertTrue(mean(s.get("totals"), "overtime_h") < 120, "overtime_h stays the after-shift time");
        // by day, each rest-day hour spread over its week's shifts: A and C 16 h over 7 shifts, B 8 h over
        // 6 (off on Sunday 22): 3 x 16/7 x 2 + 3 x 8/6 = 17 5/7 a day, Sunday 3 x 16/7 x 2 = 13 5/7; 120 in all
        double days = 0;
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> s.get("by_day").fields()) days += mean(e.getValue(), "paid_overtime_h");
        assertEquals(120, days, 1e-9);
        assertEquals(96 / 7.0, mean(s.get("by_day").get("2026-11-22"), "paid_overtime_h"), 1e-9);

        CliRunner.Result flexible = run(yaml, "flexible", "flexible");
        assertEquals(0, flexible.code(), flexible.err());
        JsonNode f = summary("flexible");
        assertEquals(0, mean(f.get("totals"), "paid_overtime_h"), 1e-9);
        assertEquals(120 * RATE * 2, mean(s.get("totals"), "labour_cost") - mean(f.get("totals"), "labour_cost"), 1e-6);

        CliRunner.Result comprehensive = run(yaml, "comprehensive", "comprehensive");
        assertEquals(0, comprehensive.code(), comprehensive.err());
        JsonNode c = summary("comprehensive");
        assertEquals(120, mean(c.get("totals"), "paid_overtime_extended_h"), 1e-9);
        assertEquals(0, mean(c.get("totals"), "paid_overtime_rest_day_h"), 1e-9);
        assertEquals(120 * RATE * 1.5, mean(c.get("totals"), "labour_cost") - mean(f.get("totals"), "labour_cost"), 1e-6);

        CliRunner.Result zh = run(yaml, "standard", "zh", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("  下班后处理未完会话，按加班费计薪（人·小时） "), zh.out());
        assertTrue(zh.out().matches("(?s).*\\R  按工时制度计的加班（人·小时） +120\\.0 .*"), zh.out());
        assertFalse(zh.out().contains("计薪加班（"), zh.out());
        assertTrue(zh.out().contains("其中休息日加班，按 2 倍（人·小时）"), zh.out());
    }
}
