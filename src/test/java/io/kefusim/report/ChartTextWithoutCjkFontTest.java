package io.kefusim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Chinese run on a machine whose JVM has no CJK font (fontconfig told of DejaVu only, and a
 * home folder without the JVM's font cache): every chart label, the rotated axis labels too, is
 * SVG text the reader's browser draws, not glyph outlines from this JVM's fonts (empty boxes here).
 */
class ChartTextWithoutCjkFontTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    @Test
    void chineseChartsAreTextWhenThisJvmCannotDrawChinese() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(DEJAVU), "ASSUMPTION FAILED, NOT TESTED: this test needs a non-CJK font folder at " + DEJAVU
                + " (Debian's fonts-dejavu-core) to stand for a machine without a CJK font");
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>" + DEJAVU
                + "</dir><cachedir>" + dir.resolve("fc-cache") + "</cachedir></fontconfig>\n");
        Path home = Files.createDirectories(dir.resolve("home")); // the JVM caches fontconfig's answer under ~/.java/fonts
        Path out = dir.resolve("results");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.kefusim.cli.Main", "--lang", "zh", "run", "scenarios/classroom-response-time.yaml", "--replications", "1",
                "--png", "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("kefusim did not finish in 180 s");
        }
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        // the run itself says it found no CJK font (its PNGs fall back to English): the condition under test holds
        assumeTrue(log.contains(new Text("zh").get("no_cjk_font")), "ASSUMPTION FAILED, NOT TESTED: this JVM still found a CJK font "
                + "with fontconfig limited to " + DEJAVU + "; the run said:\n" + log);

        Path charts;
        try (Stream<Path> runs = Files.list(out.resolve("classroom-response-time"))) {
            charts = runs.findFirst().orElseThrow().resolve("charts");
        }
        StringBuilder texts = new StringBuilder();
        for (String name : List.of("arrivals_vs_agents", "waits", "first_response_distribution", "service_level", "abandonment",
                "occupancy_by_interval", "lost_orders", "groups")) {
            String svg = Files.readString(charts.resolve(name + ".svg"), StandardCharsets.UTF_8);
            Matcher m = TEXT.matcher(svg);
            while (m.find()) texts.append(m.group(1)).append('\n');
            // every Chinese character of a chart is inside a <text> element: none is drawn any other way
            String outsideText = TEXT.matcher(svg).replaceAll("");
            assertFalse(CJK.matcher(outsideText).find(), name + ".svg has Chinese outside <text>");
            assertTrue(svg.contains("\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\""), name + ".svg names the reader's Chinese fonts");
            assertFalse(svg.contains("font-family: \"Dialog\"") || svg.contains("DejaVu"), name + ".svg names this JVM's fonts");
        }
        Text zh = new Text("zh");
        // the vertical axes' labels: drawn rotated, they were glyph outlines (boxes here) before
        for (String key : List.of("ch_agents_axis", "ch_chats_per_hour", "ch_minutes", "ch_share_answered", "ch_share_buyers",
                "ch_share_queued", "ch_occupancy_typing", "ch_orders_axis", "ch_sales_axis", "ch_occupancy_axis", "ch_active_axis")) {
            String label = zh.get(key);
            assertTrue(texts.toString().lines().anyMatch(label::equals), "the axis label " + label + " (" + key + ") is SVG text");
        }
    }
}
