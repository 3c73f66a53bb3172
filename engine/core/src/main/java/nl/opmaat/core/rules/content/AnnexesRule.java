package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Every annex the plan announces is present.
 *
 * <p>An annex that holds part of the legally required content (a TLV procedure, the budget) and is missing leaves that
 * content missing too; the Inspectie judges the plan as adopted, annexes included.
 */
@RuleInfo(id = "inhoud.bijlagen", severity = FOUT, legalBasis = {"WPO art. 18a lid 8", "WVO art. 17a lid 8"})
public final class AnnexesRule implements Rule {

    static final String MSG_NOT_INCLUDED = "not-included";
    static final String MSG_FILE_MISSING = "file-missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        for (Bijlage bijlage : plan.bijlagen()) {
            if (bijlage.bestand() == null) {
                context.report(context.positionOf("/bijlagen/" + bijlage.index()), MSG_NOT_INCLUDED, bijlage.titel());
            } else if (!bijlage.present()) {
                context.report(context.positionOf("/bijlagen/" + bijlage.index() + "/bestand"), MSG_FILE_MISSING,
                        bijlage.titel(), bijlage.bestand());
            }
        }
    }
}
