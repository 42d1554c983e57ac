package io.kefusim.cli;

import io.kefusim.report.Text;
import io.kefusim.report.WarningText;
import io.kefusim.sanity.Warning;
import io.kefusim.scenario.Origins.Origin;
import io.kefusim.scenario.Said;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A long list of warnings cut on the console (after {@value ScenarioWarnings#SHOWN}) and folded on
 * a page shows the one that changes the money first, not after hundreds of labour lines (fitwarn9:
 * a fitted week's pay.below_minimum_wage was the 622nd warning and hidden in both places).
 */
class WarningPriorityTest {
    private static List<Warning> labourThenPay() {
        List<Warning> all = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 11, 1);
        for (int i = 0; i < 20; i++) {
            all.add(new Warning("labour.rotation_gap", new Origin("f.yaml", 9, "teams"), d.plusDays(i), new Said("lw_gap", "S" + i, d.plusDays(i))));
        }
        all.add(new Warning("horizon.date_outside", new Origin("f.yaml", 3, "horizon"), d, new Said("lw_gap", "H", d)));
        all.add(new Warning("pay.below_minimum_wage", new Origin("f.yaml", 5, "agents[0].monthly_pay"), null, new Said("lw_gap", "PAY", d)));
        return all;
    }

    @Test
    void theConsoleShowsPayAndHorizonBeforeLabourWhenItCuts() {
        StringWriter s = new StringWriter();
        ScenarioWarnings.print(labourThenPay(), null, new PrintWriter(s, true), new Text("en"), ScenarioWarnings.SHOWN);
        List<String> lines = s.toString().lines().toList();
        assertEquals(ScenarioWarnings.SHOWN + 1, lines.size(), s.toString());
        assertTrue(lines.get(0).contains("'PAY'"), lines.get(0));
        assertTrue(lines.get(1).contains("'H'"), lines.get(1));
        assertTrue(lines.get(2).contains("'S0'") && lines.get(3).contains("'S1'"), s.toString()); // the checks' order within a family
        assertTrue(lines.get(ScenarioWarnings.SHOWN).contains("... and 10 more"), s.toString());
    }

    @Test
    void thePageShowsPayOpenBeforeTheFold() {
        String html = WarningText.html(new Text("en"), labourThenPay());
        int pay = html.indexOf("&#39;PAY&#39;") >= 0 ? html.indexOf("&#39;PAY&#39;") : html.indexOf("'PAY'");
        assertTrue(pay >= 0, html);
        assertTrue(pay < html.indexOf("<details>"), html);
        assertTrue(html.indexOf("S0") < html.indexOf("S1"), html);
    }

    @Test
    void aListNotCutKeepsTheChecksOrder() {
        List<Warning> few = labourThenPay().subList(18, 22);
        assertEquals(few, WarningText.byPriority(few, 12));
    }
}
