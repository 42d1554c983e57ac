package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * kefusim fit prints the backtest to run next, ready to paste; run as printed it warns of nothing
 * (no backtest.run_ignored for the fitted file's replications: 10, no backtest.few_replications):
 * a warning on the tool's own recommended path trains users to skip warnings. A user who types
 * fewer replications, or none over a file that writes others, is still told.
 */
class FitNextStepTest {
    @TempDir
    static Path dir;

    private static final List<String> BAND_WARNINGS = List.of("backtest.run_ignored", "backtest.few_replications");

    @Test
    void theBacktestFitPrintsRunsWithoutAWarningAndTooFewReplicationsStillWarn() throws Exception {
        FittedShop shop = FittedShop.in(dir);
        String command = after(shop.fitOut(), "Next, check it against the records: ");
        assertEquals("kefusim backtest " + shop.records() + " --scenario " + shop.fitted() + " --replications 40", command);
        assertTrue(Files.readString(shop.fitted()).contains("# Check it with: kefusim backtest RECORDS --scenario fitted.yaml --replications 40\n"),
                "fitted.yaml's own header says the same");

        // as printed (the results elsewhere than the working directory): nothing about the band
        Path out = dir.resolve("bt-printed");
        CliRunner.Result r = backtest(words(command), out);
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("replications"), r.err());
        assertEquals(List.of(), bandWarnings(out));
        assertTrue(r.out().contains("replayed 40 times"), r.out());

        // typed with too few: still said
        out = dir.resolve("bt-few");
        r = CliRunner.kefusim("backtest", shop.records().toString(), "--scenario", shop.fitted().toString(), "--replications", "5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: --replications: the band from 5 replications holds an hour's real value only about 67% of the time"), r.err());
        assertEquals(List.of("backtest.few_replications"), bandWarnings(out));

        // typed without --replications over a file that writes 10: still said
        out = dir.resolve("bt-none");
        r = CliRunner.kefusim("backtest", shop.records().toString(), "--scenario", shop.fitted().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": replications: the file's 10 replications are for run"), r.err());
        assertEquals(List.of("backtest.run_ignored"), bandWarnings(out));
    }

    /** In Chinese, and with a records file whose name a shell would split: quoted, and the quoted command runs as it is. */
    @Test
    void inChineseAndWithAFileNameToQuote() throws Exception {
        Path own = Files.createDirectories(dir.resolve("zh"));
        Path records = Files.copy(FittedShop.in(own).records(), own.resolve("小王 的记录's.csv"));
        Path fitOut = own.resolve("fit-zh");
        CliRunner.Result fit = CliRunner.kefusim("fit", records.toString(), "--format", "qianniu", "--out", fitOut.toString(), "--lang", "zh");
        assertEquals(0, fit.code(), fit.err());
        String command = after(fit.out(), "下一步，用这些记录检验：");
        String quoted = "'" + records.toString().replace("'", "'\\''") + "'";
        assertTrue(command.startsWith("kefusim backtest " + quoted + " --format qianniu --scenario "), command);
        assertTrue(command.endsWith(" --replications 40"), command);
        Path out = own.resolve("bt");
        List<String> words = words(command);
        assertEquals(records.toString(), words.get(2), "the shell reads the quoted name back as it was");
        CliRunner.Result r = backtest(words, out);
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("replications"), r.err());
        assertTrue(Files.exists(Path.of(words.get(words.indexOf("--scenario") + 1))), "the fitted file is where the command says");
        try (var l = Files.list(out)) {
            Path run = l.findFirst().orElseThrow().resolve("latest");
            List<String> codes = new ArrayList<>();
            for (JsonNode w : new ObjectMapper().readTree(run.resolve("backtest.json").toFile()).get("warnings")) codes.add(w.get("code").asText());
            assertTrue(codes.stream().noneMatch(BAND_WARNINGS::contains), codes.toString());
        }
    }

    private static String after(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "…' in:\n" + out));
    }

    /** The printed command without its "kefusim", with --out added. */
    private static CliRunner.Result backtest(List<String> words, Path out) {
        assertEquals("kefusim", words.get(0));
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        args.addAll(List.of("--out", out.toString()));
        return CliRunner.kefusim(args.toArray(String[]::new));
    }

    private static List<String> bandWarnings(Path out) throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonNode w : new ObjectMapper().readTree(FittedShop.backtestRun(out).resolve("backtest.json").toFile()).get("warnings")) {
            if (BAND_WARNINGS.contains(w.get("code").asText())) codes.add(w.get("code").asText());
        }
        return codes;
    }

    /** Words as a POSIX shell splits them: spaces outside quotes, single quotes kept literal, \' outside quotes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inQuote = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuote) {
                if (c == '\'') inQuote = false;
                else w.append(c);
            } else if (c == '\'') {
                inQuote = any = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                any = true;
            } else if (c == ' ') {
                if (any) out.add(w.toString());
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        assertFalse(inQuote, "unclosed quote: " + line);
        if (any) out.add(w.toString());
        return out;
    }
}
