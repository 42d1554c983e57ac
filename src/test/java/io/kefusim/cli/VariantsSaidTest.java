package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file's {@code variants:} are compare's: validate checks them as compare loads them (a file
 * compare refuses is not valid), run and batch say they run the file's own plan, and compare of
 * two files says it leaves their variants out.
 */
class VariantsSaidTest {
    private static final String SHOP = "scenarios/classroom-response-time.yaml";

    @TempDir
    Path dir;

    @Test
    void validateRefusesAVariantCompareRefuses() throws Exception {
        Path typo = dir.resolve("var-typo.yaml");
        Files.writeString(typo, Files.readString(Path.of(SHOP)).replace("\"roster[0].agents\": 5", "\"roster[0].agentz\": 5"));
        CliRunner.Result compare = CliRunner.kefusim("compare", typo.toString(), "--replications", "2", "--out", dir.toString());
        CliRunner.Result validate = CliRunner.kefusim("validate", typo.toString());
        assertEquals(2, compare.code(), compare.err());
        assertEquals(2, validate.code(), validate.out() + validate.err());
        assertTrue(validate.err().startsWith("error: " + typo + ":54:7: variants[1] 'fifth-agent', set \"roster[0].agentz\": roster[0].agentz: unknown key"), validate.err());
        assertEquals(compare.err().lines().filter(l -> l.startsWith("error:")).toList(), validate.err().lines().filter(l -> l.startsWith("error:")).toList());
        assertFalse(validate.out().contains("is valid"), validate.out());
        assertEquals(0, CliRunner.kefusim("validate", SHOP).code(), "the shipped variants are valid");
    }

    @Test
    void runAndBatchSayTheVariantsAreCompareSAndCompareOfTwoFilesSaysItLeavesThemOut() {
        CliRunner.Result run = CliRunner.kefusim("run", SHOP, "--replications", "2", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("notice: " + SHOP + " lists 2 variants (variants:): this runs the file's own plan; kefusim compare " + SHOP + " runs them beside it"), run.err());
        CliRunner.Result zh = CliRunner.kefusim("run", SHOP, "--replications", "2", "--out", dir.toString(), "--lang", "zh");
        assertTrue(zh.err().contains("提示：" + SHOP + " 列有 2 个变体（variants:）：此处只运行文件本身的方案；kefusim compare " + SHOP + " 会把它们并列对比"), zh.err());
        CliRunner.Result plain = CliRunner.kefusim("run", "scenarios/small-shop-ordinary-day.yaml", "--replications", "2", "--out", dir.toString());
        assertFalse(plain.err().contains("variants"), "a file without variants: " + plain.err());
        Path manifest = dir.resolve("shops.txt");
        try {
            Files.writeString(manifest, Path.of(SHOP).toAbsolutePath() + "\n" + Path.of("scenarios/small-shop-ordinary-day.yaml").toAbsolutePath() + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRunner.Result batch = CliRunner.kefusim("batch", manifest.toString(), "--replications", "2", "--out", dir.toString());
        assertEquals(0, batch.code(), batch.err());
        assertEquals(1, batch.err().lines().filter(l -> l.contains("lists 2 variants")).count(), batch.err());
        CliRunner.Result two = CliRunner.kefusim("compare", SHOP, "scenarios/small-shop-ordinary-day.yaml", "--replications", "2", "--out", dir.toString());
        assertTrue(two.err().contains("notice: the variants of " + SHOP + " are not compared: with two or more files each file is one plan, as written; compare a file alone to compare its variants"), two.err());
        assertEquals(1, two.err().lines().filter(l -> l.contains("variants")).count(), two.err());
    }

    /**
     * A variant setting a key no scenario has (the tester's brk3.yaml: "nosuch.key": 3 in variant
     * 'bad'): validate and compare say the file, line and column of the key, the variant by index and
     * name, and the keys a variant may set, not 'variants' or 'defaults_used' (before:
     * "variants[0].set: nosuch: unknown key; allowed here: name, …, variants, …, defaults_used", no
     * file or line). run warns that the variant cannot load, naming the error, and runs the file's
     * own plan, exit 0 (before: a notice that compare runs the variants).
     */
    @Test
    void aBrokenVariantIsNamedWhereItIsWrittenAndRunWarnsOfIt() throws Exception {
        Path bad = dir.resolve("brk3.yaml");
        Files.writeString(bad, Files.readString(Path.of(SHOP)).replace("\"roster[0].agents\": 5", "\"nosuch.key\": 3"));
        String error = bad + ":54:7: variants[1] 'fifth-agent', set \"nosuch.key\": unknown key 'nosuch'; a variant may set: name, start, zone, horizon, "
                + "warmup, replications, seed, interval, service_level_target, service_level_goal, deadlines, demand, buyers, agents, shifts, roster, "
                + "teams, absence, costs, staffing, labour, availability";
        CliRunner.Result validate = CliRunner.kefusim("validate", bad.toString());
        assertEquals(2, validate.code(), validate.out() + validate.err());
        assertEquals("error: " + error, validate.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElse(""));
        CliRunner.Result compare = CliRunner.kefusim("compare", bad.toString(), "--replications", "2", "--out", dir.toString());
        assertEquals(2, compare.code(), compare.err());
        assertTrue(compare.err().contains("error: " + error), compare.err());
        CliRunner.Result zh = CliRunner.kefusim("validate", bad.toString(), "--lang", "zh");
        assertTrue(zh.err().contains("variants[1] 'fifth-agent', set \"nosuch.key\": 无法识别的键 'nosuch'；变体可设置：name、start、"), zh.err());
        assertFalse(zh.err().contains("defaults_used"), zh.err());

        Path own = dir.resolve("own.yaml");
        Files.writeString(own, Files.readString(Path.of(SHOP)).replace("\"roster[0].agents\": 5", "\"variants\": []"));
        assertTrue(CliRunner.kefusim("validate", own.toString()).err().contains("set \"variants\": a variant cannot set 'variants'; a variant may set: name, "));

        CliRunner.Result run = CliRunner.kefusim("run", bad.toString(), "--replications", "2", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("warning: " + bad + " lists 2 variants (variants:), and one cannot load, so kefusim compare " + bad
                + " stops at it: " + error + "; this runs the file's own plan"), run.err());
        assertFalse(run.err().contains("runs them beside it"), run.err());
        CliRunner.Result runZh = CliRunner.kefusim("run", bad.toString(), "--replications", "2", "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, runZh.code(), runZh.err());
        assertTrue(runZh.err().contains("警告：" + bad + " 列有 2 个变体（variants:），其中一个无法载入，kefusim compare " + bad + " 会在此出错："), runZh.err());
    }
}
