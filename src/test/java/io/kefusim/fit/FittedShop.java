package io.kefusim.fit;

import io.kefusim.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small 千牛-style shop (200 chats on 11 November, one agent) and the scenario kefusim fit makes
 * of it (and what fit printed): backtest tests start here.
 */
record FittedShop(Path records, Path fitted, String fitOut) {

    /** Writes the records into {@code dir} and fits them. */
    static FittedShop in(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("咨询时间,客服,首次响应时长,买家消息数,接待状态\n");
        for (int i = 0; i < 200; i++) {
            int minute = (i * 37) % 600;
            csv.append(String.format("2026/11/11 %d:%02d:05,小王,%d,%d,%s\n", 8 + minute / 60, minute % 60, 20 + i % 40, 1 + i % 7, i % 10 == 0 ? "未接待" : "已接待"));
        }
        Path records = dir.resolve("shop.csv");
        Files.writeString(records, csv.toString());
        CliRunner.Result r = CliRunner.kefusim("fit", records.toString(), "--out", dir.resolve("fit").toString());
        assertEquals(0, r.code(), r.err());
        return new FittedShop(records, run(dir.resolve("fit/shop-fit")).resolve("fitted.yaml"), r.out());
    }

    /** The backtest's run folder under {@code out}. */
    static Path backtestRun(Path out) throws Exception {
        return run(backtestFolder(out, "shop"));
    }

    /** The folder a backtest of scenario {@code name} writes its runs into: "NAME-backtest-" and the records' first date. */
    static Path backtestFolder(Path out, String name) throws java.io.IOException {
        try (var l = Files.list(out)) {
            return l.filter(p -> p.getFileName().toString().startsWith(name + "-backtest-")).findFirst().orElseThrow();
        }
    }

    private static Path run(Path runs) throws Exception {
        try (var l = Files.list(runs)) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
    }
}
