package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.roster.People;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fitted scenario reproduces the shop's own history <em>as run</em> (fit8): the file as a
 * shop uses it for {@code run}, with Poisson arrivals (not the records' own arrival times), gives
 * the records' abandonment, and employs the records' people.
 *
 * <p>A known phone desk (six days, two 8-hour shifts of 3 agents, 07:00–23:00, 30 calls an hour of
 * 4 minutes: two thirds busy, so agents sit idle long enough for the records to split their days) is simulated
 * with {@code run --records}; its records are fitted; the fitted file is run as written. The
 * records are one replication of the known desk, the fitted run a mean over {@value #R}: their
 * difference has variance sd₁² + sd_R² (one replication's sd, from the known desk's own 95% CI
 * over {@value #R} replications: ci × √R / t₉; the fitted run's mean: its ci / t₉), so the
 * tolerance is 1.96 × √(that) (two-sided 95%; the fit's estimates come from the same records,
 * which only makes the difference smaller). Before fit8 the file's roster was the records'
 * on-duty spans, each from a first to a last call: the run put Poisson arrivals into the gaps and
 * edges the records' own arrivals never hit, and each span counted as a person (checked by
 * reverting: abandonment 0.1735 against the records' 0.1284, tolerance 0.0132; 12 people
 * employed for the records' 10 in a two-day variant).
 */
class FittedAsRunTest {
    @TempDir
    Path dir;

    static final int R = 10;
    static final double T9 = 2.2621571627409915; // t quantile 0.975, 9 degrees of freedom

    static final String KNOWN = """
            name: known
            start: 2026-11-02T00:00
            horizon: 6d
            replications: 10
            seed: 20261111
            demand:
              pattern: {hourly: [0,0,0,0,0,0,0,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,0]}
              mix: {call: 1}
            buyers:
              call: {patience: {dist: exponential, mean: 3m}, messages: {dist: constant, value: 1}}
            agents:
              - {group: desk, skills: [call], channel: phone, queue_order: arrival, reply_time: {dist: exponential, mean: 4m}}
            shifts: {early: {from: "07:00", to: "15:00"}, late: {from: "15:00", to: "23:00"}}
            roster: [{group: desk, shift: early, agents: 3}, {group: desk, shift: late, agents: 3}]
            """;

    @Test
    void fittedFileRunAsWrittenReproducesTheRecordsAndEmploysTheirPeople() throws Exception {
        Path sim = RoundTrip.simulate(dir, KNOWN);
        Path fitDir = RoundTrip.fit(dir, sim.resolve("chats.csv"), sim.resolve("messages.csv"));

        // the records: abandonment, and the agents who worked
        List<String> rows = Files.readAllLines(sim.resolve("chats.csv"));
        List<String> head = List.of(rows.get(0).replace("\uFEFF", "").split(","));
        int outcome = head.indexOf("outcome"), agent = head.indexOf("agent");
        long all = 0, abandoned = 0;
        Set<String> agents = new TreeSet<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            all++;
            if (c[outcome].equals("abandoned")) abandoned++;
            if (!c[agent].isEmpty()) agents.add(c[agent]);
        }
        double recorded = (double) abandoned / all;

        // people employed: the records' agents, each one person
        Scenario fitted = ScenarioLoader.load(fitDir.resolve("fitted.yaml"), List.of());
        assertEquals(agents.size(), (int) People.employed(fitted, 0), "people employed = the records' distinct agents " + agents);

        // run as written
        CliRunner.Result again = CliRunner.kefusim("run", fitDir.resolve("fitted.yaml").toString(), "--replications", String.valueOf(R), "--seed", "7",
                "--out", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        JsonNode run = summary(dir.resolve("again/refit")).get("totals").get("abandon_share");
        JsonNode known = summary(sim.getParent()).get("totals").get("abandon_share");
        double sdOne = known.get("ci95").asDouble() * Math.sqrt(R) / T9, sdMean = run.get("ci95").asDouble() / T9;
        double tol = 1.96 * Math.sqrt(sdOne * sdOne + sdMean * sdMean);
        System.out.printf("  as run: records %.4f (%d of %d), fitted run %.4f ± %.4f, known desk %.4f; tolerance %.4f; people %d%n",
                recorded, abandoned, all, run.get("mean").asDouble(), run.get("ci95").asDouble(), known.get("mean").asDouble(), tol, agents.size());
        assertTrue(Math.abs(run.get("mean").asDouble() - recorded) <= tol,
                "the fitted file run as written gives abandonment " + run.get("mean").asDouble() + ", the records " + recorded + " (tolerance " + tol + ")");
    }

    private static JsonNode summary(Path runs) throws Exception {
        try (var l = Files.list(runs)) {
            Path d = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(d.resolve("summary.json").toFile());
        }
    }
}
