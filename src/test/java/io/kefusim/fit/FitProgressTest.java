package io.kefusim.fit;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.scenario.Said;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress line while records are read (every million rows; every 100 here) is said in the reader's language. */
class FitProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressIsSaidInEnglishAndChinese() throws Exception {
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长,买家消息数,接待状态\n");
        for (int i = 0; i < 250; i++) csv.append(String.format("2026/11/11 %d:%02d:05,小王,30,2,已接待\n", 8 + i / 60, i % 60));
        Path f = dir.resolve("shop.csv");
        Files.writeString(f, csv.toString());
        List<Said> told = new ArrayList<>();
        Fit.read(List.of(f), null, told::add, null, 100);
        assertEquals(2, told.size(), told.toString());
        assertEquals("shop.csv: 200 rows read", WarningText.say(new Text("en"), told.get(1)));
        assertEquals("shop.csv：已读取 200 行", WarningText.say(new Text("zh"), told.get(1)));
        assertEquals(1_000_000, Fit.PROGRESS_ROWS);
        assertEquals("shop.csv：已读取 1,000,000 行", new Text("zh").get("fn_progress_rows", "shop.csv", 1_000_000L));
    }
}
