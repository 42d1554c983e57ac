package io.kefusim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** Bad usage is bad input: exit 2 and one line naming the option, for every command; no usage dump. */
class UsageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "run --replication 5 scenarios/classroom-response-time.yaml | error: kefusim run: Unknown options: '--replication'",
            "erlang --rate abc --handle 3m                             | error: kefusim erlang: Invalid value for option '--rate'",
            "erlang --rate 10 --handle 3m --level 180%                 | error: --level: '180%' is not allowed",
            "staff                                                      | error: kefusim staff: Missing required parameter: 'FILE'",
            "fit                                                        | error: kefusim fit: Missing required parameter: 'RECORDS'",
            "backtest x.csv                                             | error: kefusim backtest: Missing required option: '--scenario=FILE'",
            "nosuch                                                     | error: kefusim: Unmatched argument at index 0: 'nosuch'"})
    void oneLineExitTwo(String args, String expected) {
        CliRunner.Result r = CliRunner.kefusim(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(expected.trim()), r.err());
        assertFalse(r.err().contains("Usage:"), "no usage dump");
    }
}
