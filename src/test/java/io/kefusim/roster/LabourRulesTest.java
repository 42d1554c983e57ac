package io.kefusim.roster;

import io.kefusim.TestScenarios;
import io.kefusim.scenario.Scenario;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Rotation templates walked over whole cycles, and the labour-rule checks. */
class LabourRulesTest {
    private static final String HEAD = "name: r\nstart: 2026-11-01T00:00\nreplications: 1\n"
            + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
            + "agents: [{group: g, skills: [presale]}]\n";

    private static Scenario teams(String template, int teams, int swap, int days) {
        StringBuilder b = new StringBuilder(HEAD).append("horizon: ").append(days).append("d\nteams:\n");
        for (int k = 0; k < teams; k++) {
            b.append("  - {name: T").append(k).append(", agents: {g: 1}, rotation: {template: ").append(template).append(", team: ").append(k)
                    .append(", swap_every: ").append(swap).append(", from: 2026-11-01}}\n");
        }
        return TestScenarios.yaml(b.toString());
    }

    /** No template, at any swap of any team, gives a stint longer than its shift or less than 11 h of rest. */
    @ParameterizedTest(name = "{0}, {1} teams, swap every {2}")
    @CsvSource({"day_night,2,2", "day_night,2,3", "day_night,2,7", "three_shift,3,2", "three_shift,3,7",
            "four_team_three_shift,4,1", "four_team_three_shift,4,2", "four_team_three_shift,4,3"})
    void everyTemplateHandsOverWithARest(String template, int teams, int swap) {
        int cycle = teams(template, teams, swap, 1).teams().get(0).cycle().size();
        Scenario s = teams(template, teams, swap, 2 * cycle + 2); // two whole cycles: every hand-over of every team, twice
        double shiftLength = template.equals("day_night") ? 12 * 3600 : 8 * 3600;
        DutyPlan p = DutyPlan.build(s, RandomSource.SPLIT_MIX_64.create(1L));
        assertEquals(teams, p.agents());
        for (int a = 0; a < p.agents(); a++) {
            List<double[]> segs = p.onDutySegments(a);
            assertTrue(segs.size() >= 2 * cycle - 2 * (cycle / swap) - 2, "agent " + a + " works: " + segs.size());
            for (int i = 0; i < segs.size(); i++) {
                double[] seg = segs.get(i);
                boolean clipped = seg[0] <= 0 || seg[1] >= s.horizon();
                if (!clipped) assertEquals(shiftLength, seg[1] - seg[0], 1e-9, template + " agent " + a + " stint at " + seg[0] / 3600 + " h");
                if (i > 0) assertTrue(seg[0] - segs.get(i - 1)[1] >= 11 * 3600, template + " agent " + a + " rests "
                        + (seg[0] - segs.get(i - 1)[1]) / 3600 + " h before " + seg[0] / 3600 + " h");
            }
        }
        for (LabourCheck.Warning w : LabourCheck.check(s)) {
            assertNotEquals("max_stint", w.rule(), w.toString());
            assertNotEquals("min_rest", w.rule(), w.toString());
        }
    }

    @Test
    void fourTeamsCoverEveryShiftWithinTheRules() {
        Scenario s = teams("four_team_three_shift", 4, 2, 40);
        assertTrue(LabourCheck.check(s).isEmpty(), LabourCheck.check(s).toString());
        assertTrue(LabourCheck.rotationGaps(s).isEmpty(), LabourCheck.rotationGaps(s).toString());
    }

    @Test
    void twoTeamDayNightIsHonestAboutItsGapsAndHours() {
        Scenario s = teams("day_night", 2, 7, 28);
        List<String> gaps = LabourCheck.rotationGaps(s);
        assertFalse(gaps.isEmpty());
        assertTrue(gaps.get(0).contains("'day'"), gaps.get(0));
        List<LabourCheck.Warning> w = LabourCheck.check(s);
        assertTrue(w.stream().anyMatch(x -> x.rule().equals("max_hours_per_week")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.rule().equals("max_days_in_row")), w.toString());
    }

