package io.kefusim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
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
 * for cell, numbers as numbers; the summary sheet holds summary.json's figures. The CSVs
 * themselves open cleanly in a spreadsheet: a byte-order mark, date-times without a T.
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
        try (InputStream in = Files.newInputStream(run.resolve("results.xlsx")); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                names.add(sheet.getName());
                List<Row> rows = sheet.read();
                if (sheet.getName().equals("summary")) {
                    checkSummary(rows, new ObjectMapper().readTree(run.resolve("summary.json").toFile()));
                    continue;
                }
                Path csv = run.resolve(sheet.getName() + ".csv");
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
                        if (w.isEmpty()) {
                            assertTrue(cell.isEmpty() || cell.get().getType() == CellType.EMPTY, where + ": empty");
                        } else if (i > 0 && w.matches("-?\\d+(\\.\\d+)?")) {
                            assertEquals(CellType.NUMBER, cell.orElseThrow().getType(), where + ": a number, not text");
                            assertEquals(Double.parseDouble(w), cell.get().asNumber().doubleValue(), 0, where);
                        } else {
                            assertEquals(w, cell.orElseThrow().asString(), where);
                        }
                    }
                }
            }
        }
        assertEquals(List.of("summary", "intervals", "by_day", "by_type", "by_group"), names);
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
        for (Row row : rows.subList(1, rows.size())) {
            String path = row.getCell(0).asString();
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
