package io.kefusim.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * forecast.html with --lang zh says its method and weekdays in Chinese (data11): before, the method paragraph was
 * all English and a chart read "1999-02-20 SAT".
 */
class ForecastChinesePageTest {
    @TempDir
    Path dir;

    private Path run(String lang) throws Exception {
        Path f = ForecastDatesTest.records(dir);
        Path out = dir.resolve("out-" + lang);
        CliRunner.Result r = CliRunner.kefusim("forecast", f.toString(), "--for", "1999-02-20", "--name", "p", "--out", out.toString(), "--lang", lang);
        assertEquals(0, r.code(), r.err());
        try (var l = Files.list(out.resolve("p-forecast"))) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }

    @Test
    void theChinesePageSaysItsMethodAndWeekdaysInChinese() throws Exception {
        String zh = Files.readString(run("zh").resolve("forecast.html"));
        assertTrue(zh.contains("普通日：星期 × 小时的曲线（记录中同一星期几各普通日的均值）"), zh);
        assertTrue(zh.contains("抽样 4000 次，固定种子；区间取抽样的中间 80%。"), zh);
        assertTrue(zh.contains(">1999-02-20 周六<"), zh);
        assertFalse(zh.contains("ordinary days") || zh.contains("Uncertainty") || zh.contains(" SAT"), zh);

        Path en = run("en");
        String page = Files.readString(en.resolve("forecast.html"));
        assertTrue(page.contains("ordinary days: weekday x hour profile") && page.contains(">1999-02-20 SAT<"), page);
        JsonNode j = new ObjectMapper().readTree(en.resolve("forecast.json").toFile());
        assertTrue(j.get("method").asText().endsWith("4000 draws, fixed seed; intervals are the draws' central 80%."), j.get("method").asText());
        assertTrue(j.get("method_zh").asText().startsWith("普通日："), j.get("method_zh").asText());
    }
}
