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
            Map.entry("ci", new String[]{"95%% CI ±", "95%%置信区间 ±"}),
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
            Map.entry("ch_time", new String[]{"time (interval start)", "时间（时段开始）"}),
            Map.entry("ch_arrived", new String[]{"buyers arriving", "咨询买家"}),
            Map.entry("ch_agents", new String[]{"agents on duty", "在岗客服"}),
            Map.entry("ch_agents_axis", new String[]{"agents on duty", "在岗客服（人）"}),
            Map.entry("ch_chats_per_interval", new String[]{"buyers per %s", "每%s咨询买家"}),
            Map.entry("ch_title_arrivals", new String[]{"Buyers arriving vs agents on duty", "咨询量与在岗客服"}),
            Map.entry("ch_queue_wait", new String[]{"queue wait (mean, 95%% CI)", "排队等待（均值，95%%置信区间）"}),
            Map.entry("ch_first_response", new String[]{"first response (mean, 95%% CI)", "首次响应（均值，95%%置信区间）"}),
            Map.entry("ch_minutes", new String[]{"minutes", "分钟"}),
            Map.entry("ch_minutes_log", new String[]{"first response within (log scale)", "首次响应时长（对数刻度）"}),
            Map.entry("ch_title_waits", new String[]{"Queue wait and first response by interval, with deadlines", "各时段排队等待与首次响应（虚线为时限）"}),
            Map.entry("ch_answered_within", new String[]{"buyers answered within t", "t 内得到回复的买家"}),
            Map.entry("ch_share_answered", new String[]{"share of buyers who reached the queue", "占进入排队买家的比例"}),
            Map.entry("ch_title_distribution", new String[]{"First-response time: share answered within t", "首次响应时长分布：t 内得到回复的比例"}),
            Map.entry("ch_service_level", new String[]{"service level (first reply within %s), 95%% CI", "服务水平（%s内首次回复），95%%置信区间"}),
            Map.entry("ch_share_buyers", new String[]{"share of buyers", "买家比例"}),
            Map.entry("ch_goal", new String[]{"goal %d%%", "目标 %d%%"}),
            Map.entry("ch_title_service_level", new String[]{"Service level by interval against the goal", "各时段服务水平与目标"}),
            Map.entry("ch_lost_orders", new String[]{"lost orders (95%% CI)", "流失订单（95%%置信区间）"}),
            Map.entry("ch_lost_sales", new String[]{"lost sales (CNY)", "流失销售额（元）"}),
            Map.entry("ch_orders_axis", new String[]{"orders", "订单"}),
            Map.entry("ch_sales_axis", new String[]{"CNY", "元"}),
            Map.entry("ch_title_lost", new String[]{"Estimated lost orders and sales by interval", "各时段预计流失订单与销售额"}),
            Map.entry("ch_occupancy", new String[]{"occupancy (typing), %%", "占用率（打字时间），%%"}),
            Map.entry("ch_active_chats", new String[]{"mean active chats per agent", "人均同时接待"}),
            Map.entry("ch_occupancy_axis", new String[]{"occupancy %%", "占用率 %%"}),
            Map.entry("ch_active_axis", new String[]{"active chats", "同时接待"}),
            Map.entry("ch_title_groups", new String[]{"Occupancy and active chats by agent group (95%% CI)", "各客服组占用率与同时接待数（95%%置信区间）"}),
            Map.entry("report_written", new String[]{"Report", "报告"}),
            Map.entry("no_cjk_font", new String[]{"", "未找到中文字体：PNG 图表改用英文标注（网页报告和 SVG 图表不受影响）。安装中文字体，例如 Debian 的 fonts-noto-cjk，即可显示中文。"}),
            Map.entry("html_title", new String[]{"Customer-service simulation report", "客服仿真报告"}),
            Map.entry("html_period", new String[]{"Period", "时段"}),
            Map.entry("html_runs", new String[]{"%d replications, seed %d; each figure is the mean with its 95%% confidence interval.",
                    "%d 次重复，随机种子 %d；每项为均值及其 95%% 置信区间。"}),
            Map.entry("html_headline", new String[]{"Headline figures", "核心指标"}),
            Map.entry("html_charts", new String[]{"Charts", "图表"}),
            Map.entry("html_tables", new String[]{"Tables", "明细表"}),
            Map.entry("html_by_day", new String[]{"By day", "按日期"}),
            Map.entry("html_scenario", new String[]{"The scenario as run", "本次运行的场景"}),
            Map.entry("html_abandoned_of", new String[]{"%s of buyers who reached the queue", "占进入排队买家的 %s"}),
            Map.entry("html_missed_count", new String[]{"%s buyers", "%s 位买家"}),
            Map.entry("html_date", new String[]{"date", "日期"}),
            Map.entry("html_footer", new String[]{"Made by kefusim. Demand, patience, reply and conversion numbers in example scenarios are illustrative assumptions.",
                    "由 kefusim 生成。示例场景中的咨询量、耐心、回复与转化数据均为示意性假设。"}),
            Map.entry("col_first", new String[]{"first resp. s", "首次响应秒"}),
            Map.entry("col_lost_sales", new String[]{"lost sales", "流失销售额"}),
            Map.entry("col_overtime", new String[]{"overtime h", "加班小时"}),
            Map.entry("col_missed", new String[]{"no reply %s", "%s未回复"}),
            Map.entry("wf_plan", new String[]{"plan", "方案"}),
            Map.entry("wf_figure", new String[]{"figure", "指标"}),
            Map.entry("wf_real", new String[]{"real difference at 95%%", "95%%水平下差异显著"}),
            Map.entry("wf_not_real", new String[]{"not distinguishable from 0", "与0无显著差异"}),
            Map.entry("wf_compare_title", new String[]{"Comparison with common random numbers (%d replications, seed %d); differences to '%s' with paired 95%% intervals",
                    "共同随机数对比（%d 次重复，种子 %d）；与“%s”的差异及配对 95%% 置信区间"}),
            Map.entry("wf_title_shares", new String[]{"Service level, missed first replies and abandonment by plan (95%% CI)", "各方案服务水平、未及时回复与流失（95%%置信区间）"}),
            Map.entry("wf_title_costs", new String[]{"Labour cost and lost sales by plan (95%% CI)", "各方案人工成本与流失销售额（95%%置信区间）"}),
            Map.entry("wf_title_diff_shares", new String[]{"Difference to '%s' with paired 95%% intervals: service level, missed first replies, abandonment",
                    "与“%s”的差异及配对 95%% 置信区间：服务水平、未及时回复、流失"}),
            Map.entry("wf_title_diff_costs", new String[]{"Difference to '%s' with paired 95%% intervals: labour cost and lost sales",
                    "与“%s”的差异及配对 95%% 置信区间：人工成本与流失销售额"}),
            Map.entry("wf_diff_share", new String[]{"difference to %s (share of buyers)", "与%s的差异（买家比例）"}),
            Map.entry("wf_diff_cny", new String[]{"difference to %s (CNY)", "与%s的差异（元）"}),
            Map.entry("wf_share", new String[]{"share of buyers", "买家比例"}),
            Map.entry("wf_cny", new String[]{"CNY", "元"}),
            Map.entry("wf_sweep_title", new String[]{"Sweep of %s (%d replications per point, seed %d)", "参数扫描：%s（每点 %d 次重复，种子 %d）"}),
            Map.entry("wf_title_sl", new String[]{"Service level against %s (95%% CI)", "服务水平随 %s 的变化（95%%置信区间）"}),
            Map.entry("wf_title_missed", new String[]{"No human reply within each deadline against %s", "各时限内未人工回复的比例随 %s 的变化"}),
            Map.entry("wf_title_lost", new String[]{"Estimated lost orders against %s (95%% CI)", "预计流失订单随 %s 的变化（95%%置信区间）"}),
            Map.entry("wf_title_cost", new String[]{"Labour cost, lost sales and their sum against %s (95%% CI)", "人工成本、流失销售额及其合计随 %s 的变化（95%%置信区间）"}),
            Map.entry("wf_total", new String[]{"labour cost + lost sales", "人工成本 + 流失销售额"}),
            Map.entry("wf_written", new String[]{"Written to", "已写入"}),
            Map.entry("st_required", new String[]{"required by Erlang A (starting point)", "Erlang A 估算需求（起点）"}),
            Map.entry("st_staffed", new String[]{"on duty in the optimised roster", "优化排班在岗人数"}),
            Map.entry("st_title", new String[]{"Agents required vs staffed by interval: %s", "各时段需求与排班人数：%s"}),
            Map.entry("results_in", new String[]{"Results written to", "结果已写入"}),
            Map.entry("valid", new String[]{"is valid", "校验通过"}),
            Map.entry("running", new String[]{"Running %d replications of %s on %d threads", "正在运行 %2$s：%1$d 次重复，%3$d 个线程"}),
            Map.entry("done_in", new String[]{"done in %.1f s", "用时 %.1f 秒"}),
            Map.entry("sf_hours", new String[]{"hours", "个小时"}),
            Map.entry("sf_intervals", new String[]{"intervals", "个时段"}),
            Map.entry("sf_below", new String[]{"below", "低于"}),
            Map.entry("sf_above", new String[]{"above", "高于"}),
            Map.entry("sf_at_least", new String[]{"at least", "不低于"}),
            Map.entry("sf_at_most", new String[]{"at most", "不高于"}),
            Map.entry("sf_more", new String[]{" and %d more", " 等另外 %d 段"}),
            Map.entry("sf_none", new String[]{"%1$s %6$s %2$s in every one of %3$d %4$s with at least %5$d buyers.",
                    "全部 %3$d %4$s（每段至少 %5$d 位买家）的%1$s均%6$s%2$s。"}),
            Map.entry("sf_some", new String[]{"%1$s %2$s %3$s in %4$d of %5$d %6$s: %7$s; worst %8$s at %9$s.",
                    "%1$s%2$s%3$s的时段：%5$d %6$s中有 %4$d 个（%7$s），最差 %8$s（%9$s）。"}),
            Map.entry("sf_service_level", new String[]{"Service level", "服务水平"}),
            Map.entry("sf_missed", new String[]{"Buyers with no reply within %s", "%s内未回复的买家占比"}),
            Map.entry("sf_abandon", new String[]{"Abandon share", "流失率"}),
            Map.entry("sf_bound", new String[]{" (judged on the 95%% confidence bound, as the goal is)", "（与目标一致，按95%%置信区间判断）"}),
            Map.entry("col_paid_week", new String[]{"paid h per agent-week", "人均每周计薪工时"}),
            Map.entry("fit_done", new String[]{"Fitted %d records: %s", "已拟合 %d 条记录：%s"}),
            Map.entry("worst_hours", new String[]{"Worst hours", "最差时段"}));

    private final int lang;

    public Text(String lang) {
        String l = lang == null ? "en" : lang.trim().toLowerCase();
        if (!l.equals("en") && !l.equals("zh")) {
            throw new io.kefusim.scenario.ScenarioException("--lang", 0, null, "'" + lang + "' is not a language kefusim speaks; allowed: en, zh");
        }
        this.lang = l.equals("zh") ? 1 : 0;
    }

    public String get(String key, Object... args) {
        String[] v = T.get(key);
        if (v == null) throw new IllegalArgumentException("no text for " + key);
        return String.format(v[lang], args); // every message is a pattern: a literal % is written %%
    }

    public boolean chinese() { return lang == 1; }

    /** Every message key (for tests). */
    static java.util.Set<String> keys() { return T.keySet(); }

    /** The raw pattern of a key in a language (0 English, 1 Chinese; for tests). */
    static String pattern(String key, int language) { return T.get(key)[language]; }
}
