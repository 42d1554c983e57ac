package io.kefusim.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --lang before the command, KEFUSIM_LANG and the locale: one language for the whole command line. */
class LanguageTest {
    private static String[] placed(Map<String, String> env, String... args) {
        return Language.placed(args, env, Main.SUBCOMMANDS);
    }

    @Test
    void theLanguageStandsAfterTheCommandWhereverItWasTyped() {
        assertArrayEquals(new String[]{"run", "--lang", "zh", "f.yaml"}, placed(Map.of(), "--lang", "zh", "run", "f.yaml"));
        assertArrayEquals(new String[]{"validate", "--lang", "zh", "f.yaml"}, placed(Map.of(), "--lang=zh", "validate", "f.yaml"));
        // given after the command, it stays; the environment does not override what was typed
        assertArrayEquals(new String[]{"run", "f.yaml", "--lang", "en"}, placed(Map.of("KEFUSIM_LANG", "zh"), "run", "f.yaml", "--lang", "en"));
        // compare takes --lang from a mixin
        assertArrayEquals(new String[]{"compare", "--lang", "zh", "a.yaml", "b.yaml"}, placed(Map.of("LANG", "zh_CN.UTF-8"), "compare", "a.yaml", "b.yaml"));
        // worker has no language: nothing is added, and picocli says what is wrong with a typed one
        assertArrayEquals(new String[]{"worker"}, placed(Map.of("KEFUSIM_LANG", "zh"), "worker"));
        assertArrayEquals(new String[]{"--lang", "zh", "worker"}, placed(Map.of(), "--lang", "zh", "worker"));
    }

    @Test
    void theEnvironmentDecidesWhenNothingIsTyped() {
        assertEquals("zh", Language.fromEnvironment(Map.of("KEFUSIM_LANG", "zh", "LANG", "en_US.UTF-8")));
        assertEquals("zh", Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals("zh", Language.fromEnvironment(Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "C")));
        // the first locale variable set decides, as for every program
        assertEquals(null, Language.fromEnvironment(Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8")));
        assertEquals(null, Language.fromEnvironment(Map.of("LC_ALL", "", "LANG", "en_GB.UTF-8")));
        assertEquals(null, Language.fromEnvironment(Map.of()));
    }

    @Test
    void aChineseDesktopReadsChineseAndAWrongKefusimLangIsNamed() {
        String bad = "scenarios/no-such.yaml";
        CliRunner.Result typedBefore = CliRunner.kefusim("--lang", "zh", "validate", bad);
        assertEquals(2, typedBefore.code());
        assertTrue(typedBefore.err().startsWith("错误："), typedBefore.err());
        CliRunner.Result locale = CliRunner.kefusim(Map.of("LANG", "zh_CN.UTF-8"), "validate", bad);
        assertEquals(typedBefore.err(), locale.err());
        CliRunner.Result english = CliRunner.kefusim(Map.of("LANG", "en_US.UTF-8"), "validate", bad);
        assertTrue(english.err().startsWith("error: "), english.err());
        CliRunner.Result wrong = CliRunner.kefusim(Map.of("KEFUSIM_LANG", "fr"), "validate", "scenarios/double11-medium-shop.yaml");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("'fr' is not a language kefusim speaks; allowed: en, zh"), wrong.err());
        CliRunner.Result valid = CliRunner.kefusim(Map.of("LANG", "zh_CN.UTF-8"), "validate", "scenarios/double11-medium-shop.yaml");
        assertEquals("scenarios/double11-medium-shop.yaml 校验通过", valid.out().lines().findFirst().orElseThrow());
    }
}
