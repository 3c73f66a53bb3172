package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan says how the bekostigingscategorie (laag, midden, hoog) of a TLV for (V)SO is set.
 */
@RuleInfo(id = "inhoud.tlv-categorie", severity = WAARSCHUWING, legalBasis = {"WPO art. 18a lid 8 sub c", "WVO art. 17a lid 8 sub c"})
public final class TlvCategoryRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.tlv() == null || plan.tlv().categorie() == null || plan.tlv().categorie().isBlank()) {
            context.report(context.positionOf("/tlv/categorie"), MSG_MISSING);
        }
    }
}
