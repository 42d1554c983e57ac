package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester26: a part-timer's 9-hour shift (pay: part_time) showed "of it extended hours, at 1.5× 12.0" on the console and
 * in summary.json while the labour cost paid those hours at 1× (as money.md says a part-timer is paid): the hours a
 * part-timer works beyond a legal day or on a rest day are ordinary hours, not premium ones; the holiday hours keep 3×.
 */
class PartTimeHoursWordsTest {
    @TempDir
    Path dir;

    @Test
    void aPartTimersLongDayIsNotCalledOvertimeAndCostsTheSame() throws Exception {
        Path f = Path.of("src/test/resources/io/kefusim/roster/part-time-9h.yaml");
        CliRunner.Result r = CliRunner.kefusim("run", f.toString(), "--replications", "2", "--set", "costs.commission=0", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("of it extended hours"), r.out());
        JsonNode groups = new ObjectMapper().readTree(CliRunner.newestRun(dir.resolve("ptb9")).resolve("summary.json").toFile()).get("by_group");
        JsonNode pt = groups.get("parttime");
        assertNotNull(pt, groups.toString());
        assertEquals(0.0, pt.get("paid_overtime_extended_h").get("mean").asDouble(), 0);
        assertEquals(0.0, pt.get("paid_overtime_rest_day_h").get("mean").asDouble(), 0);
        assertEquals(36.0, pt.get("paid_overtime_holiday_h").get("mean").asDouble(), 0, "the holiday hours keep their premium");
        // the cost as before: 144 h × 30 + 36 holiday h × 30 × 2 + the after-shift hours × 30, all at the hourly pay
        double afterShift = pt.get("overtime_h").get("mean").asDouble();
        // the after-shift line names overtime pay: the part-timers' share of it, paid at 1×, on its own line under it
        assertTrue(afterShift > 0.05, pt.toString());
        assertTrue(java.util.regex.Pattern.compile("\n    of it part-timers', at 1× \\(agent-hours\\) +" + java.util.regex.Pattern.quote(
                String.format(java.util.Locale.ROOT, "%,.1f", afterShift)) + " ").matcher(r.out()).find(), r.out());
        assertEquals(144 * 30 + 36 * 30 * 2 + afterShift * 30, pt.get("labour_cost").get("mean").asDouble(), 1e-6);
    }

    /** tester26: staff's sentence said "5 days and 40 hours a week" beside 7 people for 4 part-time positions (168 h / 24). */
    @Test
    void staffSaysAPartTimersWeekIs24Hours() throws Exception {
        Path f = Path.of("src/test/resources/io/kefusim/roster/part-time-staff.yaml");
        CliRunner.Result r = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "2",
                "--out", dir.resolve("staff").toString());
        assertTrue(r.out().contains("Part-timers (pay: part_time) are counted at 24 hours a week each, not 40"), r.out());
        CliRunner.Result zh = CliRunner.kefusim("staff", f.toString(), "--target", "service-level>=0.8", "--replications", "3", "--max-simulations", "2",
                "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("非全日制用工（pay: part_time）每人每周按 24 小时计"), zh.out());
        CliRunner.Result none = CliRunner.kefusim("staff", "scenarios/classroom-response-time.yaml", "--target", "service-level>=0.5", "--replications", "3",
                "--max-simulations", "2", "--out", dir.resolve("none").toString());
        assertFalse(none.out().contains("Part-timers"), "said only where a group is part-time");
    }
}
