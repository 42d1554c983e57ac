package io.kefusim.cli;

import io.kefusim.report.ColumnWords;
import io.kefusim.report.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two weekly-hours figures, one wording each everywhere (t16): {@code paid_hours_per_agent_week} is
 * per POSITION ("h worked per position-week", 每个岗位每周工作小时), {@code paid_hours_per_person_week}
 * per PERSON ("h worked per person-week", 每人每周工作小时); both are hours worked, breaks not counted.
 * Before, the report's group table read "paid h per person-week" (breaks are not paid hours here) and
 * 每人每周计薪工时 beside 人均每周工作小时, and results.xlsx called the per-position figure 人均… ("per person").
 */
class WeeklyHoursWordsTest {
    @Test
    void eachFigureHasOneWordingInConsoleReportAndWorkbook(@TempDir Path dir) throws Exception {
        Text en = new Text("en"), zh = new Text("zh");
        // results.xlsx headings
        assertEquals("hours worked per position-week (no breaks) (h)", new ColumnWords(en).label("paid_hours_per_agent_week"));
        assertEquals("hours worked per person-week (no breaks) (h)", new ColumnWords(en).label("paid_hours_per_person_week"));
        assertEquals("每个岗位每周工作小时（不含休息）（小时）", new ColumnWords(zh).label("paid_hours_per_agent_week"));
        assertEquals("每人每周工作小时（不含休息）（小时）", new ColumnWords(zh).label("paid_hours_per_person_week"));

        Path f = dir.resolve("week.yaml");
        Files.writeString(f, "name: week\nstart: 2026-11-16T00:00\nhorizon: 1d\nreplications: 1\n"
                + "demand: {pattern: {hourly: [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]}, mix: {presale: 1}}\n"
                + "agents: [{group: desk, skills: [presale]}]\n"
                + "shifts: {day: {from: \"09:00\", to: \"18:00\", breaks: [{at: \"12:00\", for: 1h}]}}\n"
                + "roster: [{group: desk, shift: day, agents: 2}]\n");
        CliRunner.Result e = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("en").toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("  Hours worked per person-week (no breaks) "), e.out());
        String html = report(dir.resolve("en/week"));
        assertTrue(html.contains(">h worked per position-week<") && html.contains(">h worked per person-week<"), html);
        assertFalse(html.contains("agent-week") || html.contains("paid h per"), html);
        // the labour card's hours are the people's average, not what each one works (a sale day's extras work one day)
        assertTrue(html.contains("h a week on average (breaks not counted)") && !html.contains("each working"), html);

        CliRunner.Result z = CliRunner.kefusim("run", f.toString(), "--out", dir.resolve("zh").toString(), "--lang", "zh");
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().contains("  每人每周工作小时（不含休息） "), z.out());
        html = report(dir.resolve("zh/week"));
        assertTrue(html.contains(">每个岗位每周工作小时<") && html.contains(">每人每周工作小时<"), html);
        assertFalse(html.contains("人均每周") || html.contains("每人每周计薪工时"), html);
        assertTrue(html.contains("平均每人每周工作"), html);
    }

    private static String report(Path runs) throws Exception {
        try (var each = Files.list(runs)) {
            return Files.readString(each.filter(p -> !p.endsWith("latest")).findFirst().orElseThrow().resolve("report.html"));
        }
    }
}
