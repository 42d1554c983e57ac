package io.kefusim.staffing;

import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import io.kefusim.staffing.Decisions.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.kefusim.TestScenarios.yaml;
import static org.junit.jupiter.api.Assertions.*;

/**
 * staffI: staff answers with rosters a shop runs. (1) A scenario's dated roster lines (sale-day temporaries)
 * are decided on their own dates, not dropped: without --by-date the answer lists them with their "now" and
 * optimised.yaml keeps their dates. (2) --by-date varies by date only groups paid by the hour; monthly-paid
 * groups are decided for every day, so staff never writes salaried sale-day-only positions (pay.salaried_few_days)
 * into its own answer; without an hourly group for a buyer type it says so once.
 */
class DatedLinesStaffTest {
    @TempDir
    Path dir;

    /** Two days, the second a sale (× 3); a monthly desk every day and temporaries by the hour on the sale day. */
    private static final String SHOP = "name: dated\nstart: 2026-11-10T00:00\nhorizon: 48h\nreplications: 3\nseed: 7\n"
            + "service_level_target: 2m\n"
            + "demand:\n  pattern: {hourly: [0,0,0,0,0,0,0,0,30,30,30,30,30,30,30,30,0,0,0,0,0,0,0,0]}\n"
            + "  days: [{date: 2026-11-11, scale: 3}]\n  mix: {presale: 1}\n"
            + "buyers: {presale: {patience: {dist: exponential, mean: 5m}, messages: {dist: geometric, mean: 4}, think_time: {dist: lognormal, mean: 60s, sd: 30s}}}\n"
            + "shifts: {day: {from: \"08:00\", to: \"16:00\"}}\n";
    private static final String GROUPS = "agents:\n"
            + "  - {group: desk, skills: [presale], monthly_pay: 5000, concurrency: 3, reply_time: {dist: lognormal, mean: 30s, sd: 15s}}\n"
            + "  - {group: temp, skills: [presale], pay: hourly, hourly_pay: 35, concurrency: 3, reply_time: {dist: lognormal, mean: 30s, sd: 15s}}\n";
    private static final String ROSTER = "roster:\n  - {group: desk, shift: day, agents: 2}\n"
            + "  - {group: temp, shift: day, agents: 2, dates: [2026-11-11]}\n";

    private static List<String> labels(List<Decision> ds) {
        return ds.stream().map(Decision::label).toList();
    }

    @Test
    void aDatedLineIsDecidedOnItsOwnDatesWithoutByDate() {
        Scenario s = yaml(SHOP + GROUPS + ROSTER);
        List<Decision> ds = Decisions.of(s, false);
        // before: desk @ day and temp @ day, both every day: the temporaries' dates were gone
        assertEquals(List.of("desk @ day", "temp @ day 2026-11-11"), labels(ds));
        int[] x = {3, 5};
        Scenario applied = Decisions.apply(s, ds, x);
        assertEquals(List.of(new Scenario.RosterEntry("desk", "day", 3, null),
                new Scenario.RosterEntry("temp", "day", 5, List.of(LocalDate.parse("2026-11-11")))), applied.roster());
        assertTrue(ds.get(1).counts(s.roster().get(1)), "the line's now");
        assertFalse(ds.get(0).counts(s.roster().get(1)), "a dated line is not counted every day");
    }

    @Test
    void byDateVariesOnlyHourlyGroupsByDate() {
        // a monthly group's own dated line keeps its dates; the monthly group is otherwise decided every day
        Scenario s = yaml(SHOP + GROUPS + ROSTER + "  - {group: desk, shift: day, agents: 1, dates: [2026-11-11]}\n");
        assertEquals(List.of("desk @ day", "desk @ day 2026-11-11", "temp @ day 2026-11-10", "temp @ day 2026-11-11"), labels(Decisions.of(s, true)));
        assertEquals("", Decisions.noHourlyGroup(s));
        Scenario monthlyOnly = yaml(SHOP + GROUPS.replace("pay: hourly, hourly_pay: 35", "monthly_pay: 4000") + ROSTER);
        assertEquals(List.of("desk @ day", "temp @ day 2026-11-11"), labels(Decisions.of(monthlyOnly, true)));
        assertEquals("presale", Decisions.noHourlyGroup(monthlyOnly));
    }

    private CliRunner.Result staff(String yamlText, String... more) throws Exception {
        Path file = dir.resolve("dated.yaml");
        Files.writeString(file, yamlText);
        String[] args = {"staff", file.toString(), "--target", "service-level>=0.8", "--max-simulations", "4", "--out", dir.resolve("out").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRunner.kefusim(all);
    }

    private Path written() throws Exception {
        try (var l = Files.walk(dir.resolve("out"))) {
            return l.filter(p -> p.endsWith("staffing.json")).findFirst().orElseThrow().getParent();
        }
    }

    @Test
    void theAnswerListsTheTemporariesAndKeepsTheirDates() throws Exception {
        CliRunner.Result r = staff(SHOP + GROUPS + ROSTER);
        assertTrue(r.code() == 0 || r.code() == 3, r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  temp @ day 2026-11-11") && l.endsWith("(now 2)")), r.out());
        Scenario optimised = ScenarioLoader.load(written().resolve("optimised.yaml"), List.of());
        for (Scenario.RosterEntry e : optimised.roster()) {
            assertEquals(e.group().equals("temp") ? List.of(LocalDate.parse("2026-11-11")) : null, e.dates(), e.toString());
        }
        assertTrue(optimised.roster().stream().anyMatch(e -> e.group().equals("temp")), "the sale day's temporaries are used: " + optimised.roster());
        assertFalse(r.out().contains("pay.salaried_few_days") || r.out().contains("on monthly pay for dated shifts"), r.out());
    }

    @Test
    void byDateWritesNoSalariedSaleDayPositionsAndSaysWhenNoHourlyGroupServes() throws Exception {
        CliRunner.Result r = staff(SHOP + GROUPS + ROSTER, "--by-date");
        assertTrue(r.code() == 0 || r.code() == 3, r.err());
        Scenario optimised = ScenarioLoader.load(written().resolve("optimised.yaml"), List.of());
        for (Scenario.RosterEntry e : optimised.roster()) assertEquals(e.group().equals("desk"), e.dates() == null, e.toString());
        assertFalse(r.out().contains("on monthly pay for dated shifts"), r.out());
        assertFalse(r.out().contains("groups paid by the hour"), "every buyer type has an hourly group: " + r.out());

        // no hourly group: said once, en and zh, in staff.html and staffing.json too
        String monthly = SHOP + GROUPS.replace("pay: hourly, hourly_pay: 35", "monthly_pay: 4000") + "roster: [{group: desk, shift: day, agents: 2}]\n";
        String said = "--by-date varies by date only groups paid by the hour (pay: hourly), and none serves presale: their monthly-paid groups are decided the same on every date";
        Files.walk(dir.resolve("out")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        r = staff(monthly, "--by-date");
        assertTrue(r.code() == 0 || r.code() == 3, r.err());
        assertEquals(1, r.out().split(java.util.regex.Pattern.quote(said), -1).length - 1, r.out());
        assertTrue(Files.readString(written().resolve("staffing.json")).contains(said));
        assertTrue(Files.readString(written().resolve("staff.html")).contains("none serves presale"));
        assertFalse(r.out().contains("on monthly pay for dated shifts"), r.out());
        assertTrue(new io.kefusim.report.Text("zh").get("opt_by_date_salaried", "presale")
                .startsWith("--by-date 只对按小时计薪（pay: hourly）的客服组按日期分别决定人数，而没有这样的组接待 presale"));
    }
}
