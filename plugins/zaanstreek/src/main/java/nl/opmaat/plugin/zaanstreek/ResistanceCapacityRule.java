package nl.opmaat.plugin.zaanstreek;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.text.DutchFormat;

/**
 * The plan gives its reserves and total income, so SWV PO Zaanstreek's own modest buffer of 1.5 % can be checked; reserves
 * above it come with a spending plan.
 *
 * <p>SWV PO Zaanstreek keeps "een bescheiden weerstandsvermogen van 1,5 procent" and watches that no excessive reserves
 * arise (ondersteuningsplan, hoofdstuk 10, with the Bestedingsplan inzet bovenmatige reserve as bijlage 7). This is
 * stricter than the Inspectie's signal value, which the engine's {@code financien.reserves} rule checks.
 */
@RuleInfo(id = "zaanstreek.weerstandsvermogen", severity = WAARSCHUWING, sectors = Sector.PO,
        legalBasis = {"eigen afspraak SWV PO Zaanstreek (ondersteuningsplan, hoofdstuk 10)"})
public final class ResistanceCapacityRule implements Rule {

    static final String MSG_NO_FIGURES = "no-figures";
    static final String MSG_ABOVE = "above";
    static final BigDecimal BUFFER_PERCENT = new BigDecimal("1.5");

    @Override
    public void check(Plan plan, RuleContext context) {
        Financien.Reserves reserves = plan.financien() == null ? null : plan.financien().reserves();
        if (reserves == null || reserves.bedrag() == null || reserves.totaleBaten() == null
                || reserves.totaleBaten().signum() <= 0) {
            context.report(context.positionOf("/financien/reserves"), MSG_NO_FIGURES, DutchFormat.percentage(BUFFER_PERCENT));
            return;
        }
        BigDecimal percent = reserves.bedrag().multiply(BigDecimal.valueOf(100))
                .divide(reserves.totaleBaten(), 1, RoundingMode.HALF_UP);
        if (percent.compareTo(BUFFER_PERCENT) > 0 && reserves.bestedingsplan().isEmpty()) {
            context.report(context.positionOf("/financien/reserves/bedrag"), MSG_ABOVE, DutchFormat.percentage(percent),
                    DutchFormat.percentage(BUFFER_PERCENT));
        }
    }
}
