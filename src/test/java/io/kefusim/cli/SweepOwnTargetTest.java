package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A sweep over service_level_target: each point's service level is the share answered within its own
 * target. Before, the head said "answered in 30 s" on every row (the first point's target) and the
 * trend read "The share answered within 30 s goes from 52.4% at 30 s to 98.6% at 5 min", where 98.6%
 * is within 5 min; the worst hours, after "the same at every point", named no point.
 */
class SweepOwnTargetTest {
    @TempDir
    Path dir;

    private Path folder(CliRunner.Result r, String written) {
        return Path.of(r.out().lines().filter(l -> l.startsWith(written)).findFirst().orElseThrow().substring(written.length()));
    }

    @Test
    void eachPointIsAnsweredWithinItsOwnTarget() throws Exception {
        String[] args = {"sweep", "scenarios/classroom-response-time.yaml", "--vary", "service_level_target=30s,5m", "--replications", "2",
                "--out", dir.toString()};
        CliRunner.Result r = CliRunner.kefusim(args);
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("  value       answered in the point's target  no reply in 2 min "), out);
        assertFalse(out.contains("answered in 30 s"), out);
        assertTrue(out.contains("\n  The share answered within each point's own target goes from 52.4% at 30 s (within 30 s) to 98.6% at 5 min (within 5 min) (service-level target).\n"), out);
        assertTrue(out.contains("\n  The goal of 80.0% answered within each point's own target, judged on the 95% lower bound of the run's share (not the mean), holds at 1 of 2 points. Values of 'service-level target' where it holds: 5 min.\n"), out);
        assertTrue(out.contains("so no point is cheaper than another. At service-level target = 30 s: Service level below 80.0% in 8 of 8 hours with at least 10 buyers: 03-02 09:00–17:00; worst 43.3% at 03-02 14:00.\n"), out);

        Path f = folder(r, "Written to: ");
        List<String> csv = Files.readAllLines(f.resolve("sweep.csv"));
        // the target is each point's own, before the point's warnings (appended after it, as batch.csv's)
        assertTrue(csv.get(0).endsWith(",service_level_target_s,warnings,warning_codes"), csv.get(0));
        int target = List.of(csv.get(0).split(",")).indexOf("service_level_target_s");
        assertTrue(csv.get(1).startsWith("30s,0.524") && csv.get(1).split(",")[target].equals("30"), csv.get(1));
        assertTrue(csv.get(2).startsWith("5m,0.985") && csv.get(2).split(",")[target].equals("300"), csv.get(2));
        JsonNode points = new ObjectMapper().readTree(f.resolve("sweep.json").toFile()).get("points");
        assertEquals(30.0, points.get(0).get("service_level_target_s").asDouble());
        assertEquals(300.0, points.get(1).get("service_level_target_s").asDouble());
        assertTrue(Files.readString(f.resolve("charts/sweep_service_level.svg")).contains("answered in the point&apos;s target")
                || Files.readString(f.resolve("charts/sweep_service_level.svg")).contains("answered in the point's target"), "the curve's legend");

        String[] zh = java.util.Arrays.copyOf(args, args.length + 2);
        zh[args.length] = "--lang";
        zh[args.length + 1] = "zh";
        CliRunner.Result z = CliRunner.kefusim(zh);
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().contains("该点目标时长内回复"), z.out());
        assertTrue(z.out().contains("\n  各点在其自身目标时长内得到回复的比例从 52.4%（30秒，30秒内）变为 98.6%（5分钟，5分钟内）（服务水平时限）。\n"), z.out());
        assertTrue(z.out().contains("“在各点自身的目标时长内回复不低于 80.0%”按全程比例的 95% 置信下界"), z.out());
        assertTrue(z.out().contains("没有哪个点更省。服务水平时限 = 30秒 时：服务水平低于80.0%的时段"), z.out());
    }

    @Test
    void aSweepOfAnotherKeyKeepsTheTargetInItsWords() {
        CliRunner.Result r = CliRunner.kefusim("sweep", "scenarios/classroom-response-time.yaml", "--vary", "roster[0].agents=4,5", "--replications", "2",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  value       answered in 2 min  no reply in 2 min "), r.out());
        assertTrue(r.out().contains("\n  The share answered within 2 min goes from "), r.out());
        assertFalse(r.out().contains("At agents"), r.out());
    }
}
