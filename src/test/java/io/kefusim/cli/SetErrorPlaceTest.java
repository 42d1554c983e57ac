package io.kefusim.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester21: a break made invalid by a --set was placed at the break's line in the file, whose values are
 * fine ("scenarios/small-shop-four-teams.yaml:52:50: shifts.morning.breaks[0]: break at 15:45 ..." where line 52
 * says at: "12:00"). Now the error names the --set and the key it set; an error of the file's own stays at its line.
 */
class SetErrorPlaceTest {
    private static String error(String set) {
        CliRunner.Result r = CliRunner.kefusim("validate", "scenarios/small-shop-four-teams.yaml", "--set", set);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        return r.err();
    }

    @Test
    void anErrorMadeByASetNamesTheSet() {
        assertTrue(error("shifts.morning.breaks[0].at=15:45").startsWith("error: --set: shifts.morning.breaks[0].at: break at 15:45 for 30m is not inside the shift 08:00-16:00;"));
        assertTrue(error("shifts.morning.to=12:00").startsWith("error: --set: shifts.morning.to: break at 12:00 for 30m is not inside the shift 08:00-12:00;"));
        assertTrue(error("shifts.night.breaks[0].at=07:00").startsWith("error: --set: shifts.night.breaks[0].at: split: 2 slots of 30m from 07:00 end with the shift 00:00-08:00"));
        assertTrue(error("shifts.morning.breaks[0].split=9").startsWith("error: --set: shifts.morning.breaks[0].split: split: 9 slots"));
        assertTrue(error("shifts.morning.breaks[0].for=9h").startsWith("error: --set: shifts.morning.breaks[0].for: a break of 9h is not shorter"));
    }

    /**
     * Any other error at a file line that only a --set brought about (the file was checked as written first):
     * the line stays where the problem shows, and the error says the file is valid and which options made it so.
     */
    @Test
    void anErrorAtAFileLineThatASetBroughtAboutSaysSo() {
        CliRunner.Result r = CliRunner.kefusim("validate", "scenarios/double11-medium-shop.yaml", "--set", "agents[0].group=pre");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("error: scenarios/double11-medium-shop.yaml:108:13: roster[0].group: unknown group 'presale'; groups in 'agents': pre, aftersale, complaints, presale_temp, aftersale_temp"
                + " (the file as written is valid: this comes with --set agents[0].group=pre)", r.err().strip());
        CliRunner.Result zh = CliRunner.kefusim("validate", "scenarios/double11-medium-shop.yaml", "--set", "agents[0].group=pre", "--lang", "zh");
        assertTrue(zh.err().strip().endsWith("（文件本身无误：此错误来自 --set agents[0].group=pre）"), zh.err());
        // how many replications and which seed bring no file error about: not named
        CliRunner.Result typed = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--set", "agents[0].group=pre", "--replications", "1", "--seed", "3");
        assertTrue(typed.err().strip().endsWith("(the file as written is valid: this comes with --set agents[0].group=pre)"), typed.err());
        // the file's own error is not blamed on an option
        CliRunner.Result own = CliRunner.kefusim("validate", "scenarios/double11-medium-shop.yaml", "--set", "agents[0].groupp=pre");
        assertFalse(own.err().contains("the file as written is valid"), own.err());
    }
}
