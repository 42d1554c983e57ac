package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

/** Real exports: date-time forms, Chinese headers, extra columns, any row order, bad rows; and the bank's records end to end. */
class RecordsTest {
    @TempDir
    Path dir;

    private static double epoch(String iso) { return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC); }

    @Test
    void dateTimesAndDurationsAsExportsWriteThem() {
        assertEquals(epoch("2026-11-11T00:00:05"), RecordTimes.dateTime("2026/11/11 00:00:05"), 1e-9);
        assertEquals(epoch("2026-11-11T00:00:05"), RecordTimes.dateTime("2026-11-11T00:00:05"), 1e-9);
        assertEquals(epoch("2026-11-01T07:05:00"), RecordTimes.dateTime("2026/11/1 7:05"), 1e-9);
        assertEquals(epoch("2026-11-11T00:00:05") + 0.25, RecordTimes.dateTime("2026-11-11 00:00:05.250"), 1e-9);
        assertEquals(epoch("2026-11-11T06:00:00"), RecordTimes.dateTime("46337.25"), 1e-3); // Excel serial
        assertEquals(epoch("1999-02-01T00:00:00"), RecordTimes.date("990201"), 1e-9);
        assertEquals(95, RecordTimes.duration("0:01:35"), 1e-9);
        assertEquals(95, RecordTimes.duration("01:35"), 1e-9);
        assertEquals(95.5, RecordTimes.duration("95.5"), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> RecordTimes.dateTime("2026-13-01 00:00"));
        assertThrows(IllegalArgumentException.class, () -> RecordTimes.dateTime("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> RecordTimes.duration("-3"));
    }

    /** A 千牛-style export: Chinese headers with a BOM, an extra column, rows out of order, one bad row (named by line). */
    @Test
    void qianniuExportWithChineseHeadersAndABadRow() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFF咨询时间,客服,首次响应时长,买家消息数,接待状态,备注\n");
        for (int i = 0; i < 200; i++) {
            int minute = (i * 37) % 600; // out of time order
            csv.append(String.format("2026/11/11 %d:%02d:05,小王,%d,%d,%s,\n", 8 + minute / 60, minute % 60, 20 + i % 40, 1 + i % 7, i % 10 == 0 ? "未接待" : "已接待"));
        }
        csv.append("2026/11/11 25:00:00,小王,30,2,已接待,\n"); // line 202: no such time
        Path f = dir.resolve("qianniu.csv");
        Files.writeString(f, csv.toString());
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("out").toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("提示：qianniu.csv：未使用的列：备注"), r.err());
        assertTrue(r.err().contains("qianniu.csv:202: 列 '咨询时间'（arrival）：'2026/11/11 25:00:00' 不是日期时间"), r.err()); // named in the run's language
        Path run;
        try (var l = Files.list(dir.resolve("out/qianniu-fit"))) {
            run = l.findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(run.resolve("fit.json").toFile());
        assertEquals(200, json.get("records").asLong());
        assertEquals(1, json.get("rows_skipped").asLong());
        String fitted = Files.readString(run.resolve("fitted.yaml"));
        assertTrue(fitted.contains("    # reply_time: {dist: lognormal, mean: 30s, sd: 20s}   # 记录中没有：kefusim 的默认值；未写入"),
                "what per-chat records cannot say is said, in the run's language, and left out: " + fitted);
        assertTrue(fitted.contains("    # concurrency: 5 "), fitted);
        // left out, the defaults are said on every run of the fitted file, not only in its comments
        CliRunner.Result v = CliRunner.kefusim("validate", run.resolve("fitted.yaml").toString());
        assertEquals(0, v.code(), v.err());
        String said = (v.out() + v.err()).lines().filter(l -> l.contains("illustrative defaults")).findFirst().orElse("");
        // no waits in this export: the patience is the default too, and so is every per-message time
        assertTrue(said.contains("buyers.chat.patience, buyers.chat.think_time, agents[0].reply_time, agents[0].concurrency"), v.out() + v.err());
        // backtest replays the records' arrivals and staffing, but these defaults it runs on: said on its console, JSON and page
        Path bt = dir.resolve("bt");
        CliRunner.Result b = CliRunner.kefusim("backtest", f.toString(), "--scenario", run.resolve("fitted.yaml").toString(), "--replications", "2",
                "--out", bt.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.err().contains("fitted.yaml:26: buyers.chat.patience: not in the file, so these run on kefusim's illustrative defaults"), b.err());
        Path btRun;
        try (var l = Files.list(FittedShop.backtestFolder(bt, "qianniu"))) {
            btRun = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode ws = new ObjectMapper().readTree(btRun.resolve("backtest.json").toFile()).get("warnings");
        // and its 2 replications (backtest.few_replications, first), then the defaults. fitF: with no waits in the
        // records the idle gap is judged on abandonment and service level only (3 min, where a recorded "0.0 s" wait
        // chose another), and the replay now answers slower than the records (84.0% against 90.0%), so
        // backtest.answers_faster (fit13: 96.0% against 90.0%) no longer fires
        assertEquals(2, ws.size(), ws.toString());
        assertEquals("backtest.few_replications", ws.get(0).get("code").asText());
        assertEquals("defaults.illustrative", ws.get(1).get("code").asText());
        assertFalse(ws.get(1).get("message").asText().contains("demand.mix"), "the records give the mix: " + ws);
        assertTrue(Files.readString(btRun.resolve("backtest.html")).contains("id=\"warnings\""), "the page says it too");
    }

    @Test
    void unusableRecordsExitTwoAndWriteNothing() throws Exception {
        Path f = dir.resolve("wrong.csv");
        Files.writeString(f, "when,who\n2026-11-11 00:00:00,a\n");
        CliRunner.Result r = CliRunner.kefusim("fit", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + f + ":1: the columns (when, who) match no built-in format"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        Path bad = dir.resolve("bad.csv");
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长\n");
        for (int i = 0; i < 300; i++) csv.append("not a time,a,10\n");
        Files.writeString(bad, csv.toString());
        r = CliRunner.kefusim("fit", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("300 of 300 rows could not be read"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    /**
     * The bank's two weeks end to end: fit, then backtest against the records. The observed
     * abandon share is counted here straight from the file: calls that queued and hung up, over
     * calls that queued or were served (phantoms and voice-response-only hang-ups left out).
     */
    @Test
    void bankRecordsFitAndBacktest() throws Exception {
        Path tsv = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(tsv), "shared data beside the project");
        long offered = 0, hung = 0;
        try (BufferedReader in = Files.newBufferedReader(tsv)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t");
                boolean queued = Integer.parseInt(c[11]) > 0;
                if (c[12].equals("AGENT")) offered++;
                else if (c[12].equals("HANG") && queued) { offered++; hung++; }
            }
        }
        CliRunner.Result fit = CliRunner.kefusim("fit", tsv.toString(), "--out", dir.toString(), "--name", "bank");
        assertEquals(0, fit.code(), fit.err());
        Path fitted;
        try (var l = Files.list(dir.resolve("bank-fit"))) {
            fitted = l.findFirst().orElseThrow().resolve("fitted.yaml");
        }
        CliRunner.Result bt = CliRunner.kefusim("backtest", tsv.toString(), "--scenario", fitted.toString(), "--replications", "10", "--out", dir.toString());
        assertEquals(0, bt.code(), bt.err());
        Path run;
        try (var l = Files.list(FittedShop.backtestFolder(dir, "bank"))) {
            run = l.findFirst().orElseThrow();
        }
        JsonNode overall = new ObjectMapper().readTree(run.resolve("backtest.json").toFile()).get("overall");
        for (String figure : new String[]{"abandon_share", "queue_wait_mean_s", "service_level"}) {
            for (String key : new String[]{"observed", "simulated", "inside_band_share", "mae"}) {
                assertTrue(overall.get(figure).get(key).isNumber(), figure + "." + key);
            }
        }
        assertEquals((double) hung / offered, overall.get("abandon_share").get("observed").asDouble(), 1e-12);
        assertTrue(Files.exists(run.resolve("backtest.csv")) && Files.exists(run.resolve("backtest.html")) && Files.exists(run.resolve("trace.csv")));
        assertTrue(bt.out().contains("hours inside the band"), bt.out());
    }
    /**
     * The backtest's observed side is counted without the rows its reading leaves out (a phantom
     * call, a row with no readable date, unused columns): it says so, as fit does, on the console,
     * in backtest.json (both languages) and on the page. Before, it said nothing.
     */
    @Test
    void backtestSaysWhatTheRecordsReadingLeftOut() throws Exception {
        StringBuilder tsv = new StringBuilder("vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\n");
        for (int i = 0; i < 20; i++) {
            String at = String.format("9:%02d:00", 2 * i), q = String.format("9:%02d:05", 2 * i), served = String.format("9:%02d:15", 2 * i), end = String.format("9:%02d:45", 2 * i + 1);
            tsv.append("AA0101\t").append(1000 + i).append("\t").append(100 + i).append("\t0\tPS\t990201\t").append(at).append("\t").append(q).append("\t5\t")
                    .append(q).append("\t").append(served).append("\t10\tAGENT\t").append(served).append("\t").append(end).append("\t90\t").append(i % 2 == 0 ? "DORIT" : "ANAT").append("\n");
        }
        tsv.append("AA0101\t2000\t0\t0\tPS\t990201\t9:30:00\t9:30:05\t5\t0:00:00\t0:00:00\t0\tPHANTOM\t0:00:00\t0:00:00\t0\tNO_SERVER\n");
        tsv.append("AA0101\t2001\t0\t0\tPS\t99x201\t9:31:00\t9:31:05\t5\t9:31:05\t9:31:10\t5\tAGENT\t9:31:10\t9:33:00\t110\tDORIT\n");
        Path calls = dir.resolve("calls.tsv"), scenario = dir.resolve("sc.yaml");
        Files.writeString(calls, tsv);
        Files.writeString(scenario, "name: sm\nstart: 1999-02-01T00:00\nhorizon: 24h\n"
                + "demand: {pattern: {hourly: [0,0,0,0,0,0,0,0,0,20,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}, mix: {ps: 1}}\n"
                + "buyers: {ps: {messages: {dist: constant, value: 1}}}\n"
                + "agents: [{group: desk, skills: [ps], channel: phone, reply_time: {dist: constant, value: 90s}, monthly_pay: 4500}]\n"
                + "shifts: {day: {from: \"08:00\", to: \"18:00\"}}\nroster: [{group: desk, shift: day, agents: 2}]\n");
        CliRunner.Result bt = CliRunner.kefusim("backtest", calls.toString(), "--scenario", scenario.toString(), "--replications", "2", "--threads", "1", "--out", dir.toString());
        assertEquals(0, bt.code(), bt.err());
        assertTrue(bt.err().contains("notice: calls.tsv: 1 phantom calls (vanished before any outcome) left out"), bt.err());
        assertTrue(bt.err().contains("notice: 1 row could not be read and was left out: calls.tsv:23: column 'date'"), bt.err());
        Path run;
        try (var l = Files.list(FittedShop.backtestFolder(dir, "sm"))) {
            run = l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(run.resolve("backtest.json").toFile());
        assertEquals(3, json.get("notices").size(), json.toString());
        assertEquals("calls.tsv：1 通幽灵来电（尚无结果就消失）未计入", json.get("notices_zh").get(1).asText());
        assertTrue(Files.readString(run.resolve("backtest.html")).contains("1 phantom calls (vanished before any outcome) left out"));
    }
}
