package io.kefusim.report;

import java.util.Map;

/** User-facing labels in English (default) and Chinese ({@code --lang zh}). */
public final class Text {
    private static final Map<String, String[]> T = Map.ofEntries(
            Map.entry("title", new String[]{"kefusim results", "kefusim 客服仿真结果"}),
            Map.entry("scenario", new String[]{"Scenario", "场景"}),
            Map.entry("replications", new String[]{"replications", "次重复"}),
            Map.entry("figure", new String[]{"Figure", "指标"}),
            Map.entry("mean", new String[]{"mean", "均值"}),
            Map.entry("ci", new String[]{"95% CI ±", "95%置信区间 ±"}),
            Map.entry("arrived", new String[]{"Buyers who opened a chat", "咨询买家数"}),
            Map.entry("deflected", new String[]{"Resolved by bot", "机器人解决"}),
            Map.entry("accepted", new String[]{"Accepted by an agent", "人工接待"}),
            Map.entry("abandoned", new String[]{"Left unanswered (abandoned)", "未接待流失"}),
            Map.entry("open_at_end", new String[]{"Still waiting at the end", "结束时仍在排队"}),
            Map.entry("abandon_share", new String[]{"Abandon share", "流失率"}),
            Map.entry("service_level", new String[]{"Service level (first reply within %s)", "服务水平（%s内首次回复）"}),
            Map.entry("queue_wait", new String[]{"Queue wait, mean (s)", "排队等待均值（秒）"}),
            Map.entry("queue_wait_p90", new String[]{"Queue wait, 90th percentile (s)", "排队等待90分位（秒）"}),
            Map.entry("first_response", new String[]{"First response, mean (s)", "首次响应均值（秒）"}),
            Map.entry("missed", new String[]{"No human reply within %s (share)", "%s内未人工回复占比"}),
            Map.entry("late_replies", new String[]{"Replies later than %s (share of messages)", "超过%s回复的消息占比"}),
            Map.entry("avg_response", new String[]{"Average response time (s)", "平均响应时长（秒）"}),
            Map.entry("occupancy", new String[]{"Agent occupancy (typing)", "客服占用率（打字时间）"}),
            Map.entry("agents_on_duty", new String[]{"Agents on duty, mean", "平均在岗客服数"}),
            Map.entry("overtime", new String[]{"Overtime (agent-hours)", "加班（人·小时）"}),
            Map.entry("lost_orders", new String[]{"Estimated lost orders", "预计流失订单"}),
            Map.entry("lost_sales", new String[]{"Estimated lost sales (CNY)", "预计流失销售额（元）"}),
            Map.entry("labour_cost", new String[]{"Labour cost (CNY)", "人工成本（元）"}),
            Map.entry("by_type", new String[]{"By buyer type", "按买家类型"}),
            Map.entry("by_group", new String[]{"By agent group", "按客服组"}),
            Map.entry("type", new String[]{"type", "类型"}),
            Map.entry("group", new String[]{"group", "客服组"}),
            Map.entry("col_arrived", new String[]{"arrived", "咨询"}),
            Map.entry("col_service_level", new String[]{"service lvl", "服务水平"}),
            Map.entry("col_abandon", new String[]{"abandon", "流失率"}),
            Map.entry("col_wait", new String[]{"wait mean s", "等待均值秒"}),
            Map.entry("col_lost_orders", new String[]{"lost orders", "流失订单"}),
            Map.entry("col_accepted", new String[]{"accepted", "接待"}),
            Map.entry("col_on_duty", new String[]{"on duty", "在岗"}),
            Map.entry("col_occupancy", new String[]{"occupancy", "占用率"}),
            Map.entry("col_active", new String[]{"active chats", "同时接待"}),
            Map.entry("col_labour", new String[]{"labour cost", "人工成本"}),
            Map.entry("results_in", new String[]{"Results written to", "结果已写入"}),
            Map.entry("valid", new String[]{"is valid", "校验通过"}),
            Map.entry("running", new String[]{"Running %d replications of %s on %d threads", "正在运行 %2$s：%1$d 次重复，%3$d 个线程"}),
            Map.entry("done_in", new String[]{"done in %.1f s", "用时 %.1f 秒"}));

    private final int lang;

    public Text(String lang) {
        this.lang = "zh".equalsIgnoreCase(lang) ? 1 : 0;
    }

    public String get(String key, Object... args) {
        String[] v = T.get(key);
        if (v == null) throw new IllegalArgumentException("no text for " + key);
        return args.length == 0 ? v[lang] : String.format(v[lang], args);
    }

    public boolean chinese() { return lang == 1; }
}
