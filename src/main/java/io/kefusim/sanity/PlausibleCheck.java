package io.kefusim.sanity;

import io.kefusim.scenario.Durations;
import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;
import io.kefusim.scenario.Scenario.AgentGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values far outside what a customer-service desk has ({@code inputs.implausible}), most often a
 * slip of unit or of zeros: a chat reply whose mean is over 10 minutes ({@code 30m} typed for
 * {@code 30s}: every buyer gives up, service level 0%), a monthly pay over 100,000 CNY or an
 * hourly pay over 1,000 CNY ({@code 450000} for {@code 4500}: the labour cost a hundred times
 * over). The file is valid and is run as given; the warning names the value, the likely slip and
 * says so. Bounds and why: docs/reference/warnings.md.
 */
final class PlausibleCheck {
    static final String CODE = "inputs.implausible";
    /** A chat reply's mean time: typing one message, seconds to a minute or two. */
    static final double REPLY_MEAN_MAX = 600;
    /** A month's pay of an agent (a few thousand CNY; a lead rarely 20,000). */
    static final double MONTHLY_PAY_MAX = 100_000;
    /** An hour's pay of temporary staff (tens of CNY). */
    static final double HOURLY_PAY_MAX = 1_000;
    /**
     * The paid hours of a month ({@code costs.monthly_paid_hours}): 174 under 标准工时制 (21.75 days
     * × 8 h); even a part-time month is paid more than 80. Below it, likely days (21.75, 月计薪天数)
     * or a slip, and the hourly rate (overtime, an hourly group's default pay) many times over.
     */
    static final double MONTHLY_PAID_HOURS_MIN = 80;
    /** Days a month: at most this many, {@code monthly_paid_hours} reads as days (21.75 × 8 = 174). */
    static final double DAYS_A_MONTH_MAX = 31;

    private PlausibleCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        for (int g = 0; g < s.groups().size(); g++) {
            AgentGroup group = s.groups().get(g);
            String at = "agents[" + g + "].";
            double mean = group.replyTime().mean();
            if (!group.phone() && Double.isFinite(mean) && mean > REPLY_MEAN_MAX && s.origins().written(at + "reply_time"))
                out.add(new Warning(CODE, s.origins().at(at + "reply_time.mean"), null, new Said("wn_implausible_reply", group.name(),
                        Durations.format(mean), Durations.format(REPLY_MEAN_MAX), Durations.format(mean / 60))));
            boolean byHour = group.hourly() && !Double.isNaN(group.hourlyPay());
            if (!byHour && group.monthlyPay() > MONTHLY_PAY_MAX && s.origins().written(at + "monthly_pay"))
                out.add(new Warning(CODE, s.origins().at(at + "monthly_pay"), null, new Said("wn_implausible_monthly_pay", group.name(),
                        given(group.monthlyPay()), given(MONTHLY_PAY_MAX), given(lessZeros(group.monthlyPay(), 20_000)))));
            if (byHour && group.hourlyPay() > HOURLY_PAY_MAX && s.origins().written(at + "hourly_pay"))
                out.add(new Warning(CODE, s.origins().at(at + "hourly_pay"), null, new Said("wn_implausible_hourly_pay", group.name(),
                        given(group.hourlyPay()), given(HOURLY_PAY_MAX), given(lessZeros(group.hourlyPay(), 200)))));
        }
        double paidHours = s.costs().monthlyPaidHours();
        if (paidHours < MONTHLY_PAID_HOURS_MIN && s.origins().written("costs.monthly_paid_hours"))
            out.add(new Warning(CODE, s.origins().at("costs.monthly_paid_hours"), null, paidHours <= DAYS_A_MONTH_MAX
                    ? new Said("wn_implausible_paid_hours_days", given(paidHours), given(MONTHLY_PAID_HOURS_MIN), given(paidHours * 8))
                    : new Said("wn_implausible_paid_hours", given(paidHours), given(MONTHLY_PAID_HOURS_MIN))));
        return out;
    }

    /** The value with zeros (tens) taken off until it is at most {@code ordinary}: 450,000 → 4,500. */
    private static double lessZeros(double v, double ordinary) {
        while (v > ordinary) v /= 10;
        return v;
    }

    /** A figure as the file gives it: 4,500 (grouped), 4.5 (not rounded to 5). */
    static String given(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
