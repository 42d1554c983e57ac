package io.kefusim.sanity;

import io.kefusim.scenario.Said;
import io.kefusim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A monthly-paid group whose pay is below the city's minimum wage ({@code costs.minimum_monthly_wage}):
 * the labour cost would then be lower than any shop may legally pay, unless commission makes up
 * the difference every month (minimum wage counts commission, not overtime pay or employer
 * contributions). The seeds' default levels (1,500 for a junior) are base pay and below most
 * cities' minimum, so a file that leaves monthly_pay to them is warned too.
 */
final class PayCheck {
    private PayCheck() {}

    static List<Warning> check(Scenario s) {
        List<Warning> out = new ArrayList<>();
        double minimum = s.costs().minimumMonthlyWage();
        for (int g = 0; g < s.groups().size(); g++) {
            Scenario.AgentGroup group = s.groups().get(g);
            if (group.hourly() || group.monthlyPay() >= minimum) continue;
            String key = "agents[" + g + "].monthly_pay";
            // left out, the pay is the level's default: say so, or "is paid 1,500" reads as the file's own figure
            out.add(new Warning("pay.below_minimum_wage", s.origins().at(key), null,
                    new Said(s.origins().written(key) ? "wn_below_minimum_wage" : "wn_below_minimum_wage_default", group.name(),
                            PlausibleCheck.given(group.monthlyPay()), PlausibleCheck.given(minimum), new Said("level_" + group.level()))));
        }
        return out;
    }
}