    @Test
    void aShiftOnlyOnePersonWorksOnceIsNoPostToCover() {
        // as fit writes a recorded week: each agent's day is its own shift, once in its own cycle
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 7d\nshifts: {A_1: {from: \"08:00\", to: \"16:00\"}, A_2: {from: \"09:00\", to: \"17:00\"},"
                + " B_1: {from: \"10:00\", to: \"18:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: [A_1, A_2, off, off, off, off, off], from: 2026-11-01}},"
                + " {name: B, agents: {g: 1}, rotation: {cycle: [B_1, off, off, off, off, off, off], from: 2026-11-01}}]\n");
        assertTrue(LabourCheck.rotationGaps(s).isEmpty(), LabourCheck.rotationGaps(s).toString());
        // a shift a cycle works twice is a post: its rest days are gaps
        Scenario post = TestScenarios.yaml(HEAD + "horizon: 7d\nshifts: {D: {from: \"08:00\", to: \"16:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: [D, D, off], from: 2026-11-01}}]\n");
        assertTrue(LabourCheck.rotationGaps(post).stream().anyMatch(g -> g.contains("'D' on 2026-11-03")), LabourCheck.rotationGaps(post).toString());
    }

    @Test
    void aStreakIsCountedAndDatedWithinTheRun() {
        // a fitted week: one person worked all seven days; the cycle repeats them before and after the run
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 7d\nshifts: {A: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: [A, A, A, A, A, A, A], from: 2026-11-01}}]\n");
        LabourCheck.Warning w = LabourCheck.check(s).stream().filter(x -> x.rule().equals("max_days_in_row")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 11, 1), w.date(), w.toString());
        // a cycle with no rest day has no streak to count: said as such (before, "at least 7 days from 2026-11-01", the run's dates)
        assertEquals("works every day: its 7-day cycle has no rest day, more than 6 days in a row without one", w.message());
        // a streak wholly inside the run is said as it is
        Scenario inside = TestScenarios.yaml(HEAD + "horizon: 10d\nshifts: {A: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: [off, A, A, A, A, A, A, A, A, off], from: 2026-11-01}}]\n");
        LabourCheck.Warning v = LabourCheck.check(inside).stream().filter(x -> x.rule().equals("max_days_in_row")).findFirst().orElseThrow();
        assertTrue(v.message().startsWith("works 8 days in a row from 2026-11-02"), v.message());
    }

    /**
     * tester21's three.yaml: three teams on three_shift (a 21-day cycle, one day off) from Monday 16
     * November 2026, so each works 20 days in a row: A 9 → 28 November, B 2 → 21 November, C 16
     * November → 5 December (the cycle repeats them every 21 days: C's before is 26 October → 14
     * November, B's after 23 November → 12 December). The warning names the streak the run touches
     * whole, from its real first date, whatever the run's start: before, a one-day run from the 16th said A "14 days from 2026-11-15" and B "7
     * days from 2026-11-15" (the walk began the day before the run), and a run from the 9th said A 20.
     */
    @ParameterizedTest(name = "start {0}, {1}")
    @CsvSource({"2026-11-16T00:00, 24h, 2026-11-09, 2026-11-02, 2026-11-16", "2026-11-09T00:00, 24h, 2026-11-09, 2026-11-02, 2026-10-26",
            "2026-11-20T00:00, 24h, 2026-11-09, 2026-11-02, 2026-11-16", "2026-11-16T00:00, 7d, 2026-11-09, 2026-11-02, 2026-11-16",
            "2026-11-27T12:00, 12h, 2026-11-09, 2026-11-23, 2026-11-16"})
    void aStreakIsMeasuredWholeWhateverTheRunsStart(String start, String horizon, String a, String bb, String c) {
        StringBuilder b = new StringBuilder("name: r\nstart: " + start + "\nhorizon: " + horizon + "\nreplications: 1\n"
                + "demand: {pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}, mix: {presale: 1}}\n"
                + "agents: [{group: service, skills: [presale]}]\nteams:\n");
        for (int k = 0; k < 3; k++) b.append("  - {name: ").append("ABC".charAt(k)).append(", agents: {service: 2}, rotation: {template: three_shift, team: ")
                .append(k).append(", from: 2026-11-16}}\n");
        java.util.Map<String, String> days = new java.util.TreeMap<>();
        for (LabourCheck.Warning w : LabourCheck.check(TestScenarios.yaml(b.toString())))
            if (w.rule().equals("max_days_in_row")) days.put(w.who(), w.date() + ": " + w.message());
        String rule = " days in a row from ", more = ", more than 6 without a rest day";
        assertEquals(java.util.Map.of(
                "team A (service)", a + ": works 20" + rule + a + more,
                "team B (service)", bb + ": works 20" + rule + bb + more,
                "team C (service)", c + ": works 20" + rule + c + more), days);
    }

    /**
     * tester23's streak.yaml: a one-day run on the team's rest day; its next streak (10 days from 2026-03-06) lies
     * wholly after the run and was dated as if the run showed it. Now it says the run's last date, as the weekly
     * hours' warning does of a week beyond the run.
     */
    @Test
    void aStreakWhollyAfterTheRunSaysTheRunsLastDate() {
        Scenario s = TestScenarios.yaml("name: r\nstart: 2026-03-02T09:00\nhorizon: 8h\nreplications: 1\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,60,60,60,60,60,60,60,60,0,0,0,0,0,0,0]}, mix: {presale: 1}}\n"
                + "agents: [{group: class, skills: [presale]}]\nshifts: {workday: {from: \"09:00\", to: \"17:00\"}}\n"
                + "teams:\n  - {name: T, agents: {class: 4}, rotation: {cycle: [workday, workday, workday, workday, workday, workday, workday, workday, "
                + "workday, workday, off, off, off, off], from: 2026-02-20}}\n");
        List<String> said = new java.util.ArrayList<>();
        for (LabourCheck.Warning w : LabourCheck.check(s)) if (w.rule().equals("max_days_in_row")) said.add(w.date() + ": " + w.message());
        assertEquals(List.of("2026-03-06: works 10 days in a row from 2026-03-06 (the run's last date is 2026-03-02; the rotation goes on beyond it), "
                + "more than 6 without a rest day"), said);
    }

    /**
     * tester21's rules.yaml: on 17 November every team works (Q morning, S night, T morning), so no
     * cycle puts anyone on 'evening' that day; its cause is not a rest day (before: "(a rotation's
     * rest day)"). On 18 November Q and S, whose cycles have 'evening', rest: that gap is a rest day's.
     */
    @Test
    void aGapIsARestDaysOnlyWhenATeamThatWorksTheShiftRests() {
        Scenario s = TestScenarios.yaml(HEAD.replace("2026-11-01", "2026-11-16") + "horizon: 48h\n"
                + "shifts: {morning: {from: \"08:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\"}, night: {from: \"00:00\", to: \"08:00\"}}\n"
                + "teams:\n"
                + "  - {name: Q, agents: {g: 1}, rotation: {cycle: [evening, morning, off, off], from: 2026-11-16}}\n"
                + "  - {name: S, agents: {g: 1}, rotation: {cycle: [evening, night, off, off], from: 2026-11-16}}\n"
                + "  - {name: T, agents: {g: 2}, rotation: {cycle: [morning, morning, morning, morning, morning, off, off], from: 2026-11-16}}\n");
        assertEquals(List.of("no team works 'evening' on 2026-11-17: no team's rotation puts anyone on it that day (the teams whose cycle has it work other shifts then): "
                + "add cover for it, e.g. a roster entry with dates"), LabourCheck.rotationGaps(s));
        assertEquals(List.of(new LabourCheck.Gap("evening", java.time.LocalDate.of(2026, 11, 17), false)), LabourCheck.gaps(s));
        Scenario longer = TestScenarios.yaml(HEAD.replace("2026-11-01", "2026-11-16") + "horizon: 72h\n"
                + "shifts: {morning: {from: \"08:00\", to: \"16:00\"}, evening: {from: \"16:00\", to: \"24:00\"}, night: {from: \"00:00\", to: \"08:00\"}}\n"
                + "teams:\n"
                + "  - {name: Q, agents: {g: 1}, rotation: {cycle: [evening, morning, off, off], from: 2026-11-16}}\n"
                + "  - {name: S, agents: {g: 1}, rotation: {cycle: [evening, night, off, off], from: 2026-11-16}}\n");
        List<LabourCheck.Gap> gaps = LabourCheck.gaps(longer);
        assertTrue(gaps.contains(new LabourCheck.Gap("evening", java.time.LocalDate.of(2026, 11, 18), true)), gaps.toString());
        assertTrue(LabourCheck.rotationGaps(longer).contains("no team works 'evening' on 2026-11-18 (a rotation's rest day): add cover for it, e.g. a roster entry with dates"),
                LabourCheck.rotationGaps(longer).toString());
    }

    @Test
    void aWeekReachingPastTheRunSaysItIsTheRotations() {
        // a two-day run of a cycle whose third week is 6 × 10 h: the run never shows that week
        String cycle = "[A, A, A, A, off, off, off, A, A, A, A, off, off, off, B, B, B, B, B, B, off]";
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 2d\nshifts: {A: {from: \"09:00\", to: \"17:00\"}, B: {from: \"08:00\", to: \"18:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: " + cycle + ", from: 2026-11-01}}]\n");
        LabourCheck.Warning w = LabourCheck.check(s).stream().filter(x -> x.rule().equals("max_hours_per_week")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 11, 15), w.date(), w.toString());
        assertEquals("60 h in the rotation's week from 2026-11-15 (the run's last date is 2026-11-02; the rotation goes on beyond it), more than 48 h",
                w.message());
        // a week inside the run is said as it is
        Scenario inside = TestScenarios.yaml(HEAD + "horizon: 21d\nshifts: {A: {from: \"09:00\", to: \"17:00\"}, B: {from: \"08:00\", to: \"18:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: " + cycle + ", from: 2026-11-01}}]\n");
        LabourCheck.Warning v = LabourCheck.check(inside).stream().filter(x -> x.rule().equals("max_hours_per_week")).findFirst().orElseThrow();
        assertEquals("60 h in the week from 2026-11-15, more than 48 h", v.message());
    }

    @Test
    void aShortRestIsNamedOnADateOfTheRun() {
        // the cycle's last late runs (on 31 Oct, before the run) into 1 Nov's early; 2 Nov's late into 3 Nov's early is in the run
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 3d\nshifts: {early: {from: \"06:00\", to: \"14:00\"}, late: {from: \"14:00\", to: \"22:00\"}}\n"
                + "teams: [{name: A, agents: {g: 1}, rotation: {cycle: [early, late, early, late], from: 2026-11-01}}]\n");
        LabourCheck.Warning w = LabourCheck.check(s).stream().filter(x -> x.rule().equals("min_rest")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 11, 2), w.date(), w.toString());
    }

    @Test
    void aNightThenDayCycleIsA24HourStint() {
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 7d\nshifts: {day: {from: \"08:00\", to: \"20:00\"}, night: {from: \"20:00\", to: \"08:00\"}}\n"
                + "teams: [{name: A, agents: {g: 2}, rotation: {cycle: [night, day, off, off], from: 2026-11-01}}]\n");
        List<LabourCheck.Warning> w = LabourCheck.check(s);
        LabourCheck.Warning stint = w.stream().filter(x -> x.rule().equals("max_stint")).findFirst().orElseThrow();
        assertTrue(stint.toString().startsWith("team A (g), 2026-11-01"), stint.toString()); // the night of 1 Nov runs into 2 Nov's day
        assertTrue(stint.message().contains("24h"), stint.message());
    }

    @Test
    void aLongShiftBreaksTheStintAndRestRules() {
        Scenario s = TestScenarios.yaml(HEAD + "horizon: 2d\nshifts: {long: {from: \"06:00\", to: \"21:00\"}}\n"
                + "roster: [{group: g, shift: long, agents: 3}]\n");
        List<LabourCheck.Warning> w = LabourCheck.check(s);
        // 15 h of work is also beyond the standard system's 8 + 3 h a day (labour.daily_overtime, labourM)
        assertEquals(List.of("max_stint", "min_rest", "daily_overtime"), w.stream().map(LabourCheck.Warning::rule).toList(), w.toString());
        assertTrue(w.get(0).who().contains("roster g on 'long'"));
        assertTrue(LabourCheck.shiftBreaksRules(s, s.shifts().get("long"), true).isPresent());
        Scenario allowed = TestScenarios.yaml(HEAD + "horizon: 2d\nshifts: {long: {from: \"06:00\", to: \"21:00\"}}\n"
                + "roster: [{group: g, shift: long, agents: 3}]\nlabour: {max_stint: 15h, min_rest: 9h}\n");
        // the labour: block allows the stint and the rest; the law's daily limit of extended hours is no key of it
        assertEquals(List.of("daily_overtime"), LabourCheck.check(allowed).stream().map(LabourCheck.Warning::rule).toList());
    }
}
