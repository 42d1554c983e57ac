package io.kefusim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.report.ColumnWords;
import io.kefusim.report.Text;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * tester25: a --lang zh results.xlsx had an English warnings sheet ("code | file | line | key | date | message |
 * message_zh", the English message first), "yes" in the intervals' counted column, and overtime "（小时）" where the
 * console says 人·小时. The workbook a reader opens is in their language; summary.json keeps both messages.
 */
class WorkbookWordsTest {
    @TempDir
    Path dir;

    @Test
    void aChineseWorkbookSaysItsWarningsAndWordsInChinese() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/small-shop-four-teams.yaml", "--replications", "1", "--set", "start=2026-11-12T00:00", "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        Path run = CliRunner.newestRun(dir.resolve("small-shop-four-teams"));
        JsonNode warnings = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("warnings");
        assertTrue(warnings.size() > 0, "the example has warnings to show");
        ColumnWords zh = new ColumnWords(new Text("zh"));
        List<List<String>> sheet = read(run.resolve("results.xlsx"), zh.sheet("warnings"));
        assertEquals(List.of("代码", "文件", "行", "键", "日期", "说明"), sheet.get(0));
        assertEquals(warnings.size() + 1, sheet.size());
        for (int i = 0; i < warnings.size(); i++) {
            assertEquals(warnings.get(i).get("code").asText(), sheet.get(i + 1).get(0));
            assertEquals(warnings.get(i).get("message_zh").asText(), sheet.get(i + 1).get(5), "the message in Chinese");
            assertEquals(6, sheet.get(i + 1).size(), "no English message column beside it");
        }
        List<List<String>> intervals = read(run.resolve("results.xlsx"), zh.sheet("intervals"));
        int counted = intervals.get(0).indexOf(zh.label("counted"));
        assertTrue(counted >= 0, intervals.get(0).toString());
        assertEquals("是", intervals.get(1).get(counted));
        assertEquals("按工时制度计的加班（人·小时）", zh.label("paid_overtime_h"), "agent-hours, as the console says");
        assertEquals("overtime by working-time rules (agent-hours)", new ColumnWords(new Text("en")).label("paid_overtime_h"));
        assertEquals("是", zh.cell("counted", "yes"));
        assertEquals("否（预热期）", zh.cell("counted", "no (warm-up)"));
    }

    private static List<List<String>> read(Path xlsx, String name) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getSheets().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no sheet " + name));
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) cells.add(row.getCellText(c));
                out.add(cells);
            }
        }
        return out;
    }
}
