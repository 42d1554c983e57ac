package io.kefusim.metrics;

import io.kefusim.roster.People;
import io.kefusim.scenario.Scenario;

import java.time.LocalDate;

/**
 * What a shop pays a group, the way shops pay (SCENARIO.md, totals.labour_cost).
 *
 * <p><b>Monthly</b> (employed people, the default): each person employed ({@link People}) costs
 * the monthly pay prorated by calendar days — a day of November is 1/30 of a month's pay, of
 * December 1/31 — over the horizon, whether scheduled that day or not; the hours the
 * working-time system counts as overtime and the time spent finishing chats after a shift
 * are paid on top at the overtime factor × the hourly rate (monthly pay / monthly paid hours),
 * and the time worked on rest days (standard system) at the rest-day factor × the hourly rate,
 * since the salary covers the standard hours only; commission on sales closed; and the
 * employer's contributions (社保/公积金) on the prorated salary only: their base (缴费基数) is
 * fixed once a year from last year's average monthly wage (often the city's minimum base), so
 * the overtime and commission earned during the run do not change what the shop pays on them.
 *
 * <p><b>Hourly</b> (temporary staff for a sale): paid hours × hourly pay, the overtime premium
 * (factor − 1) on the working-time system's overtime hours, the rest-day premium (rest-day
 * factor − 1) on rest-day hours, after-shift time at the factor,
 * commission; no employer contributions — part-time and agency staff (非全日制用工,
 * 劳动合同法 art. 68–72; 劳务派遣) are paid all-in, so the hourly pay is what the shop pays an hour.
 */
public final class Payroll {
    private Payroll() {}

    /**
     * Cost of a group from its time: paid, premium (overtime factor), rest-day (rest-day
     * factor) and holiday (holiday factor) seconds, after-shift overtime seconds and sales closed,
     * in a slice of the run that is {@code salaryMonths} months of pay. The one place of the rule:
     * hourly pay has the hours paid already, so each premium adds (factor − 1); a salary pays
     * the standard hours and the holiday as a day off, not the hours worked beyond them or on a
     * rest day or holiday, so those are paid at the whole factor on top.
     */
    public static double cost(Scenario s, int group, double people, double salaryMonths, double paid, double premium, double restDay,
                              double holiday, double overtime, double sales) {
        Scenario.AgentGroup g = s.groups().get(group);
        Scenario.Costs c = s.costs();
        double rate = g.hourlyRate(c);
        double extras = overtime / 3600 * rate * c.overtimeFactor() + sales * c.commission();
        // part-time (非全日制用工): the hours at the hourly pay, no overtime or rest-day premium (none is
        // required, 劳动合同法 art. 68-72, and a part-timer's hours are at most 4 a day on average), the
        // time finishing chats after a shift at the hourly pay too; the holiday premium kept
        if (g.partTime()) return paid / 3600 * rate + holiday / 3600 * rate * (c.holidayFactor() - 1) + overtime / 3600 * rate + sales * c.commission();
        if (g.hourly()) return paid / 3600 * rate + premium / 3600 * rate * Math.max(0, c.overtimeFactor() - 1)
                + restDay / 3600 * rate * (c.restDayFactor() - 1) + holiday / 3600 * rate * (c.holidayFactor() - 1) + extras;
        // contributions on the salary only: their base (缴费基数) is fixed for the year, so the
        // overtime and commission earned in the run do not move what the shop pays on them
        double salary = people * g.monthlyPay() * salaryMonths;
        return salary * (1 + c.employerContributions()) + premium / 3600 * rate * c.overtimeFactor()
                + restDay / 3600 * rate * c.restDayFactor() + holiday / 3600 * rate * c.holidayFactor() + extras;
    }

    /**
     * Days of pay in the run: its length rounded up to whole days. A person on monthly pay is paid
     * by the day they are employed, not by the hour the run happens to cover: an 8-hour classroom
     * day costs a day's pay, not a third of one (a shop pays no one for a third of a day).
     */
    public static double paidDays(Scenario s) {
        double days = s.horizon() / 86400.0;
        return Math.max(1, Math.ceil(days - 1e-9));
    }

    /**
     * Months of pay in reporting day {@code day}: its part inside [0, horizon] over the length of
     * its month, scaled so that the days of the run add up to {@link #paidDays} (a run of whole
     * days is not scaled at all).
     */
    public static double monthsOfDay(Scenario s, int day) {
        double from = Math.max(0, s.startOfFirstDay() + day * 86400.0), to = Math.min(s.horizon(), s.startOfFirstDay() + (day + 1) * 86400.0);
        if (to <= from) return 0;
        LocalDate date = s.start().toLocalDate().plusDays(day);
        return (to - from) / 86400 / date.lengthOfMonth() * (paidDays(s) / (s.horizon() / 86400.0));
    }

    /**
     * Night allowance (夜班津贴, {@code costs.night_allowance}) of {@code nightSeconds} worked between 22:00 and
     * 06:00 (breaks not counted): CNY an hour, on top of the pay, without employer contributions (as overtime).
     * The run's labour cost and the staffing search's roster price both take it from here.
     */
    public static double nightAllowance(Scenario s, double nightSeconds) {
        return s.costs().nightAllowance() * nightSeconds / 3600;
    }

    /**
     * Months of pay in the counted part of the run, [warm-up, horizon], by calendar days, scaled as
     * {@link #monthsOfDay}: the salaries set beside the counted buyers. {@link #months} without a warm-up.
     */
    public static double monthsCounted(Scenario s) {
        if (!(s.warmup() > 0)) return months(s);
        double sum = 0;
        for (int d = 0, days = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400); d < days; d++) {
            double from = s.startOfFirstDay() + d * 86400.0, to = from + 86400.0;
            double all = Math.min(s.horizon(), to) - Math.max(0, from), counted = Math.min(s.horizon(), to) - Math.max(s.warmup(), from);
            if (all > 0 && counted > 0) sum += monthsOfDay(s, d) * (counted / all);
        }
        return sum;
    }

    /** Months of pay over the whole horizon, by calendar days. */
    public static double months(Scenario s) {
        double sum = 0;
        for (int d = 0, days = (int) Math.ceil((s.horizon() - s.startOfFirstDay()) / 86400); d < days; d++) sum += monthsOfDay(s, d);
        return sum;
    }
}
