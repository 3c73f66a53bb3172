package nl.opmaat.core.rules.funding;

import static nl.opmaat.api.Severity.FOUT;

import java.math.BigDecimal;
import java.util.List;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.text.DutchFormat;

/**
 * Budget lines add up to the totals stated for them.
 *
 * <p>Only judged where a year gives both lines and a total; a difference of one euro per line is allowed for
 * rounding.
 */
@RuleInfo(id = "financien.begroting-sluit", severity = FOUT, legalBasis = {"WPO art. 18a lid 8 sub b", "WVO art. 17a lid 8 sub b"})
public final class BudgetBalancesRule implements Rule {

    static final String MSG_MISMATCH = "mismatch";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.financien() == null) {
            return;
        }
        for (Financien.Begroting year : plan.financien().begroting()) {
            compare(context, year, year.baten(), year.totaalBaten(), "baten", "totaal-baten");
            compare(context, year, year.lasten(), year.totaalLasten(), "lasten", "totaal-lasten");
        }
    }

    private static void compare(RuleContext context, Financien.Begroting year, List<Financien.Post> lines,
                                 BigDecimal total, String label, String key) {
        if (lines.isEmpty() || total == null) {
            return;
        }
        BigDecimal sum = lines.stream().map(Financien.Post::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = BigDecimal.valueOf(lines.size());
        if (sum.subtract(total).abs().compareTo(tolerance) > 0) {
            context.report(context.positionOf("/financien/begroting/" + year.index() + "/" + key), MSG_MISMATCH,
                    label, DutchFormat.year(year.jaar()), DutchFormat.euro(sum), DutchFormat.euro(total),
                    DutchFormat.euro(sum.subtract(total).abs()), sum.compareTo(total) > 0 ? 1 : 0);
        }
    }
}
