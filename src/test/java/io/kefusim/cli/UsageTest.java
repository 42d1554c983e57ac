package io.kefusim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** Bad usage is bad input: exit 2 and one line naming the option, for every command and in either language; no usage dump. */
class UsageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "run --replication 5 scenarios/classroom-response-time.yaml | error: kefusim run: Unknown options: '--replication'",
            "erlang --rate abc --handle 3m                             | error: kefusim erlang: Invalid value for option '--rate'",
            "erlang --rate 10 --handle 3m --level 180%                 | error: --level: '180%' is not allowed",
            "staff                                                      | error: kefusim staff: Missing required parameter: 'FILE'",
            "fit                                                        | error: kefusim fit: Missing required parameter: 'RECORDS'",
            "backtest x.csv                                             | error: kefusim backtest: Missing required option: '--scenario=FILE'",
            "nosuch                                                     | error: kefusim: Unmatched argument at index 0: 'nosuch'",
            // a bad number in words, not Java's ("'abc' is not a long"), with the option's own range (not its type's); too many digits is out of range
            "run --seed abc scenarios/classroom-response-time.yaml     | error: kefusim run: Invalid value for option '--seed': 'abc' is not a whole number; allowed: a whole number from -9223372036854775808 to 9223372036854775807 (see: kefusim run --help)",
            "run --replications 99999999999999999999 scenarios/classroom-response-time.yaml | error: kefusim run: Invalid value for option '--replications': 99999999999999999999 is out of range; allowed: a whole number from 1 to 100000 (see: kefusim run --help)",
            "run --threads 1.5 scenarios/classroom-response-time.yaml  | error: kefusim run: Invalid value for option '--threads': '1.5' is not a whole number; allowed: a whole number from 1 to 1024 (see: kefusim run --help)",
            "run --threads -3 scenarios/classroom-response-time.yaml  | error: kefusim run: Invalid value for option '--threads': -3 is out of range; allowed: a whole number from 1 to 1024 (see: kefusim run --help)",
            "compare --threads 99999 scenarios/classroom-response-time.yaml  | error: kefusim compare: Invalid value for option '--threads': 99999 is out of range; allowed: a whole number from 1 to 1024 (see: kefusim compare --help)",
            "run --replications 2.5 scenarios/classroom-response-time.yaml | error: kefusim run: Invalid value for option '--replications': '2.5' is not a whole number; allowed: a whole number from 1 to 100000 (see: kefusim run --help)",
            "erlang --rate 10 --handle 3m --agents 1.5                 | error: kefusim erlang: Invalid value for option '--agents': '1.5' is not a whole number; allowed: a whole number from 1 to 100000 (see: kefusim erlang --help)",
            "erlang --rate 10 --handle 3m --concurrency x              | error: kefusim erlang: Invalid value for option '--concurrency': 'x' is not a whole number; allowed: a whole number from 1 to 64",
            "staff scenarios/classroom-response-time.yaml --target service-level>=0.8 --max-simulations x | error: kefusim staff: Invalid value for option '--max-simulations': 'x' is not a whole number; allowed: a whole number, 1 or more",
            "staff scenarios/classroom-response-time.yaml --target service-level>=0.8 --draws 1e3 | error: kefusim staff: Invalid value for option '--draws': '1e3' is not a whole number; allowed: a whole number from 10 to 100000",
            "backtest x.csv --scenario x.yaml --replications 2.5       | error: kefusim backtest: Invalid value for option '--replications': '2.5' is not a whole number; allowed: a whole number from 2 to 10000",
            "forecast x.csv --preheat 2w                               | error: kefusim forecast: Invalid value for option '--preheat': '2w' is not a whole number; allowed: a whole number from 2 to 366",
            "studio --port 99999999999                                 | error: kefusim studio: Invalid value for option '--port': 99999999999 is out of range; allowed: a whole number from 0 to 65535",
            "worker --port http                                        | error: kefusim worker: Invalid value for option '--port': 'http' is not a whole number; allowed: a whole number from 1 to 65535",
            "run --cluster-timeout 1s scenarios/classroom-response-time.yaml | error: kefusim run: Invalid value for option '--cluster-timeout': '1s' is not a whole number; allowed: a whole number, 1 or more",
            // bench's sizes have ranges (0 agents ran, 100% abandoned; -5 chats was a 'bench:7:22' error in a file the user never wrote)
            "bench --chats 0                                           | error: kefusim bench: Invalid value for option '--chats': 0 is out of range; allowed: a whole number from 1 to 50000000 (see: kefusim bench --help)",
            "bench --chats -5                                          | error: kefusim bench: Invalid value for option '--chats': -5 is out of range; allowed: a whole number from 1 to 50000000 (see: kefusim bench --help)",
            "bench --chats 1000000000000                               | error: kefusim bench: Invalid value for option '--chats': 1000000000000 is out of range; allowed: a whole number from 1 to 50000000 (see: kefusim bench --help)",
            "bench --agents 0                                          | error: kefusim bench: Invalid value for option '--agents': 0 is out of range; allowed: a whole number from 1 to 50000 (see: kefusim bench --help)",
            "bench --agents -5                                         | error: kefusim bench: Invalid value for option '--agents': -5 is out of range; allowed: a whole number from 1 to 50000 (see: kefusim bench --help)",
            "bench --agents 1000000000000                              | error: kefusim bench: Invalid value for option '--agents': 1000000000000 is out of range; allowed: a whole number from 1 to 50000 (see: kefusim bench --help)",
            "bench --lang zh --agents 99999                            | 错误：kefusim bench：选项 '--agents' 的值无效：99999 超出范围；允许：从 1 到 50000 的整数（参见：kefusim bench --help）",
            "run --lang zh --replications 2.5 scenarios/classroom-response-time.yaml | 错误：kefusim run：选项 '--replications' 的值无效：'2.5' 不是整数；允许：从 1 到 100000 的整数（参见：kefusim run --help）",
            "run --lang zh --threads x scenarios/classroom-response-time.yaml | 错误：kefusim run：选项 '--threads' 的值无效：'x' 不是整数；允许：从 1 到 1024 的整数（参见：kefusim run --help）",
            "erlang --rate x2 --handle 3m                               | error: kefusim erlang: Invalid value for option '--rate': 'x2' is not a number; allowed: a number, such as 2.5",
            "run --lang zh --seed abc scenarios/classroom-response-time.yaml | 错误：kefusim run：选项 '--seed' 的值无效：'abc' 不是整数；允许：从 -9223372036854775808 到 9223372036854775807 的整数（参见：kefusim run --help）",
            "run --lang zh --seed 99999999999999999999 scenarios/classroom-response-time.yaml | 错误：kefusim run：选项 '--seed' 的值无效：99999999999999999999 超出范围；允许：从 -9223372036854775808 到 9223372036854775807 的整数",
            "erlang --lang zh --rate x2 --handle 3m                     | 错误：kefusim erlang：选项 '--rate' 的值无效：'x2' 不是数字；允许：数字，如 2.5",
            // a value the option does not allow is repeated, with the option and what it allows
            "erlang --rate 10 --handle 3m --agents -3                  | error: --agents: -3 is out of range; allowed: 1 to 100000",
            "erlang --lang zh --rate 10 --handle 3m --agents -3        | 错误：--agents: -3 超出范围；允许：1 到 100000",
            "erlang --rate 10 --handle 3m --concurrency 0              | error: --concurrency: 0 is out of range; allowed: 1 to 64",
            "erlang --rate -1 --handle 3m                              | error: --rate: -1 is not allowed; allowed: more than 0 chats per hour",
            "erlang --lang zh --rate -1 --handle 3m                    | 错误：--rate: 不允许 -1；允许：大于每小时 0 个咨询",
            "erlang --rate 10 --handle 0s                              | error: --handle: '0s' is not allowed; allowed: longer than 0, e.g. 3m",
            "erlang --rate 10 --handle 3m --patience 0s                | error: --patience: '0s' is not allowed; allowed: longer than 0, e.g. 2m",
            "erlang --rate 10 --concurrency 3 --reply 0s               | error: --reply: '0s' is not allowed; allowed: longer than 0, e.g. 30s",
            "erlang --rate 10 --concurrency 3 --messages 0.5           | error: --messages: 0.5 is out of range; allowed: 1 to 10000 buyer messages per chat",
            "staff scenarios/classroom-response-time.yaml --target service-level>=0.8 --max-simulations 0 | error: --max-simulations: 0 is out of range; allowed: 1 or more",
            "run scenarios/classroom-response-time.yaml --cluster 127.0.0.1:1 --cluster-timeout 0 | error: --cluster-timeout: 0 is out of range; allowed: 1 second or more",
            "worker --port 0                                           | error: --port: 0 is out of range; allowed: 1 to 65535",
            // with --lang zh they read in Chinese; the options quoted stay as typed
            "run --lang zh --replication 5 scenarios/classroom-response-time.yaml | 错误：kefusim run：无法识别的选项：'--replication'",
            "erlang --lang=zh --rate abc --handle 3m                             | 错误：kefusim erlang：选项 '--rate' 的值无效：'abc' 不是数字",
            "run --lang zh --threads 0x scenarios/classroom-response-time.yaml   | 错误：kefusim run：选项 '--threads' 的值无效：'0x' 不是整数",
            "erlang --lang zh --rate 10 --handle 3m --level 180%                 | 错误：--level: 不允许 '180%'",
            "staff --lang zh                                                      | 错误：kefusim staff：缺少必需的参数：'FILE'",
            "backtest x.csv --lang zh                                             | 错误：kefusim backtest：缺少必需的选项：'--scenario=FILE'",
            "run a.yaml b.yaml --lang zh                                          | 错误：kefusim run：多余的参数：'b.yaml'（参见：kefusim run --help）"})
    void oneLineExitTwo(String args, String expected) {
        CliRunner.Result r = CliRunner.kefusim(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(expected.trim()), r.err());
        assertFalse(r.err().contains("Usage:"), "no usage dump");
    }
}
