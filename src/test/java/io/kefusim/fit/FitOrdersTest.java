package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.cli.CliRunner;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Orders in the records (issue t15): the order value fitted per buyer type, the conversion per type, and its base and
 * factors fitted so the model's orders over the records' chats are the records' orders.
 */
class FitOrdersTest {
    @TempDir
    Path dir;

    /** First response by bucket (s); -1 never answered. */
    private static final int[] FIRST = {20, 90, 200, -1};
    /** 售前's orders by bucket (of 30 each): the rates rise with slower replies, as in the tester's export. */
    private static final int[] ORDERS = {3, 9, 9, 0};

    /**
     * 240 chats from 08:00, every 2 minutes: even rows 售前, odd 售后; by (i/2) % 4 answered within 30 s, 2 min, 5 min,
     * or never; the first ORDERS[bucket] 售前 chats of each bucket order, for 100 + 10 (k % 5) CNY (k: the order's number).
     * 售后 never orders. Two columns fit does not use: 买家昵称 (not mapped) and 平均响应时长 (mapped by the preset).
     */
    private Path records() throws Exception {
        StringBuilder csv = new StringBuilder("咨询时间,买家昵称,客服,首次响应时长,买家消息数,接待状态,咨询类型,是否下单,订单金额,结束时间,平均响应时长\n");
        int[] seen = new int[4];
        int k = 0;
        for (int i = 0; i < 240; i++) {
            int minute = 2 * i, bucket = (i / 2) % 4;
            boolean pre = i % 2 == 0;
            boolean ordered = pre && seen[bucket]++ < ORDERS[bucket];
            String at = String.format("2026-11-02 %02d:%02d:00", 8 + minute / 60, minute % 60);
            String end = String.format("2026-11-02 %02d:%02d:00", 8 + (minute + 10) / 60, (minute + 10) % 60);
            csv.append(at).append(",tb").append(i).append(",小美,").append(FIRST[bucket] < 0 ? "" : FIRST[bucket]).append(",3,")
                    .append(FIRST[bucket] < 0 ? "未接待" : "已接待").append(',').append(pre ? "售前" : "售后").append(',')
                    .append(ordered ? "是" : "否").append(',').append(ordered ? 100 + 10 * (k++ % 5) : "").append(',').append(end).append(",40\n");
        }
        return Files.writeString(dir.resolve("q.csv"), csv.toString());
    }

