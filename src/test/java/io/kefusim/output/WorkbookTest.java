package io.kefusim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.report.ColumnWords;
import io.kefusim.report.Text;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * results.xlsx read back with a real reader (fastexcel's own): its sheets equal the CSVs cell
 * for cell, numbers as numbers, but headed in the run's language with units, shares shown as
 * percentages; the summary sheet holds summary.json's figures beside their keys. The CSVs
 * themselves keep the keys and open cleanly in a spreadsheet: a byte-order mark, date-times without a T.
 */
class WorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbookEqualsTheCsvsAndTheSummary() throws Exception {
        CliRunner.Result r = CliRunner.kefusim("run", "scenarios/double11-medium-shop.yaml", "--replications", "3", "--out", dir.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        Path run;
        try (Stream<Path> l = Files.list(dir.resolve("double11-medium-shop"))) {
            run = l.findFirst().orElseThrow();
        }
        List<String> names = new ArrayList<>();
        ColumnWords zh = new ColumnWords(new Text("zh"));
        java.util.Map<String, String> csvOfSheet = new java.util.HashMap<>();
        for (String table : Workbook.SHEETS) csvOfSheet.put(zh.sheet(table), table);
        try (InputStream in = Files.newInputStream(run.resolve("results.xlsx"));
             ReadableWorkbook wb = new ReadableWorkbook(in, new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                names.add(sheet.getName());
                List<Row> rows = sheet.read();
                if (sheet.getName().equals(zh.sheet("summary"))) {
                    checkSummary(rows, new ObjectMapper().readTree(run.resolve("summary.json").toFile()));
                    continue;
                }
                Path csv = run.resolve(csvOfSheet.get(sheet.getName()) + ".csv");
                byte[] bytes = Files.readAllBytes(csv);
                assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "a UTF-8 byte-order mark");
                List<List<String>> expected = readCsv(csv);
                assertEquals(expected.size(), rows.size(), sheet.getName() + ": rows");
                for (int i = 0; i < rows.size(); i++) {
                    List<String> want = expected.get(i);
                    for (int c = 0; c < want.size(); c++) {
                        Optional<Cell> cell = rows.get(i).getOptionalCell(c);
                        String w = want.get(c);
                        String where = sheet.getName() + " row " + (i + 1) + " column " + (c + 1);
                        if (i == 0) {
                            assertEquals(zh.label(w), cell.orElseThrow().asString(), where + ": the key's name in Chinese");
                            assertNotEquals(w, zh.label(w), where + ": a key without a name");
                            continue;
                        } else if (w.isEmpty()) {
                            assertTrue(cell.isEmpty() || cell.get().getType() == CellType.EMPTY, where + ": empty");
                        } else if (i > 0 && w.matches("-?\\d+(\\.\\d+)?")) {
                            assertEquals(CellType.NUMBER, cell.orElseThrow().getType(), where + ": a number, not text");
                            assertEquals(Double.parseDouble(w), cell.get().asNumber().doubleValue(), 0, where);
                            String key = expected.get(0).get(c);
                            assertEquals(zh.share(key) ? "0.0%" : null, cell.get().getDataFormatString(), where + " (" + key + "): shares as percentages");
                        } else {
                            assertEquals(zh.cell(expected.get(0).get(c), w), cell.orElseThrow().asString(), where + ": the CSV's word in the reader's language");
                        }
                    }
                }
            }
        }
        assertEquals(List.of("汇总", "各时段", "按日期", "按买家类型", "按客服组"), names);
        // the figures a shop reads first, named as a shop says them
        assertEquals("被接待者排队等待 P80（秒）", zh.label("queue_wait.p80_s"));
        assertEquals("queue wait of those taken P80 (s)", new ColumnWords(new Text("en")).label("queue_wait_p80_s"));
        assertEquals("2分钟内未人工回复占比", zh.label("missed_deadlines.2m.share"));
        assertEquals("服务水平 ±（95%置信区间）", zh.label("service_level_ci95"));
        assertTrue(zh.share("service_level_ci95") && zh.share("occupancy_presale") && !zh.share("queue_wait_mean_s"));
        String intervals = Files.readString(run.resolve("intervals.csv"), StandardCharsets.UTF_8);
        assertTrue(intervals.lines().skip(1).findFirst().orElseThrow().startsWith("2026-11-10 00:00:00,"), "local date-times without a T");
    }

    /** A CSV file as rows of cells (the byte-order mark dropped), read by Jackson's CSV parser. */
    private static List<List<String>> readCsv(Path file) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        com.fasterxml.jackson.dataformat.csv.CsvMapper csv = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            try (com.fasterxml.jackson.databind.MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(r)) {
                while (it.hasNext()) rows.add(List.of(it.next()));
            }
        }
        return rows;
    }

    private static void checkSummary(List<Row> rows, JsonNode summary) {
        int found = 0;
        assertEquals(List.of("指标", "均值", "±（95%置信区间）", "summary.json 中的键"),
                rows.get(0).stream().map(Cell::asString).toList());
        ColumnWords zh = new ColumnWords(new Text("zh"));
        for (Row row : rows.subList(1, rows.size())) {
            String path = row.getCell(3).asString();
            assertEquals(zh.label(path), row.getCell(0).asString(), path + ": named in Chinese");
            assertNotEquals(path, row.getCell(0).asString(), path + " has a name");
            if (zh.share(path)) assertEquals("0.0%", row.getCell(1).getDataFormatString(), path + ": a percentage");
            JsonNode n = summary.get("totals");
            for (String part : path.split("\\.")) n = n == null ? null : n.get(part);
            assertNotNull(n, path);
            JsonNode mean = n.has("mean") ? n.get("mean") : n.has("value") ? n.get("value") : n;
            if (mean.isNull()) continue;
            assertEquals(mean.asDouble(), row.getCell(1).asNumber().doubleValue(), Math.abs(mean.asDouble()) * 1e-5 + 1e-9, path);
            found++;
        }
        assertTrue(found > 20, "the headline figures are there: " + found);
    }
}
