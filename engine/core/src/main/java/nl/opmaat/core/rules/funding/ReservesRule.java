package nl.opmaat.core.rules.funding;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.Presence;

/**
 * Reserves above the Inspectie's signal value come with a spending plan.
 *
 * <p>The signal value is 3.5 % of total income with a minimum buffer of EUR 250,000 (both in
 * {@code wetgeving.properties}). Only judged when the plan gives the reserves and the total income.
 */
@RuleInfo(id = "financien.reserves", severity = WAARSCHUWING, inForce = "reserves",
        legalBasis = {"Inspectie van het Onderwijs: signaleringswaarde bovenmatig eigen vermogen"})
public final class ReservesRule implements Rule {

    static final String MSG_NO_SPENDING_PLAN = "no-spending-plan";
    private static final Law LAW = Law.load();

    @Override
    public void check(Plan plan, RuleContext context) {
        Financien.Reserves reserves = plan.financien() == null ? null : plan.financien().reserves();
        if (reserves == null || reserves.bedrag() == null || reserves.totaleBaten() == null) {
            return;
        }
        BigDecimal percentage = LAW.number("reserves.signaleringswaarde-procent");
        BigDecimal minimum = LAW.number("reserves.minimale-buffer");
        BigDecimal signal = reserves.totaleBaten().multiply(percentage).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .max(minimum);
        if (reserves.bedrag().compareTo(signal) <= 0) {
            return;
        }
        if (reserves.bestedingsplan().isEmpty()) {
            context.report(context.positionOf("/financien/reserves/bedrag"), MSG_NO_SPENDING_PLAN,
                    DutchFormat.euro(reserves.bedrag()), DutchFormat.euro(signal));
        } else {
            Presence.check(context, "/financien/reserves/bestedingsplan", true, reserves.bestedingsplan());
        }
    }
}