    private Path fit(Path records, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("fit", records.toString(), "--name", "q", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.kefusim(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        lastErr = r.err();
        try (var l = Files.list(dir.resolve("out/q-fit"))) {
            return l.filter(p -> !p.getFileName().toString().equals("latest")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private String lastErr;

    /** Item 1: the order value is fitted per type (mean, n, interval), a type with no orders says the default; unused columns are named. */
    @Test
    void orderValueFittedPerTypeAndUnusedColumnsNamed() throws Exception {
        Path run = fit(records());
        assertTrue(lastErr.contains("notice: q.csv: columns not used: 买家昵称, 平均响应时长\n"), lastErr);
        String y = Files.readString(run.resolve("fitted.yaml"));
        // 21 orders: values 100, 110, 120, 130, 140 in turn: 4 rounds of 5 (sum 2400) and 100: 2500 / 21
        assertTrue(y.contains("    order_value: 119.05   # mean of the 21 orders' recorded values (CNY), 95% CI 112.31 to 125.78\n"), y);
        assertTrue(y.contains("    # order_value: 100                   # no orders in the records: kefusim's default, unused while conversion is 0\n"), y);
        JsonNode ov = new ObjectMapper().readTree(run.resolve("fit.json").toFile()).at("/estimates/buyers/售前/order_value");
        assertEquals(21, ov.get("n").asLong());
        assertEquals(2500.0 / 21, ov.get("mean").asDouble(), 1e-9);
        assertTrue(ov.get("mean_ci95").get(0).asDouble() < 2500.0 / 21 && ov.get("mean_ci95").get(1).asDouble() > 2500.0 / 21);
        // as run, the fitted order value is the shop's own: not among kefusim's illustrative defaults
        CliRunner.Result v = CliRunner.kefusim("validate", run.resolve("fitted.yaml").toString());
        assertEquals(0, v.code(), v.err());
        assertFalse((v.out() + v.err()).contains("order_value"), v.out() + v.err());
        assertEquals(2500.0 / 21, ScenarioLoader.load(run.resolve("fitted.yaml"), List.of()).buyers().stream()
                .filter(b -> b.name().equals("售前")).findFirst().orElseThrow().orderValue(), 0.005);
    }

    /**
     * Items 2 and 3: each type its own conversion; rates that rise with slower replies are pooled (factors 1, said), the
     * empty bucket carries the factor before it, and the model's orders over the records' chats are the records' 21.
     */
    @Test
    void conversionPerTypeEqualsTheRecordsOrders() throws Exception {
        Path run = fit(records());
        String y = Files.readString(run.resolve("fitted.yaml"));
        assertTrue(y.contains("    conversion: 0.2333                   # ordering rate of the chats answered within 5 min: 21 of 90 ordered, 95% CI 0.1580 to 0.3305;"
                + " pooled with slower buckets: the records' rates do not fall with slower replies (rows below)\n"), y);
        assertTrue(y.contains("      - {within: 30s, factor: 1.0000}   # 3 of 30 ordered, rate 0.1000, 95% CI 0.0346 to 0.2562; pooled into the base: 0.2333\n"), y);
        assertTrue(y.contains("      - {otherwise: 1.0000}   # no chats answered this late: factor carried from the bucket before\n"), y);
        assertTrue(y.contains("    silent_buy: 0.0000   # never answered: 0 of 30 ordered anyway, rate 0.0000, 95% CI 0.0000 to 0.1135\n"), y);
        assertTrue(y.contains("    conversion: 0                        # no orders: 0 of 120 chats ordered (95% CI 0 to 0.0310)\n"), y);
        // the fitted scenario as run: expected orders over the records' 售前 chats = the records' 21 (to the written 4 decimals)
        Scenario s = ScenarioLoader.load(run.resolve("fitted.yaml"), List.of());
        Scenario.BuyerType pre = s.buyers().stream().filter(b -> b.name().equals("售前")).findFirst().orElseThrow();
        Scenario.BuyerType after = s.buyers().stream().filter(b -> b.name().equals("售后")).findFirst().orElseThrow();
        double model = 0;
        for (int b = 0; b < 4; b++) model += 30 * pre.conversion() * (FIRST[b] < 0 ? pre.silentBuy() : pre.conversionFactor().at(FIRST[b]));
        assertEquals(21, model, 0.01);
        assertEquals(0, after.conversion());
        // in Chinese
        Path zh = fit(records(), "--lang", "zh");
        String z = Files.readString(zh.resolve("fitted.yaml"));
        assertTrue(z.contains("      - {otherwise: 1.0000}   # 没有这么晚才得到回复的咨询：系数沿用前一档\n"), z);
        assertTrue(z.contains("5 分钟内得到回复的咨询的下单率：90 人中 21 人下单，95% 置信区间 0.1580 至 0.3305；与较慢的档合并"), z);
    }

    /**
     * fitE item 2: fit.html shows, per type, the chats, orders, conversion with its interval, each first-response bucket's
     * chats, orders, rate and factor, the order value (n, mean, interval) and the model's orders beside the records'.
     */
    @Test
    void fitPageShowsOrdersPerType() throws Exception {
        String page = Files.readString(fit(records()).resolve("fit.html"));
        assertTrue(page.contains(">Orders by buyer type<"), "heading");
        assertTrue(page.contains("<tr><th>售前</th><td>120</td><td>21</td><td>0.2333 (0.1580 – 0.3305): 21 of 90 answered within 5 min</td>"
                + "<td>n = 21, 119.05 (112.31 – 125.78)</td><td>21.0</td><td>21</td></tr>"), page);
        assertTrue(page.contains("<tr><th>售后</th><td>120</td><td>0</td><td>0.0000 (0.0000 – 0.0310): no orders in 120 chats</td><td>-</td><td>0.0</td><td>0</td></tr>"), page);
        assertTrue(page.contains("售前: model orders over the records&#39; chats: 21.0, records: 21"), page);
        assertTrue(page.contains("<tr><th>售前</th><td>within 30 s</td><td>30</td><td>3</td><td>0.1000 (0.0346 – 0.2562); pooled 0.2333</td><td>1.0000</td></tr>"), page);
        assertTrue(page.contains("<tr><th>售前</th><td>later (otherwise)</td><td>0</td><td>0</td><td>-</td><td>1.0000 (no chats: carried)</td></tr>"), page);
        assertTrue(page.contains("<tr><th>售前</th><td>never answered</td><td>30</td><td>0</td><td>0.0000 (0.0000 – 0.1135)</td><td>silent_buy 0.0000</td></tr>"), page);
        String zh = Files.readString(fit(records(), "--lang", "zh").resolve("fit.html"));
        assertTrue(zh.contains(">按买家类型的下单<"), "heading in Chinese");
        assertTrue(zh.contains("<td>0.2333（0.1580 – 0.3305）：90 个在5 分钟内得到回复的咨询中 21 个下单</td><td>n = 21，119.05（112.31 – 125.78）</td>"), zh);
        assertTrue(zh.contains("售前：模型在记录咨询上的下单数 21.0，记录 21"), zh);
    }

    /**
     * Issue t16 item 1: records with an order value and no ordered column (千牛's 订单金额 without 是否下单): a chat with a
     * blank value did not order (docs/reference/fitting.md: a value above 0 means it ordered), so the fit is the one of the
     * same records with the column: 21 of 90 within 5 min, not 21 of 21 (conversion 1.0) from dropping the blank rows.
     */
    @Test
    void orderValueWithoutOrderedColumnCountsBlankAsNotOrdered() throws Exception {
        Path full = records();
        String withColumn = Files.readString(fit(full).resolve("fitted.yaml"));
        StringBuilder csv = new StringBuilder();
        for (String line : Files.readAllLines(full)) {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(7); // 是否下单
            csv.append(String.join(",", cells)).append("\n");
        }
        Path values = Files.writeString(dir.resolve("v.csv"), csv.toString());
        String y = Files.readString(fit(values).resolve("fitted.yaml"));
        assertTrue(lastErr.contains("notice: v.csv: no ordered column: a chat with no order value counted as not ordered\n"), lastErr);
        assertTrue(y.contains("    # no ordered column: a chat with no order value counted as not ordered\n"
                + "    conversion: 0.2333                   # ordering rate of the chats answered within 5 min: 21 of 90 ordered"), y);
        assertEquals(withColumn.replace("    # no ordered column: a chat with no order value counted as not ordered\n", "x"), withColumn);
        assertEquals(withColumn, y.replace("    # no ordered column: a chat with no order value counted as not ordered\n", ""));
        assertTrue(y.contains("    conversion: 0                        # no orders: 0 of 120 chats ordered (95% CI 0 to 0.0310)\n"), y);
        Path zh = fit(values, "--lang", "zh");
        assertTrue(lastErr.contains("v.csv：没有“是否下单”列：没有订单金额的咨询按未下单计"), lastErr);
        assertTrue(Files.readString(zh.resolve("fitted.yaml")).contains("    # 没有“是否下单”列：没有订单金额的咨询按未下单计\n"));
    }

    /** The fit itself: the tester's buckets (rates rising), a shop whose rates fall, a small fastest bucket, no data after 5 min. */
    @Test
    void baseAndFactorsKeepTheRecordsOrders() {
        Conversion.Fitted t = Conversion.of(new long[][]{{37, 1}, {112, 16}, {96, 16}, {0, 0}, {35, 0}});
        assertEquals(33.0 / 245, t.base(), 1e-12);       // not 1/37: the 30 s bucket orders least, pooled with the slower ones
        assertArrayEquals(new double[]{1, 1, 1, 1}, t.factor(), 1e-12);
        assertEquals(1, t.carried()[3]);                  // no chats after 5 min: carried, not 0
        assertEquals(0, t.silentBuy(), 1e-12);
        assertTrue(t.rise());
        assertEquals(33, t.modelOrders(), 1e-9);

        assertTrue(t.baseRise());

        // kefusim's double11 presale chats with orders drawn from its model: the 5-min and later buckets pooled by
        // chance (0.2857 > 0.2820), the base not: said on those rows only
        Conversion.Fitted d = Conversion.of(new long[][]{{1169, 468}, {2635, 965}, {1727, 487}, {56, 16}, {829, 0}});
        assertEquals(468.0 / 1169, d.base(), 1e-12);
        assertTrue(d.rise());
        assertFalse(d.baseRise());
        assertEquals(503.0 / 1783 / d.base(), d.factor()[2], 1e-12);
        assertEquals(d.factor()[2], d.factor()[3], 1e-12);
        assertEquals(1936, d.modelOrders(), 1e-9);

        Conversion.Fitted f = Conversion.of(new long[][]{{100, 40}, {80, 28}, {50, 14}, {40, 8}, {20, 0}});
        assertEquals(0.4, f.base(), 1e-12);
        assertArrayEquals(new double[]{1, 0.875, 0.7, 0.5}, f.factor(), 1e-12);
        assertFalse(f.rise());
        assertEquals(90, f.modelOrders(), 1e-9);

        // 10 chats within 30 s are too few for the base: pooled with the next (and the 2-min bucket's 0.40 is kept relative to it)
        Conversion.Fitted s = Conversion.of(new long[][]{{10, 6}, {100, 40}, {60, 12}, {0, 0}, {0, 0}});
        assertEquals(46.0 / 110, s.base(), 1e-12);
        assertTrue(s.smallFirst());
        assertEquals(1, s.factor()[0], 1e-12);
        assertEquals(0.2 / (46.0 / 110), s.factor()[2], 1e-12);
        assertEquals(s.factor()[2], s.factor()[3], 1e-12);
        assertTrue(Double.isNaN(s.silentBuy()));
        assertEquals(58, s.modelOrders(), 1e-9);
    }

    /**
     * kefusim's own chats (the layout of {@code chats.csv}) with orders drawn from scenarios/double11-medium-shop.yaml's
     * order model (conversion × f(first response), silent_buy when never answered; order_value): fit recovers each type's
     * conversion and each bucket's rate within their 95% intervals, and the order value.
     */
    @Test
    void recoversDouble11OrderModelFromKefusimChats() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/double11-medium-shop.yaml"), List.of());
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20261111L);
        StringBuilder csv = new StringBuilder("arrival,arrival_s,type,handled_by,outcome,queue_wait_s,first_response_s,messages,agent,group,lost_orders,lost_sales,chat_id,waited_s,ordered,order_value\n");
        String[] types = {"presale", "aftersale", "complaint"};
        double[] mix = {0.65, 0.30, 0.05};
        for (int i = 0; i < 3000; i++) {
            double u = rng.nextDouble();
            int t = u < mix[0] ? 0 : u < mix[0] + mix[1] ? 1 : 2;
            Scenario.BuyerType b = s.buyers().stream().filter(x -> x.name().equals(types[t])).findFirst().orElseThrow();
            boolean answered = rng.nextDouble() < 0.85;
            double first = -90 * Math.log(1 - rng.nextDouble()); // exponential, mean 90 s: every bucket gets chats
            double p = b.conversion() * (answered ? b.conversionFactor().at(first) : b.silentBuy());
            boolean ordered = rng.nextDouble() < p;
            double at = 8 * 3600 + i * 10.0;
            csv.append(String.format(java.util.Locale.ROOT, "2026-11-10 %02d:%02d:%02d.000,%.1f,%s,agent,%s,0,%s,3,a1,presale,0,0,%d,%s,%d,%s%n",
                    (int) at / 3600, (int) at % 3600 / 60, (int) at % 60, at, types[t], answered ? "closed" : "abandoned",
                    answered ? String.format(java.util.Locale.ROOT, "%.1f", first) : "", i + 1, answered ? "0" : String.format(java.util.Locale.ROOT, "%.1f", first),
                    ordered ? 1 : 0, ordered ? String.format(java.util.Locale.ROOT, "%.0f", b.orderValue()) : ""));
        }
        Path records = Files.writeString(dir.resolve("chats.csv"), csv.toString());
        Path map = Files.writeString(dir.resolve("map.yaml"), "kind: chats\ncolumns: {arrival: arrival, type: type, outcome: outcome, waited: waited_s, "
                + "first_response: first_response_s, messages: messages, agent: agent, ordered: ordered, order_value: order_value}\n"
                + "outcomes: {answered: [closed], abandoned: [abandoned], bot: [deflected], open: [open]}\n");
        Path run = fit(records, "--map", map.toString());
        JsonNode buyers = new ObjectMapper().readTree(run.resolve("fit.json").toFile()).at("/estimates/buyers");
        Scenario.BuyerType pre = s.buyers().get(0);
        JsonNode c = buyers.at("/presale/conversion");
        assertTrue(c.get("base_ci95").get(0).asDouble() <= pre.conversion() && pre.conversion() <= c.get("base_ci95").get(1).asDouble(), c.toString());
        double[] at = {15, 60, 200, 600};
        for (int k = 0; k < 4; k++) {
            JsonNode row = c.get("factors").get(k);
            double truth = pre.conversion() * pre.conversionFactor().at(at[k]);
            assertTrue(row.get("chats").asLong() > 0, row.toString());
            assertTrue(row.get("rate_ci95").get(0).asDouble() <= truth && truth <= row.get("rate_ci95").get(1).asDouble(), k + ": " + row);
        }
        JsonNode silent = c.get("silent_buy");
        assertTrue(silent.get("rate_ci95").get(0).asDouble() <= pre.conversion() * pre.silentBuy(), silent.toString());
        assertEquals(c.get("ordered").asDouble(), c.get("model_orders").asDouble(), 1e-9);
        assertEquals(180, buyers.at("/presale/order_value/mean").asDouble(), 1e-9);
        for (String t : List.of("aftersale", "complaint")) {
            assertEquals(0, buyers.at("/" + t + "/conversion/base").asDouble(), t);
            assertTrue(buyers.at("/" + t + "/order_value").isMissingNode(), t);
        }
    }
}
