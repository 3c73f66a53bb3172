package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The procedure and policy for terugplaatsing or overplaatsing to regular education when a TLV ends are described.
 */
@RuleInfo(id = "inhoud.terugplaatsing", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub d", "WVO art. 17a lid 8 sub d"})
public final class ReturnToRegularRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/terugplaatsing", plan.terugplaatsing() != null, plan.terugplaatsing() == null ? List.of() : plan.terugplaatsing().paragrafen());
    }
}
