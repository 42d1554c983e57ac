package io.kefusim.sanity;

import io.kefusim.cli.CliRunner;
import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester24: a group in no roster line or team (k7.yaml's g2), and a shift in no roster line or rotation (k6.yaml's mid),
 * were silent; the run only showed "g2 0 0.0 …" in the by-group table. Said now (inputs.unread) by validate and run;
 * not by staff, which decides every group and shift.
 */
class OffRosterTest {
    private static final Text EN = new Text("en"), ZH = new Text("zh");

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        try (var in = OffRosterTest.class.getResourceAsStream("t24/" + name)) { Files.copy(in, dir.resolve(name)); }
        return dir.resolve(name);
    }

    private static List<String> said(List<Warning> ws, Text t) {
        return ws.stream().filter(w -> w.code().equals("inputs.unread")).map(w -> w.where().line() + " " + w.where().key() + ": " + WarningText.say(t, w.said())).toList();
    }

    @Test
    void aGroupInNoRosterLineIsSaidButNotByStaff() throws Exception {
        Scenario s = ScenarioLoader.load(copy("k7.yaml"), List.of());
        assertEquals(List.of("23 agents[0]: group 'g2' is in no roster line or team: no agent of it is ever on duty; add it to the roster, or delete the group"),
                said(ScenarioSanity.check(s), EN));
        assertEquals(List.of("23 agents[0]: 客服组“g2”不在任何排班行或轮班小组中：该组没有人会上岗；请把它排进 roster，或删去该组"), said(ScenarioSanity.check(s), ZH));
        assertEquals(List.of(), said(ScenarioSanity.forStaff(s), EN)); // staff decides g2 on every shift
    }

    @Test
    void aShiftInNoRosterLineIsSaidButNotByStaff() throws Exception {
        Path f = copy("k6.yaml");
        Scenario s = ScenarioLoader.load(f, List.of());
        assertEquals(List.of("27 shifts.mid: shift 'mid' is used by no roster line or rotation: nobody works it; put it in the roster, or delete the shift"),
                said(ScenarioSanity.check(s), EN));
        assertEquals(List.of(), said(ScenarioSanity.forStaff(s), EN));
        CliRunner.Result v = CliRunner.kefusim("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue((v.out() + v.err()).contains("warning: " + f + ":27: shifts.mid: shift 'mid' is used by no roster line or rotation: nobody works it; put it in the roster, or delete the shift\n"),
                v.out() + v.err());
        CliRunner.Result z = CliRunner.kefusim("validate", f.toString(), "--lang", "zh");
        assertTrue((z.out() + z.err()).contains("警告：" + f + ":27: shifts.mid: 班次“mid”没有被任何排班行或轮班使用：没有人上这个班；请把它排进 roster，或删去该班次"), z.out() + z.err());
    }

    /** A rotation's shifts are used; a shift no team's cycle names is not, and staff (deciding teams, not shifts) says it too. */
    @Test
    void aShiftNoRotationUsesIsSaidByStaffToo() throws Exception {
        String text = Files.readString(copy("k6.yaml"));
        Path f = dir.resolve("teams.yaml");
        Files.writeString(f, text.substring(0, text.indexOf("roster:"))
                + "teams:\n  - {name: a, agents: {g1: 3}, rotation: {cycle: [day, day, night, night, off], from: 2026-11-01}}\n");
        Scenario s = ScenarioLoader.load(f, List.of());
        List<String> all = said(ScenarioSanity.check(s), EN);
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).startsWith("27 shifts.mid: shift 'mid' is used by no roster line or rotation"), all.toString());
        assertEquals(all, said(ScenarioSanity.forStaff(s), EN));
    }
}
