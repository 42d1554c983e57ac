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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The importer says what it did with the bank's odd rows (fit8), with counts, in both languages,
 * and a row with service start 0:00:00 and no talk (the records' "not recorded") does not put its
 * agent on duty at midnight: before, such rows made shifts like {@code d0000_0001} with agents on
 * duty at 00:00 who were not there.
 */
class ImporterChoicesTest {
    @TempDir
    Path dir;

    @Test
    void noServerAndZeroTimeRowsAreSaidAndPutNoAgentOnDutyAtMidnight() throws Exception {
        List<String> lines = new ArrayList<>(RealExportsTest.calls(new String[]{"PS"}, 60, 300, 120, "990201").lines().toList());
        // row 1 (call 1): answered, no agent named; row 3 (call 3, DORIT's): service start 0:00:00, no talk
        lines.set(2, lines.get(2).replaceAll("\t[^\t]+$", "\tNO_SERVER"));
        String[] c = lines.get(4).split("\t");
        assertEquals("DORIT", c[16]);
        c[13] = "0:00:00";
        c[14] = "0:00:00";
        c[15] = "0";
        lines.set(4, String.join("\t", c));
        Path f = dir.resolve("odd.tsv");
        Files.write(f, lines);
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--name", "odd", "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 answered calls name no agent (NO_SERVER)"), r.err());
        assertTrue(r.err().contains("1 answered calls have service start 0:00:00 and no talk time"), r.err());

        Path fit;
        try (var l = Files.list(dir.resolve("out/odd-fit"))) {
            fit = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode j = new ObjectMapper().readTree(fit.resolve("fit.json").toFile());
        assertTrue(j.get("notices").toString().contains("1 answered calls name no agent (NO_SERVER)"), j.get("notices").toString());
        assertTrue(j.get("notices_zh").toString().contains("1 通已接电话没有客服姓名（NO_SERVER）"), j.get("notices_zh").toString());
        assertTrue(j.get("notices_zh").toString().contains("1 通已接电话的接听开始为 0:00:00 且无通话时长"), j.get("notices_zh").toString());
        assertTrue(Files.readString(fit.resolve("fit.html")).contains("NO_SERVER"));

        String yaml = Files.readString(fit.resolve("fitted.yaml"));
        assertFalse(yaml.contains("from: \"00:00\""), "no agent on duty at midnight:\n" + yaml);
    }
}
