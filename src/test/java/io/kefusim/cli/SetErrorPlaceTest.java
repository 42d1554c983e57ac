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
}
