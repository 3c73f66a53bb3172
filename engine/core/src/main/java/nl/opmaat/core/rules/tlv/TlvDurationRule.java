package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan says how the duration (looptijd) of a TLV is set; the law asks for at least one school year.
 */
@RuleInfo(id = "inhoud.tlv-looptijd", severity = WAARSCHUWING, legalBasis = {"WPO art. 18a lid 11", "WVO art. 17a lid 12"})
public final class TlvDurationRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.tlv() == null || plan.tlv().looptijd() == null || plan.tlv().looptijd().isBlank()) {
            context.report(context.positionOf("/tlv/looptijd"), MSG_MISSING);
        }
    }
}
