package nl.opmaat.core.rules.funding;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The procedure and criteria for distributing and spending the support funds are described.
 */
@RuleInfo(id = "inhoud.middelen", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub b", "WVO art. 17a lid 8 sub b"})
public final class FundsDistributionRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/middelen", plan.middelen() != null, plan.middelen() == null ? List.of() : plan.middelen().paragrafen());
    }
}
